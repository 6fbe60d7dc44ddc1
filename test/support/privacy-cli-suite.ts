/**
 * The privacy commands through the real binary (node dist/cli/main.js; build first with
 * `npx tsc -p tsconfig.build.json && node scripts/postbuild.mjs`, as `npm test` does), run while
 * `custos serve` is up on the same data: retention, purge, subject export/erase, breach report and
 * the record of processing, on SQLite and PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from './backends.js';
import { BIN, envFor, initInstallation, startServer, type Installation, type RunningServer } from './custos-server.js';

const DAY = 86_400_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Split per backend (privacy-cli-*.test.ts) so each file stays well under a minute. */
export function privacyCliSuite(backend: TestBackend): void {
describe(`privacy commands while custos serve runs, on ${backend.name}`, () => {
  let installation: Installation;
  let server: RunningServer;
  let compliance: string;
  let agent: { id: string; key: string };
  const ids = {} as Record<'old' | 'held' | 'recent', string>;
  const cliUser = `cli:${userInfo().username}`;
  const started = new Date().toISOString();

  const cli = (...args: string[]): Run => {
    const r = spawnSync(process.execPath, [BIN, ...args, '--data', installation.dataDir], { env: installation.env, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const call = (method: string, path: string, key: string, body?: unknown) => server.call(method, path, { key, ...(body !== undefined ? { body } : {}) });

  beforeAll(async () => {
    const options = backend.options();
    installation = initInstallation(options.dataDir, envFor(options));
    server = await startServer(installation, ['--log-level', 'silent']);
    const user = async (name: string, role: string) => (await call('POST', '/v1/users', installation.adminKey, { name, role })).body as { id: string; apiKey: string };
    const a = await user('agent-p', 'agent');
    agent = { id: a.id, key: a.apiKey };
    compliance = (await user('compliance-p', 'compliance')).apiKey;
    const fortyDaysAgo = new Date(Date.now() - 40 * DAY).toISOString();
    const ingest = async (customerRef: string, text: string, occurredAt?: string) => {
      const r = await call('POST', '/v1/interactions', agent.key, { channel: 'chat', agentId: agent.id, customerRef, text, ...(occurredAt ? { occurredAt } : {}) });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    ids.old = await ingest('cust-old', 'Card 4111 1111 1111 1111, the pelicanquasar widget broke.', fortyDaysAgo);
    ids.held = await ingest('cust-held', 'Card 5555 5555 5555 4444, the tangerinevortex widget broke.', fortyDaysAgo);
    ids.recent = await ingest('cust-recent', 'My SSN is 123-45-6789, please update the account.');
    const hold = await call('POST', '/v1/holds', compliance, { interactionId: ids.held, reason: 'dispute 9' });
    expect(hold.status).toBe(201);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await backend.cleanup();
  });

  it('sets and shows retention, refusing bad classes and short audit retention with exit 2', () => {
    expect(cli('retention', 'set', 'transcript', '30')).toMatchObject({ code: 0, stdout: 'transcript: 30 days\n' });
    expect(cli('retention', 'set', 'originals', '30').code).toBe(0);
    const shown = cli('retention', 'show');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^transcript +30 days$/m);
    expect(shown.stdout).toMatch(/^recording +not set/m);
    const bad = cli('retention', 'set', 'photos', '3');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown data class/);
    const shortAudit = cli('retention', 'set', 'audit', '30');
    expect(shortAudit.code).toBe(2);
    expect(shortAudit.stderr).toMatch(/audit retention may not be shorter/);
    expect(JSON.parse(cli('retention', 'show', '--format', 'json').stdout).policies).toHaveLength(4);
  });

  it('purges on demand: dry run first, then for real; held data stays; the server sees the result', async () => {
    const dry = cli('purge', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^transcript +would remove 1 .*1 kept under legal hold/m);
    expect((await call('GET', `/v1/interactions/${ids.old}`, compliance)).status).toBe(200);

    const done = cli('purge');
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^transcript +removed 1 /m);
    expect(done.stdout).toMatch(/^originals +removed 1 /m);
    expect((await call('GET', `/v1/interactions/${ids.old}`, compliance)).status).toBe(404);
    expect((await call('GET', `/v1/interactions/${ids.held}`, compliance)).status).toBe(200);
    expect((await call('POST', `/v1/interactions/${ids.held}/reveal`, compliance, { reason: 'dispute 9' })).body.text).toContain('5555 5555 5555 4444');

    if (backend.name === 'sqlite') {
      const file = join(installation.dataDir, 'custos.db');
      const bytes = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('');
      expect(bytes).toContain('tangerinevortex');
      expect(bytes).not.toContain('pelicanquasar');
    }
    const bad = cli('purge', '--now', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--now/);
    // A purge "in the future" sees the recent interaction as expired too, but the hold still wins.
    const future = JSON.parse(cli('purge', '--dry-run', '--format', 'json', '--now', new Date(Date.now() + 60 * DAY).toISOString()).stdout);
    expect(future.classes.transcript).toMatchObject({ removed: 1, heldBack: 1 });
  });

  it('exports a customer, refuses erasure under legal hold (exit 4), then erases', async () => {
    const exported = cli('subject', 'export', '--subject', 'cust-recent', '--reason', 'DSAR 12');
    expect(exported.code).toBe(0);
    const doc = JSON.parse(exported.stdout);
    expect(doc.interactions[0].originalText).toContain('123-45-6789');
    expect(doc.tokens.map((t: { value: string }) => t.value)).toContain('123-45-6789');

    const hold = await call('POST', '/v1/holds', compliance, { customerRef: 'cust-recent', reason: 'regulator inquiry' });
    const refused = cli('subject', 'erase', '--subject', 'cust-recent');
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/legal hold/);
    expect((await call('DELETE', `/v1/holds/${hold.body.id}`, compliance)).status).toBe(200);

    const erased = cli('subject', 'erase', '--subject', 'cust-recent', '--reason', 'Art. 17');
    expect(erased.code).toBe(0);
    expect(JSON.parse(erased.stdout)).toMatchObject({ customerRef: 'cust-recent', keyDestroyed: true, tokensDestroyed: 1 });
    const after = JSON.parse(cli('subject', 'export', '--subject', 'cust-recent').stdout);
    expect(after.interactions).toEqual([]);
    expect(after.tokens).toEqual([]);
    const detok = spawnSync(process.execPath, [BIN, 'vault', 'detokenize', doc.tokens[0].token, '--reason', 'check', '--data', installation.dataDir], {
      env: installation.env,
      encoding: 'utf8',
    });
    expect(detok.status).toBe(3);
    expect(cli('subject', 'erase', '--subject', 'bad ref!').code).toBe(2);
  });

  it('reports a breach by actor as JSON and Markdown', () => {
    const to = new Date(Date.now() + 60_000).toISOString();
    const json = cli('breach', 'report', '--actor', cliUser, '--from', started, '--to', to, '--detected', '2030-01-01T00:00:00Z', '--format', 'json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.subjects.map((s: { customerRef: string }) => s.customerRef)).toEqual(['cust-recent']);
    expect(report.subjects[0].types).toEqual({ US_SSN: 1 });
    expect(report.notificationDeadline).toBe('2030-01-04T00:00:00.000Z');
    const md = cli('breach', 'report', '--actor', cliUser, '--from', started, '--to', to);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| cust-recent | 1 | US_SSN × 1 |');
    expect(cli('breach', 'report', '--actor', cliUser, '--from', 'monday', '--to', to).code).toBe(2);
  });

  it('generates the record of processing from the policies, and the trail verifies', () => {
    const md = cli('report', 'processing');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Record of processing');
    expect(md.stdout).toContain('30 days, then purged');
    expect(md.stdout).toMatch(/\| interaction\.reveal \|.*qa_lead \(all\), compliance \(all\)/);
    expect(md.stdout).toContain('None registered.');
    expect(md.stdout).not.toMatch(/postgres:\/\/[^\s]*@/);
    // Once an AI upstream is registered, the record names it.
    expect(cli('subprocessors', 'add', '--name', 'llm-eu', '--url', 'https://llm.example.eu/v1', '--region', 'eu-west-1').code).toBe(0);
    const json = JSON.parse(cli('report', 'processing', '--format', 'json').stdout);
    expect(json.recipients.map((r: { name: string; endpoint: string }) => [r.name, r.endpoint])).toEqual([['llm-eu', 'https://llm.example.eu/v1']]);
    const verify = cli('audit', 'verify');
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^ok: \d+ entries verified/);
  });
});
}
