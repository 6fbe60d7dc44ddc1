import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openCustos } from '../src/app/index.js';
import { testBackends } from './support/backends.js';

const backends = await testBackends();
const WRITER = new URL('./support/audit-writer.ts', import.meta.url).pathname;

function runWriter(args: object): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(backends)('audit chain with two processes appending at once on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('keeps one linear chain that verifies', async () => {
    const opts = backend.options();
    const setup = await openCustos({ ...opts, create: true });
    await setup.close();
    const count = 60;
    const [a, b] = await Promise.all([
      runWriter({ ...opts, count, actor: 'proc-a' }),
      runWriter({ ...opts, count, actor: 'proc-b' }),
    ]);
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const c = await openCustos(opts);
    try {
      expect(await c.audit.verify()).toMatchObject({ ok: true, count: 2 * count });
      const entries = await c.audit.query({ limit: 1000 });
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 2 * count }, (_, i) => i + 1));
      const actors = entries.map((e) => e.actor);
      expect(actors.filter((x) => x === 'proc-a')).toHaveLength(count);
      expect(actors.filter((x) => x === 'proc-b')).toHaveLength(count);
      // Each process's own entries stay in its order.
      const aTargets = entries.filter((e) => e.actor === 'proc-a').map((e) => e.target);
      expect(aTargets).toEqual(Array.from({ length: count }, (_, i) => `n${i}`));
    } finally {
      await c.close();
    }
  });
});
