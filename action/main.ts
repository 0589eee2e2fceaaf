import path from 'node:path'
import * as core from '@actions/core'
import { detectCi, runCi, TagFormat, type CiPort, type ReleaseResult, type Settings } from '../src/core/index.js'
import { actionsCompressionCache } from './compression-cache.js'
import { explainApiError, GithubIntegration } from './github-api.js'
import { getInputs, type ActionInputs } from './inputs.js'
import { installDependencies } from './install.js'
import { ActionsReporter } from './reporter.js'

const env = process.env

/** GitHub Release on production, PR comment on previews: best effort, never a failed release. */
async function integrate(inputs: ActionInputs, result: ReleaseResult, settings: Settings, reporter: ActionsReporter): Promise<void> {
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
    const tag = ci.tag ?? new TagFormat(settings.tagFormat).tag(result.version!)
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

/** The core's CI port on GitHub Actions. */
function githubPort(inputs: ActionInputs, cwd: string, reporter: ActionsReporter): CiPort {
  return {
    reporter,
    output: (name, value) => core.setOutput(name, value),
    // Best effort: without GITHUB_STEP_SUMMARY (an older or self-built runner, local-action) or
    // when it cannot be written, the step goes on; the channel has moved already.
    async summary(markdown) {
      if (!env.GITHUB_STEP_SUMMARY) return core.info('No job summary: this runner gives no GITHUB_STEP_SUMMARY file.')
      try {
        await core.summary.addRaw(markdown).write()
      } catch (error) {
        reporter.warn(`Writing the job summary failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
    // Each configuration problem an error annotation on its file and line, where known.
    fail(message, exitCode, problems) {
      process.exitCode = exitCode
      const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
      if (!problems.some((p) => p.location)) return core.error(message)
      for (const p of problems) core.error(p.message, p.location ? { file: path.relative(workspace, p.location.file), startLine: p.location.line } : {})
    },
    integrate: (result, settings) => integrate(inputs, result, settings, reporter),
    beforeBuild: () => installDependencies(inputs.install, cwd, reporter),
    compressionCache: inputs.compressionCache ? actionsCompressionCache(env.GITHUB_SHA ?? 'local', reporter) : undefined
  }
}

/** The action's entry point (`@github/local-action` runs it too). */
export async function run(): Promise<void> {
  const reporter = new ActionsReporter()
  let inputs: ActionInputs
  try {
    inputs = getInputs(reporter)
  } catch (error) {
    process.exitCode = 2
    core.error(reporter.redact(error instanceof Error ? error.message : String(error)))
    return
  }
  const cwd = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory)
  await runCi(githubPort(inputs, cwd, reporter), { ...inputs, cwd, env })
}
