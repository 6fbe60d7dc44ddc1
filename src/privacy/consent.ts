import { randomUUID } from 'node:crypto';
import type { Kysely } from '../store/index.js';
import { CONSENT_PURPOSES, PrivacyInputError, isConsentPurpose, type ConsentPurpose } from './types.js';

export interface ConsentRecord {
  id: string;
  customerRef: string;
  purpose: ConsentPurpose;
  granted: boolean;
  source: string;
  recordedAt: string;
  recordedBy: string;
}

export interface ConsentRequest {
  purpose: string;
  granted: boolean;
  source: string;
}

export function validateConsent(input: ConsentRequest): { purpose: ConsentPurpose; granted: boolean; source: string } {
  if (!isConsentPurpose(input.purpose)) {
    throw new PrivacyInputError(`unknown consent purpose; expected one of ${CONSENT_PURPOSES.join(', ')}`);
  }
  if (typeof input.granted !== 'boolean') throw new PrivacyInputError('granted must be true or false');
  if (typeof input.source !== 'string' || input.source.trim().length === 0) {
    throw new PrivacyInputError('a consent needs its source (e.g. ivr, web-form, agent)');
  }
  return { purpose: input.purpose, granted: input.granted, source: input.source.trim() };
}

function toRecord(row: Record<string, unknown>): ConsentRecord {
  return {
    id: String(row.id),
    customerRef: String(row.customer_ref),
    purpose: row.purpose as ConsentPurpose,
    granted: Number(row.granted) === 1,
    source: String(row.source),
    recordedAt: String(row.recorded_at),
    recordedBy: String(row.recorded_by),
  };
}

/** Appends one consent change; call inside a transaction holding the `privacy-consents` lock. */
export async function appendConsent(
  db: Kysely<any>,
  customerRef: string,
  consent: { purpose: ConsentPurpose; granted: boolean; source: string },
  actor: string,
  at: string,
): Promise<ConsentRecord> {
  const last = await db.selectFrom('privacy_consents').select(db.fn.max('seq').as('seq')).executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const record: ConsentRecord = {
    id: `cons_${randomUUID()}`,
    customerRef,
    purpose: consent.purpose,
    granted: consent.granted,
    source: consent.source,
    recordedAt: at,
    recordedBy: actor,
  };
  await db
    .insertInto('privacy_consents')
    .values({
      id: record.id,
      seq,
      customer_ref: customerRef,
      purpose: record.purpose,
      granted: record.granted ? 1 : 0,
      source: record.source,
      recorded_at: at,
      recorded_by: actor,
    })
    .execute();
  return record;
}

/** The whole history for a customer, oldest first. */
export async function consentHistory(db: Kysely<any>, customerRef: string): Promise<ConsentRecord[]> {
  const rows = await db
    .selectFrom('privacy_consents')
    .selectAll()
    .where('customer_ref', '=', customerRef)
    .orderBy('seq')
    .execute();
  return rows.map(toRecord);
}

/**
 * Whether the customer's consent for a purpose stood at `at` (default: now): the latest change
 * recorded at or before that instant decides; with no record the answer is no.
 */
export async function hasConsent(db: Kysely<any>, customerRef: string, purpose: ConsentPurpose, at?: Date | string): Promise<boolean> {
  let q = db
    .selectFrom('privacy_consents')
    .select('granted')
    .where('customer_ref', '=', customerRef)
    .where('purpose', '=', purpose)
    .orderBy('seq', 'desc')
    .limit(1);
  if (at !== undefined) q = q.where('recorded_at', '<=', typeof at === 'string' ? new Date(at).toISOString() : at.toISOString());
  const row = await q.executeTakeFirst();
  return row !== undefined && Number(row.granted) === 1;
}

export async function deleteConsents(db: Kysely<any>, customerRef: string): Promise<number> {
  const result = await db.deleteFrom('privacy_consents').where('customer_ref', '=', customerRef).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}
