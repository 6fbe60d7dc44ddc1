/**
 * Vault speed: tokenize / detokenize values per second on SQLite (and PostgreSQL when reachable),
 * the vault's sealing throughput against raw node:crypto AES-256-GCM on the same values, and the
 * vault's cost per value beyond that raw encryption.
 *
 * PostgreSQL: DATABASE_URL, else CUSTOS_TEST_DATABASE_URL, else postgres://root@127.0.0.1:5432/test;
 * a throwaway schema is created and dropped.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openCustos } from '../../src/app/index.js';
import { generateDataKey, seal } from '../../src/crypto/index.js';
import type { BenchSection, Row } from '../types.js';
import { loadavg } from 'node:os';

type BenchResult = Row;

const VALUES = Number(process.env.BENCH_VAULT_VALUES ?? 20_000);
const BATCH = 500;

function sampleValues(n: number): { subject: string; type: 'CREDIT_CARD'; value: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    subject: `bench-subject-${i % 1000}`,
    type: 'CREDIT_CARD' as const,
    value: `4${String(i).padStart(15, '0')}`,
  }));
}

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Microseconds per value for raw AES-256-GCM (fresh nonce, AAD, tag) on the same values. */
function rawAesMicros(values: string[]): number {
  const key = randomBytes(32);
  const run = () => {
    const t0 = cpuMicros();
    for (const v of values) {
      const c = createCipheriv('aes-256-gcm', key, randomBytes(12));
      c.setAAD(Buffer.from('row'));
      c.update(Buffer.from(v, 'utf8'));
      c.final();
      c.getAuthTag();
    }
    return (cpuMicros() - t0) / values.length;
  };
  run();
  return Math.min(run(), run(), run());
}

/** Microseconds per value for the vault's sealing (versioned header, nonce, row-bound AAD). */
function vaultSealMicros(values: string[]): number {
  const key = generateDataKey();
  const run = () => {
    const t0 = cpuMicros();
    for (let i = 0; i < values.length; i++) seal(key, Buffer.from(values[i]!, 'utf8'), `vault-value\0tok_card_${i}\0CREDIT_CARD\0sub_x`);
    return (cpuMicros() - t0) / values.length;
  };
  run();
  return Math.min(run(), run(), run());
}

async function backendRun(label: string, opts: { dataDir: string; databaseUrl?: string; schema?: string }, rawMicros: number): Promise<BenchResult[]> {
  const custos = await openCustos({ ...opts, create: true });
  try {
    const items = sampleValues(VALUES);
    // Warm-up: creates the subjects' data keys, so the timed run measures steady-state tokenizing.
    await custos.vault.tokenize(items.slice(0, 1000));
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const tokens: string[] = [];
    for (let i = 0; i < items.length; i += BATCH) tokens.push(...(await custos.vault.tokenize(items.slice(i, i + BATCH))));
    const tokSec = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    // CPU time of this process per value: robust when other processes share the cores. On SQLite
    // it includes the database engine (in-process); on PostgreSQL the server's work is not in it.
    const cpuPerValue = (cpu.user + cpu.system) / items.length;
    const t1 = performance.now();
    for (let i = 0; i < tokens.length; i += BATCH) await custos.vault.detokenize(tokens.slice(i, i + BATCH));
    const detokSec = (performance.now() - t1) / 1000;
    const single = 300;
    const t2 = performance.now();
    for (let i = 0; i < single; i++) await custos.vault.tokenize([items[i]!]);
    const singleSec = (performance.now() - t2) / 1000;
    // The same values, but each batch for one customer (the shape of an ingest): the per-subject
    // index is then touched in one place per batch instead of on up to 500 pages.
    const perCustomer = items.map((it, i) => ({ ...it, subject: `bench-customer-${Math.floor(i / BATCH)}` }));
    const cpu3 = process.cpuUsage();
    for (let i = 0; i < perCustomer.length; i += BATCH) await custos.vault.tokenize(perCustomer.slice(i, i + BATCH));
    const cpuCustomer = process.cpuUsage(cpu3);
    const cpuPerCustomerValue = (cpuCustomer.user + cpuCustomer.system) / perCustomer.length;
    const perValue = (tokSec * 1e6) / items.length;
    const load = loadavg()[0]!.toFixed(1);
    const out: BenchResult[] = [
      { metric: `vault tokenize (${label}, batches of ${BATCH})`, value: round(items.length / tokSec, 0), unit: 'values/s' },
      { metric: `vault detokenize (${label}, batches of ${BATCH})`, value: round(tokens.length / detokSec, 0), unit: 'values/s' },
      { metric: `vault tokenize (${label}, one value per transaction)`, value: round(single / singleSec, 0), unit: 'values/s', note: 'each a durable commit' },
      {
        metric: `vault overhead per value beyond raw AES-GCM (${label}, tokenize, CPU)`,
        value: round(cpuPerValue - rawMicros, 2),
        unit: 'µs',
        ...(label === 'sqlite' ? { aim: '< 20' } : {}),
        note: `${round(cpuPerValue, 2)} µs CPU per value in batches of ${BATCH} (HMAC ids, keys, sealing, SQL, commit) minus ${round(rawMicros, 2)} µs raw encryption`,
      },
      {
        metric: `vault overhead per value beyond raw AES-GCM (${label}, one customer per batch, CPU)`,
        value: round(cpuPerCustomerValue - rawMicros, 2),
        unit: 'µs',
        note: `${round(cpuPerCustomerValue, 2)} µs CPU per value; the row above spreads each batch over 500 customers (worst case for the per-subject index)`,
      },
      {
        metric: `vault tokenize wall time per value (${label})`,
        value: round(perValue, 2),
        unit: 'µs',
        note: `includes durable commits and waiting for the CPU (load average ${load})`,
      },
    ];
    return out;
  } finally {
    await custos.close();
  }
}

async function postgresUrl(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL ?? process.env.CUSTOS_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const section: BenchSection = {
  name: 'vault',
  description: 'tokenize / detokenize values per second, sealing vs raw AES-256-GCM, vault cost per value',
  async run(): Promise<BenchResult[]> {
    const values = sampleValues(VALUES).map((v) => v.value);
    const raw = rawAesMicros(values);
    const vaultSeal = vaultSealMicros(values);
    const results: BenchResult[] = [
      { metric: 'raw node:crypto AES-256-GCM per value (CPU)', value: round(raw, 2), unit: 'µs', note: '16-byte values, fresh nonce, AAD' },
      {
        metric: 'vault encryption throughput / raw AES-256-GCM',
        value: round(raw / vaultSeal, 2),
        unit: 'x',
        note: `${round(vaultSeal, 2)} µs vs ${round(raw, 2)} µs per value (1.0 = as fast as raw)`,
      },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'custos-bench-vault-'));
    try {
      results.push(...(await backendRun('sqlite', { dataDir: join(dir, 'sqlite') }, raw)));
      const url = await postgresUrl();
      if (url) {
        const schema = `bench_vault_${randomBytes(4).toString('hex')}`;
        try {
          results.push(...(await backendRun('postgres', { dataDir: join(dir, 'pg'), databaseUrl: url, schema }, raw)));
        } finally {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`drop schema if exists ${schema} cascade`);
          await client.end();
        }
      } else {
        results.push({ metric: 'vault (postgres)', value: 0, unit: 'values/s', note: 'PostgreSQL not reachable: skipped' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return results;
  },
};

export default section;

// Standalone: `npx tsx bench/sections/vault.ts` prints the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await section.run()) console.log(`${r.metric}: ${r.value} ${r.unit}${r.note ? `  (${r.note})` : ''}`);
}
