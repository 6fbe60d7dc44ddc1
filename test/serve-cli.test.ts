/** `custos serve` refuses bad flags and a missing installation with exit code 2 and one clear line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from './support/custos-server.js';
import { SERVE_DEFAULTS } from '../src/cli/commands/serve.js';
import { DEFAULT_BODY_LIMIT, DEFAULT_RATE_LIMIT, tlsPaths } from '../src/server/index.js';
import { DEFAULT_LOCKOUT } from '../src/access/index.js';
import { DEFAULT_DATA_DIR } from '../src/store/index.js';

const empty = mkdtempSync(join(tmpdir(), 'custos-serve-cli-'));

function serve(...args: string[]) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, [BIN, 'serve', ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('custos serve usage errors', () => {
  it('repeats the server defaults faithfully (serve keeps them to avoid loading the server for --help)', () => {
    expect(SERVE_DEFAULTS).toEqual({
      data: DEFAULT_DATA_DIR,
      bodyLimit: DEFAULT_BODY_LIMIT,
      rateLimitPerMinute: DEFAULT_RATE_LIMIT.max * (60_000 / DEFAULT_RATE_LIMIT.timeWindowMs),
      lockoutFailures: DEFAULT_LOCKOUT.maxFailures,
      lockoutSeconds: DEFAULT_LOCKOUT.lockoutMs / 1000,
    });
    expect(tlsPaths('D')).toMatchObject({ cert: join('D', 'tls', 'cert.pem'), key: join('D', 'tls', 'key.pem') });
  });

  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it.each([
    [['--data', empty, '--port', 'abc'], /--port/],
    [['--data', empty, '--port', '70000'], /--port/],
    [['--data', empty, '--tls-cert', '/nonexistent.pem'], /--tls-cert and --tls-key go together/],
    [['--data', empty], /no TLS certificate .* run custos init/],
    [['--data', empty, '--log-level', 'loud'], /--log-level/],
    [['--data', empty, '--trust-proxy', 'everyone'], /--trust-proxy/],
  ])('%j exits 2 with a message', (args, message) => {
    const r = serve(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).not.toMatch(/listening/);
  });
});
