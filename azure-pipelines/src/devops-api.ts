import * as azdev from 'azure-devops-node-api'
import { PRODUCT_VERSION, previewComment, previewMarker, type ReleaseResult } from '../../src/core/index.js'

/** Build tags and pull request comments through the Azure DevOps REST API, with System.AccessToken. */
export class DevOpsIntegration {
  private readonly connection: azdev.WebApi

  constructor(collectionUrl: string, token: string, private readonly project: string) {
    this.connection = new azdev.WebApi(collectionUrl, azdev.getBearerHandler(token), undefined, { productName: 'capflight', productVersion: PRODUCT_VERSION })
  }

  async tagBuild(buildId: number, tags: string[]): Promise<void> {
    const build = await this.connection.getBuildApi()
    await build.addBuildTags(tags, this.project, buildId)
  }

  /** One thread per pull request and channel, found by a hidden marker; its first comment is edited in place. */
  async upsertPreviewComment(repositoryId: string, pullRequestId: number, result: ReleaseResult): Promise<'created' | 'updated'> {
    const git = await this.connection.getGitApi()
    const marker = previewMarker(result)
    const content = previewComment(result)
    const threads = await git.getThreads(repositoryId, pullRequestId, this.project)
    const mine = threads.find((t) => t.comments?.some((c) => c.content?.includes(marker)))
    const comment = mine?.comments?.find((c) => c.content?.includes(marker))
    if (mine?.id !== undefined && comment?.id !== undefined) {
      await git.updateComment({ content }, repositoryId, pullRequestId, mine.id, comment.id, this.project)
      return 'updated'
    }
    // status 4 = closed: an informational thread, not a review finding to resolve.
    await git.createThread({ comments: [{ content, commentType: 1 }], status: 4 }, repositoryId, pullRequestId, this.project)
    return 'created'
  }
}

export function explainDevOpsError(what: string, error: unknown): string {
  const status = (error as { statusCode?: number }).statusCode
  if (status === 401 || status === 403) return `${what} failed (${status}): the build's token may not have access. Allow scripts to access the OAuth token, and give the build service "Contribute to pull requests" / tag permissions.`
  if (status && status >= 500) return `${what} failed: Azure DevOps answered ${status}. The live update itself succeeded.`
  return `${what} failed: ${(error as Error).message ?? String(error)}`
}
