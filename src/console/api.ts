/** The admin API (`/api/v1/`) as the page calls it: the bearer token on every request, errors as values. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message)
  }
}

export type Call = <T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => Promise<T>

/** A caller bound to one token; the token is only ever sent in the Authorization header. */
export function apiClient(token: string): Call {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let response: Response
    try {
      response = await fetch(`/api/v1/${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store'
      })
    } catch {
      throw new ApiError(0, 'unreachable', 'The server did not answer. Is capflight serve still running?')
    }
    const text = await response.text()
    let json: { error?: string; message?: string; details?: unknown } | undefined
    try { json = JSON.parse(text) } catch { json = undefined }
    if (!response.ok) throw new ApiError(response.status, json?.error ?? 'http_error', json?.message ?? `The server answered ${response.status}.`, json?.details)
    return json as T
  }
}

/** An app, channel, version or device id as a path segment. */
export const seg = (value: string): string => encodeURIComponent(value)
