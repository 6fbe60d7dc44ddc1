import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DecryptionError, open, seal, sealedKeyVersion } from './aead.js';

export interface KekVersionInfo {
  version: number;
  createdAt: string;
  retiredAt?: string;
  current: boolean;
}

export interface WrappedKey {
  kekVersion: number;
  wrapped: Buffer;
}

/**
 * Where key-encryption keys live. Async so that a KMS or an HSM can stand behind it: the key
 * material never has to leave the provider, only wrap/unwrap calls cross the boundary.
 */
export interface KekProvider {
  readonly kind: string;
  /** False when versions are added outside (environment, KMS console): rotation then only re-wraps onto the current one. */
  readonly canAddVersions: boolean;
  wrap(dataKey: Buffer, aad: string): Promise<WrappedKey>;
  unwrap(kekVersion: number, wrapped: Buffer, aad: string): Promise<Buffer>;
  currentVersion(): Promise<number>;
  versions(): Promise<KekVersionInfo[]>;
  /** Adds a new version and makes it current; returns it. */
  rotate(): Promise<number>;
  /** Marks a version retired and destroys its material: nothing wrapped by it can be opened again. */
  retire(version: number): Promise<void>;
}

export class KeyVersionUnavailableError extends Error {
  constructor(version: number) {
    super(`key-encryption key version ${version} is not available (unknown or retired)`);
    this.name = 'KeyVersionUnavailableError';
  }
}

interface KekFile {
  format: 'custos-kek/1';
  current: number;
  versions: { version: number; key: string | null; createdAt: string; retiredAt?: string }[];
}

export const KEK_FILE_NAME = 'kek.json';

/** Writes a secret file atomically with owner-only permissions (0600) in an owner-only folder. */
export function writeSecretFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}

/** Creates a new key file with one fresh version; refuses to overwrite an existing one. */
export function createKekFile(path: string, now: Date = new Date()): void {
  if (existsSync(path)) throw new Error(`refusing to overwrite existing key file ${path}`);
  const file: KekFile = {
    format: 'custos-kek/1',
    current: 1,
    versions: [{ version: 1, key: randomBytes(32).toString('base64'), createdAt: now.toISOString() }],
  };
  writeSecretFile(path, JSON.stringify(file, null, 2) + '\n');
}

/**
 * KEK versions kept in `DIR/keys/kek.json` (0600). The file is re-read when it changes on disk, so
 * a rotation done by another process on the same data folder is seen before the next wrap and by
 * any unwrap of a version this process has not loaded yet.
 */
export class FileKekProvider implements KekProvider {
  readonly kind = 'file';
  readonly canAddVersions = true;
  private file!: KekFile;
  private keys = new Map<number, Buffer>();
  private loadedMtimeMs = -1;

  constructor(
    private readonly path: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.load();
  }

  private load(): void {
    const mtime = statSync(this.path).mtimeMs;
    const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as KekFile;
    if (parsed.format !== 'custos-kek/1' || !Array.isArray(parsed.versions)) throw new Error('key file has an unknown format');
    const keys = new Map<number, Buffer>();
    for (const v of parsed.versions) {
      if (v.key && !v.retiredAt) {
        const key = Buffer.from(v.key, 'base64');
        if (key.length !== 32) throw new Error(`key file version ${v.version} is not a 32-byte key`);
        keys.set(v.version, key);
      }
    }
    if (!keys.has(parsed.current)) throw new Error('key file has no usable current version');
    this.file = parsed;
    this.keys = keys;
    this.loadedMtimeMs = mtime;
  }

  private refreshIfChanged(): void {
    if (statSync(this.path).mtimeMs !== this.loadedMtimeMs) this.load();
  }

  private save(): void {
    writeSecretFile(this.path, JSON.stringify(this.file, null, 2) + '\n');
    this.loadedMtimeMs = statSync(this.path).mtimeMs;
  }

  async wrap(dataKey: Buffer, aad: string): Promise<WrappedKey> {
    this.refreshIfChanged();
    const version = this.file.current;
    return { kekVersion: version, wrapped: seal(this.keys.get(version)!, dataKey, `kek:${aad}`, version) };
  }

  async unwrap(kekVersion: number, wrapped: Buffer, aad: string): Promise<Buffer> {
    if (!this.keys.has(kekVersion)) this.refreshIfChanged();
    const key = this.keys.get(kekVersion);
    if (!key) throw new KeyVersionUnavailableError(kekVersion);
    if (sealedKeyVersion(wrapped) !== kekVersion) throw new DecryptionError('wrapped key version does not match its row');
    return open(key, wrapped, `kek:${aad}`);
  }

  async currentVersion(): Promise<number> {
    this.refreshIfChanged();
    return this.file.current;
  }

  async versions(): Promise<KekVersionInfo[]> {
    this.refreshIfChanged();
    return this.file.versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt,
      ...(v.retiredAt ? { retiredAt: v.retiredAt } : {}),
      current: v.version === this.file.current,
    }));
  }

  async rotate(): Promise<number> {
    this.load();
    const version = Math.max(...this.file.versions.map((v) => v.version)) + 1;
    this.file.versions.push({ version, key: randomBytes(32).toString('base64'), createdAt: this.clock().toISOString() });
    this.file.current = version;
    this.save();
    this.load();
    return version;
  }

  async retire(version: number): Promise<void> {
    this.load();
    if (version === this.file.current) throw new Error('cannot retire the current key-encryption key version');
    const entry = this.file.versions.find((v) => v.version === version);
    if (!entry) throw new KeyVersionUnavailableError(version);
    if (entry.retiredAt) return;
    entry.retiredAt = this.clock().toISOString();
    entry.key = null;
    this.save();
    this.load();
  }
}

/**
 * KEK versions from the environment: `CUSTOS_MASTER_KEY` (base64, 32 bytes) is version 1 and
 * `CUSTOS_MASTER_KEY_<n>` (n ≥ 2) are later versions; the highest present is current.
 * Rotation in this mode is done by the operator: set `CUSTOS_MASTER_KEY_<n+1>`, run
 * `custos keys rotate` (which re-wraps every data key under it), then drop the old variables once
 * `custos keys status` shows they wrap nothing. `rotate()` and `retire()` cannot change the
 * environment, so `rotate()` throws and `retire()` only records the retirement for this process.
 */
export class EnvKekProvider implements KekProvider {
  readonly kind = 'env';
  readonly canAddVersions = false;
  private readonly keys = new Map<number, Buffer>();
  private readonly retired = new Map<number, string>();
  private readonly startedAt: string;

  constructor(env: NodeJS.ProcessEnv, private readonly clock: () => Date = () => new Date()) {
    this.startedAt = clock().toISOString();
    for (const [name, value] of Object.entries(env)) {
      const m = /^CUSTOS_MASTER_KEY(?:_(\d+))?$/.exec(name);
      if (!m || !value) continue;
      const version = m[1] ? Number(m[1]) : 1;
      const key = Buffer.from(value, 'base64');
      if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
      this.keys.set(version, key);
    }
    if (!this.keys.has(1)) throw new Error('CUSTOS_MASTER_KEY is not set');
  }

  /** Version 1 is the root the index key is derived from; it must stay set. */
  masterKey(): Buffer {
    return this.keys.get(1)!;
  }

  private current(): number {
    return Math.max(...this.keys.keys());
  }

  async wrap(dataKey: Buffer, aad: string): Promise<WrappedKey> {
    const version = this.current();
    return { kekVersion: version, wrapped: seal(this.keys.get(version)!, dataKey, `kek:${aad}`, version) };
  }

  async unwrap(kekVersion: number, wrapped: Buffer, aad: string): Promise<Buffer> {
    const key = this.keys.get(kekVersion);
    if (!key) throw new KeyVersionUnavailableError(kekVersion);
    if (sealedKeyVersion(wrapped) !== kekVersion) throw new DecryptionError('wrapped key version does not match its row');
    return open(key, wrapped, `kek:${aad}`);
  }

  async currentVersion(): Promise<number> {
    return this.current();
  }

  async versions(): Promise<KekVersionInfo[]> {
    const current = this.current();
    return [...this.keys.keys()]
      .sort((a, b) => a - b)
      .map((version) => {
        const retiredAt = this.retired.get(version);
        return { version, createdAt: this.startedAt, ...(retiredAt ? { retiredAt } : {}), current: version === current };
      });
  }

  async rotate(): Promise<number> {
    throw new Error(
      `master key from the environment: set CUSTOS_MASTER_KEY_${this.current() + 1} to a new base64 32-byte key, then run keys rotate again`,
    );
  }

  async retire(version: number): Promise<void> {
    if (version === this.current()) throw new Error('cannot retire the current key-encryption key version');
    this.retired.set(version, this.clock().toISOString());
  }
}
