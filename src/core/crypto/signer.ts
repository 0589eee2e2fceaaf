import { readFileSync } from 'node:fs'
import { ConfigurationError } from '../errors.js'
import type { Runtime } from '../port.js'
import type { Settings } from '../settings/settings.js'
import { CommandSigner, LocalSigner, parsePrivateKey, samePublicKey, type Signer } from './keys.js'

/**
 * The signer for encrypted bundles, or undefined for plain ones. Checks the key
 * and that it matches the public key the app holds, before anything is built.
 */
export function resolveSigner(settings: Settings, runtime: Runtime): Signer | undefined {
  let signer: Signer | undefined
  if (settings.privateKey !== undefined) {
    runtime.reporter.setSecret(settings.privateKey)
    signer = new LocalSigner(parsePrivateKey(settings.privateKey, settings.privateKeySource ?? 'the private key'))
  } else if (settings.signCommand) {
    const publicKey = settings.publicKeyFile ? readFileSync(settings.publicKeyFile, 'utf8') : settings.appPublicKey
    if (!publicKey) throw new ConfigurationError(['--sign-command needs the public key: pass --public-key FILE, or set plugins.CapacitorUpdater.publicKey in capacitor.config.'])
    signer = new CommandSigner(settings.signCommand, publicKey, settings.cwd, runtime.env)
  }
  if (settings.appPublicKey && !signer) {
    throw new ConfigurationError(['The app\'s capacitor config has a CapacitorUpdater publicKey, so devices only accept encrypted bundles. Pass the private key with --private-key (or CAPFLIGHT_PRIVATE_KEY), or a --sign-command.'])
  }
  if (signer && settings.appPublicKey && !samePublicKey(signer.publicKeyPem, settings.appPublicKey)) {
    throw new ConfigurationError(['The private key does not match plugins.CapacitorUpdater.publicKey in the app\'s capacitor config: devices would reject these bundles. Use the key pair made together ("capflight keys create"), or update the publicKey and ship a store build.'])
  }
  return signer
}
