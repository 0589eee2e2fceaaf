import { CiPlatform, Env, nonEmpty, positiveInt } from './types.js'

/**
 * Jenkins: multibranch pipelines set BRANCH_NAME (PR-12 for changes), TAG_NAME
 * and CHANGE_*; plain pipelines with the Git plugin only GIT_BRANCH (origin/main).
 */
export const jenkins: CiPlatform = {
  name: 'jenkins',
  detect: (env: Env) => Boolean(env.JENKINS_URL && (env.BUILD_ID || env.BUILD_NUMBER)),
  configuration(env: Env) {
    const prNumber = positiveInt(env.CHANGE_ID)
    const isPr = prNumber !== undefined
    const tag = nonEmpty(env.TAG_NAME)
    const gitBranch = nonEmpty(env.GIT_BRANCH)?.replace(/^(refs\/heads\/|origin\/)/, '')
    return {
      name: 'jenkins',
      branch: isPr ? nonEmpty(env.CHANGE_BRANCH) : tag ? undefined : nonEmpty(env.BRANCH_NAME) ?? gitBranch,
      tag,
      commit: nonEmpty(env.GIT_COMMIT),
      isPr,
      prNumber,
      targetBranch: isPr ? nonEmpty(env.CHANGE_TARGET) : undefined,
      defaultBranch: undefined,
      buildUrl: nonEmpty(env.BUILD_URL),
      repoUrl: nonEmpty(env.GIT_URL)?.replace(/\.git$/, '')
    }
  }
}
