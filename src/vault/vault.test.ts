import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { openCustos, type Custos } from '../app/index.js';
import { DecryptionError, initKeys, loadKeys } from '../crypto/index.js';
import { openStore } from '../store/index.js';
import { createVault, SubjectErasedError, TokenNotFoundError, TOKEN_PATTERN, VaultInputError } from './index.js';
import { testBackends, type TestBackend } from '../../test/support/backends.js';

const backends = await testBackends();

async function open(backend: TestBackend, opts: { dataDir?: string; schema?: string; databaseUrl?: string } = {}): Promise<Custos> {
  const o = { ...backend.options(), ...opts };
  return openCustos({ ...o, create: true });
}

describe.each(backends)('vault on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('tokenizes and detokenizes in order, with typed random tokens', async () => {
    const c = await open(backend);
    try {
      const tokens = await c.vault.tokenize([
        { subject: 'cust-1', type: 'CREDIT_CARD', value: '4111 1111 1111 1111' },
        { subject: 'cust-1', type: 'EMAIL_ADDRESS', value: 'ann@example.com' },
        { subject: 'cust-2', type: 'US_SSN', value: '123-45-6789' },
        { subject: 'cust-1', type: 'CREDIT_CARD', value: '4111 1111 1111 1111' },
      ]);
      expect(tokens[0]).toMatch(/^tok_card_[a-z2-7]{26}$/);
      expect(tokens[1]).toMatch(/^tok_email_/);
      expect(tokens[2]).toMatch(/^tok_ssn_/);
      expect(tokens[3]).not.toBe(tokens[0]);
      for (const t of tokens) expect(t).toMatch(TOKEN_PATTERN);
      const values = await c.vault.detokenize([tokens[2]!, tokens[0]!, tokens[1]!]);
      expect(values).toEqual([
        { token: tokens[2], type: 'US_SSN', subject: 'cust-2', value: '123-45-6789' },
        { token: tokens[0], type: 'CREDIT_CARD', subject: 'cust-1', value: '4111 1111 1111 1111' },
        { token: tokens[1], type: 'EMAIL_ADDRESS', subject: 'cust-1', value: 'ann@example.com' },
      ]);
      const listed = await c.vault.listSubjectTokens('cust-1');
      expect(listed.map((t) => t.token).sort()).toEqual([tokens[0], tokens[1], tokens[3]].sort());
      await expect(c.vault.detokenize(['tok_card_aaaaaaaaaaaaaaaaaaaaaaaaaa'])).rejects.toThrow(TokenNotFoundError);
      await expect(c.vault.detokenize(['4111111111111111'])).rejects.toThrow(TokenNotFoundError);
      await expect(c.vault.detokenize(['4111111111111111'])).rejects.not.toThrow(/4111/);
      const err = await c.vault.detokenize(['4111111111111111']).catch((e: unknown) => e);
      expect(JSON.stringify({ ...(err as object) })).not.toContain('4111');
    } finally {
      await c.close();
    }
  });

  it('gives deterministic tokens per type across subjects, and instrument indexes', async () => {
    const c = await open(backend);
    try {
      const [a, b, e, x] = await c.vault.tokenize([
        { subject: 'cust-1', type: 'CREDIT_CARD', value: '4111 1111 1111 1111', deterministic: true },
        { subject: 'cust-2', type: 'CREDIT_CARD', value: '4111-1111-1111-1111', deterministic: true },
        { subject: 'cust-1', type: 'CREDIT_CARD', value: '4111111111111111', deterministic: true },
        { subject: 'cust-1', type: 'BANK_ACCOUNT', value: '4111111111111111', deterministic: true },
      ]);
      expect(a).toBe(b);
      expect(a).toBe(e);
      expect(x).not.toBe(a);
      const [again] = await c.vault.tokenize([{ subject: 'cust-3', type: 'CREDIT_CARD', value: '4111111111111111', deterministic: true }]);
      expect(again).toBe(a);
      expect(c.vault.instrumentIndex('CREDIT_CARD', '4111 1111 1111 1111')).toBe(c.vault.instrumentIndex('CREDIT_CARD', '4111111111111111'));
      expect(c.vault.instrumentIndex('CREDIT_CARD', '4111111111111111')).not.toContain('4111');
      expect(c.vault.instrumentIndex('CREDIT_CARD', '4111111111111111')).not.toBe(c.vault.instrumentIndex('IBAN', '4111111111111111'));
      // Erasing one holder keeps the others' copy; erasing all makes it an erased token.
      await c.vault.eraseSubject('cust-1');
      expect((await c.vault.detokenize([a!]))[0]!.subject).toBe('cust-2');
      await c.vault.eraseSubject('cust-2');
      await c.vault.eraseSubject('cust-3');
      await expect(c.vault.detokenize([a!])).rejects.toThrow(SubjectErasedError);
    } finally {
      await c.close();
    }
  });

  it('erases a subject by destroying its key; its tokens then say so', async () => {
    const c = await open(backend);
    try {
      const tokens = await c.vault.tokenize([
        { subject: 'erase-me', type: 'PHONE_NUMBER', value: '+1 415 555 0100' },
        { subject: 'erase-me', type: 'PERSON', value: 'Zed Zebulon' },
        { subject: 'keep-me', type: 'PERSON', value: 'Kim Keeper' },
      ]);
      const receipt = await c.vault.eraseSubject('erase-me');
      expect(receipt).toMatchObject({ subject: 'erase-me', tokensDestroyed: 2, keyDestroyed: true });
      expect(Date.parse(receipt.erasedAt)).not.toBeNaN();
      const err = await c.vault.detokenize([tokens[0]!]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SubjectErasedError);
      expect(String((err as Error).message)).toMatch(/erased/);
      expect(String((err as Error).message)).not.toMatch(/erase-me|555/);
      expect((await c.vault.detokenize([tokens[2]!]))[0]!.value).toBe('Kim Keeper');
      expect(await c.vault.listSubjectTokens('erase-me')).toEqual([]);
      const subjects = await c.store.db.selectFrom('vault_subjects').select('subject_id').execute();
      expect(subjects).toHaveLength(1);
      // Erasing again is harmless and reports nothing left to destroy.
      expect(await c.vault.eraseSubject('erase-me')).toMatchObject({ tokensDestroyed: 0, keyDestroyed: false });
      // The same reference can come back as a new subject with a new key.
      const [fresh] = await c.vault.tokenize([{ subject: 'erase-me', type: 'PERSON', value: 'Zed Again' }]);
      expect((await c.vault.detokenize([fresh!]))[0]!.value).toBe('Zed Again');
      await expect(c.vault.detokenize([tokens[1]!])).rejects.toThrow(SubjectErasedError);
    } finally {
      await c.close();
    }
  });

  it('stores subject references only as HMAC ids', async () => {
    const c = await open(backend);
    try {
      await c.vault.tokenize([{ subject: 'customer-ref-998877', type: 'IP_ADDRESS', value: '10.1.2.3' }]);
      const rows = await c.store.db.selectFrom('vault_subjects').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain('998877');
      const trows = await c.store.db.selectFrom('vault_tokens').selectAll().execute();
      expect(trows[0].subject_id).toBe(c.vault.subjectId('customer-ref-998877'));
    } finally {
      await c.close();
    }
  });

  it('binds each ciphertext to its row: a value copied into another row fails to open', async () => {
    const c = await open(backend);
    try {
      const [t1, t2] = await c.vault.tokenize([
        { subject: 's', type: 'CARD_CVV', value: '123' },
        { subject: 's', type: 'CARD_CVV', value: '456' },
      ]);
      const row1 = await c.store.db.selectFrom('vault_tokens').select('value').where('token', '=', t1!).executeTakeFirstOrThrow();
      await c.store.db.updateTable('vault_tokens').set({ value: row1.value }).where('token', '=', t2!).execute();
      await expect(c.vault.detokenize([t2!])).rejects.toThrow(DecryptionError);
      expect((await c.vault.detokenize([t1!]))[0]!.value).toBe('123');
    } finally {
      await c.close();
    }
  });

  it('cannot be read with another installation\'s keys (wrong key)', async () => {
    const opts = backend.options();
    const c = await openCustos({ ...opts, create: true });
    const [t] = await c.vault.tokenize([{ subject: 's', type: 'US_SSN', value: '078-05-1120' }]);
    await c.close();
    // The same database read with keys from another installation.
    const strangerDir = backend.options().dataDir;
    initKeys(strangerDir, { env: {} });
    const store = await openStore(opts);
    const stranger = createVault({ store, keys: loadKeys(strangerDir, { env: {} }) });
    try {
      await expect(stranger.detokenize([t!])).rejects.toThrow(DecryptionError);
    } finally {
      await store.close();
    }
  });

  it('rotates the KEK: old and new tokens detokenize, status counts move, the old version retires', async () => {
    const c = await open(backend);
    try {
      const before = await c.vault.tokenize(
        Array.from({ length: 30 }, (_, i) => ({ subject: `rot-${i}`, type: 'EMAIL_ADDRESS' as const, value: `person${i}@example.org` })),
      );
      expect(await c.vault.keysStatus()).toMatchObject([{ version: 1, current: true, dataKeys: 30 }]);
      // Reads interleaved with the batches keep working.
      const seen: number[] = [];
      const report = await c.vault.rotateKek({
        batchSize: 7,
        onBatch: (done) => {
          seen.push(done);
        },
      });
      expect(report).toMatchObject({ previousVersion: 1, currentVersion: 2, rewrapped: 30, retired: [1] });
      expect(seen).toEqual([7, 14, 21, 28, 30]);
      const after = await c.vault.tokenize([{ subject: 'rot-new', type: 'EMAIL_ADDRESS', value: 'new@example.org' }]);
      const values = await c.vault.detokenize([...before, ...after]);
      expect(values[0]!.value).toBe('person0@example.org');
      expect(values[30]!.value).toBe('new@example.org');
      const status = await c.vault.keysStatus();
      expect(status).toHaveLength(2);
      expect(status[0]).toMatchObject({ version: 1, current: false, dataKeys: 0 });
      expect(status[0]!.retiredAt).toBeTruthy();
      expect(status[1]).toMatchObject({ version: 2, current: true, dataKeys: 31 });
    } finally {
      await c.close();
    }
  });

  it('keeps reads working during a rotation running concurrently', async () => {
    const c = await open(backend);
    try {
      const tokens = await c.vault.tokenize(
        Array.from({ length: 40 }, (_, i) => ({ subject: `conc-${i}`, type: 'PERSON' as const, value: `Name ${i}` })),
      );
      const rotation = c.vault.rotateKek({ batchSize: 5 });
      const reads = Promise.all(Array.from({ length: 10 }, () => c.vault.detokenize(tokens)));
      const [report, results] = await Promise.all([rotation, reads]);
      expect(report.rewrapped).toBe(40);
      for (const r of results) expect(r.map((v) => v.value)).toEqual(tokens.map((_, i) => `Name ${i}`));
    } finally {
      await c.close();
    }
  });

  it('purges originals created before a cutoff (retention)', async () => {
    let now = new Date('2026-01-01T00:00:00.000Z');
    const c = await openCustos({ ...backend.options(), create: true, clock: () => now });
    try {
      const [old] = await c.vault.tokenize([{ subject: 's', type: 'POSTAL_CODE', value: '94105' }]);
      now = new Date('2026-03-01T00:00:00.000Z');
      const [recent] = await c.vault.tokenize([{ subject: 's', type: 'POSTAL_CODE', value: '10001' }]);
      expect(await c.vault.purgeTokensCreatedBefore('2026-02-01T00:00:00Z')).toBe(1);
      await expect(c.vault.detokenize([old!])).rejects.toThrow(TokenNotFoundError);
      expect((await c.vault.detokenize([recent!]))[0]!.value).toBe('10001');
      await expect(c.vault.purgeTokensCreatedBefore('yesterday')).rejects.toThrow(VaultInputError);
    } finally {
      await c.close();
    }
  });

  it('rejects bad input without writing anything', async () => {
    const c = await open(backend);
    try {
      await expect(c.vault.tokenize([{ subject: 's', type: 'SHOE_SIZE' as never, value: '9' }])).rejects.toThrow(VaultInputError);
      await expect(
        c.vault.tokenize([
          { subject: 's', type: 'PERSON', value: 'Ok Name' },
          { subject: '', type: 'PERSON', value: 'x' },
        ]),
      ).rejects.toThrow(VaultInputError);
      await expect(c.vault.tokenize([{ subject: 's', type: 'PERSON', value: '' }])).rejects.toThrow(VaultInputError);
      expect(await c.store.db.selectFrom('vault_tokens').selectAll().execute()).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('rolls tokenization back when the surrounding transaction fails (e.g. its audit entry)', async () => {
    const c = await open(backend);
    try {
      await expect(
        c.store.transaction(async (trx) => {
          await c.vault.tokenize([{ subject: 'tx', type: 'IBAN', value: 'DE89370400440532013000' }], { trx });
          await c.audit.append(trx, { actor: '', action: 'vault.tokenize', outcome: 'ok' });
        }),
      ).rejects.toThrow(/actor/);
      expect(await c.store.db.selectFrom('vault_tokens').selectAll().execute()).toEqual([]);
      expect(await c.store.db.selectFrom('vault_subjects').selectAll().execute()).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('handles large batches', async () => {
    const c = await open(backend);
    try {
      const items = Array.from({ length: 1500 }, (_, i) => ({
        subject: `bulk-${i % 50}`,
        type: 'CREDIT_CARD' as const,
        value: `4000${String(i).padStart(12, '0')}`,
        deterministic: i % 3 === 0,
      }));
      const tokens = await c.vault.tokenize(items);
      const values = await c.vault.detokenize(tokens);
      expect(values.map((v) => v.value)).toEqual(items.map((i) => i.value));
      expect(values.map((v) => v.subject)).toEqual(items.map((i) => i.subject));
    } finally {
      await c.close();
    }
  });

  it('lets concurrent transactions create the same new subject and deterministic token', async () => {
    const c = await open(backend);
    try {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          c.vault.tokenize([
            { subject: 'racing-subject', type: 'PERSON', value: `Racer ${i}` },
            { subject: 'racing-subject', type: 'EMAIL_ADDRESS', value: 'race@example.com', deterministic: true },
          ]),
        ),
      );
      expect(new Set(results.map((r) => r[1])).size).toBe(1);
      const values = await c.vault.detokenize(results.map((r) => r[0]!));
      expect(values.map((v) => v.value)).toEqual(Array.from({ length: 8 }, (_, i) => `Racer ${i}`));
      expect(await c.store.db.selectFrom('vault_subjects').selectAll().execute()).toHaveLength(1);
    } finally {
      await c.close();
    }
  });

  // PostgreSQL only: two SQLite connections in one thread block each other's busy wait (the
  // single-process case is the test above; two SQLite processes are in test/audit-concurrency).
  it.runIf(backend.name === 'postgres')('creates a new subject\'s key exactly once when two nodes tokenize it first at the same time', async () => {
    // Two installations on one database (two connection pools, as two `custos serve` nodes would
    // have), each firing many first tokenizes for subjects neither has seen yet.
    const opts = backend.options();
    const a = await openCustos({ ...opts, create: true });
    const b = await openCustos(opts);
    try {
      for (let round = 0; round < 6; round++) {
        const subject = `first-time-${round}`;
        const calls = Array.from({ length: 16 }, (_, i) =>
          (i % 2 === 0 ? a : b).vault.tokenize([{ subject, type: 'PERSON', value: `Caller ${round}-${i}` }]),
        );
        const results = await Promise.allSettled(calls);
        const failed = results.filter((r) => r.status === 'rejected');
        expect(failed.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
        const tokens = results.map((r) => (r as PromiseFulfilledResult<string[]>).value[0]!);
        // Both nodes read every value back: one key, shared.
        expect((await a.vault.detokenize(tokens)).map((v) => v.value)).toEqual(tokens.map((_, i) => `Caller ${round}-${i}`));
        expect((await b.vault.detokenize(tokens)).map((v) => v.subject)).toEqual(tokens.map(() => subject));
        const keysRows = await a.store.db.selectFrom('vault_subjects').select('subject_id').where('subject_id', '=', a.vault.subjectId(subject)).execute();
        expect(keysRows).toHaveLength(1);
      }
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('gives the random tokens of one call a shared random lead (index locality), 90 bits of their own, and a new lead per call', async () => {
    const c = await open(backend);
    try {
      const mk = () => c.vault.tokenize(Array.from({ length: 50 }, (_, i) => ({ subject: `lead-${i % 3}`, type: 'PERSON' as const, value: `N ${i}` })));
      const [one, two] = [await mk(), await mk()];
      const lead = (t: string) => t.slice(t.lastIndexOf('_') + 1, t.lastIndexOf('_') + 9);
      expect(new Set(one.map(lead)).size).toBe(1);
      expect(new Set(two.map(lead)).size).toBe(1);
      expect(lead(one[0]!)).not.toBe(lead(two[0]!));
      expect(new Set([...one, ...two].map((t) => t.slice(-18))).size).toBe(100);
    } finally {
      await c.close();
    }
  });

  it('random tokens do not repeat', async () => {
    const c = await open(backend);
    try {
      const tokens = await c.vault.tokenize(Array.from({ length: 500 }, () => ({ subject: 'r', type: 'ZIP' as never, value: '1' })).map((i) => ({ ...i, type: 'POSTAL_CODE' as const, value: randomBytes(4).toString('hex') })));
      expect(new Set(tokens).size).toBe(500);
    } finally {
      await c.close();
    }
  });
});
