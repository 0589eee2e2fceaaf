import schema from '../../../schema/capflight.config.schema.json' with { type: 'json' }
import { validate, type ValidationError } from './config-validator.js'

/** The shipped JSON Schema of capflight.config.json: the one statement of what the file may hold. */
export const CONFIG_SCHEMA = schema

interface SchemaNode {
  properties?: Record<string, SchemaNode>
  items?: SchemaNode
  'x-expected'?: string
}

// `x-expected` is an annotation in the schema: the phrase an error uses for what a value must be.

/** One way the config file breaks the schema, at a JSON path such as ['rules', 0, 'channel']. */
export interface SchemaProblem {
  path: (string | number)[]
  message: string
}

function nodeAt(path: (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema as SchemaNode
  for (const part of path) node = typeof part === 'number' ? node?.items : node?.properties?.[part]
  return node
}

function parse(pointer: string): (string | number)[] {
  if (!pointer) return []
  return pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).map((p) => (/^\d+$/.test(p) ? Number(p) : p))
}

/** `"exclude"` at the top, `rules[0].channel` below it. */
function label(path: (string | number)[]): string {
  if (path.length === 1) return `"${path[0]}"`
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

/**
 * Validates a parsed config object against the schema and says, for each value that breaks it,
 * what it must be; one problem per value (a value failing both branches of a oneOf is one).
 */
export function schemaProblems(config: unknown, where: string): SchemaProblem[] {
  if (validate(config)) return []
  const problems = new Map<string, SchemaProblem>()
  for (const error of validate.errors as ValidationError[]) {
    const at = parse(error.instancePath)
    if (error.keyword === 'additionalProperties') {
      const key = (error.params as { additionalProperty: string }).additionalProperty
      const known = Object.keys(nodeAt(at)?.properties ?? {}).filter((k) => k !== '$schema')
      problems.set(JSON.stringify([...at, key]), { path: [...at, key], message: `${where}${at.length ? `: ${label(at)}` : ''} has unknown key "${key}". Known keys: ${known.join(', ')}.` })
      continue
    }
    const path = error.keyword === 'required' ? [...at, (error.params as { missingProperty: string }).missingProperty] : at
    const id = JSON.stringify(path)
    if (problems.has(id)) continue
    const expected = nodeAt(path)?.['x-expected']
    problems.set(id, { path, message: `${where}: ${label(path)} must be ${expected ?? error.message}.` })
  }
  return [...problems.values()]
}
