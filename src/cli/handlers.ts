/** The handlers of the release, channel, device, store, key, init and doctor commands (loaded when one runs). */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  checkStore, commitLines, doctor, init, collectGarbage, ConfigurationError, configureChannel, createKeys, gatherFacts, openPublishing,
  openTelemetryStore, parsePercentage, planRelease, promote, release, rollback, rollout, setDeviceChannel, status, advanceRollout, explainDevice,
  verdictOutputs, webhookProblem, type ChannelSettings, type ReleaseResult, type Settings, type SettingsFlags
} from '../core/index.js'
import { BOOL_FLAGS, need, str } from './flags.js'
import { formatExplain, formatRelease, formatStatus, formatVerdict } from './format.js'
import { dotenvOf, dotenvText, gitlabIntegrations } from './gitlab.js'
import type { CommandContext, Handler } from './commands.js'

/** Prints a channel-moving result and carries out its CI glue (dotenv report, GitLab integrations). */
async function finish(context: CommandContext, settings: Settings, result: ReleaseResult): Promise<number> {
  const { values, cwd, io, reporter } = context
  const dotenv = str(values.dotenv)
  if (dotenv) writeFileSync(path.resolve(cwd, dotenv), dotenvOf(result))
  context.print(result, formatRelease(result))
  if (result.status === 'native-required') return 3
  if (values.gitlab && !settings.dryRun) {
    await gitlabIntegrations(result, io.env, reporter, { tagFormat: settings.tagFormat, release: io.env.CAPFLIGHT_GITLAB_RELEASE !== 'false', mrNote: io.env.CAPFLIGHT_GITLAB_MR_NOTE !== 'false' })
  }
  return 0
}

export const version: Handler = async (context) => {
  const settings = context.settings()
  const { store, publisher } = openPublishing(settings.store, settings.cwd, context.io.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli })
  const plan = planRelease(await gatherFacts(settings, context.runtime, store, publisher.promotionRecords))
  // A release now would give this version: none when nothing is to be released.
  const next = plan.action === 'skipped' || (plan.action === 'unchanged' && !plan.existing) ? null : plan.version
  const out = {
    version: next,
    previousVersion: plan.last.version === '0.0.0' && plan.last.source === 'default' ? null : plan.last.version,
    bump: plan.bump,
    channel: plan.channel,
    rule: plan.rule,
    commits: plan.commits,
    unparsed: plan.unparsed.length,
    unparsedCommits: plan.unparsed,
    lastRelease: plan.last,
    channelVersion: plan.previousVersion,
    action: plan.action,
    reason: plan.reason,
    commit: plan.commit
  }
  if (context.reporter.verbose !== false) for (const line of commitLines(plan)) context.reporter.debug(line)
  if (plan.unparsed.length) context.reporter.warn(`${plan.unparsed.length} commit(s) are not Conventional Commits and were not counted.`)
  if (plan.action === 'release' && plan.uncommitted.length) context.reporter.warn(`${plan.uncommitted.length} tracked file(s) have uncommitted changes: "capflight release" refuses to build them without --allow-dirty.`)
  context.print(out, [
    next ? `${next} → ${out.channel}` : `no release: ${plan.reason}`,
    `  last release  ${plan.last.tag ?? `${plan.last.version} (${plan.last.source})`}`,
    `  bump          ${out.bump}${out.rule ? `  (rule: ${out.rule})` : ''}`,
    `  commits       ${out.commits}${out.unparsed ? `, ${out.unparsed} not conventional` : ''}`,
    ...(next ? [`  ${plan.reason}`] : [])
  ].join('\n'))
  return 0
}

export const rolloutCommand: Handler = async (context) => {
  const { values } = context
  const channel = need(values, 'channel', 'rollout needs --channel <channel>. Example: capflight rollout --channel production --percentage 25')
  let percentageBps: number | undefined
  const percentage = str(values.percentage)
  if (percentage !== undefined) {
    percentageBps = parsePercentage(percentage)
    if (percentageBps === undefined) throw new ConfigurationError([`--percentage must be above 0 and at most 100 with up to two decimals, got "${percentage}".`])
  }
  const result = await rollout(context.settings(), context.runtime, { channel, percentageBps, promote: Boolean(values.promote), abort: Boolean(values.abort), pause: Boolean(values.pause), resume: Boolean(values.resume) })
  context.print(result, formatRelease(result))
  return 0
}

/** `capflight rollout advance`: the rollout policy applied to the channel's health; exit 4 on pause or abort. */
export const rolloutAdvance: Handler = async (context) => {
  const { values, io } = context
  const channel = need(values, 'channel', 'rollout advance needs --channel <channel>. Example: capflight rollout advance --channel production')
  const settings = context.settings()
  const store = openTelemetryStore(settings.store, settings.cwd, io.env, 'capflight rollout advance')
  const result = await advanceRollout(store, settings.appId, channel, context.runtime, { dryRun: settings.dryRun, webhook: str(values.webhook) ?? settings.rolloutWebhook })
  const dotenv = str(values.dotenv)
  // The CI outputs as CAPFLIGHT_<NAME> lines, as the release's dotenv report has them.
  if (dotenv) writeFileSync(path.resolve(context.cwd, dotenv), dotenvText(Object.fromEntries(Object.entries(verdictOutputs(result)).map(([k, v]) => [`CAPFLIGHT_${k.toUpperCase().replace(/-/g, '_')}`, v]))))
  context.print(result, formatVerdict(result))
  const problem = webhookProblem(result)
  if (problem) context.reporter.warn(problem)
  return result.decision === 'pause' || result.decision === 'abort' ? 4 : 0
}

/** `capflight explain --device`: the endpoint's decisions for one device, its events and override. */
export const explainCommand: Handler = async (context) => {
  const device = need(context.values, 'device', 'explain needs --device <id>. Example: capflight explain --device 7f1c…')
  const result = await explainDevice(context.settings(), context.runtime, { device, since: str(context.values.since) })
  context.print(result, formatExplain(result))
  return 0
}

export const channelCommand: Handler = async (context) => {
  const { values } = context
  const channel = need(values, 'channel', 'channel needs --channel <channel>. Example: capflight channel --channel beta --allow-emulator false')
  const keys: Record<typeof BOOL_FLAGS[number], keyof ChannelSettings> = { ios: 'ios', android: 'android', 'allow-emulator': 'allowEmulator', 'allow-dev': 'allowDev', 'allow-self-set': 'allowSelfSet' }
  const changes: Partial<ChannelSettings> = {}
  const problems: string[] = []
  for (const flag of BOOL_FLAGS) {
    const v = values[flag]
    if (v === undefined) continue
    if (v === 'true' || v === 'false') changes[keys[flag]] = v === 'true'
    else problems.push(`--${flag} must be true or false, got "${String(v)}".`)
  }
  if (problems.length) throw new ConfigurationError(problems)
  const result = await configureChannel(context.settings(), context.runtime, { channel, changes })
  context.print(result, `${result.name}: ${Object.entries(result.settings).map(([k, v]) => `${k}=${v}`).join(' ')}`)
  return 0
}

function deviceCommand(set: boolean): Handler {
  return async (context) => {
    const { values } = context
    const action = set ? 'set-channel' : 'unset-channel'
    const device = need(values, 'device', `device ${action} needs --device <id>. Example: capflight device set-channel --device 7d0b… --channel beta`)
    const channel = set ? need(values, 'channel', 'device set-channel needs --channel <channel>. Example: capflight device set-channel --device 7d0b… --channel beta') : undefined
    const result = await setDeviceChannel(context.settings(), context.runtime, { device, channel })
    const verb = result.dryRun ? 'would' : 'now'
    context.print(result, set
      ? `Device ${result.device} ${verb} follow${result.dryRun ? '' : 's'} ${channel} (override; was ${result.previous ?? 'none'}).`
      : `Device ${result.device} ${result.dryRun ? 'would have' : 'has'} no override${result.previous ? ` (was ${result.previous})` : ''}: it follows its own channel or the server's default.`)
    return 0
  }
}

export const storeCheck: Handler = async (context) => {
  const result = await checkStore(context.settings(), context.runtime)
  context.print(result, result.problems.length === 0
    ? `${result.store}: ${result.channels} channel(s), ${result.bundles} bundle(s), ${result.blobsVerified} blob(s) verified — all intact.`
    : [`${result.store}: ${result.problems.length} problem(s):`, ...result.problems.map((p) => `  ${p.message}`), 'Release the affected versions again to re-upload them, or roll channels to intact bundles.'].join('\n'))
  return result.problems.length === 0 ? 0 : 1
}

export const storeGc: Handler = async (context) => {
  const { values } = context
  const keep = str(values.keep)
  if (keep === undefined || !/^\d+$/.test(keep)) throw new ConfigurationError(['store gc needs --keep <n>: how many bundles each channel keeps (its current one included). Example: capflight store gc --keep 10 --dry-run'])
  const minAge = values['min-age']
  if (minAge !== undefined && (typeof minAge !== 'string' || !/^\d+$/.test(minAge))) throw new ConfigurationError([`--min-age must be a whole number of minutes, got "${String(minAge)}".`])
  const result = await collectGarbage(context.settings(), context.runtime, { keep: Number(keep), minAgeMs: minAge === undefined ? undefined : Number(minAge) * 60_000 })
  context.print(result, [
    `${result.dryRun ? 'Would delete' : 'Deleted'} ${result.deletedBundles.length} bundle record(s) and ${result.deletedBlobs.length} blob(s), ${(result.freedBytes / 1e6).toFixed(1)} MB, from ${result.store}.`,
    ...result.deletedBundles.map((v) => `  - ${v}`),
    `Kept: ${result.kept.join(', ') || 'none'}`
  ].join('\n'))
  return 0
}

export const keysCreate: Handler = async (context) => {
  const { values, cwd } = context
  const created = await createKeys(context.runtime, { dir: str(values.out) ?? path.join('.capflight', 'keys'), force: Boolean(values.force) })
  context.print(created, [
    `Private key: ${created.privateKeyPath} (mode 0600; never commit it; give it to CI as a secret)`,
    `Public key:  ${created.publicKeyPath}`,
    '',
    'Add this to capacitor.config.json, then ship a store build:',
    JSON.stringify(created.capacitorConfig, null, 2),
    '',
    'Release encrypted bundles with: capflight release --private-key ' + path.relative(cwd, created.privateKeyPath)
  ].join('\n'))
  return 0
}

export const initCommand: Handler = async (context) => {
  const { values } = context
  const result = await init(context.runtime, { ci: str(values.ci), updateUrl: str(values['update-url']), channel: str(values.channel), keys: Boolean(values.keys), dryRun: Boolean(values['dry-run']) })
  const verb = { create: result.dryRun ? 'would create' : 'created', update: result.dryRun ? 'would update' : 'updated', unchanged: 'unchanged', print: 'paste by hand' }
  const changed = result.files.filter((f) => f.action === 'create' || f.action === 'update').length
  context.print(result, [
    `${result.appId}${result.appDir ? ` in ${result.appDir}/` : ''} (${result.packageManager}${result.ci ? `, ${result.ci}` : ', no CI detected: pass --ci github|gitlab|azure|jenkins for a workflow'})`,
    ...result.files.flatMap((f) => [`  ${verb[f.action].padEnd(13)} ${f.path}${f.note ? ` — ${f.note}` : ''}`, ...(f.action === 'print' ? f.content.split('\n').map((l) => `      ${l}`) : [])]),
    ...(result.secrets.length ? ['', `The workflow reads these secrets; set them in the CI's settings: ${result.secrets.join(', ')}.`] : []),
    '',
    changed === 0 && !result.dryRun ? 'Nothing to change: the app is set up.' : `Next: ship a store build with the new capacitor config, run "capflight serve" where ${result.updateUrl} points, then "capflight release". "capflight doctor" checks it all.`,
    // A device's own channel counts only where the channel lets devices pick it (DESIGN §6).
    ...(result.channel === 'production' ? [] : [`Builds name the channel "${result.channel}": after its first release, let devices pick it with "capflight channel --channel ${result.channel} --allow-self-set true".`])
  ].join('\n'))
  return 0
}

export const doctorCommand: Handler = async (context) => {
  const result = await doctor(context.values as SettingsFlags, context.runtime)
  const mark = { pass: '✓', fail: '✗', skip: '-' }
  context.print(result, [
    ...result.checks.flatMap((c) => [`${mark[c.status]} ${c.name.padEnd(15)} ${c.status === 'skip' ? `skipped: ${c.message}` : c.message}`, ...(c.fix ? [`  ${''.padEnd(15)} fix: ${c.fix}`] : [])]),
    '',
    result.ok ? 'Everything a release and a device need is in place.' : `${result.checks.filter((c) => c.status === 'fail').length} check(s) failed.`
  ].join('\n'))
  return result.ok ? 0 : 1
}

/** Every command: its help and flags, and the handler that runs it. */

export const setDeviceChannelCommand = deviceCommand(true)
export const unsetDeviceChannelCommand = deviceCommand(false)

export const releaseCommand: Handler = async (context) => {
  const settings = context.settings()
  return finish(context, settings, await release(settings, context.runtime))
}

export const promoteCommand: Handler = async (context) => {
  const to = need(context.values, 'to', 'promote needs --to <channel>. Example: capflight promote --from beta --to production')
  const settings = context.settings()
  return finish(context, settings, await promote(settings, context.runtime, { from: str(context.values.from), to, version: str(context.values.version), requireHealthy: Boolean(context.values['require-healthy']) }))
}

export const rollbackCommand: Handler = async (context) => {
  const channel = need(context.values, 'channel', 'rollback needs --channel <channel>. Example: capflight rollback --channel production')
  const settings = context.settings()
  return finish(context, settings, await rollback(settings, context.runtime, { channel, to: str(context.values.to) }))
}

export const statusCommand: Handler = async (context) => {
  const channel = str(context.values.channel)
  const result = await status(context.settings(), { channel, now: context.runtime.now(), env: context.io.env, since: str(context.values.since) })
  context.print(result, formatStatus(result, channel !== undefined))
  return 0
}
