// Generates the reference pages' input/output tables (docs/github-action.md, docs/gitlab.md,
// docs/azure-pipelines.md) from action.yml, the GitLab component's spec and the Azure task.json.
// `--check` fails when a page is not current (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Which page holds each generated table. */
const PAGES = { 'action-inputs': 'docs/github-action.md', 'action-outputs': 'docs/github-action.md', 'gitlab-inputs': 'docs/gitlab.md', 'azure-inputs': 'docs/azure-pipelines.md', 'azure-outputs': 'docs/azure-pipelines.md' }
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'))

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')
const tables = {
  'action-inputs': [
    '| input | default | description |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs).map(([name, i]) => `| \`${name}\` | ${i.default === '' || i.default === undefined ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`)
  ].join('\n'),
  'action-outputs': [
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)
  ].join('\n')
}

const azureTask = JSON.parse(readFileSync(path.join(root, 'azure-pipelines/CapflightRelease/task.json'), 'utf8'))
tables['azure-inputs'] = [
  '| input | type | default | description |',
  '| --- | --- | --- | --- |',
  ...azureTask.inputs.map((i) => `| \`${i.name}\` | ${i.type}${i.options ? ` (${Object.keys(i.options).join(', ')})` : ''} | ${i.defaultValue === '' ? '' : `\`${cell(i.defaultValue)}\``} | ${cell(i.helpMarkDown)} |`)
].join('\n')
tables['azure-outputs'] = [
  '| output variable | description |',
  '| --- | --- |',
  ...azureTask.outputVariables.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`)
].join('\n')

const component = parse(readFileSync(path.join(root, 'gitlab/templates/capflight.yml'), 'utf8').split('\n---\n')[0])
tables['gitlab-inputs'] = [
  '| input | type | default | options / format | description |',
  '| --- | --- | --- | --- | --- |',
  ...Object.entries(component.spec.inputs).map(([name, i]) => `| \`${name}\` | ${i.type ?? 'string'} | ${i.default === '' || i.default === undefined ? '' : `\`${cell(i.default)}\``} | ${i.options ? i.options.join(', ') : i.regex ? `\`${cell(i.regex)}\`` : ''} | ${cell(i.description)} |`)
].join('\n')

const stale = []
for (const page of new Set(Object.values(PAGES))) {
  const file = path.join(root, page)
  const text = readFileSync(file, 'utf8')
  let next = text
  for (const [name, table] of Object.entries(tables).filter(([n]) => PAGES[n] === page)) {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`)
    if (!re.test(next)) {
      console.error(`${page} lacks the <!-- ${name}:start --> … <!-- ${name}:end --> markers.`)
      process.exit(1)
    }
    next = next.replace(re, (_m, start, end) => `${start}${table}\n${end}`)
  }
  if (next === text) continue
  if (process.argv.includes('--check')) stale.push(page)
  else writeFileSync(file, next)
}
if (stale.length) {
  console.error(`${stale.join(', ')}: input/output tables are out of date with action.yml, task.json or the GitLab component. Run "npm run docs" and commit them.`)
  process.exit(1)
}
console.error('The reference tables match action.yml, task.json and the GitLab component.')
