// The Azure task as Microsoft's own tooling sees it: the extension packed by scripts/package-azure.mjs
// (tfx, no warnings), unpacked as the agent installs it, and run by azure-pipelines-task-lib's own
// test runner (MockTestRunner + TaskMockRunner), which require()s the task file.
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { cleanupTemps, exampleRepo, ROOT, tempDir } from './helpers/repo.js'
import { storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

test('packaged without warnings, the task runs under the task-lib\'s MockTestRunner and succeeds', async () => {
  const vsix = path.join(tempDir(), 'capflight.vsix')
  const packed = execFileSync(process.execPath, [path.join(ROOT, 'scripts/package-azure.mjs'), '--out', vsix], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  expect(packed).not.toMatch(/warn/i)
  const installed = tempDir('capflight-installed-')
  execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', vsix, installed])
  const taskDir = path.join(installed, 'CapflightRelease')

  // The runner picks Node from task.json (Node24) and would download it; it takes an installed one
  // from its cache folder under HOME, where the Node running this suite (24 with npm run test:all) is put:
  // there is no download here.
  const home = tempDir('capflight-home-')
  const cached = path.join(home, 'azure-pipelines-task-lib/_download/node24')
  mkdirSync(path.join(cached, 'node-v24.10.0-linux-x64/bin'), { recursive: true })
  symlinkSync(process.execPath, path.join(cached, 'node-v24.10.0-linux-x64/bin/node'))
  writeFileSync(`${cached}.completed`, '')

  const repo = exampleRepo()
  repo.git('checkout', '-q', '-b', 'hotfix/mock')
  repo.commit('fix: mock runner')
  const l0 = path.join(tempDir(), 'release.L0.cjs')
  writeFileSync(l0, `
const { TaskMockRunner } = require(${JSON.stringify(path.join(ROOT, 'node_modules/azure-pipelines-task-lib/mock-run'))})
const tmr = new TaskMockRunner(${JSON.stringify(path.join(taskDir, 'dist/index.js'))})
tmr.setInput('command', 'release')
tmr.setInput('workingDirectory', ${JSON.stringify(repo.dir)})
tmr.setInput('buildTag', 'false')
tmr.setInput('prComment', 'false')
Object.assign(process.env, { TF_BUILD: 'True', BUILD_SOURCEBRANCH: 'refs/heads/hotfix/mock', BUILD_SOURCEVERSION: ${JSON.stringify(repo.head())}, AGENT_TEMPDIRECTORY: ${JSON.stringify(tempDir())} })
// noMockTask: the task bundles its own task-lib (the agent runs dist/index.js alone), so the real
// task-lib inside the bundle runs; TaskMockRunner's mock task-lib would replace only an external one.
tmr.run(true)
`)
  const previousHome = process.env.HOME
  process.env.HOME = home
  try {
    const { MockTestRunner } = createRequire(import.meta.url)(path.join(ROOT, 'node_modules/azure-pipelines-task-lib/mock-test'))
    const runner = new MockTestRunner()
    await runner.LoadAsync(l0, path.join(taskDir, 'task.json'))
    await runner.runAsync()
    expect(runner.stderr).not.toMatch(/ERR_REQUIRE|Error/)
    expect(runner.errorIssues).toEqual([])
    expect(runner.stdout).toMatch(/##vso\[task\.setvariable variable=status;isOutput=true;issecret=false;\]released/)
    expect(runner.stdout).toMatch(/##vso\[task\.complete result=Succeeded;\]/)
    expect(runner.succeeded).toBe(true)
  } finally {
    process.env.HOME = previousHome
  }
  expect(storePaths(repo.dir).channel('beta').version).toBe('1.1.0-beta.1')
}, 120_000)
