import path from 'node:path'
import * as core from '@actions/core'
import { detectCi } from '../src/core/ci/index.js'
import { ConfigurationError, exitCodeOf } from '../src/core/errors.js'
import { promote, rollback, status, type StatusResult } from '../src/core/release/commands.js'
import { release, type ReleaseResult } from '../src/core/release/release.js'
import { buildSettings } from '../src/core/settings/settings.js'
import { TagFormat } from '../src/core/version/tag-format.js'
import { explainApiError, GithubIntegration } from './github-api.js'
import { getInputs, type ActionInputs } from './inputs.js'
import { installDependencies } from './install.js'
import { ActionsReporter } from './reporter.js'
import { releaseSummary } from './summary.js'

const env = process.env

function setOutputs(result: ReleaseResult): void {
  core.setOutput('status', result.status)
  core.setOutput('version', result.version ?? '')
  core.setOutput('previous-version', result.previousVersion ?? '')
  core.setOutput('channel', result.channel ?? '')
  core.setOutput('checksum', result.checksum ?? '')
  core.setOutput('size', result.size ?? '')
  core.setOutput('release-type', result.releaseType)
  core.setOutput('bundle-url', result.bundleUrl ?? '')
  core.setOutput('changelog', result.changelog)
}

/** GitHub Release on production, PR comment on previews: best effort, never a failed release. */
async function integrate(inputs: ActionInputs, result: ReleaseResult, tagFormat: string, reporter: ActionsReporter): Promise<void> {
  const moved = ['released', 'promoted', 'unchanged'].includes(result.status)
  if (!moved || !result.channel || !result.version) return
  const ci = detectCi(env)
  const wantsRelease = inputs.githubRelease && result.channel === 'production'
  const wantsComment = inputs.prComment && ci.isPr && ci.prNumber !== undefined
  if (!wantsRelease && !wantsComment) return
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!inputs.githubToken || !owner || !repo) {
    reporter.warn(`No github-token${owner ? '' : ' or GITHUB_REPOSITORY'}: skipping the ${wantsRelease ? 'GitHub Release' : 'pull request comment'}. Pull requests from forks get no token; pass github-token to enable it.`)
    return
  }
  const github = new GithubIntegration(inputs.githubToken, owner, repo)
  if (wantsRelease) {
    const tag = ci.tag ?? new TagFormat(tagFormat).tag(result.version)
    try {
      reporter.info(`GitHub Release: ${await github.upsertRelease(tag, result)}`)
    } catch (error) {
      reporter.warn(explainApiError(`Creating the GitHub Release ${tag}`, error))
    }
  }
  if (wantsComment) {
    try {
      reporter.info(`Pull request #${ci.prNumber}: preview comment ${await github.upsertPreviewComment(ci.prNumber!, result)}.`)
    } catch (error) {
      reporter.warn(explainApiError(`Commenting on pull request #${ci.prNumber}`, error))
    }
  }
}

function statusSummary(s: StatusResult): string {
  const rows = s.channels.map((c) => `| \`${c.name}\` | ${c.version} | ${c.updatedAt.slice(0, 19).replace('T', ' ')} | \`${c.commit?.slice(0, 7) ?? ''}\` | ${c.minNativeVersion ?? '—'} |`)
  return ['## capflight channels', '', `\`${s.appId}\` in ${s.store}`, '', '| Channel | Version | Updated (UTC) | Commit | Min native |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n')
}

/**
 * The job summary is best effort: without GITHUB_STEP_SUMMARY (an older or self-built runner,
 * local-action) or when it cannot be written, the step goes on; the channel has moved already.
 */
async function writeSummary(markdown: string, reporter: ActionsReporter): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary: this runner gives no GITHUB_STEP_SUMMARY file.')
    return
  }
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    reporter.warn(`Writing the job summary failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Fails the step: each configuration problem an error annotation on its file and line, where known. */
function failWith(error: unknown, reporter: ActionsReporter): void {
  process.exitCode = exitCodeOf(error)
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  if (error instanceof ConfigurationError && error.locations.some(Boolean)) {
    error.problems.forEach((problem, i) => {
      const at = error.locations[i]
      core.error(reporter.redact(problem), at ? { file: path.relative(workspace, at.file), startLine: at.line } : {})
    })
    return
  }
  core.error(reporter.redact(error instanceof Error ? error.message : String(error)))
}

/** The action's entry point (`@github/local-action` runs it too). */
export async function run(): Promise<void> {
  const reporter = new ActionsReporter()
  try {
    const inputs = getInputs(reporter)
    const cwd = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory)
    const settings = buildSettings(inputs.flags, env, cwd)
    const runtime = { cwd, env, reporter, now: () => new Date() }

    if (inputs.command === 'status') {
      const s = await status(settings, { channel: inputs.channel, env })
      const one = inputs.channel ? s.channels[0] : undefined
      core.setOutput('channel', one?.name ?? '')
      core.setOutput('version', one?.version ?? '')
      core.setOutput('checksum', one?.checksum ?? '')
      reporter.info(JSON.stringify(s, null, 2))
      await writeSummary(statusSummary(s), reporter)
      return
    }

    let result: ReleaseResult
    if (inputs.command === 'promote') result = await promote(settings, runtime, { from: inputs.from, to: inputs.to!, version: inputs.version })
    else if (inputs.command === 'rollback') result = await rollback(settings, runtime, { channel: inputs.channel!, to: inputs.to })
    else result = await release(settings, runtime, { beforeBuild: () => installDependencies(inputs.install, cwd, reporter) })

    setOutputs(result)
    reporter.info(`${result.status}: ${result.message}`)
    let channel: StatusResult['channels'][number] | undefined
    if (result.channel && !['skipped', 'dry-run', 'native-required'].includes(result.status)) {
      channel = (await status(settings, { channel: result.channel, env, stats: false }).catch(() => undefined))?.channels[0]
    }
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
    const commitUrl = env.GITHUB_REPOSITORY && result.commit ? `${server}/${env.GITHUB_REPOSITORY}/commit/${result.commit}` : undefined
    await writeSummary(releaseSummary(result, { commitUrl, channel }), reporter)

    if (result.status === 'native-required') {
      core.setFailed(reporter.redact(result.message))
      process.exitCode = 3
      return
    }
    if (!settings.dryRun) await integrate(inputs, result, settings.tagFormat, reporter)
  } catch (error) {
    failWith(error, reporter)
  }
}
