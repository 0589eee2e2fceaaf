// The demo: a temporary git repository made from examples/capacitor-app, released
// with the real capflight CLI to the embedded local store (.capflight/store), no network.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/cli/index.js')
const dir = mkdtempSync(path.join(os.tmpdir(), 'capflight-demo-'))
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'capflight demo', GIT_AUTHOR_EMAIL: 'demo@example.com',
  GIT_COMMITTER_NAME: 'capflight demo', GIT_COMMITTER_EMAIL: 'demo@example.com'
}
// The demo runs locally: drop CI variables so branches and tags come from git.
for (const key of ['GITHUB_ACTIONS', 'GITLAB_CI', 'TF_BUILD', 'JENKINS_URL']) delete env[key]

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const git = (...args) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8' }).trim()
function step(title) { console.log(`\n${bold(`## ${title}`)}`) }
function capflight(...args) {
  console.log(bold(`$ capflight ${args.join(' ')}`))
  try {
    const out = execFileSync(process.execPath, [cli, ...args], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    console.log(out.trimEnd())
  } catch (error) {
    console.log(`${error.stdout ?? ''}`.trimEnd())
    console.log(`(exit code ${error.status})`)
  }
}
function edit(file, change) {
  const abs = path.join(dir, file)
  writeFileSync(abs, change(readFileSync(abs, 'utf8')))
}
function commit(message) {
  git('add', '-A')
  git('commit', '-q', '-m', message)
  console.log(`$ git commit -m "${message}"`)
}

cpSync(path.join(root, 'examples/capacitor-app'), dir, { recursive: true, filter: (src) => !/(www|node_modules|\.capflight)$/.test(src) })
git('init', '-q', '-b', 'main')
commit('feat: first version of the app')
git('tag', 'v1.0.0')
console.log(`Demo repository: ${dir} (tagged v1.0.0, the version in the app stores)`)

step('A feature lands on main → development channel')
edit('src/index.html', (s) => s.replace('Hello from the web bundle.', 'Hello, with a new welcome screen.'))
commit('feat: welcome screen')
capflight('release')

step('A hotfix branch from v1.0.0 → beta channel')
git('checkout', '-q', '-b', 'hotfix/login', 'v1.0.0')
edit('src/styles.css', (s) => `${s}button { min-height: 44px; }\n`)
commit('fix: login button too small to tap')
capflight('release')

step('Tag v1.0.1 on the hotfix → production gets the very bytes beta tested')
git('tag', 'v1.0.1')
capflight('release')

step('A second hotfix goes to beta, turns out bad, and is rolled back')
edit('src/app.js', (s) => `${s}// retry the login request\n`)
commit('fix: retry login')
capflight('release')
capflight('rollback', '--channel', 'beta')

step('Where every channel stands')
capflight('status')
console.log(`\nThe store is in ${path.join(dir, '.capflight/store')}`)
