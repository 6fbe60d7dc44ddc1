/**
 * The real `custos` binary as a child process, for end-to-end tests over HTTPS on loopback:
 * `custos init` (first admin key), `custos serve --port 0` (logs captured), and a small client that
 * trusts exactly the certificate init made.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = process.env.CUSTOS_TEST_BIN ?? fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface Installation {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  adminKey: string;
}

/** Environment for a backend's store options: DATABASE_URL and a schema for PostgreSQL. */
export function envFor(options: { databaseUrl?: string; schema?: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.CUSTOS_DB_SCHEMA;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.schema) env.CUSTOS_DB_SCHEMA = options.schema;
  return env;
}

export function initInstallation(dataDir: string, env: NodeJS.ProcessEnv): Installation {
  if (!existsSync(BIN)) throw new Error('dist/cli/main.js is missing: run `npm run build` first (npm test does)');
  const r = spawnSync(process.execPath, [BIN, 'init', '--data', dataDir], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`custos init failed (${r.status}): ${r.stderr}`);
  const match = /^CUSTOS_ADMIN_KEY=(ck_\S+)$/m.exec(r.stdout);
  if (!match) throw new Error('custos init printed no CUSTOS_ADMIN_KEY line');
  return { dataDir, env, adminKey: match[1]! };
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  body: any;
}

export interface CallOptions {
  key?: string;
  body?: unknown;
  /** Sent as is (for malformed JSON and oversized bodies). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface RunningServer {
  port: number;
  fingerprint: string;
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

export async function startServer(installation: Installation, extraArgs: string[] = []): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--data', installation.dataDir, '--port', '0', ...extraArgs], {
    env: installation.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`custos serve did not start in time:\n${out}`)), 90_000);
    const check = () => {
      const m = /^listening on https:\/\/127\.0\.0\.1:(\d+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`custos serve exited (${code}) before listening:\n${out}`));
    });
  });
  const fingerprint = /^certificate sha256 fingerprint ([0-9A-F:]+)$/m.exec(out)?.[1] ?? '';
  const ca = readFileSync(join(installation.dataDir, 'tls', 'cert.pem'));
  const agent = new Agent({ ca, keepAlive: true, maxSockets: 16 });

  const call = (method: string, path: string, options: CallOptions = {}): Promise<Response> =>
    new Promise((resolve, reject) => {
      const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      const headers: Record<string, string> = { ...options.headers };
      if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
      if (payload !== undefined) {
        headers['content-type'] ??= 'application/json';
        headers['content-length'] = String(Buffer.byteLength(payload));
      }
      const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => {
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            body = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
        });
      });
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });

  return {
    port,
    fingerprint,
    call,
    output: () => out,
    async stop() {
      agent.destroy();
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
