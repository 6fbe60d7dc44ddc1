import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createKekFile, EnvKekProvider, FileKekProvider, KEK_FILE_NAME, writeSecretFile, type KekProvider } from './kek.js';
import { deriveKey, indexKeyFrom, type IndexKey } from './hmac.js';
import { generateSigningKeyPem, signerFromPem, type Signer } from './signing.js';

/** Every key an installation uses, loaded from `DIR/keys` (and `CUSTOS_MASTER_KEY*` when set). */
export interface Keys {
  readonly dir: string;
  readonly kek: KekProvider;
  /** HMAC key for deterministic tokens and indexes; never the KEK itself. */
  readonly index: IndexKey;
  /** Ed25519 key for audit checkpoints. */
  readonly signer: Signer;
}

export interface KeyOptions {
  env?: NodeJS.ProcessEnv;
  clock?: () => Date;
}

export function keyPaths(dataDir: string) {
  const dir = join(dataDir, 'keys');
  return {
    dir,
    kek: join(dir, KEK_FILE_NAME),
    index: join(dir, 'index.key'),
    signing: join(dir, 'audit-signing.pem'),
  };
}

function usesEnvMasterKey(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.CUSTOS_MASTER_KEY);
}

/**
 * Creates the key files of a new installation (each 0600 in a 0700 folder) and returns their
 * paths. Refuses to overwrite any existing key: that would make the vault unreadable.
 */
export function initKeys(dataDir: string, options: KeyOptions = {}): string[] {
  const env = options.env ?? process.env;
  const paths = keyPaths(dataDir);
  const envMode = usesEnvMasterKey(env);
  const wanted = envMode ? [paths.signing] : [paths.kek, paths.index, paths.signing];
  const existing = [paths.kek, paths.index, paths.signing].filter((p) => existsSync(p));
  if (existing.length > 0) throw new Error(`refusing to overwrite existing keys in ${paths.dir}`);
  if (envMode) new EnvKekProvider(env); // validates the variables before anything is written
  const created: string[] = [];
  if (!envMode) {
    createKekFile(paths.kek, (options.clock ?? (() => new Date()))());
    created.push(paths.kek);
    writeSecretFile(paths.index, randomBytes(32).toString('base64') + '\n');
    created.push(paths.index);
  }
  writeSecretFile(paths.signing, generateSigningKeyPem());
  created.push(paths.signing);
  return wanted.filter((p) => created.includes(p));
}

export function keysExist(dataDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const paths = keyPaths(dataDir);
  return existsSync(paths.signing) && (usesEnvMasterKey(env) || existsSync(paths.kek));
}

export class KeysMissingError extends Error {
  constructor(dir: string) {
    super(`no keys in ${dir}: run custos init first`);
    this.name = 'KeysMissingError';
  }
}

export function loadKeys(dataDir: string, options: KeyOptions = {}): Keys {
  const env = options.env ?? process.env;
  const clock = options.clock ?? (() => new Date());
  const paths = keyPaths(dataDir);
  if (!existsSync(paths.signing)) throw new KeysMissingError(paths.dir);
  const signer = signerFromPem(readFileSync(paths.signing, 'utf8'));
  if (usesEnvMasterKey(env)) {
    if (existsSync(paths.kek)) throw new Error(`CUSTOS_MASTER_KEY is set but ${paths.kek} also exists: use one or the other`);
    const kek = new EnvKekProvider(env, clock);
    return { dir: paths.dir, kek, index: indexKeyFrom(deriveKey(kek.masterKey(), 'index-v1')), signer };
  }
  if (!existsSync(paths.kek) || !existsSync(paths.index)) throw new KeysMissingError(paths.dir);
  const kek = new FileKekProvider(paths.kek, clock);
  const indexKey = Buffer.from(readFileSync(paths.index, 'utf8').trim(), 'base64');
  return { dir: paths.dir, kek, index: indexKeyFrom(indexKey), signer };
}
