import { readFileSync } from 'node:fs'
import { CiPlatform, Env, nonEmpty, parseRef } from './types.js'

interface GithubEvent {
  number?: number
  pull_request?: { number?: number; head?: { ref?: string }; base?: { ref?: string } }
  repository?: { default_branch?: string }
}

function readEvent(path: string | undefined): GithubEvent {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as GithubEvent
  } catch {
    return {}
  }
}

/** GitHub Actions: GITHUB_REF, GITHUB_HEAD_REF and the event payload at GITHUB_EVENT_PATH. */
export const github: CiPlatform = {
  name: 'github',
  detect: (env: Env) => env.GITHUB_ACTIONS === 'true',
  configuration(env: Env) {
    const event = readEvent(env.GITHUB_EVENT_PATH)
    const ref = parseRef(env.GITHUB_REF)
    const isPr = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '') || ref.pr !== undefined
    const prNumber = event.pull_request?.number ?? ref.pr ?? (isPr ? event.number : undefined)
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
    const repo = nonEmpty(env.GITHUB_REPOSITORY)
    return {
      name: 'github',
      branch: isPr ? nonEmpty(env.GITHUB_HEAD_REF) ?? event.pull_request?.head?.ref : ref.branch,
      tag: ref.tag,
      commit: nonEmpty(env.GITHUB_SHA),
      isPr,
      prNumber,
      targetBranch: isPr ? nonEmpty(env.GITHUB_BASE_REF) ?? event.pull_request?.base?.ref : undefined,
      defaultBranch: event.repository?.default_branch,
      buildUrl: repo && env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
      repoUrl: repo ? `${server}/${repo}` : undefined,
      ephemeral: env.RUNNER_ENVIRONMENT === 'github-hosted'
    }
  }
}
