/**
 * The vault, keys and audit commands through the real binary (node dist/cli/main.js; build first
 * with `npx tsc -p tsconfig.build.json && node scripts/postbuild.mjs`, as `npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { testBackends, type TestBackend } from './support/backends.js';
import { openCustos } from '../src/app/index.js';

const BIN = new URL('../dist/cli/main.js', import.meta.url).pathname;
const backends = await testBackends();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(env: NodeJS.ProcessEnv, args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function installation(backend: TestBackend): { env: NodeJS.ProcessEnv; data: string; schema?: string } {
  const o = backend.options();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, USER: process.env.USER };
  if (o.databaseUrl) {
    env.DATABASE_URL = o.databaseUrl;
    env.CUSTOS_DB_SCHEMA = o.schema;
  }
  return { env, data: join(o.dataDir, 'd'), ...(o.schema ? { schema: o.schema } : {}) };
}

async function sqlOn(backend: TestBackend, inst: { data: string; schema?: string }, statement: string): Promise<void> {
  if (backend.name === 'sqlite') {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(inst.data, 'custos.db'));
    db.exec(statement);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: process.env.CUSTOS_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test' });
  await client.connect();
  try {
    await client.query(`set search_path = ${inst.schema}`);
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.each(backends)('custos vault/keys/audit commands on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('needs the built binary', () => {
    expect(existsSync(BIN), 'run: npx tsc -p tsconfig.build.json && node scripts/postbuild.mjs').toBe(true);
  });

  // One installation walked through the commands in order; split into steps to keep each short.
  const inst = installation(backend);
  const { env, data } = inst;
  const state: { card?: string } = {};

  it('init creates owner-only keys and refuses to run twice', () => {
    const init = cli(env, ['init', '--data', data]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/created .*keys\/kek\.json/);
    expect(init.stdout).toMatch(/created .*audit-signing\.pem/);
    for (const f of ['kek.json', 'index.key', 'audit-signing.pem']) expect(statSync(join(data, 'keys', f)).mode & 0o777).toBe(0o600);
    if (backend.name === 'sqlite') expect(statSync(join(data, 'custos.db')).mode & 0o777).toBe(0o600);
    const again = cli(env, ['init', '--data', data]);
    expect(again.stderr).toMatch(/refusing to overwrite/);
    expect(again.code).toBe(2);
  });

  it('tokenize (stdin → token) and detokenize (token → stdout, reason required)', () => {
    const t1 = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'CREDIT_CARD', '--subject', 'cust-77'], '4111 1111 1111 1111\n');
    expect(t1.stderr).toBe('');
    expect(t1.code).toBe(0);
    const card = t1.stdout.trim();
    state.card = card;
    expect(card).toMatch(/^tok_card_[a-z2-7]{26}$/);
    const t2 = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'EMAIL_ADDRESS', '--subject', 'cust-78', '--deterministic'], 'bo@example.com');
    const t3 = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'email', '--subject', 'cust-79', '--deterministic'], 'bo@example.com\n');
    expect(t2.stdout).toMatch(/^tok_email_/);
    expect(t2.stdout).toBe(t3.stdout);
    const d1 = cli(env, ['vault', 'detokenize', card, '--reason', 'chargeback dispute #12', '--data', data]);
    expect(d1).toEqual({ code: 0, stdout: '4111 1111 1111 1111\n', stderr: '' });
    const noReason = cli(env, ['vault', 'detokenize', card, '--data', data]);
    expect(noReason.code).toBe(2);
    expect(noReason.stdout).toBe('');
    expect(cli(env, ['vault', 'tokenize', '--data', data, '--type', 'SHOE', '--subject', 'x'], 'v').code).toBe(2);
  });

  it('keys rotate re-wraps; old and new tokens detokenize; status counts', () => {
    const rot = cli(env, ['keys', 'rotate', '--data', data]);
    expect(rot.stderr).toBe('');
    expect(rot.stdout).toMatch(/current version 2 \(was 1\); re-wrapped 3 data keys; retired 1/);
    const t4 = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'US_SSN', '--subject', 'cust-77'], '078-05-1120');
    expect(cli(env, ['vault', 'detokenize', t4.stdout.trim(), '--reason', 'r', '--data', data]).stdout).toBe('078-05-1120\n');
    expect(cli(env, ['vault', 'detokenize', state.card!, '--reason', 'r', '--data', data]).stdout).toBe('4111 1111 1111 1111\n');
    const status = cli(env, ['keys', 'status', '--data', data, '--json']);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).versions).toMatchObject([
      { version: 1, current: false, dataKeys: 0 },
      { version: 2, current: true, dataKeys: 3 },
    ]);
  });

  it('erase destroys the subject; its tokens then exit 3; unknown exits 1, malformed 2', () => {
    const erase = cli(env, ['vault', 'erase', '--subject', 'cust-77', '--data', data]);
    expect(erase.stderr).toBe('');
    expect(erase.stdout).toMatch(/erased subject cust-77 .*: 2 tokens destroyed, data key destroyed/);
    const gone = cli(env, ['vault', 'detokenize', state.card!, '--reason', 'r', '--data', data]);
    expect(gone.code).toBe(3);
    expect(gone.stdout).toBe('');
    expect(gone.stderr).toMatch(/erased/);
    const unknown = cli(env, ['vault', 'detokenize', 'tok_card_aaaaaaaaaaaaaaaaaaaaaaaaaa', '--reason', 'r', '--data', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown token/);
    const malformed = cli(env, ['vault', 'detokenize', '4111111111111111', '--reason', 'r', '--data', data]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).not.toMatch(/4111/);
  });

  it('audit verify, export, public-key and offline verify; every operation is on the trail', () => {
    const verify = cli(env, ['audit', 'verify', '--data', data]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^ok: \d+ entries verified/);
    const exportFile = join(data, '..', 'audit.jsonl');
    expect(cli(env, ['audit', 'export', '--data', data, '--out', exportFile]).code).toBe(0);
    const pem = cli(env, ['audit', 'public-key', '--data', data]).stdout;
    expect(pem).toMatch(/BEGIN PUBLIC KEY/);
    const pemFile = join(data, '..', 'audit.pub');
    writeFileSync(pemFile, pem);
    const offline = cli(env, ['audit', 'verify', '--file', exportFile, '--public-key', pemFile]);
    expect(offline.stdout).toMatch(/^ok: \d+ entries verified; last signed checkpoint/);
    expect(offline.code).toBe(0);
    const lines = readFileSync(exportFile, 'utf8').trim().split('\n');
    const entries = lines.map((l) => JSON.parse(l)).filter((e) => e.kind === 'entry');
    expect(entries.map((e) => `${e.action}:${e.outcome}`)).toEqual(
      expect.arrayContaining(['custos.init:ok', 'vault.tokenize:ok', 'vault.detokenize:ok', 'keys.rotate:ok', 'keys.status:ok', 'vault.erase:ok', 'vault.detokenize:error', 'audit.export:ok']),
    );
    expect(entries.find((e) => e.action === 'vault.detokenize')).toMatchObject({ actor: expect.stringMatching(/^cli:/), reason: 'chargeback dispute #12', target: state.card });
    expect(readFileSync(exportFile, 'utf8')).not.toMatch(/4111 1111|bo@example|078-05-1120|cust-7[789]/);
    const tampered = [...lines];
    tampered[2] = tampered[2]!.replace(/"actor":"[^"]*"/, '"actor":"mallory"');
    writeFileSync(exportFile, tampered.join('\n') + '\n');
    const offlineBad = cli(env, ['audit', 'verify', '--file', exportFile, '--public-key', pemFile]);
    expect(offlineBad.code).toBe(1);
    expect(offlineBad.stdout).toMatch(/entry 3 was changed/);
  });

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
    const env2: NodeJS.ProcessEnv = { ...env, ...(o.schema ? { CUSTOS_DB_SCHEMA: o.schema } : {}) };
    expect(cli(env2, ['audit', 'verify', '--data', o.dataDir]).stdout).toMatch(/^ok: 6 entries/);
    await sqlOn(backend, { data: o.dataDir, ...(o.schema ? { schema: o.schema } : {}) }, statement);
    const r = cli(env2, ['audit', 'verify', '--data', o.dataDir]);
    expect(r.stdout).toMatch(expected);
    expect(r.code).toBe(1);
  });

  it('refuses to run on a folder without keys (exit 2), and does not create one', () => {
    const { env, data } = installation(backend);
    const r = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'PERSON', '--subject', 'x'], 'v');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/custos init/);
    expect(existsSync(join(data, 'custos.db'))).toBe(false);
  });
});
