// The action run by GitHub's own local runner for JavaScript actions, @github/local-action: it
// loads action.yml, stubs the toolkit the way the runner's environment would, and calls the
// `run()` that action/main.ts exports. No GITHUB_STEP_SUMMARY is given, as on some runners; its
// folder-backed @actions/cache keeps the compression cache.
import { execFile } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { baseEnv, cleanupTemps, exampleRepo, ROOT, tempDir } from './helpers/repo.js'
import { storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

test('@github/local-action runs the action\'s exported run() and gets its outputs', async () => {
  const repo = exampleRepo()
  repo.git('checkout', '-q', '-b', 'hotfix/local')
  repo.commit('fix: local run')
  const dotenv = path.join(tempDir(), '.env')
  // local-action's own stand-in for the Actions cache keeps entries in this folder.
  const caches = tempDir()
  writeFileSync(dotenv, [`LOCAL_ACTION_CACHE_PATH=${caches}`, `LOCAL_ACTION_WORKSPACE=${repo.dir}`,
    'INPUT_COMMAND=release', 'INPUT_INSTALL=false', 'INPUT_WORKING-DIRECTORY=.',
    `GITHUB_WORKSPACE=${repo.dir}`, 'GITHUB_REF=refs/heads/hotfix/local', `GITHUB_SHA=${repo.head()}`, 'GITHUB_REPOSITORY=octo/app', ''
  ].join('\n'))
  const out = await new Promise<{ code: number; text: string }>((resolve) => {
    execFile(path.join(ROOT, 'node_modules/.bin/local-action'), ['run', ROOT, 'action/main.ts', dotenv], {
      cwd: ROOT, env: baseEnv({ PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` }), maxBuffer: 16 * 1024 * 1024
    }, (error, stdout, stderr) => resolve({ code: error ? 1 : 0, text: stdout + stderr }))
  })
  expect(out.text).toMatch(/'status'\s*│ 'released'/)
  expect(out.text).toMatch(/'version'\s*│ '1\.1\.0-beta\.1'/)
  expect(out.text).toMatch(/No job summary: this runner gives no GITHUB_STEP_SUMMARY file/)
  expect(out.text).toContain(`Saved the compression cache to the Actions cache (capflight-compression-${process.platform}-${repo.head()})`)
  expect(readdirSync(caches).filter((f) => f.endsWith('.cache'))).toHaveLength(1)
  expect(out.code).toBe(0)
  expect(storePaths(repo.dir).channel('beta').version).toBe('1.1.0-beta.1')
}, 180_000)
