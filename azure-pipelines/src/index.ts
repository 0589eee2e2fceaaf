import path from 'node:path'
import * as tl from 'azure-pipelines-task-lib/task.js'
import * as taskInternal from 'azure-pipelines-task-lib/internal.js'
import { ConfigurationError, detectCi, ignoreTypeStripWarnings, readCiInputs, runCi, type CiInputName, type CiOutputName, type CiPort, type ReleaseResult } from '../../src/core/index.js'
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
  const camel = (name: CiInputName) => ({ 'app-id': 'appId', 'web-dir': 'webDir', 'build-command': 'buildCommand', 'dry-run': 'dryRun', 'allow-native-change': 'allowNativeChange', 'private-key': 'privateKey', 'api-key': 'apiKey', 'require-healthy': 'requireHealthy' } as Record<string, string>)[name] ?? name
  const { command, channel, from, to, version, requireHealthy, flags } = readCiInputs((name) => text(camel(name)), (name, fallback) => bool(camel(name), fallback), camel, problems)
  const inputs = {
    command, channel, from, to, version, requireHealthy, flags,
    workingDirectory: text('workingDirectory') || env.SYSTEM_DEFAULTWORKINGDIRECTORY || process.cwd(),
    buildTag: bool('buildTag', true),
    prComment: bool('prComment', true)
  }
  if (problems.length) throw new ConfigurationError(problems)
  return inputs
}

/** Output variables are camelCase in task.json. */
function outputName(name: CiOutputName): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** Build tags and the PR comment: best effort, a warning on failure. */
async function integrate(inputs: ReturnType<typeof readInputs>, result: ReleaseResult, reporter: AzureReporter): Promise<void> {
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

/** The core's CI port on an Azure Pipelines agent. */
function azurePort(inputs: ReturnType<typeof readInputs>, reporter: AzureReporter): CiPort {
  return {
    reporter,
    output: (name, value) => tl.setVariable(outputName(name), value, false, true),
    fail(message, exitCode) {
      tl.setResult(tl.TaskResult.Failed, message)
      process.exitCode = exitCode
    },
    succeed: (message) => tl.setResult(tl.TaskResult.Succeeded, message),
    integrate: (result) => integrate(inputs, result, reporter)
  }
}

async function run(): Promise<void> {
  const reporter = new AzureReporter()
  let inputs: ReturnType<typeof readInputs>
  try {
    inputs = readInputs(reporter)
  } catch (error) {
    tl.setResult(tl.TaskResult.Failed, reporter.redact(error instanceof Error ? error.message : String(error)))
    process.exitCode = 2
    return
  }
  await runCi(azurePort(inputs, reporter), { ...inputs, cwd: path.resolve(inputs.workingDirectory), env })
}

// No top-level await: azure-pipelines-task-lib's own test runner (mock-run) require()s this file,
// and Node can require an ES module only when it has none.
ignoreTypeStripWarnings(process)
void run()
