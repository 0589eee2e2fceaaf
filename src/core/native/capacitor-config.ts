// fs.promises at call time, and no node:crypto: every command's settings import this module,
// and those two cost about a tenth of the CLI's start when loaded up front.
import { existsSync, promises as fs } from 'node:fs'
import * as nodeModule from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ConfigurationError } from '../errors.js'

export const CAPACITOR_CONFIG_FILES = ['capacitor.config.json', 'capacitor.config.ts', 'capacitor.config.js', 'capacitor.config.mjs']

type Json = Record<string, unknown>

/** Node's own type stripper (Node 22.13+); older Node gets the annotations Capacitor configs use removed by hand. */
const stripTypes = (nodeModule as { stripTypeScriptTypes?: (code: string) => string }).stripTypeScriptTypes
  ?? ((code: string) => code.replace(/^\s*import\s+type\s[^;]+;?\s*$/gm, '').replace(/:\s*CapacitorConfig\b/g, '').replace(/\bsatisfies\s+CapacitorConfig\b/g, '').replace(/\bas\s+CapacitorConfig\b/g, ''))

/**
 * The app's capacitor config as the Capacitor CLI sees it: capacitor.config.json parsed, or a
 * .ts/.js/.mjs config evaluated (TypeScript types stripped, imports from @capacitor/cli, which
 * only give types, left out), so the same settings fingerprint the same in any of its forms.
 * A config that does not load is a configuration error naming the file.
 */
export async function loadCapacitorConfig(cwd: string): Promise<{ file: string; config: Json } | undefined> {
  const name = CAPACITOR_CONFIG_FILES.find((f) => existsSync(path.join(cwd, f)))
  if (!name) return undefined
  const file = path.join(cwd, name)
  const text = await fs.readFile(file, 'utf8')
  try {
    if (name.endsWith('.json')) return { file, config: asObject(JSON.parse(text)) }
    return { file, config: asObject(await evaluate(file, text)) }
  } catch (error) {
    throw new ConfigurationError([`${name} could not be read (${(error as Error).message.split('\n')[0]}). Fix it so "npx cap sync" loads it too, then run again.`], [{ file }])
  }
}

function asObject(value: unknown): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('it does not export a config object')
  return value as Json
}

async function evaluate(file: string, text: string): Promise<unknown> {
  let code = file.endsWith('.ts') ? stripTypes(text) : text
  code = code.replace(/^\s*import\s[^;]*?\sfrom\s+['"]@capacitor\/cli['"];?\s*$/gm, '')
  const commonJs = /\bmodule\.exports\b|\bexports\.\w+\s*=/.test(code) && !/^\s*export\s/m.test(code)
  // Beside the config, so its own relative imports and node_modules resolve as they do for Capacitor.
  const temp = path.join(path.dirname(file), `.capacitor.config.capflight-${process.pid}-${Math.random().toString(36).slice(2, 10)}.${commonJs ? 'cjs' : 'mjs'}`)
  await fs.writeFile(temp, code)
  try {
    const loaded = await import(/* webpackIgnore: true */ pathToFileURL(temp).href) as { default?: unknown }
    const value = loaded.default as { default?: unknown } | undefined
    return commonJs && value && typeof value === 'object' && 'default' in value ? value.default : value
  } finally {
    await fs.rm(temp, { force: true })
  }
}
