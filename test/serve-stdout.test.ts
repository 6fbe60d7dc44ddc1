/**
 * `custos serve` stdout is a contract: the certificate fingerprint, then `listening on
 * https://HOST:PORT`, and nothing else (logs go to stderr), so a script can read its first lines.
 */
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, envFor, initInstallation } from './support/custos-server.js';

const dir = mkdtempSync(join(tmpdir(), 'custos-serve-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('custos serve stdout', () => {
  it('prints exactly the fingerprint line and the listening line; logs go to stderr', async () => {
    const installation = initInstallation(join(dir, 'data'), envFor({}));
    const child = spawn(process.execPath, [BIN, 'serve', '--data', installation.dataDir, '--port', '0'], {
      env: installation.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', () => {
          const m = /^listening on https:\/\/127\.0\.0\.1:(\d+)$/m.exec(stdout);
          if (m) resolve(Number(m[1]));
        });
        void exited.then(() => reject(new Error(`serve exited before listening: ${stderr}`)));
      });
      const ca = readFileSync(join(installation.dataDir, 'tls', 'cert.pem'));
      const status = await new Promise<number>((resolve, reject) => {
        get({ host: '127.0.0.1', port, path: '/v1/interactions', agent: new Agent({ ca }) }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        }).on('error', reject);
      });
      expect(status).toBe(401);

      const fingerprint = new X509Certificate(ca).fingerprint256;
      expect(stdout).toBe(`certificate sha256 fingerprint ${fingerprint}\nlistening on https://127.0.0.1:${port}\n`);
      // The request above was logged, on stderr, by route pattern only.
      // (the pipe may deliver the log line after the response, so wait for it)
      for (let i = 0; i < 200 && !stderr.includes('"route":"/v1/interactions"'); i++) await new Promise((r) => setTimeout(r, 25));
      expect(stderr).toContain('"route":"/v1/interactions"');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(2);
  }, 60_000);
});
