import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { RawRequest, RawResponse } from '../serve/handler.js'

/** The files the console's build writes (`npm run build`: src/console → dist/console). */
export const CONSOLE_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8'
}

/**
 * The page may run only its own script and style and talk only to its own server: an injected
 * tag could neither run nor send anything away, on top of the page rendering every value as text.
 */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-cache'
}

interface Asset { body: string; type: string; etag: string }

/**
 * The web console at `/console/`: its bundled files read once from `dir`, answered with a strict
 * content security policy and an ETag. The page itself holds no data: it asks `/api/v1/` with
 * the token the user types.
 */
export async function createConsolePage(dir: string): Promise<(request: RawRequest) => RawResponse> {
  const assets = new Map<string, Asset>()
  for (const [name, type] of Object.entries(CONSOLE_FILES)) {
    let body: string
    try {
      body = await readFile(path.join(dir, name), 'utf8')
    } catch {
      throw new ConfigurationError([`The console's files are missing from ${dir} (no ${name}). Reinstall capflight, or in its repository run "npm run build".`])
    }
    assets.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"` })
  }
  return (request): RawResponse => {
    const pathname = request.path.split('?')[0]
    if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, body: 'The console is read with GET.\n' }
    if (pathname === '/console') return { status: 308, headers: { location: '/console/' }, body: null }
    const name = pathname === '/console/' ? 'index.html' : pathname.slice('/console/'.length)
    const asset = assets.get(name)
    if (!asset) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'No such console file.\n' }
    const headers = { ...PAGE_HEADERS, 'content-type': asset.type, etag: asset.etag }
    if (request.header('if-none-match') === asset.etag) return { status: 304, headers, body: null }
    return { status: 200, headers, body: request.method === 'HEAD' ? null : asset.body }
  }
}
