// The published package as a user gets it: `npm pack`, installed offline into an empty project.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { baseEnv, cleanupTemps, exampleRepo, ROOT, tempDir } from './helpers/repo.js'

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
let consumer: string
let tarball: string

let npmCache: string
function npm(args: string[], cwd: string): string {
  // --offline: with no dependencies, installing the tarball needs no registry at all.
  return execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env: baseEnv({ npm_config_cache: npmCache }), encoding: 'utf8' })
}

beforeAll(() => {
  npmCache = tempDir('capflight-npm-cache-')
  const packDir = tempDir('capflight-pack-')
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', packDir], ROOT))
  tarball = path.join(packDir, packed.filename)
  consumer = tempDir('capflight-consumer-')
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  npm(['install', tarball], consumer)
}, 120_000)
afterAll(cleanupTemps)

test('every manifest and version pin carries the package version', () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/set-version.mjs'), '--check', pkg.version], { cwd: ROOT, stdio: 'pipe' })
})

test('no tracked file carries the former product name', () => {
  // Spelled in two parts so this file does not match itself.
  const former = ['ota', 'kit'].join('')
  const grep = spawnSync('git', ['grep', '-l', '-i', former], { cwd: ROOT, encoding: 'utf8' })
  expect(grep.stdout.trim()).toBe('')
  expect(grep.status).toBe(1) // git grep: 1 is "nothing found", anything else an error
})

test('the package declares no runtime dependencies', () => {
  expect(pkg.dependencies ?? {}).toEqual({})
  expect(pkg.optionalDependencies ?? {}).toEqual({})
  expect(pkg.peerDependencies ?? {}).toEqual({})
})

test('the tarball holds only what a user runs: the CLI, console and serve bundles, the schema, README, LICENSE and notices', () => {
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, '')).sort()
  for (const file of listing) {
    expect(file).toMatch(/^(dist\/cli\/|dist\/console\/|dist\/serve\/|schema\/|README\.md$|LICENSE$|THIRD-PARTY-NOTICES\.md$|package\.json$)/)
  }
  expect(listing).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'THIRD-PARTY-NOTICES.md', 'dist/cli/index.js', 'dist/console/index.html', 'dist/console/app.js', 'dist/serve/index.js', 'dist/serve/index.d.ts', 'schema/capflight.config.schema.json']))
  // Only the installed package itself: nothing else came along.
  expect(readdirSync(path.join(consumer, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['capflight'])
})

test('npx capflight --version prints the package version', () => {
  const out = execFileSync('npx', ['--no-install', 'capflight', '--version'], { cwd: consumer, env: baseEnv(), encoding: 'utf8' })
  expect(out.trim()).toBe(pkg.version)
})

test('the installed CLI releases the example app', () => {
  const repo = exampleRepo()
  const bin = path.join(consumer, 'node_modules/.bin/capflight')
  const out = execFileSync(bin, ['release', '--json', '--cwd', repo.dir], { cwd: consumer, env: baseEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const result = JSON.parse(out)
  expect(result).toMatchObject({ status: 'released', channel: 'development', appId: 'com.example.capflight', version: '1.1.0-dev.1' })
  expect(existsSync(path.join(repo.dir, '.capflight/store'))).toBe(true)
})

test('the documented serverless snippet runs as written, CAPFLIGHT_STORE unset: the local store of its folder', async () => {
  const readme = readFileSync(path.join(ROOT, 'docs/serve.md'), 'utf8')
  const snippet = /```js\n(\/\/ api\/\[\.\.\.route\]\.js[\s\S]*?)```/.exec(readme)?.[1]
  expect(snippet).toContain("from 'capflight/serve'")
  writeFileSync(path.join(consumer, 'api.mjs'), snippet!)
  writeFileSync(path.join(consumer, 'play.mjs'), "import api from './api.mjs'\nconst r = await api.fetch(new Request('http://localhost/health'))\nconsole.log(r.status, JSON.stringify(await r.json()))\n")
  const env = baseEnv()
  delete env.CAPFLIGHT_STORE
  const out = execFileSync(process.execPath, ['play.mjs'], { cwd: consumer, env, encoding: 'utf8' })
  expect(out).toMatch(/^200 \{"status":"ok"/)
})

test('a TypeScript consumer of capflight/serve compiles against the shipped declarations', () => {
  // The consumer's own @types/node (a Node server project has it); everything else comes from the package.
  const types = path.join(consumer, 'node_modules/@types')
  mkdirSync(types, { recursive: true })
  symlinkSync(path.join(ROOT, 'node_modules/@types/node'), path.join(types, 'node'))
  symlinkSync(path.join(ROOT, 'node_modules/undici-types'), path.join(consumer, 'node_modules/undici-types'))
  writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2023', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
    files: ['consumer.ts']
  }))
  writeFileSync(path.join(consumer, 'consumer.ts'), [
    "import { createUpdateHandler, openStore, type FetchHandler, type Store } from 'capflight/serve'",
    "const store: Store = openStore('file:.capflight/store', process.cwd())",
    'const handler: FetchHandler = createUpdateHandler({ store })',
    "const answer: Promise<Response> = handler(new Request('http://127.0.0.1/updates', { method: 'POST', body: '{}' }))",
    '// The declarations are real types, not any: a wrong argument is an error.',
    '// @ts-expect-error openStore takes a URL string',
    'openStore(42, process.cwd())',
    'export { answer }',
    ''
  ].join('\n'))
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', consumer], { cwd: consumer, encoding: 'utf8' })
})

test('the third-party notices name what the shipped bundles embed, with license texts', () => {
  const notices = readFileSync(path.join(ROOT, 'THIRD-PARTY-NOTICES.md'), 'utf8')
  for (const name of ['semver', 'conventional-commits-parser', '@aws-sdk/client-s3', '@gitbeaker/rest']) {
    expect(notices).toMatch(new RegExp(`^\\| ${name.replace('/', '\\/')} \\| [^|]+ \\| [^|]+ \\| [^|]*\\bcli\\b`, 'm'))
  }
  expect(notices).toMatch(/^\| @actions\/core \| [^|]+ \| MIT \| action/m)
  expect(notices).not.toMatch(/\| UNKNOWN \|/)
  expect(notices).toContain('Permission is hereby granted')
})
