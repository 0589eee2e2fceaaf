import { render } from 'preact'
import { useCallback, useEffect, useState } from 'preact/hooks'
import { ApiError, apiClient, seg, type Call } from './api.js'
import { AuditView } from './audit.js'
import { ChannelsView, type ChannelsData } from './channels.js'
import { DevicesView } from './devices.js'
import { HealthView } from './health.js'
import 'uplot/dist/uPlot.min.css'
import './style.css'

/** What every view gets: the API, the chosen app, its channels, and a way to say what happened. */
export interface Ctx {
  call: Call
  app: string
  channels: ChannelsData | undefined
  refresh: () => Promise<void>
  notify: (message: string, kind?: 'ok' | 'error') => void
}

const VIEWS = { channels: 'Channels', health: 'Health', devices: 'Devices', audit: 'Audit log' } as const
type View = keyof typeof VIEWS

// The token lives in this tab's session storage (gone when the tab closes) and is sent only as a
// bearer header: never a cookie, so no other site can make the browser use it.
const TOKEN_KEY = 'capflight.console.token'

const viewOf = (hash: string): View => {
  const name = hash.replace(/^#\/?/, '').split('/')[0]
  return name in VIEWS ? (name as View) : 'channels'
}

function SignIn({ onToken, problem }: { onToken: (token: string) => void; problem?: string }) {
  const [token, setToken] = useState('')
  return (
    <main class="signin">
      <h1>capflight console</h1>
      <form onSubmit={(e) => { e.preventDefault(); if (token.trim()) onToken(token.trim()) }}>
        <label for="token">Admin token</label>
        <input id="token" name="token" type="password" autocomplete="off" spellcheck={false} required value={token} onInput={(e) => setToken(e.currentTarget.value)} autoFocus />
        <button type="submit">Sign in</button>
        {problem && <p class="error" role="alert">{problem}</p>}
        <p class="hint">The token is <code>CAPFLIGHT_ADMIN_TOKEN</code> or one of the <code>--admin-tokens</code> file given to <code>capflight serve --console</code>.</p>
      </form>
    </main>
  )
}

function Console({ call, who, onSignOut }: { call: Call; who: string; onSignOut: () => void }) {
  const [apps, setApps] = useState<string[] | undefined>()
  const [app, setApp] = useState<string>(() => new URLSearchParams(location.search).get('app') ?? '')
  const [view, setView] = useState<View>(viewOf(location.hash))
  const [channels, setChannels] = useState<ChannelsData | undefined>()
  const [notice, setNotice] = useState<{ message: string; kind: 'ok' | 'error' } | undefined>()
  const notify = useCallback((message: string, kind: 'ok' | 'error' = 'ok') => setNotice({ message, kind }), [])

  useEffect(() => {
    const onHash = () => setView(viewOf(location.hash))
    addEventListener('hashchange', onHash)
    return () => removeEventListener('hashchange', onHash)
  }, [])
  useEffect(() => {
    call<{ apps: string[]; defaultApp: string | null }>('GET', 'apps').then((r) => {
      setApps(r.apps)
      setApp((chosen) => (chosen && r.apps.includes(chosen) ? chosen : r.defaultApp && r.apps.includes(r.defaultApp) ? r.defaultApp : r.apps[0] ?? ''))
    }, (e: Error) => notify(e.message, 'error'))
  }, [call, notify])
  const refresh = useCallback(async () => {
    if (!app) return
    try {
      setChannels(await call<ChannelsData>('GET', `apps/${seg(app)}/channels`))
    } catch (e) {
      notify((e as Error).message, 'error')
    }
  }, [call, app, notify])
  useEffect(() => { setChannels(undefined); void refresh() }, [refresh])

  const ctx: Ctx = { call, app, channels, refresh, notify }
  return (
    <>
      <header class="top">
        <strong class="brand">capflight</strong>
        <label class="app-pick">
          <span>App</span>
          <select value={app} onChange={(e) => setApp(e.currentTarget.value)} disabled={!apps?.length}>
            {(apps ?? []).map((a) => <option value={a} key={a}>{a}</option>)}
          </select>
        </label>
        <span class="who">signed in as <b data-testid="who">{who}</b></span>
        <button type="button" class="link" onClick={onSignOut}>Sign out</button>
      </header>
      <nav class="tabs" aria-label="Views">
        {(Object.keys(VIEWS) as View[]).map((v) => <a key={v} href={`#/${v}`} aria-current={view === v ? 'page' : undefined}>{VIEWS[v]}</a>)}
      </nav>
      <div class={`notice ${notice?.kind ?? ''}`} role={notice?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" data-testid="notice">
        {notice && <><span>{notice.message}</span> <button type="button" class="link" onClick={() => setNotice(undefined)} aria-label="Dismiss">×</button></>}
      </div>
      <main>
        {apps && !apps.length && <p class="empty">The store holds no app yet: release one with <code>capflight release</code>.</p>}
        {app && view === 'channels' && <ChannelsView ctx={ctx} />}
        {app && view === 'health' && <HealthView ctx={ctx} />}
        {app && view === 'devices' && <DevicesView ctx={ctx} />}
        {app && view === 'audit' && <AuditView ctx={ctx} />}
      </main>
    </>
  )
}

function Root() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY))
  const [who, setWho] = useState<string | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  useEffect(() => {
    if (!token) return
    apiClient(token)<{ token: string }>('GET', 'whoami').then((r) => {
      sessionStorage.setItem(TOKEN_KEY, token)
      setWho(r.token)
      setProblem(undefined)
    }, (e: Error) => {
      sessionStorage.removeItem(TOKEN_KEY)
      setToken(null)
      setProblem(e instanceof ApiError && e.status === 401 ? 'That token was refused. Check it and try again.' : e.message)
    })
  }, [token])
  const signOut = () => { sessionStorage.removeItem(TOKEN_KEY); setWho(undefined); setToken(null) }
  if (!token) return <SignIn onToken={setToken} problem={problem} />
  if (!who) return <main class="signin"><p role="status">Signing in…</p></main>
  return <MemoConsole token={token} who={who} onSignOut={signOut} />
}

/** One API client per token, so the views' effects do not rerun on every render. */
function MemoConsole({ token, who, onSignOut }: { token: string; who: string; onSignOut: () => void }) {
  const [call] = useState(() => apiClient(token))
  return <Console call={call} who={who} onSignOut={onSignOut} />
}

render(<Root />, document.getElementById('app')!)
