import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Custos } from '../../app/index.js';
import { writeOut } from '../text-io.js';
import { parseOptions, UsageError } from '../usage.js';

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

// Defaults repeated here so `custos --help` does not load the server; test/serve-cli.test.ts checks they match.
export const SERVE_DEFAULTS = {
  data: './custos-data',
  bodyLimit: 1024 * 1024,
  rateLimitPerMinute: 600,
  lockoutFailures: 10,
  lockoutSeconds: 900,
};

const serveFlags = z.object({
  data: z.string().min(1),
  port: integer(0, 65_535),
  listen: z.string().min(1),
  tlsCert: z.string().min(1).optional(),
  tlsKey: z.string().min(1).optional(),
  bodyLimit: integer(1024, 64 * 1024 * 1024),
  rateLimit: integer(1, 1_000_000),
  lockoutFailures: integer(1, 1_000_000),
  lockoutSeconds: integer(1, 7 * 86_400),
  trustProxy: z.string().regex(/^[0-9A-Fa-f.:/,\s]+$/, 'must be addresses or CIDRs, comma-separated').optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']),
});

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTPS API (TLS 1.2+); DATABASE_URL switches to PostgreSQL')
    .option('--data <dir>', 'data folder (database unless DATABASE_URL is set, keys/ and tls/)', SERVE_DEFAULTS.data)
    .option('--port <n>', 'port; 0 picks a free one', '8443')
    .option('--listen <address>', 'address to listen on', '127.0.0.1')
    .option('--tls-cert <file>', 'certificate (PEM); default DIR/tls/cert.pem from custos init')
    .option('--tls-key <file>', 'private key (PEM); default DIR/tls/key.pem')
    .option('--body-limit <bytes>', 'largest request body', String(SERVE_DEFAULTS.bodyLimit))
    .option('--rate-limit <n>', 'requests per minute per API key', String(SERVE_DEFAULTS.rateLimitPerMinute))
    .option('--lockout-failures <n>', 'failed authentications from one client before it is locked out', String(SERVE_DEFAULTS.lockoutFailures))
    .option('--lockout-seconds <n>', 'how long a locked-out client is refused', String(SERVE_DEFAULTS.lockoutSeconds))
    .option('--trust-proxy <addresses>', "proxies whose X-Forwarded-For names the client (for rate limits and lockouts)")
    .option('--log-level <level>', 'fatal, error, warn, info, debug or silent (logs go to stderr)', 'info')
    .action(async (raw: unknown) => {
      const flags = parseOptions(serveFlags, raw);
      if ((flags.tlsCert === undefined) !== (flags.tlsKey === undefined)) throw new UsageError('--tls-cert and --tls-key go together');
      const certFile = flags.tlsCert ?? join(flags.data, 'tls', 'cert.pem');
      const keyFile = flags.tlsKey ?? join(flags.data, 'tls', 'key.pem');
      if (!existsSync(certFile) || !existsSync(keyFile)) {
        throw new UsageError(`no TLS certificate at ${certFile}: run custos init, or pass --tls-cert and --tls-key`);
      }
      // The server's modules load only once the flags are known to be usable.
      const { buildServer, loadTls } = await import('../../server/index.js');
      const { dataOptionsFromEnv, openCustos } = await import('../../app/index.js');
      const { KeysMissingError } = await import('../../crypto/index.js');
      let tls;
      try {
        tls = loadTls(certFile, keyFile);
      } catch {
        throw new UsageError('the TLS certificate or key could not be read as PEM');
      }

      let custos: Custos;
      try {
        custos = await openCustos({
          dataDir: flags.data,
          ...dataOptionsFromEnv(),
          // Answers slow down from a third of the way to the lockout (3 of 10 by default).
          lockout: {
            maxFailures: flags.lockoutFailures,
            lockoutMs: flags.lockoutSeconds * 1000,
            slowAfter: Math.max(1, Math.floor(flags.lockoutFailures / 3)),
          },
        });
      } catch (err) {
        if (err instanceof KeysMissingError) throw new UsageError(err.message);
        throw err;
      }
      const app = await buildServer(custos, {
        https: { key: tls.key, cert: tls.cert },
        // Logs go to stderr so stdout carries only the two lines automation reads (fingerprint, listening).
        logger: flags.logLevel === 'silent' ? false : { level: flags.logLevel, stream: process.stderr },
        bodyLimit: flags.bodyLimit,
        rateLimit: { max: flags.rateLimit, timeWindowMs: 60_000 },
        ...(flags.trustProxy ? { trustProxy: flags.trustProxy } : {}),
      });
      try {
        await app.listen({ port: flags.port, host: flags.listen });
      } catch (err) {
        await app.close();
        await custos.close();
        const code = (err as { code?: string }).code;
        if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES') throw new UsageError(`cannot listen on ${flags.listen}:${flags.port} (${code})`);
        throw err;
      }
      const address = app.server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      await writeOut(`certificate sha256 fingerprint ${tls.fingerprint}\nlistening on https://${host}:${address.port}\n`);

      await new Promise<void>((resolve) => {
        process.once('SIGTERM', resolve);
        process.once('SIGINT', resolve);
      });
      await app.close();
      await custos.close();
    });
}
