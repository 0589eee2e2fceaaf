import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { backoffDelay, fetchWithRetry, retryAfterMs, type RetryClock, type RetryPolicy } from '../src/core/net/retry.js'

const POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 30_000 }

/**
 * A clock the test drives: sleeps return at once (their lengths recorded), and an attempt's
 * timeout fires only when the test says so. Nothing depends on how fast the machine is.
 */
class TestClock implements RetryClock {
  readonly slept: number[] = []
  private readonly pending: AbortController[] = []
  at = Date.parse('2026-11-23T10:00:00Z')
  now(): number { return this.at }
  async sleep(ms: number): Promise<void> { this.slept.push(ms) }
  timeout(): AbortSignal {
    const controller = new AbortController()
    this.pending.push(controller)
    return controller.signal
  }
  /** The attempt in flight has waited its whole timeout. */
  expire(): void {
    this.pending.at(-1)?.abort(new DOMException('timed out', 'TimeoutError'))
  }
}

/** A server on 127.0.0.1 whose n-th answer (0-based) is decided by `answer`. */
async function server(answer: (n: number, req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<{ url: string; hits: () => number; stop: () => Promise<void> }> {
  let n = 0
  const s = http.createServer((req, res) => answer(n++, req, res))
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/x`,
    hits: () => n,
    stop: () => { s.closeAllConnections(); return new Promise((r) => s.close(() => r())) }
  }
}

describe('fetchWithRetry', () => {
  test('retries 5xx, 429 and 408 until an answer that is not one of them', async () => {
    const statuses = [503, 429, 408, 200]
    const srv = await server((n, _req, res) => { res.writeHead(statuses[n]); res.end(String(n)) })
    const retries: string[] = []
    try {
      const r = await fetchWithRetry(srv.url, {}, POLICY, (m) => retries.push(m), new TestClock())
      expect(r.status).toBe(200)
      expect(await r.text()).toBe('3')
      expect(retries.map((m) => /\((HTTP \d+)\)/.exec(m)![1])).toEqual(['HTTP 503', 'HTTP 429', 'HTTP 408'])
    } finally {
      await srv.stop()
    }
  })

  test('returns a 4xx at once: it will not change', async () => {
    const srv = await server((_n, _req, res) => { res.writeHead(403); res.end('no') })
    try {
      expect((await fetchWithRetry(srv.url, {}, POLICY, undefined, new TestClock())).status).toBe(403)
      expect(srv.hits()).toBe(1)
    } finally {
      await srv.stop()
    }
  })

  test('gives up after the last attempt and returns that answer', async () => {
    const srv = await server((_n, _req, res) => { res.writeHead(502); res.end() })
    try {
      expect((await fetchWithRetry(srv.url, {}, POLICY, undefined, new TestClock())).status).toBe(502)
      expect(srv.hits()).toBe(POLICY.attempts)
    } finally {
      await srv.stop()
    }
  })

  test('retries a reset connection and a request that gets no answer in time', async () => {
    const clock = new TestClock()
    const srv = await server((n, req, res) => {
      if (n === 0) req.socket.destroy()
      else if (n === 1) clock.expire() // this attempt never gets an answer: its timeout runs out
      else { res.writeHead(200); res.end('ok') }
    })
    const retries: string[] = []
    try {
      const r = await fetchWithRetry(srv.url, {}, POLICY, (m) => retries.push(m), clock)
      expect(await r.text()).toBe('ok')
      expect(retries).toHaveLength(2)
      expect(retries[1]).toMatch(/no answer within 30 s/)
    } finally {
      await srv.stop()
    }
  })

  test('waits what Retry-After asks, in seconds or until an HTTP date', async () => {
    const clock = new TestClock()
    const srv = await server((n, _req, res) => {
      if (n === 0) { res.writeHead(429, { 'retry-after': '1' }); res.end() }
      else if (n === 1) { res.writeHead(503, { 'retry-after': new Date(clock.now() + 2000).toUTCString() }); res.end() }
      else { res.writeHead(200); res.end() }
    })
    try {
      expect((await fetchWithRetry(srv.url, {}, { ...POLICY, maxDelayMs: 5000 }, undefined, clock)).status).toBe(200)
      expect(clock.slept).toEqual([1000, 2000])
    } finally {
      await srv.stop()
    }
  })

  test('sends capflight\'s User-Agent', async () => {
    let agent = ''
    const srv = await server((_n, req, res) => { agent = req.headers['user-agent'] ?? ''; res.writeHead(200); res.end() })
    try {
      await fetchWithRetry(srv.url, {}, POLICY, undefined, new TestClock())
      expect(agent).toMatch(/^capflight\/\d+\.\d+\.\d+$/)
    } finally {
      await srv.stop()
    }
  })
})

describe('backoff', () => {
  test('full jitter between 0 and the capped exponential delay', () => {
    const policy = { attempts: 6, baseDelayMs: 100, maxDelayMs: 1000, timeoutMs: 1 }
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 1))).toEqual([200, 400, 800, 1000, 1000])
    expect(backoffDelay(3, policy, () => 0)).toBe(0)
    expect(backoffDelay(2, policy, () => 0.5)).toBe(200)
  })

  test('Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z')
    expect(retryAfterMs('7', now)).toBe(7000)
    expect(retryAfterMs('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000)
    expect(retryAfterMs('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0)
    expect(retryAfterMs('soon', now)).toBeUndefined()
    expect(retryAfterMs(null, now)).toBeUndefined()
  })
})
