import { USER_AGENT } from '../product.js'

/** How a network call is retried: attempts in all, first delay, cap, per-attempt timeout. */
export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  timeoutMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 200, maxDelayMs: 10_000, timeoutMs: 30_000 }

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)]. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt))
}

/** Retry-After as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** Statuses worth another try: the server may answer differently next time. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408
}

/** Time as fetchWithRetry sees it: waits and per-attempt timeouts. Tests pass their own. */
export interface RetryClock {
  now(): number
  sleep(ms: number): Promise<void>
  /** A signal that aborts when an attempt has waited `ms` for its answer. */
  timeout(ms: number): AbortSignal
}

export const SYSTEM_CLOCK: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  timeout: (ms) => AbortSignal.timeout(ms)
}

/**
 * fetch with retries on network errors, timeouts, 5xx, 408 and 429 (waiting what
 * Retry-After asks, capped); any other answer, 4xx included, is returned at once.
 * Only for requests that are safe to repeat (reads, idempotent writes).
 */
export async function fetchWithRetry(
  url: string,
  init: RequestInit = {},
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: (message: string) => void,
  clock: RetryClock = SYSTEM_CLOCK
): Promise<Response> {
  const headers = new Headers(init.headers)
  if (!headers.has('user-agent')) headers.set('user-agent', USER_AGENT)
  for (let attempt = 1; ; attempt++) {
    let wait: number
    let reason: string
    try {
      const response = await fetch(url, { ...init, headers, signal: clock.timeout(policy.timeoutMs) })
      if (!isRetryableStatus(response.status) || attempt >= policy.attempts) return response
      await response.body?.cancel()
      reason = `HTTP ${response.status}`
      wait = Math.min(retryAfterMs(response.headers.get('retry-after'), clock.now()) ?? backoffDelay(attempt, policy), policy.maxDelayMs * 6)
    } catch (error) {
      if (attempt >= policy.attempts) throw error
      const name = (error as Error).name
      reason = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${policy.timeoutMs / 1000} s` : String((error as Error).cause ?? (error as Error).message)
      wait = backoffDelay(attempt, policy)
    }
    onRetry?.(`${init.method ?? 'GET'} ${new URL(url).pathname} failed (${reason}); retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`)
    await clock.sleep(wait)
  }
}
