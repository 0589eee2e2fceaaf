// The CI platforms' published rules: their schemas (../shared/schemas/) and the YAML blocks
// of the docs that must follow them.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Ajv, ValidateFunction } from 'ajv'
import { ROOT } from './repo.js'

/** The published schemas: ../shared/schemas/ beside the checkout (CI lays a copy there). */
export const SCHEMAS = path.resolve(ROOT, '../shared/schemas')

export function readSchema(name: string): Record<string, unknown> {
  const file = path.join(SCHEMAS, name)
  if (!existsSync(file)) throw new Error(`The published schema ${file} is missing: the tests read the CI platforms' schemas from ../shared/schemas/ beside the checkout.`)
  return JSON.parse(readFileSync(file, 'utf8'))
}

const compiled = new WeakMap<Ajv, Map<string, ValidateFunction>>()
/** A validator for one published schema, compiled once per Ajv instance. */
export function compileSchema(ajv: Ajv, name: string): ValidateFunction {
  const cache = compiled.get(ajv) ?? new Map<string, ValidateFunction>()
  compiled.set(ajv, cache)
  if (!cache.has(name)) cache.set(name, ajv.compile(readSchema(name)))
  return cache.get(name)!
}

/** Fenced code blocks of one language in a Markdown text, with the line each starts on. */
export function markdownBlocks(markdown: string, language: string): Array<{ line: number; text: string }> {
  const blocks: Array<{ line: number; text: string }> = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== `\`\`\`${language}`) continue
    const start = i + 1
    while (++i < lines.length && lines[i].trim() !== '```');
    blocks.push({ line: start, text: lines.slice(start, i).join('\n') + '\n' })
  }
  return blocks
}
