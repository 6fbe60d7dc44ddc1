/**
 * The two real backends for tests. SQLite always runs; PostgreSQL runs whenever it is reachable,
 * and with CI=true it must: an unreachable server fails the run instead of skipping it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { OpenStoreOptions } from '../../src/store/index.js';

export const PG_URL = process.env.CUSTOS_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

let reachable: Promise<boolean> | undefined;

export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch (err) {
      if (process.env.CI === 'true') {
        throw new Error(`PostgreSQL at ${PG_URL} is not reachable and CI=true requires it: ${(err as Error).message}`);
      }
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** Fresh, isolated store options (a temp data folder, or a new PostgreSQL schema). */
  options(): OpenStoreOptions & { dataDir: string };
  /** Removes everything the options created. */
  cleanup(): Promise<void>;
}

/** The backends to run a suite on: sqlite always, postgres when reachable (mandatory in CI). */
export async function testBackends(): Promise<TestBackend[]> {
  const list: TestBackend[] = [sqliteBackend()];
  if (await postgresReachable()) list.push(postgresBackend());
  return list;
}

export function sqliteBackend(): TestBackend {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    options() {
      const dataDir = mkdtempSync(join(tmpdir(), 'custos-test-'));
      dirs.push(dataDir);
      return { dataDir };
    },
    async cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(): TestBackend {
  const schemas: string[] = [];
  const dirs: string[] = [];
  return {
    name: 'postgres',
    options() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      // Key files and the TLS certificate still live in a data folder with PostgreSQL.
      const dataDir = mkdtempSync(join(tmpdir(), 'custos-test-'));
      dirs.push(dataDir);
      return { databaseUrl: PG_URL, schema, dataDir };
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        for (const s of schemas.splice(0)) await client.query(`drop schema if exists ${s} cascade`);
      } finally {
        await client.end();
      }
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}
