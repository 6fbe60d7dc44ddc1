import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { openCustos, type Custos } from '../app/index.js';
import type { Principal, Role } from '../access/index.js';
import { SubjectErasedError } from '../vault/index.js';
import { testBackends, type TestBackend } from '../../test/support/backends.js';
import { LegalHoldError, PrivacyInputError, breachReportMarkdown } from './index.js';

const backends = await testBackends();
const DAY = 86_400_000;

/** A clock the test moves by hand. */
function handClock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    set(iso: string) {
      t = Date.parse(iso);
    },
    add(ms: number) {
      t += ms;
    },
  };
}

async function open(backend: TestBackend, clock: () => Date): Promise<Custos> {
  return openCustos({ ...backend.options(), create: true, clock, env: {} });
}

async function user(c: Custos, role: Role, name: string): Promise<Principal> {
  const { user } = await c.access.createUser({ name, role });
  return { userId: user.id, name: user.name, role: user.role };
}

/** Every byte of the SQLite database files (main, -wal, -shm), as latin1 so any substring survives. */
function rawDatabaseBytes(c: Custos): string {
  const file = c.store.file!;
  return [file, `${file}-wal`, `${file}-shm`]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString('latin1'))
    .join('\n');
}

describe.each(backends)('privacy on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('purges data past retention from the database, keeps held data, and the trail verifies', async () => {
    const clock = handClock('2026-06-01T12:00:00.000Z');
    const c = await open(backend, clock.now);
    try {
      const agent = await user(c, 'agent', 'agent-one');
      const qa = await user(c, 'qa_lead', 'qa-one');
      clock.set('2026-04-22T12:00:00.000Z'); // 40 days before "now"
      const old = await c.interactions.ingest(agent, {
        channel: 'chat',
        agentId: agent.userId,
        customerRef: 'cust-old',
        text: 'Hi, this is Zebulon Quartermaine, card 4111 1111 1111 1111, mail zebulon.q@example.com. The flamingoharmonica app crashes.',
      });
      const held = await c.interactions.ingest(agent, {
        channel: 'chat',
        agentId: agent.userId,
        customerRef: 'cust-held',
        text: 'My card is 5555 5555 5555 4444 and the xylophonicwalrus screen froze.',
      });
      clock.set('2026-05-27T12:00:00.000Z'); // 5 days before "now"
      const recent = await c.interactions.ingest(agent, {
        channel: 'chat',
        agentId: agent.userId,
        customerRef: 'cust-old',
        text: 'Call me on 415-555-0134 about the marzipantelescope order.',
      });
      clock.set('2026-06-01T12:00:00.000Z');
      expect(old.redactedText).toContain('flamingoharmonica');
      expect(old.redactedText).not.toContain('4111');

      await c.privacy.setRetention('u-admin', 'transcript', 30);
      await c.privacy.setRetention('u-admin', 'originals', 30);
      const hold = await c.privacy.placeHold('u-compliance', { interactionId: held.id, reason: 'dispute 17' });

      const dry = await c.privacy.purgeExpired({ dryRun: true });
      expect(dry.classes.transcript).toMatchObject({ removed: 1, heldBack: 1 });
      expect(dry.classes.originals.removed).toBe(old.entities.length);
      expect(dry.classes.originals.heldBack).toBe(held.entities.length);
      // A dry run changes nothing.
      expect((await c.interactions.get(qa, old.id)).redactedText).toContain('flamingoharmonica');

      const done = await c.privacy.purgeExpired();
      expect(done.dryRun).toBe(false);
      expect(done.classes.transcript).toMatchObject({ removed: 1, heldBack: 1, cutoff: '2026-05-02T12:00:00.000Z' });
      expect(done.classes.originals).toMatchObject({ removed: old.entities.length, heldBack: held.entities.length });
      expect(old.entities.length).toBeGreaterThanOrEqual(3);

      await expect(c.interactions.get(qa, old.id)).rejects.toThrow(/no such interaction/);
      const revealed = await c.interactions.reveal(qa, held.id, { reason: 'dispute 17 review' });
      expect(revealed.text).toContain('5555 5555 5555 4444');
      expect((await c.interactions.reveal(qa, recent.id, { reason: 'check' })).text).toContain('415-555-0134');

      // The rows are gone, not hidden.
      const left = await c.store.db.selectFrom('interactions').select('id').execute();
      expect(left.map((r) => r.id).sort()).toEqual([held.id, recent.id].sort());
      if (c.store.backend === 'sqlite') {
        const bytes = rawDatabaseBytes(c);
        expect(bytes).toContain('xylophonicwalrus'); // the scan sees stored text...
        expect(bytes).toContain('marzipantelescope');
        expect(bytes).not.toContain('flamingoharmonica'); // ...and the purged text is not there
        for (const original of ['Zebulon', 'Quartermaine', '4111 1111 1111 1111', 'zebulon.q@example.com', '5555 5555 5555 4444']) {
          expect(bytes).not.toContain(original);
        }
      }

      // One audit entry per purge, with counts; the chain still verifies.
      const purges = await c.audit.query({ action: 'retention.purge' });
      expect(purges.map((p) => p.details.dryRun)).toEqual([true, false]);
      expect(purges[1]!.details.counts).toMatchObject({ transcript: { removed: 1, heldBack: 1 } });
      expect(await c.audit.verify()).toMatchObject({ ok: true });

      // Released, the held interaction goes at the next purge, and its key with it.
      await c.privacy.releaseHold('u-compliance', hold.id);
      const after = await c.privacy.purgeExpired();
      expect(after.classes.transcript).toMatchObject({ removed: 1, heldBack: 0 });
      expect(after.classes.originals.keysDestroyed).toBe(1);
      if (c.store.backend === 'sqlite') expect(rawDatabaseBytes(c)).not.toContain('xylophonicwalrus');
      expect(await c.audit.verify()).toMatchObject({ ok: true });
    } finally {
      await c.close();
    }
  });

  it('purges expired originals while the redacted transcript stays: reveal then says the originals are gone', async () => {
    const clock = handClock('2026-01-01T00:00:00.000Z');
    const c = await open(backend, clock.now);
    try {
      const agent = await user(c, 'agent', 'agent-four');
      const qa = await user(c, 'qa_lead', 'qa-four');
      const one = await c.interactions.ingest(agent, { channel: 'chat', agentId: agent.userId, customerRef: 'cust-o', text: 'My SSN is 123-45-6789.' });
      clock.add(40 * DAY);
      await c.privacy.setRetention('u-admin', 'transcript', 365);
      await c.privacy.setRetention('u-admin', 'originals', 30);
      const report = await c.privacy.purgeExpired();
      expect(report.classes.transcript.removed).toBe(0);
      expect(report.classes.originals).toMatchObject({ removed: 1, keysDestroyed: 1 });
      expect((await c.interactions.get(qa, one.id)).redactedText).toContain('[US_SSN]');
      await expect(c.interactions.reveal(qa, one.id, { reason: 'check' })).rejects.toThrow(/originals were erased/);
      const exported = await c.privacy.exportSubject('u-compliance', 'cust-o');
      expect(exported.interactions[0]!.entities[0]).toMatchObject({ type: 'US_SSN', value: null });
      expect(exported.interactions[0]!.originalText).toBe(one.redactedText);
      expect(JSON.stringify(exported)).not.toContain('123-45-6789');
    } finally {
      await c.close();
    }
  });

  it('exports a customer, refuses erasure under hold, erases, and leaves nothing identifying', async () => {
    const clock = handClock('2026-06-01T12:00:00.000Z');
    const c = await open(backend, clock.now);
    try {
      const agent = await user(c, 'agent', 'agent-two');
      const ref = 'cust-e';
      const a = await c.interactions.ingest(agent, {
        channel: 'email',
        agentId: agent.userId,
        customerRef: ref,
        text: 'Dear team, my SSN is 123-45-6789 and my email is winifred.ostrander@example.org. Please fix the quokkabridge billing.',
        fields: { subject: 'Billing issue', threadId: 'thr-991' },
      });
      const b = await c.interactions.ingest(agent, { channel: 'chat', agentId: agent.userId, customerRef: ref, text: 'Thanks, that solved it.' });
      // Names the customer's reference in its text: no redacted copy of it may survive erasure.
      const named = await c.interactions.ingest(agent, { channel: 'chat', agentId: agent.userId, customerRef: ref, text: 'Account cust-e reports the printer jammed.' });
      await c.interactions.ingest(agent, { channel: 'chat', agentId: agent.userId, customerRef: 'cust-other', text: 'Card 4111 1111 1111 1111 please.' });
      await c.privacy.recordConsent(agent.userId, ref, { purpose: 'ai_processing', granted: true, source: 'web-form' });
      clock.add(1000);
      await c.privacy.recordConsent(agent.userId, ref, { purpose: 'ai_processing', granted: false, source: 'phone' });
      expect((await c.privacy.consentHistory(ref)).map((h) => h.granted)).toEqual([true, false]);
      expect(await c.privacy.hasConsent(ref, 'ai_processing')).toBe(false);
      expect(await c.privacy.hasConsent(ref, 'ai_processing', new Date(Date.parse('2026-06-01T12:00:00.500Z')))).toBe(true);

      const exported = await c.privacy.exportSubject('u-compliance', ref, { reason: 'DSAR 5' });
      expect(exported.interactions.map((i) => i.id).sort()).toEqual([a.id, b.id, named.id].sort());
      const ea = exported.interactions.find((i) => i.id === a.id)!;
      expect(ea.originalText).toContain('123-45-6789');
      expect(ea.originalText).toContain('winifred.ostrander@example.org');
      expect(ea.redactedText).not.toContain('123-45-6789');
      expect(exported.tokens.map((t) => t.value)).toEqual(expect.arrayContaining(['123-45-6789', 'winifred.ostrander@example.org']));
      expect(exported.consents).toHaveLength(2);
      expect(exported.auditEntries.map((e) => e.action)).toEqual(expect.arrayContaining(['interaction.ingest', 'consent.record']));
      // The export never touches another customer.
      expect(JSON.stringify(exported)).not.toContain('4111');
      const exportEntry = (await c.audit.query({ action: 'subject.export' }))[0]!;
      expect(exportEntry).toMatchObject({ actor: 'u-compliance', target: ref, reason: 'DSAR 5' });
      expect(exportEntry.details.types).toMatchObject({ US_SSN: 1, EMAIL_ADDRESS: 1 });

      // Holds on the customer, or on one of their interactions, block erasure.
      const onCustomer = await c.privacy.placeHold('u-compliance', { customerRef: ref, reason: 'litigation' });
      await expect(c.privacy.eraseSubject('u-compliance', ref, { reason: 'Art. 17 request' })).rejects.toThrow(LegalHoldError);
      await c.privacy.releaseHold('u-compliance', onCustomer.id);
      const onInteraction = await c.privacy.placeHold('u-compliance', { interactionId: b.id, reason: 'complaint' });
      await expect(c.privacy.eraseSubject('u-compliance', ref, { reason: 'Art. 17 request' })).rejects.toThrow(/legal hold/);
      await c.privacy.releaseHold('u-compliance', onInteraction.id);
      await expect(c.privacy.eraseSubject('u-compliance', ref, { reason: '' })).rejects.toThrow(PrivacyInputError);
      expect(await c.audit.query({ action: 'subject.erase' })).toHaveLength(2); // the two refusals

      const receipt = await c.privacy.eraseSubject('u-compliance', ref, { reason: 'Art. 17 request' });
      expect(receipt).toMatchObject({ customerRef: ref, keyDestroyed: true, tokensDestroyed: exported.tokens.length, consentsDeleted: 2 });
      expect(receipt.interactionsDeleted + receipt.interactionsAnonymized).toBe(3);
      expect(receipt.interactionsDeleted).toBeGreaterThanOrEqual(1);
      expect(await c.store.db.selectFrom('interactions').select('id').where('id', '=', named.id).execute()).toEqual([]);
      expect(await c.store.db.selectFrom('interactions').select('id').where('id', '=', b.id).execute()).toHaveLength(1);

      await expect(c.vault.detokenize([exported.tokens[0]!.token])).rejects.toThrow(SubjectErasedError);
      // The trail records the erasure without linking the customer to the transcripts kept.
      const eraseEntry = (await c.audit.query({ action: 'subject.erase' })).find((e) => e.outcome === 'ok')!;
      expect(eraseEntry).toMatchObject({ target: ref, reason: 'Art. 17 request', details: { keyDestroyed: true } });
      expect(JSON.stringify(eraseEntry)).not.toContain(a.id);
      expect(JSON.stringify(eraseEntry)).not.toContain(b.id);
      const again = await c.privacy.exportSubject('u-compliance', ref);
      expect(again.interactions).toEqual([]);
      expect(again.tokens).toEqual([]);
      expect(again.consents).toEqual([]);
      expect(await c.privacy.hasConsent(ref, 'ai_processing', new Date(Date.parse('2026-06-01T12:00:00.500Z')))).toBe(false);

      // Kept transcripts are unlinked: no customer reference, no tokens, no source-system ids.
      const kept = await c.store.db.selectFrom('interactions').selectAll().where('id', 'in', [a.id, b.id, named.id]).execute();
      expect(kept).toHaveLength(receipt.interactionsAnonymized);
      for (const row of kept) {
        expect(row.customer_ref).toMatch(/^erased:[0-9a-f]{16}$/);
        expect(row.fields).not.toContain('thr-991');
        expect(await c.store.db.selectFrom('interaction_spans').select('seq').where('interaction_id', '=', row.id).execute()).toEqual([]);
      }
      if (c.store.backend === 'sqlite') {
        const bytes = rawDatabaseBytes(c);
        for (const original of ['123-45-6789', 'winifred.ostrander@example.org', 'thr-991', 'reports the printer jammed']) expect(bytes).not.toContain(original);
      }
      expect(await c.audit.verify()).toMatchObject({ ok: true });
    } finally {
      await c.close();
    }
  });

  it('reports whose originals an actor disclosed, even after the customer was erased', async () => {
    const clock = handClock('2026-03-01T09:00:00.000Z');
    const c = await open(backend, clock.now);
    try {
      const agent = await user(c, 'agent', 'agent-three');
      const mallory = await user(c, 'qa_lead', 'mallory');
      const ingest = (customerRef: string, text: string) =>
        c.interactions.ingest(agent, { channel: 'chat', agentId: agent.userId, customerRef, text });
      const x1 = await ingest('cust-x', 'Card 4111 1111 1111 1111, SSN 123-45-6789.');
      const x2 = await ingest('cust-x', 'My email is xavier.plumtree@example.com.');
      const y1 = await ingest('cust-y', 'Card 5555 5555 5555 4444.');
      const z1 = await ingest('cust-z', 'Card 4000 0566 5566 5556.');
      clock.set('2026-03-02T10:00:00.000Z');
      await c.interactions.reveal(mallory, x1.id, { reason: 'qa' });
      await c.interactions.reveal(mallory, x2.id, { reason: 'qa' });
      await c.interactions.reveal(mallory, y1.id, { reason: 'qa', types: ['CREDIT_CARD'] });
      clock.set('2026-03-05T10:00:00.000Z'); // outside the window
      await c.interactions.reveal(mallory, z1.id, { reason: 'qa' });
      await c.privacy.eraseSubject('u-compliance', 'cust-y', { reason: 'request' });

      const report = await c.privacy.breachReport({
        actor: mallory.userId,
        from: '2026-03-02T00:00:00.000Z',
        to: '2026-03-03T00:00:00.000Z',
        detectedAt: '2026-03-06T08:00:00.000Z',
      });
      expect(report.subjects.map((s) => s.customerRef)).toEqual(['cust-x', 'cust-y']);
      expect(report.subjects[0]).toMatchObject({ disclosures: 2, types: { CREDIT_CARD: 1, US_SSN: 1, EMAIL_ADDRESS: 1 } });
      expect(report.subjects[1]).toMatchObject({ disclosures: 1, types: { CREDIT_CARD: 1 } });
      expect(report.notificationDeadline).toBe('2026-03-09T08:00:00.000Z');
      const md = breachReportMarkdown(report);
      expect(md).toContain('| cust-x | 2 |');
      expect(md).toContain('Notification deadline: 2026-03-09T08:00:00.000Z');
      await expect(c.privacy.breachReport({ actor: mallory.userId, from: 'yesterday', to: '2026-03-03T00:00:00Z' })).rejects.toThrow(/ISO 8601/);
    } finally {
      await c.close();
    }
  });

  it('labels personal data typed into hold reasons, release reasons and consent sources before keeping them', async () => {
    const c = await open(backend, () => new Date());
    try {
      const hold = await c.privacy.placeHold('u-compliance', { customerRef: 'cust-77', reason: 'dispute by jane doe, card 4111 1111 1111 1111' });
      expect(hold.reason).toBe('dispute by [PERSON], card [CREDIT_CARD]');
      await c.privacy.releaseHold('u-compliance', hold.id, 'settled, called back on 415-555-0134');
      const consent = await c.privacy.recordConsent('u-agent', 'cust-77', { purpose: 'analytics', granted: true, source: 'agent call, cb 415-555-0134' });
      expect(consent.source).toBe('agent call, cb [PHONE_NUMBER]');
      const kept = JSON.stringify([await c.audit.query(), await c.store.db.selectFrom('privacy_holds').selectAll().execute(), await c.store.db.selectFrom('privacy_consents').selectAll().execute()]);
      expect(kept).not.toMatch(/4111 1111|415-555-0134|jane doe/i);
    } finally {
      await c.close();
    }
  });

  it('refuses bad input with clear messages', async () => {
    const c = await open(backend, () => new Date());
    try {
      await expect(c.privacy.setRetention('u', 'audit', 30)).rejects.toThrow(/audit retention may not be shorter/);
      await expect(c.privacy.placeHold('u', { interactionId: 'int_missing', reason: 'x' })).rejects.toThrow(/no such interaction/);
      await expect(c.privacy.recordConsent('u', 'bad ref!', { purpose: 'analytics', granted: true, source: 'web' })).rejects.toThrow(/customerRef/);
      // A phone number or email as the reference would go onto the append-only trail: refused, by type only.
      await expect(c.privacy.recordConsent('u', '555-123-4567', { purpose: 'analytics', granted: true, source: 'web' })).rejects.toThrow(/not personal data \(it looks like PHONE_NUMBER\)/);
      await expect(c.privacy.placeHold('u', { customerRef: '123-45-6789', reason: 'x' })).rejects.toThrow(/not personal data \(it looks like US_SSN\)/);
      const entries = await c.audit.query();
      expect(JSON.stringify(entries)).not.toMatch(/555-123-4567|123-45-6789/);
      await expect(c.privacy.purgeExpired({ now: 'not-a-time' })).rejects.toThrow(/ISO 8601/);
      expect((await c.privacy.showRetention()).every((p) => p.days === null)).toBe(true);
      // Without policies a purge removes nothing, and says so once on the trail.
      const report = await c.privacy.purgeExpired({ now: new Date(Date.now() + 1000 * DAY) });
      expect(Object.values(report.classes).every((k) => k.removed === 0)).toBe(true);
    } finally {
      await c.close();
    }
  });
});
