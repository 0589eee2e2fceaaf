import { useEffect, useMemo, useState } from 'preact/hooks'
import type { CohortNumbers } from '../core/health/gate.js'
import type { HealthRow } from '../core/health/operations.js'
import { seg } from './api.js'
import { LineChart, type ChartData } from './chart.js'
import { rate } from './format.js'
import type { Ctx } from './main.js'

interface Series {
  since: string
  bucket: '1h' | '1d'
  points: Array<{ t: string; rows: HealthRow[]; cohorts: Array<CohortNumbers & { channel: string }> }>
}

const WINDOWS = { '24h': '1h', '7d': '1h', '30d': '1d' } as const

/** One line per version (per channel and version when all channels are shown). */
function chartOf(series: Series, channel: string, pick: (c: CohortNumbers) => number | null, roles: Map<string, string>): ChartData {
  const keys: string[] = []
  for (const p of series.points) for (const c of p.cohorts) {
    const key = channel ? c.version : `${c.channel} ${c.version}`
    if ((!channel || c.channel === channel) && !keys.includes(key)) keys.push(key)
  }
  keys.sort((a, b) => b.localeCompare(a, undefined, { numeric: true }))
  return {
    range: [Date.parse(series.since) / 1000, Date.now() / 1000],
    times: series.points.map((p) => Date.parse(p.t) / 1000),
    series: keys.map((key) => ({
      label: roles.get(key) ? `${key} (${roles.get(key)})` : key,
      dashed: roles.get(key) === 'stable',
      values: series.points.map((p) => {
        const c = p.cohorts.find((x) => (channel ? x.channel === channel && x.version === key : `${x.channel} ${x.version}` === key))
        return c ? pick(c) : null
      })
    }))
  }
}

/** Adoption and failure rates by version over time, and the window's numbers per group. */
export function HealthView({ ctx }: { ctx: Ctx }) {
  const [window, setWindow] = useState<keyof typeof WINDOWS>('7d')
  const [channel, setChannel] = useState('')
  const [series, setSeries] = useState<Series | undefined>()
  const [rows, setRows] = useState<HealthRow[] | undefined>()
  useEffect(() => {
    setSeries(undefined)
    const app = seg(ctx.app)
    ctx.call<Series>('GET', `apps/${app}/health/series?since=${window}&bucket=${WINDOWS[window]}`).then(setSeries, (e: Error) => ctx.notify(e.message, 'error'))
    ctx.call<{ rows: HealthRow[] }>('GET', `apps/${app}/health?since=${window}`).then((r) => setRows(r.rows), (e: Error) => ctx.notify(e.message, 'error'))
  }, [ctx.app, ctx.call, window])
  // Which version is the channel's stable bundle and which its rollout, for the legends.
  const roles = useMemo(() => {
    const map = new Map<string, string>()
    for (const c of ctx.channels?.channels ?? []) {
      if (channel && c.name !== channel) continue
      const prefix = channel ? '' : `${c.name} `
      map.set(`${prefix}${c.version}`, 'stable')
      if (c.rollout) map.set(`${prefix}${c.rollout.version}`, 'rollout')
    }
    return map
  }, [ctx.channels, channel])
  const charts = useMemo(() => series && {
    adoption: chartOf(series, channel, (c) => c.devices, roles),
    failure: chartOf(series, channel, (c) => (c.offered ? c.failureRate * 100 : null), roles),
    crash: chartOf(series, channel, (c) => (c.devices ? c.crashRate * 100 : null), roles)
  }, [series, channel, roles])
  const shown = (rows ?? []).filter((r) => !channel || r.channel === channel)
  return (
    <section aria-label="Health">
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>Window <select value={window} onChange={(e) => setWindow(e.currentTarget.value as keyof typeof WINDOWS)}>
          {Object.keys(WINDOWS).map((w) => <option key={w} value={w}>last {w}</option>)}
        </select></label>
        <label>Channel <select value={channel} onChange={(e) => setChannel(e.currentTarget.value)}>
          <option value="">all channels</option>
          {(ctx.channels?.channels ?? []).map((c) => <option key={c.name} value={c.name}>{c.name}</option>)}
        </select></label>
      </form>
      {!charts ? <p role="status">Loading health…</p> : (
        <div class="charts">
          <LineChart title={`Devices running each version, per ${series!.bucket === '1h' ? 'hour' : 'day'}`} data={charts.adoption} unit="devices" />
          <LineChart title="Failed updates: share of devices offered the version" data={charts.failure} unit="%" />
          <LineChart title="Crashes and hangs: share of devices running the version" data={charts.crash} unit="%" />
        </div>
      )}
      <h2>Over the window</h2>
      <div class="scroll">
        <table data-testid="health-table">
          <thead><tr><th scope="col">Channel</th><th scope="col">Version</th><th scope="col">Platform</th><th scope="col">Native</th><th scope="col">Checked</th><th scope="col">Offered</th><th scope="col">Installed</th><th scope="col">Failed</th><th scope="col">Unhealthy</th><th scope="col">Failed / offered</th></tr></thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.channel} ${r.version} ${r.platform} ${r.native}`}>
                <td>{r.channel}</td><td>{r.version}</td><td>{r.platform}</td><td>{r.native}</td><td>{r.checked}</td><td>{r.offered}</td><td>{r.installed}</td>
                <td title={Object.entries(r.failedBy).map(([k, n]) => `${k}: ${n}`).join(', ')}>{r.failed}</td>
                <td title={Object.entries(r.unhealthyBy).map(([k, n]) => `${k}: ${n}`).join(', ')}>{r.unhealthy}</td>
                <td>{rate(r.offered ? r.failed / r.offered : null)}</td>
              </tr>
            ))}
            {rows && !shown.length && <tr><td colSpan={10} class="empty">No device data in this window.</td></tr>}
          </tbody>
        </table>
      </div>
    </section>
  )
}
