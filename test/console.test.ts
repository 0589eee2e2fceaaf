/**
 * The web console of `capflight serve --console` (DESIGN §8) in a real browser: Debian's
 * Chromium driven by playwright-core, against the real serve process over a store filled by real
 * releases and the fleet simulator. Screenshots are saved to test-output/console/.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { FileStore } from '../src/core/store/file-store.js'
import { EXAMPLE_APP_ID, Fleet, startInstance } from './helpers/fleet.js'
import { cleanupTemps, exampleRepo, ROOT, runCli, type Repo } from './helpers/repo.js'
import { startServe } from './helpers/serve.js'

const TOKEN = 'console-token-0123456789abcdef'
const CHROMIUM = process.env.CAPFLIGHT_TEST_CHROMIUM ?? '/usr/bin/chromium'
const SHOTS = path.join(ROOT, 'test-output/console')
// A commit message is text from whoever can push: the page must show it, never run it.
const HOSTILE = 'fix: render <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> as text'

let repo: Repo
let server: Awaited<ReturnType<typeof startServe>>
let browser: Browser

async function release(args: string[] = []): Promise<Record<string, any>> {
  const r = await runCli(['release', '--json', ...args], { cwd: repo.dir })
  if (!r.json) throw new Error(`release: ${r.stdout}${r.stderr}`)
  return r.json
}

/**
 * Production served 1.0.0, then 1.0.1 (whose changelog holds HTML), to a fleet; 1.1.0 is rolling
 * out to 5% under a policy; development serves a later commit.
 */
beforeAll(async () => {
  repo = exampleRepo()
  repo.git('tag', 'v1.0.0')
  expect((await release()).status).toBe('released')
  repo.commit(HOSTILE)
  repo.git('tag', 'v1.0.1')
  expect((await release()).version).toBe('1.0.1')
  repo.write('capflight.config.json', JSON.stringify({ rolloutPolicy: { steps: [5, 25, 100], minDevices: 20, bakeMinutes: 0, maxExcessFailureRate: 0.05, maxExcessCrashRate: 0.03, onBreach: 'pause' } }))
  repo.commit('chore: rollout policy')
  const store = new FileStore(path.join(repo.dir, '.capflight/store'))
  const instance = await startInstance(store)
  try {
    const fleet = new Fleet(EXAMPLE_APP_ID, 240, 7)
    await fleet.round([instance], () => ({ downloadFail: 0.02, crash: 0.02 }))
    repo.commit('feat: guarded feature')
    repo.git('tag', 'v1.1.0')
    const guarded = await release()
    expect(guarded).toMatchObject({ version: '1.1.0', rollout: { percentageBps: 500 } })
    await fleet.round([instance], (v) => ({ downloadFail: 0.02, crash: v === '1.1.0' ? 0.05 : 0.02 }))
  } finally {
    await instance.close()
  }
  repo.commit('docs: notes')
  expect((await release()).channel).toBe('development')
  server = await startServe(repo.dir, ['--console', '--cache-ttl', '0'], { CAPFLIGHT_ADMIN_TOKEN: TOKEN })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] })
  mkdirSync(SHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  cleanupTemps()
})

async function open(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  // Confirmation dialogs are accepted, as the operator would.
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto(`${server.url}/console/`)
  return page
}

async function signIn(page: Page, token = TOKEN): Promise<void> {
  await page.getByLabel('Admin token').fill(token)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Waits until the element shows the text (the page updates after its API answers). */
async function shows(locator: Locator, text: string | RegExp): Promise<void> {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: 20_000 })
  } catch (error) {
    const seen = await locator.allTextContents().catch(() => [])
    throw new Error(`Waited for ${String(text)}; the page shows ${JSON.stringify(seen)}. ${(error as Error).message}`)
  }
}

const card = (page: Page, channel: string) => page.locator(`article[data-channel="${channel}"]`)

describe('the console in Chromium', () => {
  test('the page is served with a strict content security policy; /console redirects', async () => {
    const res = await fetch(`${server.url}/console/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/)
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toContain('<script type="module" src="app.js">')
    const redirect = await fetch(`${server.url}/console`, { redirect: 'manual' })
    expect(redirect.status).toBe(308)
    expect(redirect.headers.get('location')).toBe('/console/')
    expect((await fetch(`${server.url}/console/../capflight.config.json`)).status).toBe(404)
    expect((await fetch(`${server.url}/console/app.js`)).headers.get('content-type')).toMatch(/javascript/)
  })

  test('a wrong token is refused; the right one signs in and shows every channel', async () => {
    const page = await open()
    await signIn(page, 'not-the-token-0123456789')
    await shows(page.getByRole('alert'), /That token was refused/)
    await page.screenshot({ path: path.join(SHOTS, 'wrong-token.png') })
    await signIn(page)
    await shows(page.getByTestId('who'), /^admin$/)
    await shows(card(page, 'production').getByTestId('channel-version'), /^1\.0\.1$/)
    await shows(card(page, 'production').getByTestId('rollout-version'), /^1\.1\.0$/)
    await shows(card(page, 'production').getByTestId('rollout-share'), /^5%$/)
    await shows(card(page, 'development').getByTestId('channel-version'), /^1\.1\.1-dev\.1$/)
    // The token stays in the tab's session storage, never in a cookie.
    expect(await page.context().cookies()).toEqual([])
    await page.screenshot({ path: path.join(SHOTS, 'channels.png'), fullPage: true })
    await page.close()
  })

  test('a commit message holding HTML is shown as text and runs nothing', async () => {
    const page = await open()
    await signIn(page)
    const production = card(page, 'production')
    await production.locator('details.changelog summary', { hasText: 'Changelog of 1.0.1' }).click()
    const changelog = production.getByTestId('changelog').first()
    await expect(changelog.textContent()).resolves.toContain('<img src=x onerror="window.__pwned=1">')
    await expect(changelog.textContent()).resolves.toContain('<script>window.__pwned=2</script>')
    expect(await page.locator('main img, main script').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await page.screenshot({ path: path.join(SHOTS, 'changelog.png'), fullPage: true })
    await page.close()
  })

  test('the health charts are drawn from the fleet, with the stable cohort beside the rollout', async () => {
    const page = await open()
    await signIn(page)
    await page.getByRole('link', { name: 'Health' }).click()
    await page.getByLabel('Channel').selectOption('production')
    const charts = page.locator('figure.chart')
    await shows(charts.first().locator('.u-legend'), '1.1.0 (rollout)')
    await expect(charts.count()).resolves.toBe(3)
    for (let i = 0; i < 3; i++) {
      expect(Number(await charts.nth(i).getAttribute('data-points'))).toBeGreaterThan(0)
      await expect(charts.nth(i).locator('canvas').count()).resolves.toBe(1)
    }
    await shows(charts.first().locator('.u-legend'), '1.0.1 (stable)')
    const table = page.getByTestId('health-table')
    await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThan(2)
    await expect(table.textContent()).resolves.toContain('1.1.0')
    await page.screenshot({ path: path.join(SHOTS, 'health.png'), fullPage: true })
    await page.close()
  })

  test('the rollout paused and resumed, a device looked up and put on another channel, from the page', async () => {
    const page = await open()
    await signIn(page)
    const production = card(page, 'production')
    await production.getByRole('button', { name: 'Pause' }).click()
    await shows(page.getByTestId('notice'), /paus/i)
    await shows(card(page, 'production').locator('.badge'), /^paused$/)
    await card(page, 'production').getByRole('button', { name: 'Resume' }).click()
    await card(page, 'production').getByRole('button', { name: 'Pause' }).waitFor()
    // A device of the fleet: what the endpoint decided for it, then an operator's override.
    await page.getByRole('link', { name: 'Devices' }).click()
    await page.getByLabel('Device id').fill('sim-7-0')
    await page.getByRole('button', { name: 'Look up' }).click()
    await shows(page.getByTestId('device-message'), /channel production \(server default\)/)
    await page.getByLabel('Send it').selectOption('development')
    await page.getByRole('button', { name: 'Set override' }).click()
    await shows(page.getByTestId('notice'), /Device sim-7-0 now gets development/)
    await shows(page.locator('form.inline b'), /^development$/)
    const device = await runCli(['explain', '--device', 'sim-7-0', '--json'], { cwd: repo.dir })
    expect(device.json.override).toBe('development')
    await page.getByRole('button', { name: 'Remove override' }).click()
    await shows(page.locator('form.inline b'), /^none$/)
    await page.getByRole('link', { name: 'Audit log' }).click()
    const rows = page.getByTestId('audit-table').locator('tbody tr')
    await shows(rows.first(), /device-channel.*device sim-7-0.*development → —.*unset/)
    await shows(rows.nth(1), /device-channel.*device sim-7-0.*— → development.*set/)
    await shows(page.getByTestId('audit-table'), /rollout-pause.*production/)
    await page.screenshot({ path: path.join(SHOTS, 'devices-audit.png'), fullPage: true })
    await page.close()
  })

  test('a rollback from the page moves the channel and writes the audit log', async () => {
    const page = await open()
    await signIn(page)
    const production = card(page, 'production')
    await production.getByLabel('Roll back to').selectOption('1.0.0')
    await production.getByRole('button', { name: 'Roll back' }).click()
    await shows(page.getByTestId('notice'), /Rolled production back from 1\.0\.1 to 1\.0\.0/)
    await shows(card(page, 'production').getByTestId('channel-version'), /^1\.0\.0$/)
    // The store agrees with the page.
    const status = await runCli(['status', '--json', '--channel', 'production'], { cwd: repo.dir })
    expect(status.json.channels[0].version).toBe('1.0.0')
    // Development has nothing to roll back to. A refused change says why and is audited too:
    // production's bundle (1.0.0 again), which no device ran since, fails the health gate.
    await expect(card(page, 'development').getByRole('button', { name: 'Roll back' }).isDisabled()).resolves.toBe(true)
    await card(page, 'development').getByRole('button', { name: 'Promote' }).click()
    await shows(page.getByTestId('notice'), /Promote refused: Refusing to promote 1\.0\.0 to development: only 0 device/)
    await page.getByRole('link', { name: 'Audit log' }).click()
    const rows = page.getByTestId('audit-table').locator('tbody tr')
    await shows(rows.first(), /admin.*promote.*development.*refused/)
    await shows(rows, /admin.*rollback.*production.*1\.0\.1 → 1\.0\.0.*rolled-back/)
    await page.screenshot({ path: path.join(SHOTS, 'audit.png'), fullPage: true })
    await page.close()
  })

  test('on a phone screen, by keyboard alone: sign in, reach the audit log, nothing wider than the screen', async () => {
    const page = await open({ width: 390, height: 844 })
    // The token field has the focus when the page opens.
    await page.waitForFunction(() => document.activeElement?.id === 'token')
    await page.keyboard.type(TOKEN)
    await page.keyboard.press('Enter')
    await page.getByTestId('who').waitFor({ state: 'attached' })
    await card(page, 'production').waitFor()
    // Tab from the top to the Audit log link, then follow it with Enter.
    let reached = false
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Audit log')
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await page.getByTestId('audit-table').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await page.getByRole('link', { name: 'Channels' }).click()
    await card(page, 'production').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await page.screenshot({ path: path.join(SHOTS, 'phone.png'), fullPage: true })
    await page.close()
  })
})
