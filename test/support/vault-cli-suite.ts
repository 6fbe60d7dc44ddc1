/**
 * The vault, keys and audit commands through the real binary (node dist/cli/main.js; build first
 * with `npx tsc -p tsconfig.build.json && node scripts/postbuild.mjs`, as `npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testBackends, type TestBackend } from './backends.js';
import { DEFAULT_DATA_DIR } from '../../src/app/index.js';
import { CLI_DEFAULT_DATA_DIR } from '../../src/cli/data-option.js';

const BIN = new URL('../../dist/cli/main.js', import.meta.url).pathname;

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

/** Defines the suite for the named backend (one test file per backend keeps each file short). */
export async function defineVaultCliSuite(name: 'sqlite' | 'postgres'): Promise<void> {
  const backends = (await testBackends()).filter((b) => b.name === name);
  describe.each(backends)('custos vault/keys/audit commands on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('needs the built binary', () => {
    expect(existsSync(BIN), 'run: npx tsc -p tsconfig.build.json && node scripts/postbuild.mjs').toBe(true);
    expect(CLI_DEFAULT_DATA_DIR).toBe(DEFAULT_DATA_DIR);
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

  it('refuses to run on a folder without keys (exit 2), and does not create one', () => {
    const { env, data } = installation(backend);
    const r = cli(env, ['vault', 'tokenize', '--data', data, '--type', 'PERSON', '--subject', 'x'], 'v');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/custos init/);
    expect(existsSync(join(data, 'custos.db'))).toBe(false);
  });
});
}
