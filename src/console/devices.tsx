import { useState } from 'preact/hooks'
import type { ExplainResult } from '../core/health/operations.js'
import type { DeviceChannelResult } from '../core/release/commands.js'
import { seg } from './api.js'
import { when } from './format.js'
import type { Ctx } from './main.js'

/** One device: what the endpoint decided for it, what it reported, and its channel override. */
export function DevicesView({ ctx }: { ctx: Ctx }) {
  const [query, setQuery] = useState(() => decodeURIComponent(location.hash.split('/')[2] ?? ''))
  const [result, setResult] = useState<ExplainResult | undefined>()
  const [override, setOverride] = useState('')
  const path = (device: string) => `apps/${seg(ctx.app)}/devices/${seg(device)}`
  const look = async (device: string) => {
    try {
      setResult(await ctx.call<ExplainResult>('GET', path(device)))
    } catch (e) {
      setResult(undefined)
      ctx.notify((e as Error).message, 'error')
    }
  }
  const setChannel = async (channel: string | undefined) => {
    if (!result) return
    try {
      const r = await ctx.call<DeviceChannelResult>(channel ? 'PUT' : 'DELETE', `${path(result.device)}/channel`, channel ? { channel } : undefined)
      ctx.notify(channel ? `Device ${result.device} now gets ${r.channel}.` : `Device ${result.device} has no channel override.`)
    } catch (e) {
      ctx.notify((e as Error).message, 'error')
    }
    await look(result.device)
  }
  const channels = ctx.channels?.channels.map((c) => c.name) ?? []
  return (
    <section aria-label="Devices">
      <form class="filters" role="search" onSubmit={(e) => { e.preventDefault(); if (query.trim()) void look(query.trim()) }}>
        <label>Device id <input type="search" required value={query} onInput={(e) => setQuery(e.currentTarget.value)} size={36} spellcheck={false} /></label>
        <button type="submit">Look up</button>
      </form>
      {result && (
        <>
          <h2>Device <code data-testid="device-id">{result.device}</code></h2>
          <p data-testid="device-message">{result.message}</p>
          <form class="inline" onSubmit={(e) => { e.preventDefault(); if (override || channels[0]) void setChannel(override || channels[0]) }}>
            <span>Channel override: <b>{result.override ?? 'none'}</b></span>
            <label>Send it <select value={override || channels[0]} onChange={(e) => setOverride(e.currentTarget.value)}>
              {channels.map((c) => <option key={c} value={c}>{c}</option>)}
            </select></label>
            <button type="submit" disabled={!channels.length}>Set override</button>
            {result.override && <button type="button" onClick={() => void setChannel(undefined)}>Remove override</button>}
          </form>
          <h3>Decisions since {when(result.since)}</h3>
          <div class="scroll">
            <table>
              <thead><tr><th scope="col">When</th><th scope="col">Channel</th><th scope="col">Chosen by</th><th scope="col">Running</th><th scope="col">Answer</th><th scope="col">Bucket</th><th scope="col">Native</th></tr></thead>
              <tbody>
                {[...result.decisions].reverse().map((d, i) => (
                  <tr key={i}><td>{when(d.t)}</td><td>{d.channel}</td><td>{d.why}</td><td>{d.current}</td><td>{d.sent ? `sent ${d.sent}` : `${d.kind ?? ''} ${d.reason ?? ''}`}</td><td>{d.bucket ?? '—'}</td><td>{d.platform} {d.native}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Events</h3>
          <div class="scroll">
            <table>
              <thead><tr><th scope="col">When</th><th scope="col">Event</th><th scope="col">Version</th><th scope="col">From</th><th scope="col">Channel</th></tr></thead>
              <tbody>
                {[...result.events].reverse().map((ev, i) => <tr key={i}><td>{when(ev.t)}</td><td>{ev.action}</td><td>{ev.version}</td><td>{ev.old_version ?? ''}</td><td>{ev.channel}</td></tr>)}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
