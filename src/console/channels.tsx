import { useState } from 'preact/hooks'
import type { BundleSummary } from '../core/admin/api.js'
import type { AdvanceResult } from '../core/health/operations.js'
import type { ChannelStatus, StatusResult } from '../core/release/commands.js'
import type { ReleaseResult } from '../core/release/release.js'
import type { ChannelSettings } from '../core/store/types.js'
import { seg } from './api.js'
import { bytes, share, shortCommit, when } from './format.js'
import type { Ctx } from './main.js'

/** GET …/channels: the status, what each served bundle is, and what each channel may roll back to. */
export type ChannelsData = StatusResult & { bundles: Record<string, BundleSummary>; rollbackTo: Record<string, string[]> }

const SETTINGS: Array<[keyof ChannelSettings, string]> = [
  ['ios', 'iOS devices'], ['android', 'Android devices'], ['allowEmulator', 'emulators'], ['allowDev', 'debug builds'], ['allowSelfSet', 'devices may choose this channel']
]

/** Runs one change, says what came of it and reloads the channels. */
function useAction(ctx: Ctx): [boolean, (label: string, run: () => Promise<{ message?: string }>) => Promise<void>] {
  const [busy, setBusy] = useState(false)
  const act = async (label: string, run: () => Promise<{ message?: string }>) => {
    setBusy(true)
    try {
      const result = await run()
      ctx.notify(result.message ?? `${label}: done.`)
    } catch (e) {
      ctx.notify(`${label} refused: ${(e as Error).message}`, 'error')
    } finally {
      setBusy(false)
      await ctx.refresh()
    }
  }
  return [busy, act]
}

function Changelog({ bundle }: { bundle: BundleSummary | undefined }) {
  if (!bundle) return null
  return (
    <details class="changelog">
      <summary>Changelog of {bundle.version} ({shortCommit(bundle.commit)}, {bytes(bundle.size)}, stored {when(bundle.createdAt)}{bundle.promotedFrom ? `, the bytes of ${bundle.promotedFrom}` : ''})</summary>
      <pre data-testid="changelog">{bundle.changelog || '(no changelog)'}</pre>
    </details>
  )
}

function Rollout({ ctx, channel }: { ctx: Ctx; channel: ChannelStatus }) {
  const rollout = channel.rollout!
  const [busy, act] = useAction(ctx)
  const [percentage, setPercentage] = useState('')
  const path = `apps/${seg(ctx.app)}/channels/${seg(channel.name)}`
  const change = (label: string, body: Record<string, unknown>, confirmText?: string) => {
    if (confirmText && !confirm(confirmText)) return
    void act(label, () => ctx.call<ReleaseResult>('POST', `${path}/rollout`, body))
  }
  return (
    <section class="rollout" aria-label={`Rollout on ${channel.name}`}>
      <p>
        Rolling out <b data-testid="rollout-version">{rollout.version}</b> to <b data-testid="rollout-share">{share(rollout.percentageBps)}</b> of devices
        {rollout.paused ? <span class="badge warn">paused</span> : null}
        {rollout.policy ? <span class="badge">guarded: steps {rollout.policy.steps.join(' → ')}%</span> : <span class="badge">by hand</span>}
        <br /><small>started {when(rollout.startedAt)}{rollout.stepStartedAt ? `, this step since ${when(rollout.stepStartedAt)}` : ''}; the rest get {channel.version}</small>
      </p>
      <div class="actions">
        <form class="inline" onSubmit={(e) => { e.preventDefault(); change('New share', { percentage }) }}>
          <label>Share <input type="number" min="0.01" max="100" step="0.01" required value={percentage} onInput={(e) => setPercentage(e.currentTarget.value)} size={6} /> %</label>
          <button type="submit" disabled={busy}>Set share</button>
        </form>
        {rollout.paused
          ? <button type="button" disabled={busy} onClick={() => change('Resume', { action: 'resume' })}>Resume</button>
          : <button type="button" disabled={busy} onClick={() => change('Pause', { action: 'pause' })}>Pause</button>}
        <button type="button" disabled={busy} onClick={() => change('Promote to everyone', { action: 'promote' }, `Serve ${rollout.version} to every device on ${channel.name}?`)}>Promote to all</button>
        <button type="button" class="danger" disabled={busy} onClick={() => change('Abort', { action: 'abort' }, `Abort the rollout of ${rollout.version}? Devices go back to ${channel.version}.`)}>Abort</button>
        {rollout.policy && <button type="button" disabled={busy} onClick={() => void act('Advance', () => ctx.call<AdvanceResult>('POST', `${path}/rollout/advance`))}>Apply policy now</button>}
      </div>
    </section>
  )
}

function Moves({ ctx, channel, names, previous }: { ctx: Ctx; channel: ChannelStatus; names: string[]; previous: string[] }) {
  const [busy, act] = useAction(ctx)
  const [to, setTo] = useState('')
  const others = names.filter((n) => n !== channel.name)
  const [from, setFrom] = useState('')
  const [requireHealthy, setRequireHealthy] = useState(true)
  const path = `apps/${seg(ctx.app)}/channels/${seg(channel.name)}`
  const target = to || previous[0]
  const source = from || others[0]
  return (
    <div class="actions">
      <form class="inline" onSubmit={(e) => {
        e.preventDefault()
        if (!target || !confirm(`Roll ${channel.name} back from ${channel.version} to ${target}?`)) return
        void act('Rollback', () => ctx.call<ReleaseResult>('POST', `${path}/rollback`, { to: target }))
      }}>
        <label>Roll back to <select value={target} onChange={(e) => setTo(e.currentTarget.value)} disabled={!previous.length}>
          {previous.map((v) => <option key={v} value={v}>{v}</option>)}
        </select></label>
        <button type="submit" disabled={busy || !previous.length}>Roll back</button>
      </form>
      <form class="inline" onSubmit={(e) => {
        e.preventDefault()
        if (!source || !confirm(`Point ${channel.name} at what ${source} serves?`)) return
        void act('Promote', () => ctx.call<ReleaseResult>('POST', `${path}/promote`, { from: source, requireHealthy }))
      }}>
        <label>Promote from <select value={source} onChange={(e) => setFrom(e.currentTarget.value)} disabled={!others.length}>
          {others.map((n) => <option key={n} value={n}>{n}</option>)}
        </select></label>
        <label class="check"><input type="checkbox" checked={requireHealthy} onChange={(e) => setRequireHealthy(e.currentTarget.checked)} /> only if healthy</label>
        <button type="submit" disabled={busy || !others.length}>Promote</button>
      </form>
    </div>
  )
}

function Settings({ ctx, channel }: { ctx: Ctx; channel: ChannelStatus }) {
  const [busy, act] = useAction(ctx)
  const [draft, setDraft] = useState<ChannelSettings>(channel.settings)
  const changed = SETTINGS.some(([k]) => draft[k] !== channel.settings[k])
  return (
    <form class="settings" onSubmit={(e) => {
      e.preventDefault()
      void act('Channel settings', async () => {
        await ctx.call('PUT', `apps/${seg(ctx.app)}/channels/${seg(channel.name)}/settings`, draft)
        return { message: `Saved the settings of ${channel.name}.` }
      })
    }}>
      <fieldset>
        <legend>Who may receive {channel.name}</legend>
        {SETTINGS.map(([key, label]) => (
          <label class="check" key={key}><input type="checkbox" name={key} checked={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.checked })} /> {label}</label>
        ))}
        <button type="submit" disabled={busy || !changed}>Save settings</button>
      </fieldset>
    </form>
  )
}

function History({ channel }: { channel: ChannelStatus }) {
  return (
    <details>
      <summary>History ({channel.history.length})</summary>
      <div class="scroll">
        <table>
          <thead><tr><th scope="col">When</th><th scope="col">Action</th><th scope="col">Version</th><th scope="col">Detail</th></tr></thead>
          <tbody>
            {[...channel.history].reverse().map((h, i) => (
              <tr key={i}><td>{when(h.at)}</td><td>{h.action}</td><td>{h.version}</td><td>{h.from ? `from ${h.from}` : h.percentageBps !== undefined ? share(h.percentageBps) : h.commit ? shortCommit(h.commit) : ''}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

/** Every channel of the app: what it serves, its rollout, and the moves an operator makes. */
export function ChannelsView({ ctx }: { ctx: Ctx }) {
  const data = ctx.channels
  if (!data) return <p role="status">Loading channels…</p>
  if (!data.channels.length) return <p class="empty">{ctx.app} has no channel yet: release one with <code>capflight release</code>.</p>
  const names = data.channels.map((c) => c.name)
  return (
    <div class="cards">
      {data.channels.map((channel) => (
        <article class="card" key={`${channel.name}@${channel.revision}`} data-channel={channel.name} aria-labelledby={`ch-${channel.name}`}>
          <h2 id={`ch-${channel.name}`}>{channel.name}</h2>
          <p class="serving">
            Serves <b data-testid="channel-version">{channel.version}</b> since {when(channel.updatedAt)}
            <small> · commit {shortCommit(channel.commit)} · native {channel.minNativeVersion ?? 'any'} · revision {channel.revision}</small>
          </p>
          <Changelog bundle={data.bundles[channel.version]} />
          {channel.rollout && <><Rollout ctx={ctx} channel={channel} /><Changelog bundle={data.bundles[channel.rollout.version]} /></>}
          <Moves ctx={ctx} channel={channel} names={names} previous={data.rollbackTo[channel.name] ?? []} />
          <Settings ctx={ctx} channel={channel} />
          <History channel={channel} />
        </article>
      ))}
    </div>
  )
}
