/**
 * `custos audit verify` through the real binary (build first: npx tsc -p tsconfig.build.json &&
 * node scripts/postbuild.mjs) after a row of the trail was changed, removed, reordered or
 * inserted directly in the database.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openCustos } from '../src/app/index.js';
import { PG_URL, testBackends, type TestBackend } from './support/backends.js';

const BIN = new URL('../dist/cli/main.js', import.meta.url).pathname;
const backends = await testBackends();

function cli(env: NodeJS.ProcessEnv, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function sqlOn(backend: TestBackend, inst: { data: string; schema?: string }, statement: string): Promise<void> {
  if (backend.name === 'sqlite') {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(inst.data, 'custos.db'));
    db.exec(statement);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`set search_path = ${inst.schema}`);
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.each(backends)('custos audit verify after tampering on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it.each([
    ['changed', `update audit_entries set reason = 'edited' where seq = 3`, /entry 3 was changed/],
    ['removed', `delete from audit_entries where seq = 4`, /entry 4 was removed/],
    ['reordered', `update audit_entries set seq = -1 where seq = 3; update audit_entries set seq = 3 where seq = 4; update audit_entries set seq = 4 where seq = -1`, /entry 3 was reordered/],
    [
      'inserted',
      `update audit_entries set seq = seq + 1000000 where seq >= 3; update audit_entries set seq = seq - 999999 where seq >= 1000000;
       insert into audit_entries (seq, time, actor, action, target, reason, outcome, details, prev_hash, hash)
         select 3, time, 'mallory', 'vault.detokenize', null, null, 'ok', '{}', hash, hash from audit_entries where seq = 2`,
      /entry 3 was inserted/,
    ],
  ])('audit verify exits 1 naming the %s entry', async (_name, statement, expected) => {
    // Set up through the library (fast); only the verdict goes through the binary.
    const o = backend.options();
    const custos = await openCustos({ ...o, create: true });
    try {
      for (let i = 0; i < 6; i++) await custos.audit.record({ actor: 'test', action: 'vault.tokenize', outcome: 'ok', details: { i } });
    } finally {
      await custos.close();
    }
    const env2: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl, CUSTOS_DB_SCHEMA: o.schema } : {}) };
    const before = await openCustos(o);
    try {
      expect(await before.audit.verify()).toMatchObject({ ok: true, count: 6 });
    } finally {
      await before.close();
    }
    await sqlOn(backend, { data: o.dataDir, ...(o.schema ? { schema: o.schema } : {}) }, statement);
    const r = cli(env2, ['audit', 'verify', '--data', o.dataDir]);
    expect(r.stdout, r.stderr).toMatch(expected);
    expect(r.code).toBe(1);
  });

});
