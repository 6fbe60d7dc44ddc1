import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DecryptionError,
  EnvKekProvider,
  FileKekProvider,
  initKeys,
  keyPaths,
  KeyVersionUnavailableError,
  loadKeys,
  open,
  seal,
  sealedKeyVersion,
  signerFromPem,
  generateSigningKeyPem,
  verifyEd25519,
  indexKeyFrom,
} from './index.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'custos-crypto-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('seal/open (AES-256-GCM)', () => {
  const key = randomBytes(32);
  const plaintext = Buffer.from('4111 1111 1111 1111', 'utf8');

  it('round-trips and records the key version', () => {
    const sealed = seal(key, plaintext, 'row-1|card', 7);
    expect(sealed[0]).toBe(1);
    expect(sealedKeyVersion(sealed)).toBe(7);
    expect(sealed.includes(plaintext)).toBe(false);
    expect(open(key, sealed, 'row-1|card').equals(plaintext)).toBe(true);
  });

  it('uses a fresh nonce each time', () => {
    expect(seal(key, plaintext, 'a').equals(seal(key, plaintext, 'a'))).toBe(false);
  });

  it.each([
    ['nonce', 5],
    ['tag', 20],
    ['ciphertext', 40],
  ])('fails when a byte of the %s is flipped', (_part, index) => {
    const sealed = seal(key, plaintext, 'row-1');
    const bad = Buffer.from(sealed);
    bad[index]! ^= 0x01;
    expect(() => open(key, bad, 'row-1')).toThrow(DecryptionError);
  });

  it('fails with other associated data (ciphertext moved to another row)', () => {
    const sealed = seal(key, plaintext, 'row-1|card');
    expect(() => open(key, sealed, 'row-2|card')).toThrow(DecryptionError);
    expect(() => open(key, sealed, 'row-1|cvv')).toThrow(DecryptionError);
  });

  it('fails with the wrong key and on truncated or unknown-format input', () => {
    const sealed = seal(key, plaintext, 'x');
    expect(() => open(randomBytes(32), sealed, 'x')).toThrow(DecryptionError);
    expect(() => open(key, sealed.subarray(0, 20), 'x')).toThrow(DecryptionError);
    const other = Buffer.from(sealed);
    other[0] = 9;
    expect(() => open(key, other, 'x')).toThrow(DecryptionError);
  });
});

describe('FileKekProvider', () => {
  it('creates owner-only key files and refuses to overwrite them', () => {
    const dir = tempDir();
    const created = initKeys(dir, { env: {} });
    const paths = keyPaths(dir);
    expect(created.sort()).toEqual([paths.index, paths.kek, paths.signing].sort());
    for (const p of created) expect(statSync(p).mode & 0o777).toBe(0o600);
    expect(statSync(paths.dir).mode & 0o777).toBe(0o700);
    expect(() => initKeys(dir, { env: {} })).toThrow(/refusing to overwrite/);
  });

  it('keeps old versions readable after rotation and refuses retired ones', async () => {
    const dir = tempDir();
    initKeys(dir, { env: {} });
    const keys = loadKeys(dir, { env: {} });
    const dataKey = randomBytes(32);
    const w1 = await keys.kek.wrap(dataKey, 'subject-a');
    expect(w1.kekVersion).toBe(1);
    expect(await keys.kek.rotate()).toBe(2);
    const w2 = await keys.kek.wrap(dataKey, 'subject-a');
    expect(w2.kekVersion).toBe(2);
    expect((await keys.kek.unwrap(1, w1.wrapped, 'subject-a')).equals(dataKey)).toBe(true);
    expect((await keys.kek.unwrap(2, w2.wrapped, 'subject-a')).equals(dataKey)).toBe(true);
    await expect(keys.kek.unwrap(2, w2.wrapped, 'subject-b')).rejects.toThrow(DecryptionError);
    // Another process loading the same folder sees both versions.
    const other = new FileKekProvider(keyPaths(dir).kek);
    expect((await other.unwrap(1, w1.wrapped, 'subject-a')).equals(dataKey)).toBe(true);
    await keys.kek.retire(1);
    await expect(keys.kek.unwrap(1, w1.wrapped, 'subject-a')).rejects.toThrow(KeyVersionUnavailableError);
    // The retired key material is gone from the file, not just flagged.
    const file = JSON.parse(readFileSync(keyPaths(dir).kek, 'utf8'));
    expect(file.versions[0].key).toBeNull();
    expect(file.versions[0].retiredAt).toBeTruthy();
    expect(statSync(keyPaths(dir).kek).mode & 0o777).toBe(0o600);
    // The other process picks up the retirement when it reloads.
    await other.rotate();
    await expect(other.unwrap(1, w1.wrapped, 'subject-a')).rejects.toThrow(KeyVersionUnavailableError);
    await expect(keys.kek.retire(3)).rejects.toThrow(/current/);
  });

  it('does not open data wrapped by another installation', async () => {
    const a = tempDir();
    const b = tempDir();
    initKeys(a, { env: {} });
    initKeys(b, { env: {} });
    const w = await loadKeys(a, { env: {} }).kek.wrap(randomBytes(32), 's');
    await expect(loadKeys(b, { env: {} }).kek.unwrap(1, w.wrapped, 's')).rejects.toThrow(DecryptionError);
  });
});

describe('EnvKekProvider', () => {
  it('uses CUSTOS_MASTER_KEY as version 1 and CUSTOS_MASTER_KEY_<n> as later versions', async () => {
    const k1 = randomBytes(32).toString('base64');
    const k2 = randomBytes(32).toString('base64');
    const p1 = new EnvKekProvider({ CUSTOS_MASTER_KEY: k1 });
    const dataKey = randomBytes(32);
    const w1 = await p1.wrap(dataKey, 's');
    const p2 = new EnvKekProvider({ CUSTOS_MASTER_KEY: k1, CUSTOS_MASTER_KEY_2: k2 });
    expect(await p2.currentVersion()).toBe(2);
    expect((await p2.unwrap(1, w1.wrapped, 's')).equals(dataKey)).toBe(true);
    expect((await p2.wrap(dataKey, 's')).kekVersion).toBe(2);
    await expect(p2.rotate()).rejects.toThrow(/CUSTOS_MASTER_KEY_3/);
    expect(() => new EnvKekProvider({ CUSTOS_MASTER_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
  });

  it('init in env mode writes only the signing key; the index key is derived, not the KEK', () => {
    const dir = tempDir();
    const env = { CUSTOS_MASTER_KEY: randomBytes(32).toString('base64') };
    expect(initKeys(dir, { env })).toEqual([keyPaths(dir).signing]);
    const keys = loadKeys(dir, { env });
    expect(keys.kek.kind).toBe('env');
    const again = loadKeys(dir, { env });
    expect(keys.index.digest('a').equals(again.index.digest('a'))).toBe(true);
    expect(keys.index.digest('a').equals(Buffer.from(env.CUSTOS_MASTER_KEY, 'base64'))).toBe(false);
  });
});

describe('index key (HMAC-SHA-256 over length-prefixed parts)', () => {
  // Subject ids and deterministic tokens already stored depend on these exact bytes.
  const reference = (key: Buffer, parts: string[]): Buffer => {
    const h = createHmac('sha256', key);
    for (const p of parts) {
      const b = Buffer.from(p, 'utf8');
      const len = Buffer.alloc(4);
      len.writeUInt32BE(b.length);
      h.update(len).update(b);
    }
    return h.digest();
  };

  it('keeps the stored framing, multi-byte characters included, and never lets parts run together', () => {
    const key = randomBytes(32);
    const index = indexKeyFrom(key);
    for (const parts of [['subject', 'C-1'], ['token', 'PERSON', 'zoë ünïcode 😀'], [''], ['a', '', 'b'], []]) {
      expect(index.digest(...parts).equals(reference(key, parts))).toBe(true);
    }
    expect(index.digest('ab', 'c').equals(index.digest('a', 'bc'))).toBe(false);
    expect(index.digest('x').equals(indexKeyFrom(randomBytes(32)).digest('x'))).toBe(false);
    expect(() => indexKeyFrom(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('Ed25519 signing', () => {
  it('signs, verifies, and rejects tampered data or another key', () => {
    const signer = signerFromPem(generateSigningKeyPem());
    const sig = signer.sign('checkpoint 10');
    expect(signer.verify('checkpoint 10', sig)).toBe(true);
    expect(verifyEd25519(signer.publicKeyPem(), 'checkpoint 10', sig)).toBe(true);
    expect(verifyEd25519(signer.publicKeyPem(), 'checkpoint 11', sig)).toBe(false);
    const other = signerFromPem(generateSigningKeyPem());
    expect(verifyEd25519(other.publicKeyPem(), 'checkpoint 10', sig)).toBe(false);
    expect(signer.publicKeyPem()).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });
});
