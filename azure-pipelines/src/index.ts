import path from 'node:path'
import * as tl from 'azure-pipelines-task-lib/task.js'
import * as taskInternal from 'azure-pipelines-task-lib/internal.js'
import { detectCi } from '../../src/core/ci/index.js'
import { ConfigurationError, exitCodeOf } from '../../src/core/errors.js'
import { promote, rollback, status } from '../../src/core/release/commands.js'
import { release, type ReleaseResult } from '../../src/core/release/release.js'
import { buildSettings } from '../../src/core/settings/settings.js'
import { readCiInputs, type CiInputName } from '../../src/core/settings/ci-inputs.js'
import { DevOpsIntegration, explainDevOpsError } from './devops-api.js'
import { AzureReporter } from './reporter.js'

const env = process.env

/** Reads the task inputs (task.json names), masking secrets first and collecting every problem. */
function readInputs(reporter: AzureReporter) {
  const problems: string[] = []
  // Secret inputs are read without tl.getInput, which echoes every value to the debug log.
  const secrets: Record<string, string> = {}
  for (const name of ['apiKey', 'privateKey']) {
    const value = (taskInternal._vault?.retrieveSecret(`INPUT_${name.toUpperCase()}`) ?? '').trim()
    secrets[name] = value
    reporter.setSecret(value)
  }
  const text = (name: string) => secrets[name] ?? tl.getInput(name, false)?.trim() ?? ''
  const bool = (name: string, fallback: boolean) => {
    const v = text(name)
    if (v === '') return fallback
    if (/^true$/i.test(v)) return true
    if (/^false$/i.test(v)) return false
    problems.push(`Input "${name}" must be true or false, got "${v}".`)
    return fallback
  }
  // task.json names the shared inputs in camelCase.
  const camel = (name: CiInputName) => ({ 'app-id': 'appId', 'web-dir': 'webDir', 'build-command': 'buildCommand', 'dry-run': 'dryRun', 'allow-native-change': 'allowNativeChange', 'private-key': 'privateKey', 'api-key': 'apiKey' } as Record<string, string>)[name] ?? name
  const { command, channel, from, to, version, flags } = readCiInputs((name) => text(camel(name)), (name, fallback) => bool(camel(name), fallback), camel, problems)
  const inputs = {
    command, channel, from, to, version, flags,
    workingDirectory: text('workingDirectory') || env.SYSTEM_DEFAULTWORKINGDIRECTORY || process.cwd(),
    buildTag: bool('buildTag', true),
    prComment: bool('prComment', true)
  }
  if (problems.length) throw new ConfigurationError(problems)
  return inputs
}

function setOutputs(result: ReleaseResult): void {
  const out = (name: string, value: string | number | null) => tl.setVariable(name, value === null ? '' : String(value), false, true)
  out('status', result.status)
  out('version', result.version)
  out('previousVersion', result.previousVersion)
  out('channel', result.channel)
  out('checksum', result.checksum)
  out('size', result.size)
  out('releaseType', result.releaseType)
  out('bundleUrl', result.bundleUrl)
  out('changelog', result.changelog)
}

/** Build tags and the PR comment: best effort, a warning on failure. */
async function integrate(inputs: ReturnType<typeof readInputs>, result: ReleaseResult, reporter: AzureReporter): Promise<void> {
  if (!['released', 'promoted', 'unchanged'].includes(result.status) || !result.version || !result.channel) return
  const ci = detectCi(env)
  const wantsComment = inputs.prComment && ci.isPr && ci.prNumber !== undefined
  if (!inputs.buildTag && !wantsComment) return
  const token = tl.getEndpointAuthorizationParameter('SystemVssConnection', 'AccessToken', true) || env.SYSTEM_ACCESSTOKEN
  const collection = env.SYSTEM_COLLECTIONURI ?? env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI
  const project = env.SYSTEM_TEAMPROJECTID ?? env.SYSTEM_TEAMPROJECT
  if (!token || !collection || !project) {
    tl.warning('No System.AccessToken: skipping build tags and the pull request comment. Map it with "env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)" or allow scripts to access the OAuth token.')
    return
  }
  reporter.setSecret(token)
  const api = new DevOpsIntegration(collection, token, project)
  if (inputs.buildTag && env.BUILD_BUILDID) {
    try {
      await api.tagBuild(Number(env.BUILD_BUILDID), [`capflight:${result.channel}`, `capflight:${result.version}`])
      console.log(`Tagged build ${env.BUILD_BUILDID}: capflight:${result.channel}, capflight:${result.version}`)
    } catch (error) {
      reporter.warn(explainDevOpsError('Tagging the build', error))
    }
  }
  if (wantsComment) {
    const repositoryId = env.BUILD_REPOSITORY_ID
    if (env.BUILD_REPOSITORY_PROVIDER && env.BUILD_REPOSITORY_PROVIDER !== 'TfsGit') {
      console.log(`Pull request comments are posted for Azure Repos only (this repository is on ${env.BUILD_REPOSITORY_PROVIDER}).`)
    } else if (repositoryId) {
      const prId = Number(env.SYSTEM_PULLREQUEST_PULLREQUESTID ?? ci.prNumber)
      try {
        console.log(`Pull request ${prId}: preview comment ${await api.upsertPreviewComment(repositoryId, prId, result)}.`)
      } catch (error) {
        reporter.warn(explainDevOpsError(`Commenting on pull request ${prId}`, error))
      }
    }
  }
}

async function run(): Promise<void> {
  const reporter = new AzureReporter()
  try {
    const inputs = readInputs(reporter)
    const cwd = path.resolve(inputs.workingDirectory)
    const settings = buildSettings(inputs.flags, env, cwd)
    const runtime = { cwd, env, reporter, now: () => new Date() }
    if (inputs.command === 'status') {
      const s = await status(settings, { channel: inputs.channel, env })
      console.log(JSON.stringify(s, null, 2))
      const one = inputs.channel ? s.channels[0] : undefined
      tl.setVariable('channel', one?.name ?? '', false, true)
      tl.setVariable('version', one?.version ?? '', false, true)
      tl.setResult(tl.TaskResult.Succeeded, `${s.channels.length} channel(s)`)
      return
    }
    let result: ReleaseResult
    if (inputs.command === 'promote') result = await promote(settings, runtime, { from: inputs.from, to: inputs.to!, version: inputs.version })
    else if (inputs.command === 'rollback') result = await rollback(settings, runtime, { channel: inputs.channel!, to: inputs.to })
    else result = await release(settings, runtime)
    setOutputs(result)
    console.log(`${result.status}: ${result.message}`)
    if (result.changelog) console.log(result.changelog)
    if (result.status === 'native-required') {
      tl.setResult(tl.TaskResult.Failed, reporter.redact(result.message))
      process.exitCode = 3
      return
    }
    if (!settings.dryRun) await integrate(inputs, result, reporter)
    tl.setResult(tl.TaskResult.Succeeded, result.message)
  } catch (error) {
    tl.setResult(tl.TaskResult.Failed, reporter.redact(error instanceof Error ? error.message : String(error)))
    process.exitCode = exitCodeOf(error)
  }
}

// No top-level await: azure-pipelines-task-lib's own test runner (mock-run) require()s this file,
// and Node can require an ES module only when it has none.
void run()
