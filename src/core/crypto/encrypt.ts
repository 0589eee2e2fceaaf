import { createCipheriv, createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import type { Signer } from './keys.js'

/** What an encrypted bundle adds to its record (DESIGN §7, capacitor-updater encryption v2). */
export interface EncryptionMaterial {
  key: Buffer
  iv: Buffer
  /** `base64(iv):base64(RSA private-key encryption of the AES key)`. */
  sessionKey: string
}

export async function newEncryption(signer: Signer): Promise<EncryptionMaterial> {
  const key = randomBytes(16)
  const iv = randomBytes(16)
  const sealed = await signer.sign(key)
  return { key, iv, sessionKey: `${iv.toString('base64')}:${sealed.toString('base64')}` }
}

/** AES-128-CBC with PKCS#7 padding, streamed; returns the SHA-256 and size of the encrypted file. */
export async function encryptFile(source: string, target: string, material: EncryptionMaterial): Promise<{ sha256: string; size: number }> {
  const cipher = createCipheriv('aes-128-cbc', material.key, material.iv)
  const hash = createHash('sha256')
  let size = 0
  cipher.on('data', (chunk: Buffer) => {
    hash.update(chunk)
    size += chunk.length
  })
  await pipeline(createReadStream(source), cipher, createWriteStream(target))
  return { sha256: hash.digest('hex'), size }
}

/** The signature the plugin checks: hex of the RSA private-key encryption of the 32 SHA-256 bytes. */
export async function signChecksum(signer: Signer, sha256Hex: string): Promise<string> {
  return (await signer.sign(Buffer.from(sha256Hex, 'hex'))).toString('hex')
}
