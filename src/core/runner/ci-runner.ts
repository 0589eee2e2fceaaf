import { detectCi } from '../ci/index.js'
import { ConfigurationError, exitCodeOf, explainSystemError, type SourceLocation } from '../errors.js'
import type { Reporter } from '../port.js'
import { promote, rollback, status, type StatusResult } from '../release/commands.js'
import { release, type ReleaseResult } from '../release/release.js'
import type { CiCommand } from '../settings/ci-inputs.js'
import { buildSettings, type Settings, type SettingsFlags } from '../settings/settings.js'
import { advanceRollout, webhookProblem, type AdvanceResult } from '../health/operations.js'
import { openTelemetryStore } from '../store/registry.js'
import { releaseSummary, statusSummary, verdictSummary } from './summary.js'

/** The outputs every wrapper sets (DESIGN §10), by their kebab-case names. */
export const CI_OUTPUTS = ['status', 'version', 'previous-version', 'channel', 'checksum', 'size', 'release-type', 'bundle-url', 'changelog'] as const
export type CiOutputName = typeof CI_OUTPUTS[number]

/** A configuration problem with the file and line it comes from, when known. */
export interface Problem {
  message: string
  location?: SourceLocation
}

/**
 * What a CI wrapper provides: its platform's log, outputs, job summary, failure reporting and
 * the best-effort integrations (releases, pull request comments, build tags). Everything else
 * is the runner's.
 */
export interface CiPort {
  readonly reporter: Reporter & { redact(text: string): string }
  /** Sets one output; a wrapper maps the name to its platform's spelling. */
  output(name: CiOutputName, value: string): void
  /** Writes the job summary (Markdown), where the platform has one; failures are the port's to warn about. */
  summary?(markdown: string): Promise<void>
  /** Marks the step failed with an exit code; `problems` carry file and line where known. */
  fail(message: string, exitCode: number, problems: Problem[]): void
  /** Marks the step succeeded (platforms that need saying so). */
  succeed?(message: string): void
  /** Best effort after a channel moved: never fails the step, warns instead. */
  integrate?(result: ReleaseResult, settings: Settings): Promise<void>
  /** Runs before a build (a wrapper installs the app's dependencies there). */
  beforeBuild?(): Promise<void>
  /**
   * Keeps the compression cache (Settings.cacheDir) between runs with the platform's own cache:
   * restored before a build, saved after a release that compressed files anew. Best effort.
   */
  compressionCache?: { restore(dir: string): Promise<void>; save(dir: string): Promise<void> }
}

/** What the wrapper read from its inputs (see `readCiInputs`). */
export interface CiRequest {
  command: CiCommand
  channel?: string
  from?: string
  to?: string
  version?: string
  /** promote: refuse (exit 4) a bundle that fails the health gate. */
  requireHealthy?: boolean
  flags: SettingsFlags
  cwd: string
  env: Record<string, string | undefined>
  now?: () => Date
}

function outputsOf(result: ReleaseResult): Record<CiOutputName, string> {
  return {
    status: result.status,
    version: result.version ?? '',
    'previous-version': result.previousVersion ?? '',
    channel: result.channel ?? '',
    checksum: result.checksum ?? '',
    size: result.size === null ? '' : String(result.size),
    'release-type': result.releaseType,
    'bundle-url': result.bundleUrl ?? '',
    changelog: result.changelog
  }
}

/** The shared outputs of a rollout gate's verdict: the decision as status, the rollout's and the stable version. */
export function verdictOutputs(verdict: AdvanceResult): Partial<Record<CiOutputName, string>> {
  return { status: verdict.decision, version: verdict.version, 'previous-version': verdict.stableVersion, channel: verdict.channel }
}

/** The problems of an error, each with its file and line where the error knows them. */
function problemsOf(error: unknown, redact: (text: string) => string): Problem[] {
  if (error instanceof ConfigurationError) return error.problems.map((message, i) => ({ message: redact(message), location: error.locations[i] }))
  return [{ message: redact(error instanceof Error ? error.message : String(error)) }]
}

/**
 * The one CI runner: settings from the inputs → the command → outputs, log line and summary →
 * integrations. Exit codes as the CLI's: 3 when native code changed, 2 for bad configuration, 4
 * when a health gate refused.
 */
export async function runCi(port: CiPort, request: CiRequest): Promise<void> {
  const { reporter } = port
  try {
    const settings = buildSettings(request.flags, request.env, request.cwd)
    const runtime = { cwd: request.cwd, env: request.env, reporter, now: request.now ?? (() => new Date()) }
    if (request.command === 'status') {
      const s = await status(settings, { channel: request.channel, env: request.env, now: runtime.now() })
      const one = request.channel ? s.channels[0] : undefined
      port.output('channel', one?.name ?? '')
      port.output('version', one?.version ?? '')
      port.output('checksum', one?.checksum ?? '')
      reporter.info(JSON.stringify(s, null, 2))
      await port.summary?.(statusSummary(s))
      port.succeed?.(`${s.channels.length} channel(s)`)
      return
    }
    if (request.command === 'rollout-advance') {
      // A scheduled job: widen, complete, hold, or pause/abort (exit 4, after the outputs are set).
      const store = openTelemetryStore(settings.store, settings.cwd, request.env, 'command: rollout-advance')
      const verdict = await advanceRollout(store, settings.appId, request.channel!, runtime, { dryRun: settings.dryRun, webhook: settings.rolloutWebhook })
      for (const [name, value] of Object.entries(verdictOutputs(verdict))) port.output(name as CiOutputName, value)
      reporter.info(`${verdict.decision}: ${verdict.message}`)
      const problem = webhookProblem(verdict)
      if (problem) reporter.warn(problem)
      await port.summary?.(verdictSummary(verdict))
      if (verdict.decision === 'pause' || verdict.decision === 'abort') port.fail(reporter.redact(verdict.message), 4, [])
      else port.succeed?.(verdict.message)
      return
    }
    let result: ReleaseResult
    if (request.command === 'promote') result = await promote(settings, runtime, { from: request.from, to: request.to!, version: request.version, requireHealthy: request.requireHealthy })
    else if (request.command === 'rollback') result = await rollback(settings, runtime, { channel: request.channel!, to: request.to })
    else {
      const cache = port.compressionCache
      const beforeBuild = port.beforeBuild || cache
        ? async () => { await port.beforeBuild?.(); await cache?.restore(settings.cacheDir) }
        : undefined
      result = await release(settings, runtime, { beforeBuild })
      if (cache && result.compression && result.compression.compressed > 0) await cache.save(settings.cacheDir)
    }

    for (const [name, value] of Object.entries(outputsOf(result))) port.output(name as CiOutputName, value)
    reporter.info(`${result.status}: ${result.message}`)
    if (result.next) reporter.info(result.next)
    if (result.changelog) reporter.info(result.changelog)
    if (port.summary) {
      let channel: StatusResult['channels'][number] | undefined
      if (result.channel && !['skipped', 'dry-run', 'native-required'].includes(result.status)) {
        channel = (await status(settings, { channel: result.channel, env: request.env, stats: false }).catch(() => undefined))?.channels[0]
      }
      const repoUrl = detectCi(request.env).repoUrl
      const commitUrl = repoUrl && result.commit ? `${repoUrl}/commit/${result.commit}` : undefined
      await port.summary(releaseSummary(result, { commitUrl, channel }))
    }
    if (result.status === 'native-required') {
      port.fail(reporter.redact(result.message), 3, [])
      return
    }
    if (!settings.dryRun && ['released', 'promoted', 'unchanged'].includes(result.status) && result.channel && result.version) {
      await port.integrate?.(result, settings)
    }
    port.succeed?.(result.message)
  } catch (raw) {
    const error = explainSystemError(raw)
    const problems = problemsOf(error, reporter.redact.bind(reporter))
    port.fail(problems.map((p) => p.message).join('\n'), exitCodeOf(error), problems)
  }
}
