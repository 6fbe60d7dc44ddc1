import { afterAll, describe, expect, it } from 'vitest';
import { openCustos, type Custos } from '../app/index.js';
import { generateSigningKeyPem, signerFromPem } from '../crypto/index.js';
import { entryHash, verifyExport } from './index.js';
import { testBackends, type TestBackend } from '../../test/support/backends.js';

const backends = await testBackends();

async function withEntries(backend: TestBackend, n: number): Promise<Custos> {
  const c = await openCustos({ ...backend.options(), create: true });
  // init's own entry is not there (openCustos does not write one); add n of ours.
  for (let i = 1; i <= n; i++) {
    await c.audit.record({ actor: `user-${i % 3}`, action: i % 2 ? 'vault.detokenize' : 'vault.tokenize', target: `tok_card_${i}`, reason: 'ticket 42', outcome: 'ok', details: { count: i, types: ['CREDIT_CARD'] } });
  }
  return c;
}

async function shiftFrom(c: Custos, seq: number, by: number): Promise<void> {
  // Two steps so the primary key never collides mid-update.
  await c.store.db.updateTable('audit_entries').set((eb) => ({ seq: eb('seq', '+', 1_000_000) })).where('seq', '>=', seq).execute();
  await c.store.db.updateTable('audit_entries').set((eb) => ({ seq: eb('seq', '-', 1_000_000 - by) })).where('seq', '>=', 1_000_000).execute();
}

describe.each(backends)('audit trail on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('appends a linear chain that verifies, with checkpoints and queries', async () => {
    const c = await withEntries(backend, 10);
    try {
      const v = await c.audit.verify();
      expect(v).toEqual({ ok: true, count: 10 });
      const cp = await c.audit.checkpoint();
      expect(cp.seq).toBe(10);
      const v2 = await c.audit.verify();
      expect(v2).toMatchObject({ ok: true, count: 10, lastCheckpoint: { seq: 10 } });
      const entries = await c.audit.query({});
      expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
      expect(entryHash(entries[4]!)).toBe(entries[4]!.hash);
      expect(entries[0]!.details).toEqual({ count: 1, types: ['CREDIT_CARD'] });
      expect((await c.audit.query({ actor: 'user-1' })).map((e) => e.seq)).toEqual([1, 4, 7, 10]);
      expect((await c.audit.query({ action: 'vault.tokenize', afterSeq: 4, limit: 2 })).map((e) => e.seq)).toEqual([6, 8]);
      expect((await c.audit.query({ from: entries[2]!.time, to: entries[2]!.time })).map((e) => e.seq)).toContain(3);
    } finally {
      await c.close();
    }
  });

  it('writes a signed checkpoint automatically every N entries', async () => {
    const opts = backend.options();
    const c = await openCustos({ ...opts, create: true });
    try {
      const { createAuditTrail } = await import('./index.js');
      const audit = createAuditTrail({ store: c.store, keys: c.keys, checkpointEvery: 4 });
      for (let i = 0; i < 9; i++) await audit.record({ actor: 'a', action: 'x', outcome: 'ok' });
      const cps = await c.store.db.selectFrom('audit_checkpoints').select('seq').orderBy('seq').execute();
      expect(cps.map((r) => Number(r.seq))).toEqual([4, 8]);
      expect(await audit.verify()).toMatchObject({ ok: true, count: 9, lastCheckpoint: { seq: 8 } });
    } finally {
      await c.close();
    }
  });

  it('names a changed entry', async () => {
    const c = await withEntries(backend, 10);
    try {
      await c.store.db.updateTable('audit_entries').set({ actor: 'mallory' }).where('seq', '=', 5).execute();
      expect(await c.audit.verify()).toEqual({ ok: false, count: 5, firstBad: { seq: 5, problem: 'changed' } });
    } finally {
      await c.close();
    }
  });

  it('names an entry whose details were replaced by non-JSON as changed', async () => {
    const c = await withEntries(backend, 4);
    try {
      await c.store.db.updateTable('audit_entries').set({ details: 'not json' }).where('seq', '=', 2).execute();
      expect(await c.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 2, problem: 'changed' } });
    } finally {
      await c.close();
    }
  });

  it('names a changed entry whose hash was recomputed (the link after it breaks)', async () => {
    const c = await withEntries(backend, 10);
    try {
      const [e] = await c.audit.query({ afterSeq: 5, limit: 1 });
      const forged = { ...e!, reason: 'nothing to see' };
      await c.store.db.updateTable('audit_entries').set({ reason: forged.reason, hash: entryHash(forged) }).where('seq', '=', 6).execute();
      expect(await c.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 6, problem: 'changed' } });
    } finally {
      await c.close();
    }
  });

  it('names a removed entry (gap, and renumbered over the gap)', async () => {
    const c = await withEntries(backend, 10);
    try {
      await c.store.db.deleteFrom('audit_entries').where('seq', '=', 4).execute();
      expect(await c.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 4, problem: 'removed' } });
      await shiftFrom(c, 5, -1);
      expect(await c.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 4, problem: 'removed' } });
    } finally {
      await c.close();
    }
  });

  it('names an inserted entry (forged hash, and even a correctly chained forgery)', async () => {
    const c = await withEntries(backend, 10);
    try {
      const [e4] = await c.audit.query({ afterSeq: 3, limit: 1 });
      await shiftFrom(c, 5, 1);
      const row = { seq: 5, time: e4!.time, actor: 'mallory', action: 'vault.detokenize', target: null, reason: null, outcome: 'ok', details: '{}', prev_hash: e4!.hash, hash: 'f'.repeat(64) };
      await c.store.db.insertInto('audit_entries').values(row).execute();
      expect(await c.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 5, problem: 'inserted' } });
      const hash = entryHash({ seq: 5, time: e4!.time, actor: 'mallory', action: 'vault.detokenize', outcome: 'ok', details: {}, prevHash: e4!.hash });
      await c.store.db.updateTable('audit_entries').set({ hash }).where('seq', '=', 5).execute();
      expect(await c.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 5, problem: 'inserted' } });
    } finally {
      await c.close();
    }
  });

  it('names reordered entries', async () => {
    const c = await withEntries(backend, 10);
    try {
      await c.store.db.updateTable('audit_entries').set({ seq: -1 }).where('seq', '=', 5).execute();
      await c.store.db.updateTable('audit_entries').set({ seq: 5 }).where('seq', '=', 6).execute();
      await c.store.db.updateTable('audit_entries').set({ seq: 6 }).where('seq', '=', -1).execute();
      expect(await c.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 5, problem: 'reordered' } });
    } finally {
      await c.close();
    }
  });

  it('catches a fully recomputed chain and a cut tail through the signed checkpoint', async () => {
    const c = await withEntries(backend, 10);
    try {
      await c.audit.checkpoint();
      // Rewrite entry 3 and recompute every hash after it: the chain is self-consistent again.
      const all = await c.audit.query({});
      let prev = all[1]!.hash;
      for (const e of all.slice(2)) {
        const changed = { ...e, prevHash: prev, ...(e.seq === 3 ? { actor: 'mallory' } : {}) };
        const hash = entryHash(changed);
        await c.store.db.updateTable('audit_entries').set({ actor: changed.actor, prev_hash: prev, hash }).where('seq', '=', e.seq).execute();
        prev = hash;
      }
      expect(await c.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 10, problem: 'bad-checkpoint' } });
    } finally {
      await c.close();
    }
    const d = await withEntries(backend, 10);
    try {
      await d.audit.checkpoint();
      await d.store.db.deleteFrom('audit_entries').where('seq', '>=', 9).execute();
      expect(await d.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 9, problem: 'removed' } });
      await d.store.db.updateTable('audit_checkpoints').set({ seq: 8 }).execute();
      expect(await d.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 8, problem: 'bad-checkpoint' } });
    } finally {
      await d.close();
    }
  });

  it('catches a cut tail, an entry written around the trail and a lost head without any checkpoint', async () => {
    const c = await withEntries(backend, 7);
    try {
      expect(await c.store.db.selectFrom('audit_checkpoints').selectAll().execute()).toEqual([]);
      await c.store.db.deleteFrom('audit_entries').where('seq', '>=', 6).execute();
      expect(await c.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 6, problem: 'removed' } });
    } finally {
      await c.close();
    }
    const d = await withEntries(backend, 5);
    try {
      // A well-formed sixth entry, hash and link recomputed, written straight into the table.
      const [last] = await d.audit.query({ afterSeq: 4 });
      const forged = { seq: 6, time: last!.time, actor: 'mallory', action: 'reveal', outcome: 'ok' as const, details: {}, prevHash: last!.hash };
      await d.store.db
        .insertInto('audit_entries')
        .values({ seq: 6, time: forged.time, actor: 'mallory', action: 'reveal', target: null, reason: null, outcome: 'ok', details: '{}', prev_hash: last!.hash, hash: entryHash(forged) })
        .execute();
      expect(await d.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 6, problem: 'inserted' } });
      await d.store.db.deleteFrom('audit_entries').where('seq', '=', 6).execute();
      expect(await d.audit.verify()).toMatchObject({ ok: true, count: 5 });
      await d.store.db.updateTable('audit_head').set({ seq: 4 }).execute();
      expect(await d.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 4, problem: 'bad-checkpoint' } });
      await d.store.db.deleteFrom('audit_head').execute();
      expect(await d.audit.verify()).toMatchObject({ ok: false, firstBad: { seq: 5, problem: 'bad-checkpoint' } });
    } finally {
      await d.close();
    }
  });

  it('keeps one chain under concurrent appends in one process', async () => {
    const c = await openCustos({ ...backend.options(), create: true });
    try {
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => c.audit.record({ actor: 'p', action: `a${i}`, outcome: 'ok' })));
      expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(await c.audit.verify()).toEqual({ ok: true, count: 30 });
    } finally {
      await c.close();
    }
  });

  it('exports JSONL with a final checkpoint that verifies offline, and detects tampering in the file', async () => {
    const c = await withEntries(backend, 7);
    try {
      const lines: string[] = [];
      await c.audit.exportJsonl((l) => {
        lines.push(l);
      });
      expect(lines).toHaveLength(8);
      expect(JSON.parse(lines[7]!)).toMatchObject({ kind: 'checkpoint', seq: 7 });
      const pem = c.audit.publicKeyPem();
      expect(await verifyExport(lines, pem)).toMatchObject({ ok: true, count: 7, lastCheckpoint: { seq: 7 } });
      const changed = [...lines];
      changed[2] = changed[2]!.replace('ticket 42', 'ticket 43');
      expect(await verifyExport(changed, pem)).toMatchObject({ ok: false, firstBad: { seq: 3, problem: 'changed' } });
      expect(await verifyExport([...lines.slice(0, 3), ...lines.slice(4)], pem)).toMatchObject({ ok: false, firstBad: { seq: 4, problem: 'removed' } });
      const otherKey = signerFromPem(generateSigningKeyPem()).publicKeyPem();
      expect(await verifyExport(lines, otherKey)).toMatchObject({ ok: false, firstBad: { seq: 7, problem: 'bad-checkpoint' } });
      expect(await verifyExport(lines.slice(0, 7), pem)).toMatchObject({ ok: false, firstBad: { problem: 'bad-checkpoint' } });
    } finally {
      await c.close();
    }
  });

  it('rejects malformed entries', async () => {
    const c = await openCustos({ ...backend.options(), create: true });
    try {
      await expect(c.audit.record({ actor: 'a', action: 'x', outcome: 'maybe' as never })).rejects.toThrow(/outcome/);
      await expect(c.audit.record({ actor: '', action: 'x', outcome: 'ok' })).rejects.toThrow(/actor/);
      expect(await c.audit.query()).toEqual([]);
    } finally {
      await c.close();
    }
  });
});
