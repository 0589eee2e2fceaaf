// The GitLab and Azure DevOps files the project ships, checked against each platform's published
// schema (../shared/schemas/, see its README for sources): GitLab's CI schema for every template
// document (the `spec:` header and the job body), the component project's pipeline and the
// README snippets; Azure's task schema (draft-04) and extension manifest schema.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import * as ajvDraft04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { parse, parseAllDocuments } from 'yaml'
import { ROOT } from './helpers/repo.js'
import { compileSchema, markdownBlocks, readSchema } from './helpers/ci-rules.js'

const ajv = new Ajv({ strict: false, allErrors: true })
addFormats.default(ajv)
const gitlab = () => compileSchema(ajv, 'gitlab-ci.json')
const errorsOf = (validate: ReturnType<typeof gitlab>, value: unknown) => (validate(value) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`))

const templates = readdirSync(path.join(ROOT, 'gitlab/templates')).filter((f) => f.endsWith('.yml'))
/** Every page that documents a pipeline: the READMEs and the reference pages. */
const pages = ['README.md', 'gitlab/README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]

describe('GitLab: the published CI schema', () => {
  test.each(templates)('templates/%s: a spec header of inputs only, then a job body, each valid', (file) => {
    const docs = parseAllDocuments(readFileSync(path.join(ROOT, 'gitlab/templates', file), 'utf8'))
    expect(docs).toHaveLength(2)
    for (const doc of docs) expect(doc.errors).toEqual([])
    const [header, body] = docs.map((d) => d.toJS())
    expect(Object.keys(header)).toEqual(['spec'])
    expect(Object.keys(header.spec)).toEqual(['inputs'])
    expect(errorsOf(gitlab(), header)).toEqual([])
    expect(errorsOf(gitlab(), body)).toEqual([])
  })

  test('the schema refuses a header key GitLab refuses (spec: description), so the check can fail', () => {
    expect(errorsOf(gitlab(), { spec: { description: 'x', inputs: { a: { default: '' } } } }).join('\n')).toMatch(/additionalProperty.*description/)
  })

  test('the component project pipeline (.gitlab-ci.yml) is valid', () => {
    expect(errorsOf(gitlab(), parse(readFileSync(path.join(ROOT, 'gitlab/.gitlab-ci.yml'), 'utf8')))).toEqual([])
  })

  test('every GitLab snippet in the READMEs and docs/ is valid', () => {
    const snippets = pages.flatMap((file) => markdownBlocks(readFileSync(path.join(ROOT, file), 'utf8'), 'yaml')
      .filter((b) => /component:|CI_COMMIT|CI_PIPELINE_SOURCE/.test(b.text)).map((b) => ({ where: `${file}:${b.line}`, value: parse(b.text) })))
    expect(snippets.length).toBeGreaterThanOrEqual(3)
    expect(snippets.flatMap((s) => errorsOf(gitlab(), s.value).map((e) => `${s.where} ${e}`))).toEqual([])
  })

  test('documented recipes use workflow:rules, so a branch with an open merge request runs one pipeline', () => {
    const recipes = pages.flatMap((file) => markdownBlocks(readFileSync(path.join(ROOT, file), 'utf8'), 'yaml')
      .map((b) => parse(b.text)).filter((v) => v && typeof v === 'object' && 'include' in v && JSON.stringify(v).includes('merge_request_event')))
    expect(recipes.length).toBeGreaterThanOrEqual(2)
    for (const recipe of recipes) {
      expect(JSON.stringify(recipe.workflow?.rules ?? [])).toContain('CI_OPEN_MERGE_REQUESTS')
    }
  })
})

describe('Azure DevOps: the published task and extension schemas', () => {
  test('CapflightRelease/task.json validates against tasks.schema.json (draft-04)', () => {
    const Draft04 = ajvDraft04.default as unknown as typeof Ajv // a CommonJS class: its default export is the constructor
    const draft04 = new Draft04({ strict: false, allErrors: true, unicodeRegExp: false })
    const validate = draft04.compile(readSchema('tasks.schema.json'))
    const task = JSON.parse(readFileSync(path.join(ROOT, 'azure-pipelines/CapflightRelease/task.json'), 'utf8'))
    expect(validate(task) ? [] : validate.errors).toEqual([])
    expect(validate({ ...task, id: 'not-a-guid', bogus: true })).toBe(false)
  })

  test('vss-extension.json validates against the extension manifest schema', () => {
    const validate = compileSchema(ajv, 'azure-devops-extension-manifest-1.0.json')
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'azure-pipelines/vss-extension.json'), 'utf8'))
    expect(errorsOf(validate, manifest)).toEqual([])
  })
})
