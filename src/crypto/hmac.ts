import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Keyed hashing for deterministic tokens and lookup indexes. Parts are length-prefixed before
 * hashing so ("ab","c") and ("a","bc") never collide.
 */
export interface IndexKey {
  digest(...parts: string[]): Buffer;
}

export function indexKeyFrom(key: Buffer): IndexKey {
  if (key.length < 32) throw new Error('index key must be at least 32 bytes');
  const material = Buffer.from(key);
  return {
    digest(...parts) {
      const h = createHmac('sha256', material);
      for (const p of parts) {
        const b = Buffer.from(p, 'utf8');
        const len = Buffer.allocUnsafe(4);
        len.writeUInt32BE(b.length);
        h.update(len);
        h.update(b);
      }
      return h.digest();
    },
  };
}

/** Derives a purpose-bound subkey (HKDF-SHA-256), so the master key itself is never used for hashing. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), Buffer.from(`custos:${purpose}`, 'utf8'), 32));
}
