import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCustos, type Custos } from '../app/index.js';
import type { Principal } from '../access/index.js';
import { testBackends } from '../../test/support/backends.js';
import { AccessDeniedError, InteractionInputError, InteractionNotFoundError, OriginalsErasedError } from './index.js';

const backends = await testBackends();

const CARD = '4111 1111 1111 1111';
const PHONE = '(415) 555-0132';
const EMAIL = 'pat.jones@example.com';
const TEXT = `customer: my card is ${CARD}, phone ${PHONE}, email ${EMAIL}. thanks`;

describe.each(backends)('interactions on $name', (backend) => {
  let custos: Custos;
  let dataDir: string;
  let sameStore: { databaseUrl?: string; schema?: string } = {};
  const p = {} as Record<'agentA' | 'agentB' | 'qa' | 'analyst' | 'compliance' | 'admin', Principal>;

  beforeAll(async () => {
    const options = backend.options();
    dataDir = options.dataDir;
    sameStore = { ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}), ...(options.schema ? { schema: options.schema } : {}) };
    custos = await openCustos({ ...options, create: true });
    for (const [key, role] of [
      ['agentA', 'agent'],
      ['agentB', 'agent'],
      ['qa', 'qa_lead'],
      ['analyst', 'analyst'],
      ['compliance', 'compliance'],
      ['admin', 'admin'],
    ] as const) {
      const { user } = await custos.access.createUser({ name: key, role });
      p[key] = { userId: user.id, name: key, role };
    }
  });

  afterAll(async () => {
    await custos?.close();
    await backend.cleanup();
  });

  it('stores only the redacted text, with spans pointing at labels and tokens into the vault', async () => {
    const view = await custos.interactions.ingest(p.agentA, { channel: 'chat', agentId: p.agentA.userId, customerRef: 'C-1', text: TEXT });
    for (const v of [CARD, PHONE, EMAIL]) expect(view.redactedText).not.toContain(v);
    for (const e of view.entities) expect(view.redactedText.slice(e.start, e.end)).toBe(`[${e.type}]`);
    const spans = await custos.interactions.storedSpans([view.id]);
    expect(spans.map((s) => s.type).sort()).toEqual(['CREDIT_CARD', 'EMAIL_ADDRESS', 'PHONE_NUMBER']);
    const values = await custos.vault.detokenize(spans.map((s) => s.token));
    expect(values.map((v) => v.value).sort()).toEqual([CARD, EMAIL, PHONE].sort());
    expect(values.every((v) => v.subject === 'C-1')).toBe(true);
    const row = await custos.store.db.selectFrom('interactions').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('4111');
    const [entry] = await custos.audit.query({ action: 'interaction.ingest', target: view.id });
    expect(entry).toMatchObject({ actor: p.agentA.userId, outcome: 'ok', details: { channel: 'chat' } });
  });

  it('keeps why each span was redacted (recognizer, score, cue or checksum) and returns it on read', async () => {
    const view = await custos.interactions.ingest(p.agentA, { channel: 'chat', agentId: p.agentA.userId, customerRef: 'C-9', text: TEXT });
    const card = view.entities.find((e) => e.type === 'CREDIT_CARD');
    expect(card).toMatchObject({ recognizer: 'CardNumberRecognizer', evidence: { checksum: 'luhn' } });
    expect(card!.score).toBeGreaterThan(0.4);
    const [read] = await custos.interactions.list(p.qa, { agentId: p.agentA.userId, limit: 100 }).then((r) => r.items.filter((i) => i.id === view.id));
    expect(read!.entities).toEqual(view.entities);
    const stored = await custos.store.db.selectFrom('interaction_spans').select('evidence').where('interaction_id', '=', view.id).execute();
    for (const s of stored) for (const v of [CARD, PHONE, EMAIL]) expect(s.evidence).not.toContain(v);
  });

  it('keeps a deterministic instrument index for cards and phones, equal across customers', async () => {
    const one = await custos.interactions.ingest(p.qa, { channel: 'asr', agentId: p.agentB.userId, customerRef: 'C-2', text: `card ${CARD} phone ${PHONE}` });
    const two = await custos.interactions.ingest(p.qa, { channel: 'asr', agentId: p.agentB.userId, customerRef: 'C-3', text: `card 4111-1111-1111-1111 phone ${PHONE}` });
    const spans = await custos.interactions.storedSpans([one.id, two.id]);
    const cards = spans.filter((s) => s.type === 'CREDIT_CARD');
    expect(cards).toHaveLength(2);
    expect(cards[0]!.instrumentIndex).toBeTruthy();
    expect(cards[0]!.instrumentIndex).toBe(cards[1]!.instrumentIndex);
    expect(cards[0]!.token).not.toBe(cards[1]!.token);
    expect(spans.filter((s) => s.type !== 'CREDIT_CARD' && s.type !== 'PHONE_NUMBER').every((s) => s.instrumentIndex === null)).toBe(true);
  });

  it('lets agents ingest only as themselves; admin, analyst and compliance not at all', async () => {
    const input = { channel: 'chat', agentId: p.agentB.userId, customerRef: 'C-1', text: 'hi' };
    await expect(custos.interactions.ingest(p.agentA, input)).rejects.toThrow(AccessDeniedError);
    for (const who of [p.admin, p.analyst, p.compliance]) await expect(custos.interactions.ingest(who, input)).rejects.toThrow(AccessDeniedError);
    const denied = await custos.audit.query({ action: 'interaction.ingest', actor: p.agentA.userId });
    expect(denied.some((e) => e.outcome === 'denied')).toBe(true);
    await expect(custos.interactions.ingest(p.qa, { ...input, agentId: p.analyst.userId })).rejects.toThrow(/existing agent/);
  });

  it('accepts only the declared fields of each channel', async () => {
    const base = { agentId: p.agentA.userId, customerRef: 'C-1', text: 'hello' };
    const ok = await custos.interactions.ingest(p.agentA, { ...base, channel: 'ticket', fields: { ticketId: 'T-1', priority: 'high', subject: `About ${EMAIL}` } });
    expect(ok.fields).toMatchObject({ ticketId: 'T-1', priority: 'high' });
    expect(ok.fields.subject).toBe('About [EMAIL_ADDRESS]');
    await expect(custos.interactions.ingest(p.agentA, { ...base, channel: 'chat', fields: { callId: 'x' } })).rejects.toThrow(/field "callId" is not accepted for channel chat/);
    await expect(custos.interactions.ingest(p.agentA, { ...base, channel: 'ticket', fields: { priority: 'asap' } })).rejects.toThrow(InteractionInputError);
    await expect(custos.interactions.ingest(p.agentA, { ...base, channel: 'asr', fields: { 'bad name!': 1 } })).rejects.toThrow(/invalid name/);
    await expect(custos.interactions.ingest(p.agentA, { ...base, channel: 'asr', fields: { callId: EMAIL } })).rejects.not.toThrow(new RegExp(EMAIL));
    // An identifier field holding a card number would be stored in clear: refused, without echoing it.
    const asCallId = custos.interactions.ingest(p.agentA, { ...base, channel: 'asr', fields: { callId: '4111111111111111' } });
    await expect(asCallId).rejects.toThrow(/field "callId" must not hold personal data \(it looks like CREDIT_CARD\)/);
  });

  it('refuses a customer reference that is itself personal data, without echoing it, and stores nothing', async () => {
    const base = { channel: 'chat', agentId: p.agentA.userId, text: 'hello there' };
    for (const [ref, type] of [
      ['4155550132', 'PHONE_NUMBER'],
      ['4111111111111111', 'CREDIT_CARD'],
      ['10.20.30.40', 'IP_ADDRESS'],
    ] as const) {
      const err = await custos.interactions.ingest(p.agentA, { ...base, customerRef: ref }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InteractionInputError);
      expect((err as Error).message).toContain(type);
      expect((err as Error).message).not.toContain(ref);
      const rows = await custos.store.db.selectFrom('interactions').select('id').where('customer_ref', '=', ref).execute();
      expect(rows).toEqual([]);
    }
    // Opaque CRM keys, digits included, stay accepted.
    for (const ref of ['CUST-1001', 'CRM:000123456', 'ACC-12345678']) {
      expect((await custos.interactions.ingest(p.agentA, { ...base, customerRef: ref })).customerRef).toBe(ref);
    }
  });

  it('keeps values typed into a reveal reason or an interaction id off the audit trail', async () => {
    const view = await custos.interactions.ingest(p.agentA, { channel: 'chat', agentId: p.agentA.userId, customerRef: 'C-REASON', text: TEXT });
    await custos.interactions.reveal(p.qa, view.id, { reason: `customer disputes card ${CARD}, call back on ${PHONE}` });
    const [entry] = await custos.audit.query({ action: 'interaction.reveal', target: view.id });
    expect(entry!.reason).toBe('customer disputes card [CREDIT_CARD], call back on [PHONE_NUMBER]');
    await expect(custos.interactions.get(p.qa, '4111111111111111')).rejects.toThrow(InteractionNotFoundError);
    await expect(custos.interactions.reveal(p.qa, `int_${EMAIL}`, { reason: 'x' })).rejects.toThrow(InteractionNotFoundError);
    // A well-formed id that does not exist is still recorded as the target.
    const missing = 'int_00000000-0000-4000-8000-000000000000';
    await expect(custos.interactions.get(p.qa, missing)).rejects.toThrow(InteractionNotFoundError);
    const trail = JSON.stringify(await custos.audit.query({ actor: p.qa.userId, limit: 1000 }));
    for (const v of ['4111111111111111', CARD, PHONE, EMAIL]) expect(trail).not.toContain(v);
    expect(trail).toContain(missing);
  });

  it('scopes list and get: agents see their own, others per the table, admin nothing', async () => {
    const mine = await custos.interactions.list(p.agentA);
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.agentId === p.agentA.userId)).toBe(true);
    const all = await custos.interactions.list(p.analyst, { limit: 200 });
    expect(all.items.some((i) => i.agentId === p.agentB.userId)).toBe(true);
    await expect(custos.interactions.list(p.admin)).rejects.toThrow(AccessDeniedError);
    const foreign = all.items.find((i) => i.agentId === p.agentB.userId)!;
    await expect(custos.interactions.get(p.agentA, foreign.id)).rejects.toThrow(InteractionNotFoundError);
    expect((await custos.interactions.get(p.agentB, foreign.id)).id).toBe(foreign.id);
    await expect(custos.interactions.list(p.qa, { limit: 0 })).rejects.toThrow(/limit/);
    await expect(custos.interactions.list(p.qa, { cursor: 'garbage' })).rejects.toThrow(/cursor/);
  });

  it('reveals chosen types with a reason, refuses analysts, and says so once the customer is erased', async () => {
    const view = await custos.interactions.ingest(p.agentA, { channel: 'chat', agentId: p.agentA.userId, customerRef: 'C-ERASE', text: TEXT });
    const all = await custos.interactions.reveal(p.compliance, view.id, { reason: 'complaint 42' });
    expect(all.text).toBe(TEXT);
    const some = await custos.interactions.reveal(p.qa, view.id, { reason: 'check', types: ['EMAIL_ADDRESS'] });
    expect(some.text).toContain(EMAIL);
    expect(some.text).toContain('[CREDIT_CARD]');
    await expect(custos.interactions.reveal(p.qa, view.id, { reason: ' ' })).rejects.toThrow(/reason/);
    await expect(custos.interactions.reveal(p.qa, view.id, { reason: 'x', types: ['NOPE'] })).rejects.toThrow(/types/);
    await expect(custos.interactions.reveal(p.analyst, view.id, { reason: 'x' })).rejects.toThrow(AccessDeniedError);
    // The owner may read but not reveal; another agent learns nothing of the interaction at all.
    await expect(custos.interactions.reveal(p.agentA, view.id, { reason: 'x' })).rejects.toThrow(AccessDeniedError);
    await expect(custos.interactions.reveal(p.agentB, view.id, { reason: 'x' })).rejects.toThrow(InteractionNotFoundError);
    const audited = await custos.audit.query({ action: 'interaction.reveal', target: view.id });
    expect(audited.filter((e) => e.outcome === 'ok').map((e) => e.reason)).toEqual(['complaint 42', 'check']);
    expect(audited.some((e) => e.outcome === 'denied' && e.actor === p.analyst.userId)).toBe(true);

    await custos.vault.eraseSubject('C-ERASE');
    await expect(custos.interactions.reveal(p.qa, view.id, { reason: 'after erasure' })).rejects.toThrow(OriginalsErasedError);
    expect((await custos.interactions.get(p.qa, view.id)).redactedText).toBe(view.redactedText);
  });

  // Two nodes (two pools on one PostgreSQL) ingesting the first calls of one new customer at once:
  // every ingest succeeds on its first attempt (there is no retry) and all share one vault key.
  it.runIf(backend.name === 'postgres')('ingests first interactions of a new customer from two nodes at once', async () => {
    const other = await openCustos({ dataDir, ...sameStore });
    try {
      const customerRef = 'C-NEW-RACE';
      const results = await Promise.allSettled(
        Array.from({ length: 16 }, (_, i) =>
          (i % 2 === 0 ? custos : other).interactions.ingest(p.agentA, {
            channel: 'chat',
            agentId: p.agentA.userId,
            customerRef,
            text: `my email is racer${i}@example.com`,
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      const ids = results.map((r) => (r as PromiseFulfilledResult<{ id: string }>).value.id);
      const spans = await other.interactions.storedSpans(ids);
      expect(spans).toHaveLength(16);
      const values = await custos.vault.detokenize(spans.map((s) => s.token));
      expect(values.map((v) => v.value).sort()).toEqual(Array.from({ length: 16 }, (_, i) => `racer${i}@example.com`).sort());
      const keyRows = await custos.store.db.selectFrom('vault_subjects').select('subject_id').where('subject_id', '=', custos.vault.subjectId(customerRef)).execute();
      expect(keyRows).toHaveLength(1);
      expect((await custos.audit.verify()).ok).toBe(true);
    } finally {
      await other.close();
    }
  });

  it.runIf(backend.name === 'sqlite')('writes nothing when the transaction fails, and no original reaches the file', async () => {
    const before = await custos.store.db.selectFrom('vault_tokens').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    // A real failure inside the transaction: the audit table is briefly gone, so the append fails.
    await custos.store.db.schema.alterTable('audit_entries').renameTo('audit_entries_away').execute();
    try {
      await expect(
        custos.interactions.ingest(p.agentA, { channel: 'chat', agentId: p.agentA.userId, customerRef: 'C-ATOMIC', text: `card ${CARD}` }),
      ).rejects.toThrow();
    } finally {
      await custos.store.db.schema.alterTable('audit_entries_away').renameTo('audit_entries').execute();
    }
    const after = await custos.store.db.selectFrom('vault_tokens').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const rows = await custos.store.db.selectFrom('interactions').select('id').where('customer_ref', '=', 'C-ATOMIC').execute();
    expect(rows).toEqual([]);
    await custos.store.scrub();
    const bytes = readdirSync(dataDir)
      .filter((f) => f.startsWith('custos.db'))
      .map((f) => readFileSync(join(dataDir, f)).toString('latin1'))
      .join('');
    for (const v of [CARD, PHONE, EMAIL]) expect(bytes).not.toContain(v);
  });
});

