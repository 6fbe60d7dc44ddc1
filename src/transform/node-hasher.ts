// The one Node-only file of transform: the rest takes a `Hasher` function so it bundles for a
// browser too (client-side sanitizing), where WebCrypto's HMAC is async and would not fit a sync API.
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import type { Hasher } from './types.js';

/** HMAC-SHA-256 under `key`, hex. The same key gives the same digest in every document and process. */
export function hmacSha256Hasher(key: string | Uint8Array): Hasher {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key);
  if (bytes.length === 0) throw new Error('hash key must not be empty');
  const secret: KeyObject = createSecretKey(bytes);
  return (message) => createHmac('sha256', secret).update(message, 'utf8').digest('hex');
}
