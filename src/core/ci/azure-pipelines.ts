import { CiPlatform, Env, nonEmpty, parseRef, positiveInt } from './types.js'

function stripHeads(ref: string | undefined): string | undefined {
  const parsed = parseRef(ref)
  return parsed.branch ?? nonEmpty(ref)
}

/** Azure Pipelines: BUILD_SOURCEBRANCH, SYSTEM_PULLREQUEST_* and the collection URI. */
export const azurePipelines: CiPlatform = {
  name: 'azure-pipelines',
  detect: (env: Env) => (env.TF_BUILD ?? '').toLowerCase() === 'true',
  configuration(env: Env) {
    const ref = parseRef(env.BUILD_SOURCEBRANCH)
    // GitHub-hosted repositories expose the PR number; Azure Repos only the PR id.
    const prNumber = positiveInt(env.SYSTEM_PULLREQUEST_PULLREQUESTNUMBER)
      ?? positiveInt(env.SYSTEM_PULLREQUEST_PULLREQUESTID) ?? ref.pr
    const isPr = env.BUILD_REASON === 'PullRequest' || prNumber !== undefined
    const collection = nonEmpty(env.SYSTEM_COLLECTIONURI) ?? nonEmpty(env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI)
    const project = nonEmpty(env.SYSTEM_TEAMPROJECT)
    const buildId = nonEmpty(env.BUILD_BUILDID)
    return {
      name: 'azure-pipelines',
      branch: isPr ? stripHeads(env.SYSTEM_PULLREQUEST_SOURCEBRANCH) : ref.branch,
      tag: ref.tag,
      commit: nonEmpty(env.BUILD_SOURCEVERSION),
      isPr,
      prNumber: isPr ? prNumber : undefined,
      targetBranch: isPr ? stripHeads(env.SYSTEM_PULLREQUEST_TARGETBRANCH) : undefined,
      defaultBranch: undefined,
      buildUrl: collection && project && buildId
        ? `${collection.replace(/\/?$/, '/')}${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
        : undefined,
      repoUrl: nonEmpty(env.BUILD_REPOSITORY_URI),
      // Microsoft-hosted agents are named "Azure Pipelines <n>" (formerly "Hosted Agent"); each job gets a fresh VM.
      ephemeral: /^(Azure Pipelines|Hosted Agent)\b/.test(env.AGENT_NAME ?? '')
    }
  }
}
