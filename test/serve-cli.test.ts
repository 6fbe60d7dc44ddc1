/** `custos serve` refuses bad flags and a missing installation with exit code 2 and one clear line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from './support/custos-server.js';

const empty = mkdtempSync(join(tmpdir(), 'custos-serve-cli-'));

function serve(...args: string[]) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, [BIN, 'serve', ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('custos serve usage errors', () => {
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it.each([
    [['--data', empty, '--port', 'abc'], /--port/],
    [['--data', empty, '--port', '70000'], /--port/],
    [['--data', empty, '--tls-cert', '/nonexistent.pem'], /--tls-cert and --tls-key go together/],
    [['--data', empty], /no TLS certificate .* run custos init/],
    [['--data', empty, '--log-level', 'loud'], /--log-level/],
  ])('%j exits 2 with a message', (args, message) => {
    const r = serve(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).not.toMatch(/listening/);
  });
});
