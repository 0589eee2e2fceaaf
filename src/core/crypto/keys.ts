import { spawn } from 'node:child_process'
import { createPrivateKey, createPublicKey, generateKeyPairSync, privateEncrypt, publicDecrypt, constants, type KeyObject } from 'node:crypto'
import { ConfigurationError, CapflightError } from '../errors.js'

/** capacitor-updater's encryption v2 needs RSA-2048: it expects 256-byte signatures. */
export const KEY_BITS = 2048

/** Signs bytes the way capacitor-updater checks them: RSA PKCS#1 v1.5 private-key encryption. */
export interface Signer {
  /** The public key (PKCS#1 PEM, `-----BEGIN RSA PUBLIC KEY-----`) the app holds. */
  readonly publicKeyPem: string
  sign(data: Buffer): Promise<Buffer>
}

export class SigningError extends CapflightError {}

/** Reads a private key given as PEM, or as base64 of the PEM on one line (masked CI variables). */
export function parsePrivateKey(text: string, where: string): KeyObject {
  let pem = text.trim()
  if (!pem.includes('-----BEGIN')) {
    const decoded = Buffer.from(pem.replace(/\s+/g, ''), 'base64').toString('utf8')
    if (!decoded.includes('-----BEGIN')) {
      throw new ConfigurationError([`The private key from ${where} is not a PEM key (nor base64 of one). Create one with "capflight keys create", and pass the file with --private-key or its content in CAPFLIGHT_PRIVATE_KEY.`])
    }
    pem = decoded.trim()
  }
  if (/ENCRYPTED/.test(pem)) {
    throw new ConfigurationError([`The private key from ${where} is encrypted with a passphrase. Give capflight an unencrypted key (openssl rsa -in key.pem -out plain.pem), kept in your CI's secret store.`])
  }
  let key: KeyObject
  try {
    key = createPrivateKey({ key: pem, format: 'pem' })
  } catch (error) {
    throw new ConfigurationError([`The private key from ${where} cannot be read (${(error as Error).message.replace(/\s+/g, ' ')}). Use the PEM written by "capflight keys create".`])
  }
  if (key.asymmetricKeyType !== 'rsa') throw new ConfigurationError([`The private key from ${where} is ${key.asymmetricKeyType}, not RSA. capacitor-updater needs an RSA-2048 key: "capflight keys create" makes one.`])
  const bits = key.asymmetricKeyDetails?.modulusLength
  if (bits !== KEY_BITS) throw new ConfigurationError([`The private key from ${where} is RSA-${bits}; capacitor-updater needs RSA-${KEY_BITS}. Create one with "capflight keys create".`])
  return key
}

export function publicPemOf(key: KeyObject): string {
  return createPublicKey(key).export({ type: 'pkcs1', format: 'pem' }).toString()
}

/** Compares two PEM public keys by their key material, whatever the line breaks. */
export function samePublicKey(a: string, b: string): boolean {
  try {
    const der = (pem: string) => createPublicKey({ key: pem.includes('\n') ? pem : pem.replace(/(-----BEGIN [A-Z ]+-----)(.*)(-----END [A-Z ]+-----)/, '$1\n$2\n$3'), format: 'pem' }).export({ type: 'spki', format: 'der' })
    return der(a).equals(der(b))
  } catch {
    return false
  }
}

export class LocalSigner implements Signer {
  readonly publicKeyPem: string
  constructor(private readonly key: KeyObject) {
    this.publicKeyPem = publicPemOf(key)
  }

  async sign(data: Buffer): Promise<Buffer> {
    return privateEncrypt({ key: this.key, padding: constants.RSA_PKCS1_PADDING }, data)
  }
}

/**
 * Hands the bytes to sign to a command on stdin (a KMS or HSM CLI, e.g.
 * `openssl pkeyutl -sign -inkey …`), so the private key never sits on the runner.
 * The command prints the 256-byte result raw, in base64 or in hex; it is checked
 * against the public key before it is used.
 */
export class CommandSigner implements Signer {
  constructor(private readonly command: string, readonly publicKeyPem: string, private readonly cwd: string, private readonly env: Record<string, string | undefined>) {}

  sign(data: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.command, { cwd: this.cwd, env: this.env as NodeJS.ProcessEnv, shell: true, stdio: ['pipe', 'pipe', 'pipe'] })
      const out: Buffer[] = []
      let err = ''
      child.stdout.on('data', (c: Buffer) => out.push(c))
      child.stderr.on('data', (c: Buffer) => { err += c.toString() })
      child.on('error', (e) => reject(new SigningError(`Could not run the sign command: ${e.message}`)))
      child.on('close', (code) => {
        if (code !== 0) return reject(new SigningError(`The sign command failed (exit code ${code}): ${err.trim().slice(0, 500) || 'no output'}. Check the command with: echo test | <command>`))
        const raw = Buffer.concat(out)
        const text = raw.toString('utf8').trim()
        const signature = raw.length === KEY_BITS / 8 ? raw
          : /^[0-9a-fA-F]{512}$/.test(text) ? Buffer.from(text, 'hex')
          : /^[A-Za-z0-9+/=\s]+$/.test(text) && Buffer.from(text, 'base64').length === KEY_BITS / 8 ? Buffer.from(text, 'base64')
          : undefined
        if (!signature) return reject(new SigningError(`The sign command printed ${raw.length} bytes that are not a ${KEY_BITS / 8}-byte RSA signature (raw, base64 or hex). It must do RSA PKCS#1 v1.5 signing of the raw input, e.g. "openssl pkeyutl -sign -inkey key.pem".`))
        let recovered: Buffer
        try {
          recovered = publicDecrypt({ key: this.publicKeyPem, padding: constants.RSA_PKCS1_PADDING }, signature)
        } catch {
          return reject(new SigningError('The sign command\'s output does not verify with the public key. It must sign with the private key matching the app\'s publicKey, using PKCS#1 v1.5 padding and no digest.'))
        }
        if (!recovered.equals(data)) return reject(new SigningError('The sign command signed something other than its input (did it hash it first?). Use raw PKCS#1 v1.5 signing, e.g. "openssl pkeyutl -sign".'))
        resolve(signature)
      })
      child.stdin.on('error', () => undefined)
      child.stdin.end(data)
    })
  }
}

/** A new RSA-2048 key pair, PKCS#1 PEM, as capacitor-updater's encryption v2 uses. */
export function createKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: KEY_BITS, publicExponent: 0x10001 })
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'pkcs1', format: 'pem' }).toString()
  }
}
