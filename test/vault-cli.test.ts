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

  it('init, tokenize, detokenize, erase (exit 3), rotate, status, verify, export, offline verify', () => {
    const { env, data } = installation(backend);
    const init = cli(env, ['init', '--data', data]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/created .*keys\/kek\.json/);
    expect(init.stdout).toMatch(/created .*audit-signing\.pem/);
    for (const f of ['kek.json', 'index.key', 'audit-signing.pem']) expect(statSync(join(data, 'keys', f)).mode & 0o777).toBe(0o600);
    if (backend.name === 'sqlite') expect(statSync(join(data, 'custos.db')).mode & 0o777).toBe(0o600);
    const again = cli(env, ['init', '--data', data]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/refusing to overwrite/);

    const t1 = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'CREDIT_CARD', '--subject', 'cust-77'], '4111 1111 1111 1111\n');
    expect(t1.stderr).toBe('');
    expect(t1.code).toBe(0);
    const card = t1.stdout.trim();
    expect(card).toMatch(/^tok_card_[a-z2-7]{26}$/);
    const t2 = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'EMAIL_ADDRESS', '--subject', 'cust-78', '--deterministic'], 'bo@example.com');
    const t3 = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'email', '--subject', 'cust-79', '--deterministic'], 'bo@example.com\n');
    expect(t2.stdout).toBe(t3.stdout);
    expect(t2.stdout).toMatch(/^tok_email_/);

    const d1 = cli(env, ['vault', 'detokenize', card, '--reason', 'chargeback dispute #12', '--data', data]);
    expect(d1).toEqual({ code: 0, stdout: '4111 1111 1111 1111\n', stderr: '' });
    const noReason = cli(env, ['vault', 'detokenize', card, '--data', data]);
    expect(noReason.code).toBe(2);
    expect(noReason.stdout).toBe('');

    // Keys rotate between old and new tokens: both detokenize.
    const rot = cli(env, ['keys', 'rotate', '--data', data]);
    expect(rot.code).toBe(0);
    expect(rot.stdout).toMatch(/current version 2 \(was 1\); re-wrapped 3 data keys; retired 1/);
    const t4 = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'US_SSN', '--subject', 'cust-77'], '078-05-1120');
    expect(cli(env, ['vault', 'detokenize', t4.stdout.trim(), '--reason', 'r', '--data', data]).stdout).toBe('078-05-1120\n');
    expect(cli(env, ['vault', 'detokenize', card, '--reason', 'r', '--data', data]).stdout).toBe('4111 1111 1111 1111\n');
    const status = cli(env, ['keys', 'status', '--data', data, '--json']);
    expect(status.code).toBe(0);
    const st = JSON.parse(status.stdout);
    expect(st.versions).toMatchObject([
      { version: 1, current: false, dataKeys: 0 },
      { version: 2, current: true, dataKeys: 3 },
    ]);
    expect(cli(env, ['keys', 'status', '--data', data]).stdout).toMatch(/2\s+current\s+3/);

    const erase = cli(env, ['vault', 'erase', '--subject', 'cust-77', '--data', data]);
    expect(erase.code).toBe(0);
    expect(erase.stdout).toMatch(/erased subject cust-77 .*: 2 tokens destroyed, data key destroyed/);
    const gone = cli(env, ['vault', 'detokenize', card, '--reason', 'r', '--data', data]);
    expect(gone.code).toBe(3);
    expect(gone.stdout).toBe('');
    expect(gone.stderr).toMatch(/erased/);
    const unknown = cli(env, ['vault', 'detokenize', 'tok_card_aaaaaaaaaaaaaaaaaaaaaaaaaa', '--reason', 'r', '--data', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown token/);
    const malformed = cli(env, ['vault', 'detokenize', '4111111111111111', '--reason', 'r', '--data', data]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).not.toMatch(/4111/);
    expect(cli(env, ['vault', 'tokenize', '--data', data, '--type', 'SHOE', '--subject', 'x'], 'v').code).toBe(2);
    expect(cli(env, ['vault', 'tokenize', '--data', data, '--type', 'PERSON', '--subject', 'x'], '').code).toBe(2);

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
    expect(offline.code).toBe(0);
    const lines = readFileSync(exportFile, 'utf8').trim().split('\n');
    const actions = lines.map((l) => JSON.parse(l)).filter((e) => e.kind === 'entry').map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining(['custos.init:ok', 'vault.tokenize:ok', 'vault.detokenize:ok', 'keys.rotate:ok', 'keys.status:ok', 'vault.erase:ok', 'vault.detokenize:error', 'audit.export:ok']),
    );
    const detok = lines.map((l) => JSON.parse(l)).find((e) => e.action === 'vault.detokenize');
    expect(detok).toMatchObject({ actor: expect.stringMatching(/^cli:/), reason: 'chargeback dispute #12', target: card });
    expect(readFileSync(exportFile, 'utf8')).not.toMatch(/4111|bo@example|078-05|cust-7/);
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
    const inst = installation(backend);
    const { env, data } = inst;
    expect(cli(env, ['init', '--data', data]).code).toBe(0);
    for (let i = 0; i < 4; i++) cli(env, ['vault', 'tokenize', '--data', data, '--type', 'PERSON', '--subject', `s${i}`], `Name ${i}`);
    expect(cli(env, ['audit', 'verify', '--data', data]).stdout).toMatch(/^ok: 5 entries/);
    await sqlOn(backend, inst, statement);
    const r = cli(env, ['audit', 'verify', '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(expected);
  });

  it('refuses to run on a folder without keys (exit 2), and does not create one', () => {
    const { env, data } = installation(backend);
    const r = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'PERSON', '--subject', 'x'], 'v');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/custos init/);
    expect(existsSync(join(data, 'custos.db'))).toBe(false);
  });
});
