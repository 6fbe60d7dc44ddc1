/**
 * Ingest under concurrent load against a real `custos serve` on loopback (HTTPS): POST
 * /v1/interactions with ~1 KB transcripts (detect, vault tokenize, store, audit in one transaction)
 * beside a bare POST /v1/redact of the same text, so the cost of storage and audit is visible.
 * SQLite, and PostgreSQL when reachable (a throwaway schema, dropped afterwards).
 *
 * | variable | default | meaning |
 * | BENCH_INGEST_SECONDS | 8 | autocannon duration per case (at most 10) |
 * | BENCH_INGEST_CONNECTIONS | 16 | concurrent connections |
 * PostgreSQL: DATABASE_URL, else CUSTOS_TEST_DATABASE_URL, else postgres://root@127.0.0.1:5432/test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import type { BenchSection, Row } from '../types.js';

const SECONDS = Math.min(10, Math.max(1, Number(process.env.BENCH_INGEST_SECONDS ?? 8)));
const CONNECTIONS = Math.max(1, Number(process.env.BENCH_INGEST_CONNECTIONS ?? 16));
const PG_URL = process.env.DATABASE_URL ?? process.env.CUSTOS_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST_BIN = join(ROOT, 'dist/cli/main.js');
/** The built CLI when there is one, else the sources through tsx. */
function cliArgs(): string[] {
  return existsSync(DIST_BIN) ? [DIST_BIN] : ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
}

/** A synthetic ~1 KB ASR-style transcript with a card, phone, e-mail, name and SSN. */
function transcript(i: number): string {
  const card = `4111 1111 1111 ${String(1000 + (i % 9000)).padStart(4, '0')}`;
  let text =
    `agent: thank you for calling, this call may be recorded. how can I help you today. ` +
    `customer: hi, my name is Jordan Miller and I want to dispute a charge on my card ${card}. ` +
    `agent: I can help with that, can you confirm the phone number on the account. ` +
    `customer: sure it is (415) 555-${String(1000 + (i % 9000)).padStart(4, '0')} and my email is jordan.miller${i % 500}@example.com. ` +
    `agent: thank you, and the last four of your social. customer: the full one is 536-22-${String(1000 + (i % 9000)).padStart(4, '0')}. `;
  const filler = 'agent: I see the charge from last week, let me open a dispute for you and send a confirmation. ';
  while (Buffer.byteLength(text) < 1000) text += filler;
  return text.slice(0, 1024);
}

interface Server {
  port: number;
  ca: Buffer;
  stop(): Promise<void>;
}

async function startServe(dataDir: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...cliArgs(), 'serve', '--data', dataDir, '--port', '0', '--rate-limit', '1000000', '--log-level', 'warn'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('custos serve did not start')), 120_000);
    child.stdout!.on('data', () => {
      const m = /listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    void exited.then(() => reject(new Error(`custos serve exited: ${out.slice(-500)}`)));
  });
  return {
    port,
    ca: readFileSync(join(dataDir, 'tls', 'cert.pem')),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function load(server: Server, path: string, key: string, body: (i: number) => string): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: `https://127.0.0.1:${server.port}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    tlsOptions: { ca: server.ca },
    requests: [
      {
        method: 'POST',
        path,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: body(i++) }),
      },
    ],
  });
}

async function runBackend(name: 'sqlite' | 'postgres', env: NodeJS.ProcessEnv, dataDir: string): Promise<Row[]> {
  const init = spawnSync(process.execPath, [...cliArgs(), 'init', '--data', dataDir], { env, encoding: 'utf8' });
  const adminKey = /^CUSTOS_ADMIN_KEY=(\S+)$/m.exec(init.stdout)?.[1];
  if (init.status !== 0 || !adminKey) throw new Error(`custos init failed: ${init.stderr}`);
  const server = await startServe(dataDir, env);
  try {
    // The agent is created through the API, like any client would.
    const created = await fetchJson(server, '/v1/users', adminKey, { name: 'bench agent', role: 'agent' });
    const agentKey = created.apiKey as string;
    const agentId = created.id as string;
    const ingest = await load(server, '/v1/interactions', agentKey, (i) =>
      JSON.stringify({ channel: 'asr', agentId, customerRef: `BENCH-${i % 200}`, text: transcript(i), callId: `call-${i}` }),
    );
    const redact = await load(server, '/v1/redact', agentKey, (i) => JSON.stringify({ text: transcript(i) }));
    const note = (r: autocannon.Result) =>
      `${name}, ${CONNECTIONS} connections, ${SECONDS}s, ${r.requests.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors`;
    return [
      { metric: `ingest throughput (${name})`, value: Math.round(r1(ingest.requests.average)), unit: 'req/s', note: note(ingest) },
      { metric: `ingest latency p50 (${name})`, value: ingest.latency.p50, unit: 'ms' },
      { metric: `ingest latency p99 (${name})`, value: ingest.latency.p99, unit: 'ms' },
      { metric: `redact throughput (${name})`, value: Math.round(r1(redact.requests.average)), unit: 'req/s', note: note(redact) },
      { metric: `redact latency p50 (${name})`, value: redact.latency.p50, unit: 'ms' },
      { metric: `redact latency p99 (${name})`, value: redact.latency.p99, unit: 'ms' },
      {
        metric: `ingest cost vs bare redact (${name})`,
        value: r1(redact.requests.average / Math.max(1e-9, ingest.requests.average)),
        unit: 'x',
        note: 'redact req/s ÷ ingest req/s: what storage, vault and audit add',
      },
    ];
  } finally {
    await server.stop();
  }
}

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** One JSON POST through the same pinned certificate. */
async function fetchJson(server: Server, path: string, key: string, body: unknown): Promise<Record<string, unknown>> {
  const { request } = await import('node:https');
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        ca: server.ca,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => (res.statusCode === 201 ? resolve(JSON.parse(text)) : reject(new Error(`POST ${path}: ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const section: BenchSection = {
  name: 'ingest',
  description: `POST /v1/interactions (1 KB transcripts) vs bare POST /v1/redact, autocannon over HTTPS on loopback`,
  async run() {
    const rows: Row[] = [];
    const baseEnv = { ...process.env };
    delete baseEnv.DATABASE_URL;
    delete baseEnv.CUSTOS_DB_SCHEMA;
    const sqliteDir = mkdtempSync(join(tmpdir(), 'custos-bench-ingest-'));
    try {
      rows.push(...(await runBackend('sqlite', baseEnv, sqliteDir)));
    } finally {
      rmSync(sqliteDir, { recursive: true, force: true });
    }
    if (await postgresReachable()) {
      const schema = `bench_${randomBytes(6).toString('hex')}`;
      const pgDir = mkdtempSync(join(tmpdir(), 'custos-bench-ingest-'));
      try {
        rows.push(...(await runBackend('postgres', { ...baseEnv, DATABASE_URL: PG_URL, CUSTOS_DB_SCHEMA: schema }, pgDir)));
      } finally {
        rmSync(pgDir, { recursive: true, force: true });
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`).finally(() => client.end());
      }
    } else {
      rows.push({ metric: 'ingest (postgres)', value: 0, unit: 'req/s', note: 'PostgreSQL not reachable: skipped' });
    }
    return rows;
  },
};
