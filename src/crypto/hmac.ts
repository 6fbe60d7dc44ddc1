import { createHmac, createSecretKey, hkdfSync } from 'node:crypto';

/**
 * Keyed hashing for deterministic tokens and lookup indexes. Parts are length-prefixed before
 * hashing so ("ab","c") and ("a","bc") never collide.
 */
export interface IndexKey {
  digest(...parts: string[]): Buffer;
}

export function indexKeyFrom(key: Buffer): IndexKey {
  if (key.length < 32) throw new Error('index key must be at least 32 bytes');
  // Imported once: a KeyObject spares every digest the copy and key setup of a raw Buffer key.
  const material = createSecretKey(Buffer.from(key));
  return {
    digest(...parts) {
      // One buffer of (length, bytes) pairs, hashed in a single update.
      let size = 0;
      for (const p of parts) size += 4 + Buffer.byteLength(p, 'utf8');
      const framed = Buffer.allocUnsafe(size);
      let at = 0;
      for (const p of parts) {
        const n = framed.write(p, at + 4, 'utf8');
        framed.writeUInt32BE(n, at);
        at += 4 + n;
      }
      return createHmac('sha256', material).update(framed).digest();
    },
  };
}

/** Derives a purpose-bound subkey (HKDF-SHA-256), so the master key itself is never used for hashing. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), Buffer.from(`custos:${purpose}`, 'utf8'), 32));
}
