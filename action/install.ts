import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import * as cache from '@actions/cache'
import * as exec from '@actions/exec'
import type { Reporter } from '../src/core/index.js'
import { actionsCacheAvailable } from './compression-cache.js'

const LOCKFILES: { file: string; command: string; args: string[] }[] = [
  { file: 'package-lock.json', command: 'npm', args: ['ci'] },
  { file: 'npm-shrinkwrap.json', command: 'npm', args: ['ci'] },
  { file: 'pnpm-lock.yaml', command: 'pnpm', args: ['install', '--frozen-lockfile'] },
  { file: 'yarn.lock', command: 'yarn', args: ['install', '--immutable'] }
]

/** Yarn 1 ignores --immutable (a Yarn 2+ flag): its lockfiles get --frozen-lockfile. */
function lockfileCommand(cwd: string, lock: typeof LOCKFILES[number]): typeof LOCKFILES[number] {
  if (lock.file !== 'yarn.lock') return lock
  const head = readFileSync(path.join(cwd, lock.file), 'utf8').slice(0, 400)
  return /yarn lockfile v1/.test(head) ? { ...lock, args: ['install', '--frozen-lockfile'] } : lock
}

/**
 * Installs the app's dependencies with its lockfile's package manager, restoring
 * node_modules from the Actions cache (keyed on OS, Node version and lockfile) when it can.
 */
export async function installDependencies(mode: 'auto' | 'true' | 'false', cwd: string, reporter: Reporter): Promise<void> {
  if (mode === 'false') return
  const modules = path.join(cwd, 'node_modules')
  if (mode === 'auto' && existsSync(modules)) {
    reporter.info('node_modules is present: skipping dependency install (install: auto).')
    return
  }
  if (!existsSync(path.join(cwd, 'package.json'))) return
  const lock = LOCKFILES.find((l) => existsSync(path.join(cwd, l.file)))
  if (!lock) {
    if (mode === 'auto') {
      reporter.info('No lockfile found: skipping dependency install (install: auto). Commit a lockfile, or set install: true.')
      return
    }
  }
  const hash = lock ? createHash('sha256').update(readFileSync(path.join(cwd, lock.file))).digest('hex').slice(0, 32) : 'none'
  const key = `capflight-deps-${process.platform}-${process.arch}-node${process.versions.node.split('.')[0]}-${hash}`
  const cacheUsable = lock !== undefined && actionsCacheAvailable()
  if (lock && !cacheUsable) reporter.warn('The Actions cache service is not available here: installing dependencies without a cache.')
  if (cacheUsable) {
    try {
      if (await cache.restoreCache([modules], key)) {
        reporter.info(`Restored node_modules from the cache (${key}).`)
        return
      }
    } catch (error) {
      reporter.warn(`Could not restore dependencies from the cache: ${(error as Error).message}. Installing instead.`)
    }
  }
  const command = lock ? lockfileCommand(cwd, lock) : { command: 'npm', args: ['install'] }
  await reporter.group(`Install dependencies: ${command.command} ${command.args.join(' ')}`, async () => {
    await exec.exec(command.command, command.args, { cwd })
  })
  if (cacheUsable) {
    try {
      await cache.saveCache([modules], key)
    } catch (error) {
      reporter.warn(`Could not save dependencies to the cache: ${(error as Error).message}.`)
    }
  }
}
