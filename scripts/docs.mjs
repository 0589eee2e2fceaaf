// Generates the README's input/output tables from action.yml and the Azure task.json.
// `--check` fails when the README is not current (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const readmePath = path.join(root, 'README.md')
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

const readme = readFileSync(readmePath, 'utf8')
let next = readme
for (const [name, table] of Object.entries(tables)) {
  const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`)
  if (!re.test(next)) {
    console.error(`README.md lacks the <!-- ${name}:start --> … <!-- ${name}:end --> markers.`)
    process.exit(1)
  }
  next = next.replace(re, (_m, start, end) => `${start}${table}\n${end}`)
}
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md input/output tables are out of date with action.yml, task.json or the GitLab component. Run "npm run docs" and commit README.md.')
    process.exit(1)
  }
  console.error('README.md tables match action.yml, task.json and the GitLab component.')
} else {
  writeFileSync(readmePath, next)
}
