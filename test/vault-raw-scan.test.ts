import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openCustos, type Custos } from '../src/app/index.js';
import type { EntityType } from '../src/detect/index.js';
import { testBackends, PG_URL } from './support/backends.js';

const backends = await testBackends();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Every needle found in the haystack bytes, as UTF-8 and as UTF-16LE. */
function leaks(haystack: Buffer, needles: string[]): string[] {
  return needles.filter((n) => haystack.includes(Buffer.from(n, 'utf8')) || haystack.includes(Buffer.from(n, 'utf16le')));
}

/** PostgreSQL: every row of every table in the schema as text, bytea shown as hex and as escaped text. */
async function postgresDump(schema: string): Promise<Buffer> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const tables = await client.query(`select table_name from information_schema.tables where table_schema = $1`, [schema]);
    const cols = await client.query(`select table_name, column_name, data_type from information_schema.columns where table_schema = $1`, [schema]);
    const parts: Buffer[] = [];
    for (const { table_name } of tables.rows) {
      const rows = await client.query(`select * from ${schema}."${table_name}"`);
      for (const row of rows.rows) {
        for (const [k, v] of Object.entries(row)) {
          if (Buffer.isBuffer(v)) parts.push(v, Buffer.from(v.toString('hex')), Buffer.from(v.toString('latin1')));
          else parts.push(Buffer.from(`${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}\n`));
        }
      }
    }
    expect(cols.rows.some((c) => c.data_type === 'bytea')).toBe(true);
    return Buffer.concat(parts);
  } finally {
    await client.end();
  }
}

function makeValues(n: number): { subject: string; type: EntityType; value: string; deterministic: boolean }[] {
  const types: EntityType[] = ['CREDIT_CARD', 'EMAIL_ADDRESS', 'PERSON', 'US_SSN', 'PHONE_NUMBER', 'STREET_ADDRESS', 'IBAN'];
  return Array.from({ length: n }, (_, i) => {
    const r = randomBytes(6).toString('hex');
    const type = types[i % types.length]!;
    const value = {
      CREDIT_CARD: `4929${String(parseInt(r, 16)).padStart(12, '0').slice(0, 12)}`,
      EMAIL_ADDRESS: `scan.${r}@example.com`,
      PERSON: `Quintessa Vandermolen${r}`,
      US_SSN: `SSN-${r}`,
      PHONE_NUMBER: `+1 415 ${r}`,
      STREET_ADDRESS: `${i} Leakcheck Avenue ${r}`,
      IBAN: `GB${r.toUpperCase()}00112233`,
    }[type as 'CREDIT_CARD'];
    return { subject: `customer-ref-${r}`, type, value, deterministic: i % 4 === 0 };
  });
}

describe.each(backends)('no original in the clear on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('after tokenizing many values, no file (or table) holds an original or a subject reference', async () => {
    const opts = backend.options();
    const c: Custos = await openCustos({ ...opts, create: true });
    const items = makeValues(400);
    let tokens: string[];
    try {
      tokens = [];
      for (let i = 0; i < items.length; i += 50) {
        const batch = items.slice(i, i + 50);
        tokens.push(
          ...(await c.store.transaction(async (trx) => {
            const t = await c.vault.tokenize(batch, { trx });
            await c.audit.append(trx, { actor: 'test', action: 'vault.tokenize', outcome: 'ok', details: { count: t.length } });
            return t;
          })),
        );
      }
      // Some reads too, so detokenize paths also leave no trace.
      const back = await c.vault.detokenize(tokens.slice(0, 40));
      expect(back.map((v) => v.value)).toEqual(items.slice(0, 40).map((i) => i.value));
      await c.vault.eraseSubject(items[1]!.subject);
      const needles = [...items.map((i) => i.value), ...items.map((i) => i.subject)];
      // Positive control: the scanner does find a value that is present.
      expect(leaks(Buffer.concat([randomBytes(64), Buffer.from(items[7]!.value, 'utf16le')]), needles)).toEqual([items[7]!.value]);
      // Scanned while open (live -wal/-shm) and again after close.
      if (backend.name === 'sqlite') {
        const files = filesUnder(opts.dataDir);
        expect(files.some((f) => f.endsWith('custos.db-wal'))).toBe(true);
        for (const f of files) expect({ file: f, leaks: leaks(readFileSync(f), needles) }).toEqual({ file: f, leaks: [] });
      } else {
        const dump = await postgresDump(opts.schema!);
        expect(dump.length).toBeGreaterThan(10_000);
        expect(leaks(dump, needles)).toEqual([]);
        for (const f of filesUnder(opts.dataDir)) expect(leaks(readFileSync(f), needles)).toEqual([]);
      }
    } finally {
      await c.close();
    }
    const needles = [...items.map((i) => i.value), ...items.map((i) => i.subject)];
    const files = filesUnder(opts.dataDir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect({ file: f, leaks: leaks(readFileSync(f), needles) }).toEqual({ file: f, leaks: [] });
    // The scan itself can find things: the needles are really there once decrypted.
    const again = await openCustos(opts);
    try {
      expect((await again.vault.detokenize([tokens[2]!]))[0]!.value).toBe(items[2]!.value);
    } finally {
      await again.close();
    }
  });
});
