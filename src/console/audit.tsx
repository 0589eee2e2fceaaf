import { useEffect, useState } from 'preact/hooks'
import type { AuditEntry } from '../core/admin/audit.js'
import { seg } from './api.js'
import { when } from './format.js'
import type { Ctx } from './main.js'

/** Every change made through the console or the API, newest first, refusals included. */
export function AuditView({ ctx }: { ctx: Ctx }) {
  const [entries, setEntries] = useState<AuditEntry[] | undefined>()
  useEffect(() => {
    ctx.call<{ entries: AuditEntry[] }>('GET', `apps/${seg(ctx.app)}/audit?since=30d`).then((r) => setEntries(r.entries), (e: Error) => ctx.notify(e.message, 'error'))
  }, [ctx.app, ctx.call, ctx.channels])
  if (!entries) return <p role="status">Loading the audit log…</p>
  if (!entries.length) return <p class="empty">No change was made through the console in the last 30 days.</p>
  return (
    <div class="scroll">
      <table data-testid="audit-table">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Where</th><th scope="col">From → to</th><th scope="col">Outcome</th><th scope="col">Message</th></tr></thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={i} class={e.status === 'refused' ? 'refused' : undefined}>
              <td>{when(e.t)}</td><td>{e.token}</td><td>{e.action}</td><td>{[e.device ? `device ${e.device}` : '', e.channel ?? ''].filter(Boolean).join(' → ')}</td>
              <td>{e.from ?? '—'} → {e.to ?? '—'}</td><td>{e.status}</td><td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
