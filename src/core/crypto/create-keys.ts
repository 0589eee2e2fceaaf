import { existsSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { Git } from '../git/git.js'
import type { Runtime } from '../port.js'
import { createKeyPair } from './keys.js'

export interface CreatedKeys {
  privateKeyPath: string
  publicKeyPath: string
  publicKey: string
  /** Whether git ignores the private key file (false: not a git repository, or not ignored). */
  ignoredByGit: boolean
  /** The capacitor.config.json fragment that turns encryption on in the app. */
  capacitorConfig: { plugins: { CapacitorUpdater: { publicKey: string } } }
}

/**
 * Writes a new RSA-2048 key pair for capacitor-updater's encryption v2: the
 * private key with mode 0600 (where .gitignore should already cover it), the
 * public key next to it for the app's capacitor config.
 */
export async function createKeys(runtime: Runtime, options: { dir: string; force: boolean }): Promise<CreatedKeys> {
  const dir = path.resolve(runtime.cwd, options.dir)
  const privateKeyPath = path.join(dir, 'private_key.pem')
  const publicKeyPath = path.join(dir, 'public_key.pem')
  if (!options.force && (existsSync(privateKeyPath) || existsSync(publicKeyPath))) {
    throw new ConfigurationError([`${privateKeyPath} already exists. Bundles released with it can only be read by apps holding its public key: keep it, or pass --force to replace it (then ship a store build with the new public key).`])
  }
  const { privateKeyPem, publicKeyPem } = createKeyPair()
  runtime.reporter.setSecret(privateKeyPem)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  writeFileSync(privateKeyPath, privateKeyPem, { mode: 0o600 })
  chmodSync(privateKeyPath, 0o600)
  writeFileSync(publicKeyPath, publicKeyPem)
  const git = new Git(runtime.cwd, runtime.env)
  const ignored = await git.exec(['check-ignore', '-q', privateKeyPath], { allowFailure: true }).catch(() => ({ code: 1 }))
  const ignoredByGit = ignored.code === 0
  if (!ignoredByGit) {
    runtime.reporter.warn(`${path.relative(runtime.cwd, privateKeyPath) || privateKeyPath} is not covered by .gitignore: add "${path.relative(runtime.cwd, dir) || dir}/" to .gitignore so the private key is never committed. Keep it in your CI's secret store.`)
  }
  return { privateKeyPath, publicKeyPath, publicKey: publicKeyPem, ignoredByGit, capacitorConfig: { plugins: { CapacitorUpdater: { publicKey: publicKeyPem } } } }
}
