// Compiles schema/capflight.config.schema.json into a standalone validator (Ajv's standalone
// code): the CLI validates config files by the shipped schema without Ajv's compiler in the bundle
// or a compile at every start. build.mjs writes it; `build.mjs --check` checks it is current.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'

export const VALIDATOR_FILE = 'src/core/settings/config-validator.js'

export function validatorSource(root) {
  const schema = JSON.parse(readFileSync(path.join(root, 'schema/capflight.config.schema.json'), 'utf8'))
  const ajv = new Ajv2020({ allErrors: true, keywords: ['x-expected'], code: { source: true, esm: true } })
  const code = eager(standaloneCode.default(ajv, ajv.compile(schema)))
  if (/\brequire\(/.test(code)) throw new Error('The standalone config validator needs an Ajv runtime module (minLength and maxLength do); express the rule another way, e.g. a pattern.')
  return `// Generated from schema/capflight.config.schema.json by scripts/config-validator.mjs. Do not edit: run npm run build.\n${code}\n`
}

// V8 compiles a function when it is first called, after Node's compile cache was written, so the
// validator (one 60 KB function) was compiled again at every start. A function in parentheses is
// compiled with its module, and so lands in the cache.
function eager(code) {
  const m = /export const validate = (validate\d+);export default \1;/.exec(code)
  const end = m && code.indexOf(`}${m[1]}.evaluated`)
  if (!m || end < 0 || !code.includes(`function ${m[1]}(`)) throw new Error("Ajv's standalone code changed shape: update eager() in scripts/config-validator.mjs.")
  const name = m[1]
  return `${code.slice(0, end).replace(m[0], '').replace(`function ${name}(`, `const ${name} = (function ${name}(`)}});${code.slice(end + 1)}\nexport const validate = ${name};export default ${name};`
}
