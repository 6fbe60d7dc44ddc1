import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Sealed format, version 1 (all integers big-endian):
 *
 *   byte 0       format version (1)
 *   bytes 1..4   key version (uint32) — which key of a ring sealed it, so rotation never guesses
 *   bytes 5..16  nonce (12 random bytes)
 *   bytes 17..32 GCM tag (16 bytes)
 *   bytes 33..   ciphertext
 *
 * The associated data is not stored: the reader must supply the same bytes (row id + kind), so a
 * ciphertext copied into another row fails to open.
 */
export const SEALED_FORMAT_VERSION = 1;
const HEADER = 1 + 4 + 12 + 16;
const ALGORITHM = 'aes-256-gcm';

export class DecryptionError extends Error {
  constructor(message = 'ciphertext failed authentication (wrong key, wrong associated data, or tampered)') {
    super(message);
    this.name = 'DecryptionError';
  }
}

// Nonces are drawn from a buffer of CSPRNG output refilled in bulk: one system call per 1024
// seals instead of one each. Every 12-byte slice is used once.
const NONCE_POOL_SIZE = 12 * 1024;
let noncePool = Buffer.alloc(0);
let noncePos = NONCE_POOL_SIZE;

function nextNonce(): Buffer {
  if (noncePos >= NONCE_POOL_SIZE) {
    noncePool = randomBytes(NONCE_POOL_SIZE);
    noncePos = 0;
  }
  const nonce = noncePool.subarray(noncePos, noncePos + 12);
  noncePos += 12;
  return nonce;
}

export function seal(key: Buffer, plaintext: Buffer, aad: Buffer | string, keyVersion = 1): Buffer {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  const nonce = nextNonce();
  const cipher = createCipheriv(ALGORITHM, key, nonce);
  cipher.setAAD(typeof aad === 'string' ? Buffer.from(aad, 'utf8') : aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const out = Buffer.allocUnsafe(HEADER + body.length);
  out[0] = SEALED_FORMAT_VERSION;
  out.writeUInt32BE(keyVersion, 1);
  nonce.copy(out, 5);
  cipher.getAuthTag().copy(out, 17);
  body.copy(out, HEADER);
  return out;
}

/** The key version recorded in a sealed value (to pick the key before opening). */
export function sealedKeyVersion(sealed: Buffer): number {
  if (sealed.length < HEADER || sealed[0] !== SEALED_FORMAT_VERSION) throw new DecryptionError('not a sealed value of a known format');
  return sealed.readUInt32BE(1);
}

export function open(key: Buffer, sealed: Buffer, aad: Buffer | string): Buffer {
  if (sealed.length < HEADER || sealed[0] !== SEALED_FORMAT_VERSION) throw new DecryptionError('not a sealed value of a known format');
  if (key.length !== 32) throw new DecryptionError('wrong key length');
  const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(5, 17));
  decipher.setAAD(typeof aad === 'string' ? Buffer.from(aad, 'utf8') : aad);
  decipher.setAuthTag(sealed.subarray(17, HEADER));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER)), decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}

export function generateDataKey(): Buffer {
  return randomBytes(32);
}
