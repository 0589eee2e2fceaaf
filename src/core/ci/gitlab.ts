import { CiPlatform, Env, nonEmpty, positiveInt } from './types.js'

/** GitLab CI/CD predefined variables (CI_COMMIT_*, CI_MERGE_REQUEST_*). */
export const gitlab: CiPlatform = {
  name: 'gitlab',
  // gitlab-ci-local runs jobs with GITLAB_CI=false but GitLab's other variables: read them too.
  detect: (env: Env) => env.GITLAB_CI === 'true' || (env.GITLAB_CI === 'false' && Boolean(env.CI_COMMIT_SHA && env.CI_PROJECT_PATH)),
  configuration(env: Env) {
    const prNumber = positiveInt(env.CI_MERGE_REQUEST_IID)
    const isPr = prNumber !== undefined
    const tag = nonEmpty(env.CI_COMMIT_TAG)
    return {
      name: 'gitlab',
      branch: isPr
        ? nonEmpty(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME)
        : tag ? undefined : nonEmpty(env.CI_COMMIT_BRANCH) ?? nonEmpty(env.CI_COMMIT_REF_NAME),
      tag,
      commit: nonEmpty(env.CI_COMMIT_SHA),
      isPr,
      prNumber,
      targetBranch: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
      defaultBranch: nonEmpty(env.CI_DEFAULT_BRANCH),
      buildUrl: nonEmpty(env.CI_JOB_URL) ?? nonEmpty(env.CI_PIPELINE_URL),
      repoUrl: nonEmpty(env.CI_PROJECT_URL),
      // GitLab.com's hosted runners are named and tagged saas-…; each job gets a fresh VM.
      ephemeral: /saas-|runners-manager\.gitlab\.com/.test(`${env.CI_RUNNER_DESCRIPTION ?? ''} ${env.CI_RUNNER_TAGS ?? ''}`)
    }
  }
}
