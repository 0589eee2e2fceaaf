import { getOctokit } from '@actions/github'
import { previewComment, previewMarker, releaseNotes, USER_AGENT, type ReleaseResult } from '../src/core/index.js'

type Octokit = ReturnType<typeof getOctokit>

/** Turns a GitHub API failure into a sentence that says what to do. */
export function explainApiError(what: string, error: unknown): string {
  const status = (error as { status?: number }).status
  const detail = (error as Error).message ?? String(error)
  if (status === 401) return `${what} failed: GitHub rejected the token (401). Check the github-token input.`
  if (status === 403 || status === 404) {
    return `${what} failed (${status}): the token may not have access. Give the workflow "permissions: contents: write" (releases) and "pull-requests: write" (comments); pull requests from forks only get a read-only token.`
  }
  if (status && status >= 500) return `${what} failed: GitHub answered ${status}. The live update itself succeeded; re-run the job to retry. (${detail})`
  return `${what} failed: ${detail}`
}

export class GithubIntegration {
  private readonly octokit: Octokit

  constructor(token: string, private readonly owner: string, private readonly repo: string) {
    // getOctokit takes the API URL from GITHUB_API_URL (GitHub Enterprise, or a test server).
    this.octokit = getOctokit(token, { userAgent: USER_AGENT })
  }

  /** Creates the GitHub Release for `tag`, or updates its notes when it exists. */
  async upsertRelease(tag: string, result: ReleaseResult): Promise<string> {
    const body = releaseNotes(result)
    let existing: { id: number } | undefined
    try {
      existing = (await this.octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag })).data
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error
    }
    if (existing) {
      const { data } = await this.octokit.rest.repos.updateRelease({ owner: this.owner, repo: this.repo, release_id: existing.id, body })
      return data.html_url
    }
    const { data } = await this.octokit.rest.repos.createRelease({
      owner: this.owner, repo: this.repo, tag_name: tag, name: result.version ?? tag, body, target_commitish: result.commit,
      prerelease: Boolean(result.version?.includes('-'))
    })
    return data.html_url
  }

  /** One comment per pull request and channel, found by a hidden marker and edited in place. */
  async upsertPreviewComment(prNumber: number, result: ReleaseResult): Promise<'created' | 'updated'> {
    const marker = previewMarker(result)
    const body = previewComment(result)
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: prNumber, per_page: 100 })
    const mine = comments.find((c) => c.body?.includes(marker))
    if (mine) {
      await this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: mine.id, body })
      return 'updated'
    }
    await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: prNumber, body })
    return 'created'
  }
}
