import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { testBackends } from '../../test/support/backends.js';
import { privacyMigrations } from './migrations.js';
import { readRetention, setRetentionRow, validateRetention, retentionCutoff } from './retention.js';
import { appendConsent, consentHistory, hasConsent, validateConsent } from './consent.js';
import { holdsCoveringSubject, insertHold, markHoldReleased, selectHolds, validateHoldRequest } from './holds.js';
import { MIN_AUDIT_RETENTION_DAYS, PrivacyInputError, PrivacyNotFoundError } from './types.js';

const backends = await testBackends();

describe('retention input', () => {
  it('accepts known classes and whole days, refuses the rest with a clear message', () => {
    expect(validateRetention('originals', '30')).toEqual({ dataClass: 'originals', days: 30 });
    expect(() => validateRetention('photos', 30)).toThrow(/unknown data class/);
    expect(() => validateRetention('transcript', 0)).toThrow(PrivacyInputError);
    expect(() => validateRetention('transcript', '1.5')).toThrow(/whole number/);
    expect(() => validateRetention('audit', 365)).toThrow(/audit retention may not be shorter/);
    expect(validateRetention('audit', MIN_AUDIT_RETENTION_DAYS).days).toBe(MIN_AUDIT_RETENTION_DAYS);
  });
});

describe.each(backends)('privacy ledgers on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('keeps one policy per class and computes its cutoff', async () => {
    const store = await openStore(backend.options());
    try {
      await store.migrate(privacyMigrations);
      expect((await readRetention(store.db)).map((p) => p.days)).toEqual([null, null, null, null]);
      await setRetentionRow(store.db, 'originals', 30, 'u1', '2026-01-01T00:00:00.000Z');
      await setRetentionRow(store.db, 'originals', 45, 'u2', '2026-01-02T00:00:00.000Z');
      const policies = await readRetention(store.db);
      const originals = policies.find((p) => p.dataClass === 'originals')!;
      expect(originals).toMatchObject({ days: 45, updatedBy: 'u2' });
      expect(retentionCutoff(originals, new Date('2026-03-01T00:00:00.000Z'))).toBe('2026-01-15T00:00:00.000Z');
      expect(retentionCutoff(policies.find((p) => p.dataClass === 'transcript')!, new Date())).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('keeps the consent history and answers as of a time', async () => {
    const store = await openStore(backend.options());
    try {
      await store.migrate(privacyMigrations);
      expect(await hasConsent(store.db, 'cust-1', 'ai_processing')).toBe(false);
      await appendConsent(store.db, 'cust-1', validateConsent({ purpose: 'ai_processing', granted: true, source: 'ivr' }), 'a1', '2026-01-01T00:00:00.000Z');
      await appendConsent(store.db, 'cust-1', validateConsent({ purpose: 'ai_processing', granted: false, source: 'web' }), 'a1', '2026-02-01T00:00:00.000Z');
      await appendConsent(store.db, 'cust-2', validateConsent({ purpose: 'model_training', granted: true, source: 'web' }), 'a1', '2026-01-05T00:00:00.000Z');
      expect(await hasConsent(store.db, 'cust-1', 'ai_processing')).toBe(false);
      expect(await hasConsent(store.db, 'cust-1', 'ai_processing', '2026-01-15T00:00:00.000Z')).toBe(true);
      expect(await hasConsent(store.db, 'cust-1', 'ai_processing', '2025-12-31T00:00:00.000Z')).toBe(false);
      expect(await hasConsent(store.db, 'cust-1', 'model_training')).toBe(false);
      expect(await hasConsent(store.db, 'cust-2', 'model_training')).toBe(true);
      const history = await consentHistory(store.db, 'cust-1');
      expect(history.map((h) => [h.granted, h.source])).toEqual([
        [true, 'ivr'],
        [false, 'web'],
      ]);
      expect(() => validateConsent({ purpose: 'marketing', granted: true, source: 'x' })).toThrow(/unknown consent purpose/);
      expect(() => validateConsent({ purpose: 'analytics', granted: 'yes' as unknown as boolean, source: 'x' })).toThrow(/true or false/);
    } finally {
      await store.close();
    }
  });

  it('places, finds and releases holds', async () => {
    const store = await openStore(backend.options());
    try {
      await store.migrate(privacyMigrations);
      expect(() => validateHoldRequest({ reason: 'x' })).toThrow(/exactly one/);
      expect(() => validateHoldRequest({ customerRef: 'c', interactionId: 'i', reason: 'x' })).toThrow(/exactly one/);
      expect(() => validateHoldRequest({ customerRef: 'c', reason: ' ' })).toThrow(/reason/);
      const onCustomer = await insertHold(store.db, { customerRef: 'cust-1', reason: 'litigation 42' }, 'c1', '2026-01-01T00:00:00.000Z');
      const onInteraction = await insertHold(store.db, { interactionId: 'int-9', reason: 'complaint' }, 'c1', '2026-01-01T00:00:00.000Z');
      expect((await holdsCoveringSubject(store.db, 'cust-1', [])).map((h) => h.id)).toEqual([onCustomer.id]);
      expect((await holdsCoveringSubject(store.db, 'cust-2', ['int-9'])).map((h) => h.id)).toEqual([onInteraction.id]);
      expect(await holdsCoveringSubject(store.db, 'cust-2', ['int-1'])).toEqual([]);
      const released = await markHoldReleased(store.db, onCustomer.id, 'c2', '2026-01-02T00:00:00.000Z');
      expect(released).toMatchObject({ releasedBy: 'c2', releasedAt: '2026-01-02T00:00:00.000Z' });
      await expect(markHoldReleased(store.db, onCustomer.id, 'c2', '2026-01-02T00:00:00.000Z')).rejects.toThrow(PrivacyNotFoundError);
      expect(await holdsCoveringSubject(store.db, 'cust-1', [])).toEqual([]);
      expect((await selectHolds(store.db)).length).toBe(1);
      expect((await selectHolds(store.db, { includeReleased: true })).length).toBe(2);
    } finally {
      await store.close();
    }
  });
});
