import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { detectCi } from '../src/core/ci/index.js'
import { cleanupTemps, tempDir } from './helpers/repo.js'

afterAll(cleanupTemps)

// Variable names and value shapes follow each platform's documented predefined variables.
describe('CI environment table', () => {
  test('hosted runners, whose disks are thrown away after the job, are told apart from self-hosted ones', () => {
    expect(detectCi({ GITHUB_ACTIONS: 'true', RUNNER_ENVIRONMENT: 'github-hosted' }).ephemeral).toBe(true)
    expect(detectCi({ GITHUB_ACTIONS: 'true', RUNNER_ENVIRONMENT: 'self-hosted' }).ephemeral).toBe(false)
    expect(detectCi({ GITLAB_CI: 'true', CI_RUNNER_DESCRIPTION: '3-blue.saas-linux-small-amd64.runners-manager.gitlab.com/default' }).ephemeral).toBe(true)
    expect(detectCi({ GITLAB_CI: 'true', CI_RUNNER_DESCRIPTION: 'build-box-1', CI_RUNNER_TAGS: '["docker"]' }).ephemeral).toBe(false)
    expect(detectCi({ TF_BUILD: 'True', AGENT_NAME: 'Azure Pipelines 3' }).ephemeral).toBe(true)
    expect(detectCi({ TF_BUILD: 'True', AGENT_NAME: 'office-agent' }).ephemeral).toBe(false)
  })

  test('local fallback when no CI variables are set', () => {
    expect(detectCi({ PATH: '/usr/bin' })).toEqual({ name: 'local', isPr: false })
  })

  test('GitHub Actions push to a branch', () => {
    const ctx = detectCi({
      GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/hotfix/login',
      GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53', GITHUB_REPOSITORY: 'octo/app',
      GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '1658821493'
    })
    expect(ctx).toMatchObject({
      name: 'github', branch: 'hotfix/login', tag: undefined, isPr: false,
      commit: 'ffac537e6cbbf934b08745a378932722df287a53',
      buildUrl: 'https://github.com/octo/app/actions/runs/1658821493', repoUrl: 'https://github.com/octo/app'
    })
  })

  test('GitHub Actions tag push on a detached HEAD', () => {
    const ctx = detectCi({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.4.3', GITHUB_SHA: 'abc' })
    expect(ctx).toMatchObject({ tag: 'v1.4.3', branch: undefined, isPr: false })
  })

  test('GitHub Actions pull_request reads number, head branch and default branch from the event payload', () => {
    const dir = tempDir()
    const event = path.join(dir, 'event.json')
    writeFileSync(event, JSON.stringify({
      number: 42,
      pull_request: { number: 42, head: { ref: 'feature/x' }, base: { ref: 'main' } },
      repository: { default_branch: 'main' }
    }))
    const ctx = detectCi({
      GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_HEAD_REF: 'feature/x', GITHUB_BASE_REF: 'main', GITHUB_EVENT_PATH: event
    })
    expect(ctx).toMatchObject({ isPr: true, prNumber: 42, branch: 'feature/x', targetBranch: 'main', defaultBranch: 'main' })
  })

  test('GitLab branch pipeline, tag pipeline and merge request pipeline', () => {
    const common = { GITLAB_CI: 'true', CI_PROJECT_URL: 'https://gitlab.com/group/app', CI_JOB_URL: 'https://gitlab.com/group/app/-/jobs/7', CI_DEFAULT_BRANCH: 'main', CI_COMMIT_SHA: 'abc' }
    expect(detectCi({ ...common, CI_COMMIT_BRANCH: 'release/2.0', CI_COMMIT_REF_NAME: 'release/2.0' }))
      .toMatchObject({ name: 'gitlab', branch: 'release/2.0', isPr: false, defaultBranch: 'main', buildUrl: 'https://gitlab.com/group/app/-/jobs/7', repoUrl: 'https://gitlab.com/group/app' })
    expect(detectCi({ ...common, CI_COMMIT_TAG: 'v2.0.0', CI_COMMIT_REF_NAME: 'v2.0.0' }))
      .toMatchObject({ tag: 'v2.0.0', branch: undefined })
    expect(detectCi({ ...common, CI_MERGE_REQUEST_IID: '17', CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feat/a', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', CI_COMMIT_REF_NAME: 'feat/a' }))
      .toMatchObject({ isPr: true, prNumber: 17, branch: 'feat/a', targetBranch: 'main' })
  })

  test('Azure Pipelines CI build, tag build and GitHub pull request build', () => {
    const common = { TF_BUILD: 'True', SYSTEM_COLLECTIONURI: 'https://dev.azure.com/org/', SYSTEM_TEAMPROJECT: 'Mobile App', BUILD_BUILDID: '311', BUILD_SOURCEVERSION: 'abc', BUILD_REPOSITORY_URI: 'https://dev.azure.com/org/Mobile%20App/_git/app' }
    expect(detectCi({ ...common, BUILD_REASON: 'IndividualCI', BUILD_SOURCEBRANCH: 'refs/heads/hotfix/crash', BUILD_SOURCEBRANCHNAME: 'crash' }))
      .toMatchObject({ name: 'azure-pipelines', branch: 'hotfix/crash', isPr: false, buildUrl: 'https://dev.azure.com/org/Mobile%20App/_build/results?buildId=311' })
    expect(detectCi({ ...common, BUILD_REASON: 'IndividualCI', BUILD_SOURCEBRANCH: 'refs/tags/v3.1.0' }))
      .toMatchObject({ tag: 'v3.1.0', branch: undefined })
    expect(detectCi({ ...common, BUILD_REASON: 'PullRequest', BUILD_SOURCEBRANCH: 'refs/pull/9/merge', SYSTEM_PULLREQUEST_PULLREQUESTID: '123456', SYSTEM_PULLREQUEST_PULLREQUESTNUMBER: '9', SYSTEM_PULLREQUEST_SOURCEBRANCH: 'refs/heads/feature/y', SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main' }))
      .toMatchObject({ isPr: true, prNumber: 9, branch: 'feature/y', targetBranch: 'main' })
    // Azure Repos pull requests expose only the id.
    expect(detectCi({ ...common, BUILD_REASON: 'PullRequest', SYSTEM_PULLREQUEST_PULLREQUESTID: '55', SYSTEM_PULLREQUEST_SOURCEBRANCH: 'refs/heads/f', SYSTEM_PULLREQUEST_TARGETBRANCH: 'main' }))
      .toMatchObject({ isPr: true, prNumber: 55, branch: 'f', targetBranch: 'main' })
  })

  test('Jenkins multibranch branch, tag and change request builds, and a plain pipeline', () => {
    const common = { JENKINS_URL: 'https://ci.example.com/', BUILD_ID: '12', BUILD_URL: 'https://ci.example.com/job/app/job/main/12/', GIT_COMMIT: 'abc', GIT_URL: 'https://github.com/octo/app.git' }
    expect(detectCi({ ...common, BRANCH_NAME: 'hotfix/1.2' }))
      .toMatchObject({ name: 'jenkins', branch: 'hotfix/1.2', isPr: false, buildUrl: 'https://ci.example.com/job/app/job/main/12/', repoUrl: 'https://github.com/octo/app' })
    expect(detectCi({ ...common, BRANCH_NAME: 'v1.2.0', TAG_NAME: 'v1.2.0' })).toMatchObject({ tag: 'v1.2.0', branch: undefined })
    expect(detectCi({ ...common, BRANCH_NAME: 'PR-31', CHANGE_ID: '31', CHANGE_BRANCH: 'feature/z', CHANGE_TARGET: 'main' }))
      .toMatchObject({ isPr: true, prNumber: 31, branch: 'feature/z', targetBranch: 'main' })
    expect(detectCi({ ...common, GIT_BRANCH: 'origin/main' })).toMatchObject({ branch: 'main' })
  })

  test('gitlab-ci-local (GITLAB_CI=false with GitLab\'s variables) is read as GitLab', () => {
    expect(detectCi({ GITLAB_CI: 'false', CI_COMMIT_SHA: 'abc', CI_PROJECT_PATH: 'acme/app', CI_COMMIT_TAG: 'v1.0.0' })).toMatchObject({ name: 'gitlab', tag: 'v1.0.0' })
    expect(detectCi({ GITLAB_CI: 'false' }).name).toBe('local')
  })

  test('first platform whose own variables are present wins; unrelated variables do not trigger detection', () => {
    expect(detectCi({ CI: 'true' }).name).toBe('local')
    expect(detectCi({ GITHUB_ACTIONS: 'false', GITLAB_CI: 'true' }).name).toBe('gitlab')
  })
})
