import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openCustos } from '../src/app/index.js';
import { testBackends } from './support/backends.js';

const backends = await testBackends();
const LOOP = new URL('./support/tokenize-loop.ts', import.meta.url).pathname;

/** Starts the tokenizing child, kills it with SIGKILL once it has printed `minLines` lines, returns what it printed. */
function runAndKill(args: object, minLines: number): Promise<{ lines: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOOP, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d) => {
      out += d;
      if (!killed && out.split('\n').length > minLines) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      // Only complete lines count: a line cut by the kill was never fully printed.
      const lines = out.split('\n').slice(0, -1);
      resolve({ lines, signal, stderr });
    });
  });
}

describe.each(backends)('crash safety on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('every token printed before SIGKILL detokenizes after restart, and the chain verifies', async () => {
    const opts = backend.options();
    const setup = await openCustos({ ...opts, create: true });
    await setup.close();
    const printed: string[] = [];
    // Two crashes in a row: the second run starts on whatever the first left behind.
    for (const minLines of [137, 291]) {
      const run = await runAndKill({ ...opts, batch: 25 }, minLines);
      expect(run.signal).toBe('SIGKILL');
      expect(run.stderr).toBe('');
      printed.push(...run.lines);
    }
    expect(printed.length).toBeGreaterThan(400);
    const c = await openCustos(opts);
    try {
      const pairs = printed.map((l) => l.split('\t') as [string, string]);
      const values = await c.vault.detokenize(pairs.map(([t]) => t));
      expect(values.map((v) => v.value)).toEqual(pairs.map(([, v]) => v));
      const verified = await c.audit.verify();
      expect(verified.ok).toBe(true);
      // Every committed batch has its audit entry: no batch without one, no entry without its batch.
      const tokenRows = await c.store.db.selectFrom('vault_tokens').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const entries = await c.audit.query({ action: 'vault.tokenize', limit: 10_000 });
      const audited = entries.reduce((sum, e) => sum + Number(e.details.count), 0);
      expect(audited).toBe(Number(tokenRows.n));
      expect(audited % 25).toBe(0);
    } finally {
      await c.close();
    }
  });
});
