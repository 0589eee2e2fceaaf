import { detectCi, previewComment, previewMarker, releaseNotes, TagFormat, type ReleaseResult, type Reporter } from '../core/index.js'

type Env = Record<string, string | undefined>

function statusOf(error: unknown): number | undefined {
  return (error as { cause?: { response?: { status?: number } } }).cause?.response?.status
}

export function explainGitlabError(what: string, error: unknown): string {
  const status = statusOf(error)
  if (status === 401 || status === 403) return `${what} failed (${status}): the token may not have access. The job token can create releases only where the project allows it; otherwise set CAPFLIGHT_GITLAB_TOKEN to a project access token with the api scope.`
  if (status === 404) return `${what} failed (404): the project or merge request was not found with this token.`
  if (status && status >= 500) return `${what} failed: GitLab answered ${status}. The live update itself succeeded; retry the job.`
  return `${what} failed: ${(error as Error).message}`
}

/**
 * GitLab integrations of the CLI's `--gitlab` mode (used by the CI/CD component):
 * a GitLab Release with the changelog when production moves, and one merge
 * request note per preview channel, edited in place. Best effort: warnings only.
 */
export async function gitlabIntegrations(result: ReleaseResult, env: Env, reporter: Reporter, options: { tagFormat: string; release: boolean; mrNote: boolean }): Promise<void> {
  if (!['released', 'promoted', 'unchanged'].includes(result.status) || !result.version || !result.channel) return
  const api = env.CI_API_V4_URL
  const project = env.CI_PROJECT_ID
  if (!api || !project) {
    reporter.warn('Not in a GitLab CI job (no CI_API_V4_URL / CI_PROJECT_ID): skipping the GitLab Release and merge request note.')
    return
  }
  const host = api.replace(/\/api\/v4\/?$/, '')
  const accessToken = env.CAPFLIGHT_GITLAB_TOKEN || env.GITLAB_TOKEN
  if (accessToken) reporter.setSecret(accessToken)
  const ci = detectCi(env)

  if (options.release && result.channel === 'production') {
    const tag = ci.tag ?? new TagFormat(options.tagFormat).tag(result.version)
    const auth = accessToken ? { token: accessToken } : env.CI_JOB_TOKEN ? { jobToken: env.CI_JOB_TOKEN } : undefined
    if (!auth) reporter.warn('No CI_JOB_TOKEN or CAPFLIGHT_GITLAB_TOKEN: skipping the GitLab Release.')
    else {
      // gitbeaker is loaded only by the runs that talk to GitLab.
      const { ProjectReleases } = await import('@gitbeaker/rest')
      const releases = new ProjectReleases({ host, ...auth })
      const description = releaseNotes(result)
      try {
        let exists = true
        try {
          await releases.show(project, tag)
        } catch (error) {
          if (statusOf(error) !== 404) throw error
          exists = false
        }
        if (exists) await releases.edit(project, tag, { description })
        else await releases.create(project, { tag_name: tag, name: result.version, description, ref: result.commit })
        reporter.info(`GitLab Release ${tag} ${exists ? 'updated' : 'created'}.`)
      } catch (error) {
        reporter.warn(explainGitlabError(`Creating the GitLab Release ${tag}`, error))
      }
    }
  }

  if (options.mrNote && ci.isPr && ci.prNumber !== undefined) {
    if (!accessToken) {
      reporter.warn('No CAPFLIGHT_GITLAB_TOKEN: skipping the merge request note (the job token cannot write notes). Add a project or group access token with the api scope as a masked CI/CD variable.')
      return
    }
    const { MergeRequestNotes } = await import('@gitbeaker/rest')
    const notes = new MergeRequestNotes({ host, token: accessToken })
    const marker = previewMarker(result)
    const body = previewComment(result)
    try {
      const existing = (await notes.all(project, ci.prNumber)).find((n) => typeof n.body === 'string' && n.body.includes(marker))
      if (existing) await notes.edit(project, ci.prNumber, existing.id, { body })
      else await notes.create(project, ci.prNumber, body)
      reporter.info(`Merge request !${ci.prNumber}: preview note ${existing ? 'updated' : 'created'}.`)
    } catch (error) {
      reporter.warn(explainGitlabError(`Writing the merge request !${ci.prNumber} note`, error))
    }
  }
}

/** The dotenv report later jobs read (GitLab `artifacts:reports:dotenv`): single-line values only. */
export function dotenvOf(result: ReleaseResult): string {
  const values: Record<string, string | number | null> = {
    CAPFLIGHT_STATUS: result.status,
    CAPFLIGHT_VERSION: result.version,
    CAPFLIGHT_PREVIOUS_VERSION: result.previousVersion,
    CAPFLIGHT_CHANNEL: result.channel,
    CAPFLIGHT_CHECKSUM: result.checksum,
    CAPFLIGHT_SIZE: result.size,
    CAPFLIGHT_RELEASE_TYPE: result.releaseType,
    CAPFLIGHT_BUNDLE_URL: result.bundleUrl
  }
  return dotenvText(values)
}

/** `KEY=value` lines; the values are versions, names and hashes, single-line by construction. */
export function dotenvText(values: Record<string, string | number | null | undefined>): string {
  return `${Object.entries(values).map(([k, v]) => `${k}=${v ?? ''}`).join('\n')}\n`
}
