/**
 * Hardening of the real `custos serve` over HTTPS: TLS 1.2 minimum, security headers, body limit,
 * per-key rate limit, and the slow-down then lockout of a client that keeps sending bad keys.
 * One server with tight limits; the lockout runs last because it shuts out the loopback client.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteBackend } from './support/backends.js';
import { envFor, initInstallation, startServer, type Installation, type RunningServer } from './support/custos-server.js';

const backend = sqliteBackend();

describe('custos serve hardening', () => {
  let installation: Installation;
  let server: RunningServer;
  const keys = { limited: '', spare: '', lockedOut: '' };

  beforeAll(async () => {
    const options = backend.options();
    installation = initInstallation(options.dataDir, envFor(options));
    server = await startServer(installation, ['--body-limit', '4096', '--rate-limit', '8', '--lockout-failures', '6', '--lockout-seconds', '600']);
    for (const name of Object.keys(keys) as (keyof typeof keys)[]) {
      const r = await server.call('POST', '/v1/users', { key: installation.adminKey, body: { name, role: 'agent' } });
      expect(r.status).toBe(201);
      keys[name] = r.body.apiKey;
    }
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await backend.cleanup();
  });

  it('speaks TLS 1.2 or later only, with the certificate init made', async () => {
    const ca = readFileSync(join(installation.dataDir, 'tls', 'cert.pem'));
    const handshake = (options: { minVersion?: 'TLSv1' | 'TLSv1.2'; maxVersion?: 'TLSv1.1' | 'TLSv1.3'; ciphers?: string }) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port: server.port, ca, ...options }, () => {
          const protocol = socket.getProtocol() ?? '';
          socket.end();
          resolve(protocol);
        });
        socket.on('error', reject);
      });
    expect(await handshake({})).toMatch(/^TLSv1\.[23]$/);
    // The client offers TLS 1.0/1.1 only (at the lowest security level, so the refusal is the server's).
    await expect(handshake({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' })).rejects.toThrow();
  });

  it('sends security headers and no stack traces', async () => {
    const r = await server.call('GET', '/v1/nothing-here');
    expect(r.status).toBe(404);
    expect(r.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(r.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(r.headers['x-powered-by']).toBeUndefined();
    expect(r.text).not.toMatch(/stack|\.js:\d+/);
  });

  it('refuses a body over the limit with 413', async () => {
    const text = 'my card is 4111 1111 1111 1111. '.repeat(200);
    const r = await server.call('POST', '/v1/redact', { key: installation.adminKey, body: { text } });
    expect(r.status).toBe(413);
    expect(r.body.message).toMatch(/too large/);
    expect(r.text).not.toContain('4111');
  });

  it('rate-limits per API key with 429, other keys unaffected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await server.call('POST', '/v1/redact', { key: keys.limited, body: { text: 'hello' } })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
    const limited = await server.call('POST', '/v1/redact', { key: keys.limited, body: { text: 'hello' } });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    const fresh = await server.call('POST', '/v1/redact', { key: keys.spare, body: { text: 'hello' } });
    expect(fresh.status).toBe(200);
  });

  it('slows repeated bad keys from one client, then locks it out even with a good key', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await server.call('GET', '/v1/me', { key: `ck_${String(i).repeat(43)}` });
      statuses.push(r.status);
    }
    // Five plain refusals, then the sixth failure trips the lockout.
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const locked = await server.call('GET', '/v1/me', { key: keys.lockedOut });
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/failed authentications/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Keys never reach the logs.
    for (const key of [installation.adminKey, ...Object.values(keys)]) expect(server.output()).not.toContain(key);
  });
});
