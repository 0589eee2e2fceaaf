import { PRODUCT_VERSION } from '../product.js'

/** The CI hosts `init` writes a workflow for. */
export const INIT_CIS = ['github', 'gitlab', 'azure', 'jenkins'] as const
export type InitCi = typeof INIT_CIS[number]

/** What a workflow needs to know of the project. */
export interface WorkflowOptions {
  /** The app folder relative to the repository's root ('' at the root). */
  appDir: string
  packageManager: 'npm' | 'pnpm' | 'yarn'
}

const INSTALL: Record<WorkflowOptions['packageManager'], string> = {
  npm: 'npm ci',
  pnpm: 'corepack enable && pnpm install --frozen-lockfile',
  yarn: 'corepack enable && yarn install --frozen-lockfile'
}

/**
 * One workflow per CI that works on the CI's hosted runners: the store is S3 (a hosted runner
 * keeps nothing), its URL and credentials come from the CI's secrets, named in the file.
 */
export function workflowFor(ci: InitCi, options: WorkflowOptions): { path: string; content: string; secrets: string[] } {
  const install = INSTALL[options.packageManager]
  const dir = options.appDir
  const secrets = ['CAPFLIGHT_STORE (e.g. s3://my-bucket/capflight)', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION']
  if (ci === 'github') {
    return {
      path: '.github/workflows/capflight.yml',
      secrets,
      content: `# Live updates with capflight: main → development, hotfix/* and release/* → beta, v* tags → production.
# Repository secrets: CAPFLIGHT_STORE (s3://bucket/prefix), AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION.
name: Live update
on:
  push:
    branches: ['main', 'hotfix/**', 'release/**']
    tags: ['v*']
permissions:
  contents: write
  pull-requests: write
jobs:
  ota:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      AWS_REGION: \${{ secrets.AWS_REGION }}
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v5
        with:
          node-version: 24
      - run: ${install}${dir ? `\n        working-directory: ${dir}` : ''}
      - id: capflight
        uses: capflight/capflight@v1
        with:
          store: \${{ secrets.CAPFLIGHT_STORE }}${dir ? `\n          working-directory: ${dir}` : ''}
          install: false
      - run: echo "\${{ steps.capflight.outputs.status }} \${{ steps.capflight.outputs.version }} on \${{ steps.capflight.outputs.channel }}"
`
    }
  }
  if (ci === 'gitlab') {
    return {
      path: '.gitlab-ci.yml',
      secrets,
      content: `# Live updates with capflight: the default branch → development, hotfix/* and release/* → beta, tags → production.
# CI/CD variables (masked): CAPFLIGHT_STORE (s3://bucket/prefix), AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION.
include:
  - component: $CI_SERVER_FQDN/capflight/capflight/capflight@${PRODUCT_VERSION}
    inputs:
      store: $CAPFLIGHT_STORE${dir ? `\n      working-directory: ${dir}` : ''}

capflight:
  before_script:
    - ${install}
  rules:
    - if: $CI_COMMIT_TAG
    - if: $CI_COMMIT_BRANCH =~ /^(hotfix|release)\\//
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
`
    }
  }
  if (ci === 'azure') {
    return {
      path: 'azure-pipelines.yml',
      secrets,
      content: `# Live updates with capflight: main → development, hotfix/* and release/* → beta, v* tags → production.
# Pipeline variables (secret): CAPFLIGHT_STORE (s3://bucket/prefix), AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY; AWS_REGION.
trigger:
  branches: { include: [main, hotfix/*, release/*] }
  tags: { include: ['v*'] }
pool: { vmImage: ubuntu-latest }
steps:
  - checkout: self
    fetchDepth: 0
    persistCredentials: true
  - task: NodeTool@0
    inputs: { versionSpec: '24.x' }
  - script: ${install}${dir ? `\n    workingDirectory: ${dir}` : ''}
  - task: CapflightRelease@0
    name: capflight
    inputs:
      store: $(CAPFLIGHT_STORE)${dir ? `\n      workingDirectory: ${dir}` : ''}
    env:
      AWS_ACCESS_KEY_ID: $(AWS_ACCESS_KEY_ID)
      AWS_SECRET_ACCESS_KEY: $(AWS_SECRET_ACCESS_KEY)
      AWS_REGION: $(AWS_REGION)
`
    }
  }
  return {
    path: 'Jenkinsfile',
    secrets: ['capflight-store (Secret text: s3://bucket/prefix)', 'capflight-aws (Username with password: the AWS key id and secret)'],
    content: `// Live updates with capflight (multibranch): main → development, hotfix/* and release/* → beta, tags → production.
// Credentials: capflight-store (Secret text, s3://bucket/prefix), capflight-aws (Username with password: AWS key id / secret).
@Library('capflight') _
pipeline {
  agent any
  environment { AWS_REGION = 'us-east-1' }
  stages {
    stage('Live update') {
      when { anyOf { branch 'main'; branch 'hotfix/*'; branch 'release/*'; buildingTag() } }
      steps {
        ${dir ? `dir('${dir}') { sh '${install}' }` : `sh '${install}'`}
        withCredentials([string(credentialsId: 'capflight-store', variable: 'CAPFLIGHT_STORE'), usernamePassword(credentialsId: 'capflight-aws', usernameVariable: 'AWS_ACCESS_KEY_ID', passwordVariable: 'AWS_SECRET_ACCESS_KEY')]) {
          script {
            def r = capflightRelease(store: env.CAPFLIGHT_STORE${dir ? `, workingDirectory: '${dir}'` : ''})
            echo "\${r.status} \${r.version} on \${r.channel}"
          }
        }
      }
    }
  }
}
`
  }
}
