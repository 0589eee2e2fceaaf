import { constants, createDecipheriv, createHash, publicDecrypt } from 'node:crypto'

/**
 * capacitor-updater's encryption v2 as its Android sources do it
 * (CryptoCipher.decryptFile / decryptChecksum / decryptRSA):
 * session_key = "base64(iv):base64(RSA/ECB/PKCS1Padding of the AES key)", decrypted
 * with the public key; the zip is AES/CBC/PKCS5Padding; the checksum is hex of 256
 * bytes that the public key decrypts to the 32 SHA-256 bytes of the plain zip.
 */
export function decryptSessionKey(sessionKey: string, publicKey: string): { key: Buffer; iv: Buffer } {
  const parts = sessionKey.split(':')
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new Error('session_key_required')
  const iv = Buffer.from(parts[0], 'base64')
  if (iv.length !== 16) throw new Error('AES file decryption failed: IV must be 16 bytes')
  const key = publicDecrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(parts[1], 'base64'))
  if (key.length !== 16) throw new Error('AES file decryption failed: decrypted session key must be 16 bytes')
  return { key, iv }
}

export function decryptChecksum(checksum: string, publicKey: string): string {
  const bytes = /^[0-9a-fA-F]+$/.test(checksum) ? Buffer.from(checksum, 'hex') : Buffer.from(checksum, 'base64')
  if (bytes.length !== 256) throw new Error('Bundle checksum is not encrypted')
  return publicDecrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, bytes).toString('hex')
}

export function decryptFile(data: Buffer, key: Buffer, iv: Buffer): Buffer {
  const decipher = createDecipheriv('aes-128-cbc', key, iv)
  return Buffer.concat([decipher.update(data), decipher.final()])
}

/** Decrypts a downloaded zip and checks it against the served checksum; throws like the plugin would. */
export function openEncryptedBundle(zip: Buffer, sessionKey: string, checksum: string, publicKey: string): Buffer {
  const { key, iv } = decryptSessionKey(sessionKey, publicKey)
  const plain = decryptFile(zip, key, iv)
  const expected = decryptChecksum(checksum, publicKey)
  const actual = createHash('sha256').update(plain).digest('hex')
  if (expected !== actual) throw new Error(`Checksum failed: expected ${expected}, got ${actual}`)
  return plain
}
