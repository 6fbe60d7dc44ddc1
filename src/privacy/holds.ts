import { randomUUID } from 'node:crypto';
import type { Kysely } from '../store/index.js';
import { PrivacyInputError, PrivacyNotFoundError } from './types.js';

export interface LegalHold {
  id: string;
  interactionId: string | null;
  customerRef: string | null;
  reason: string;
  createdAt: string;
  createdBy: string;
  releasedAt: string | null;
  releasedBy: string | null;
}

export interface HoldRequest {
  interactionId?: string;
  customerRef?: string;
  reason: string;
}

export function validateHoldRequest(input: HoldRequest): HoldRequest {
  const hasInteraction = typeof input.interactionId === 'string' && input.interactionId.length > 0;
  const hasCustomer = typeof input.customerRef === 'string' && input.customerRef.length > 0;
  if (hasInteraction === hasCustomer) {
    throw new PrivacyInputError('a hold names exactly one of interactionId or customerRef');
  }
  if (typeof input.reason !== 'string' || input.reason.trim().length === 0) {
    throw new PrivacyInputError('a hold needs a reason');
  }
  return input;
}

function toHold(row: Record<string, unknown>): LegalHold {
  return {
    id: String(row.id),
    interactionId: (row.interaction_id as string | null) ?? null,
    customerRef: (row.customer_ref as string | null) ?? null,
    reason: String(row.reason),
    createdAt: String(row.created_at),
    createdBy: String(row.created_by),
    releasedAt: (row.released_at as string | null) ?? null,
    releasedBy: (row.released_by as string | null) ?? null,
  };
}

export async function insertHold(db: Kysely<any>, request: HoldRequest, actor: string, at: string): Promise<LegalHold> {
  const hold: LegalHold = {
    id: `hold_${randomUUID()}`,
    interactionId: request.interactionId ?? null,
    customerRef: request.customerRef ?? null,
    reason: request.reason.trim(),
    createdAt: at,
    createdBy: actor,
    releasedAt: null,
    releasedBy: null,
  };
  await db
    .insertInto('privacy_holds')
    .values({
      id: hold.id,
      interaction_id: hold.interactionId,
      customer_ref: hold.customerRef,
      reason: hold.reason,
      created_at: hold.createdAt,
      created_by: hold.createdBy,
    })
    .execute();
  return hold;
}

/** Marks an active hold released; a hold already released or unknown is a 404. */
export async function markHoldReleased(db: Kysely<any>, id: string, actor: string, at: string): Promise<LegalHold> {
  const row = await db.selectFrom('privacy_holds').selectAll().where('id', '=', id).where('released_at', 'is', null).executeTakeFirst();
  if (!row) throw new PrivacyNotFoundError('no active hold with that id');
  await db.updateTable('privacy_holds').set({ released_at: at, released_by: actor }).where('id', '=', id).execute();
  return toHold({ ...row, released_at: at, released_by: actor });
}

export async function selectHolds(db: Kysely<any>, options: { includeReleased?: boolean; customerRef?: string } = {}): Promise<LegalHold[]> {
  let q = db.selectFrom('privacy_holds').selectAll().orderBy('created_at').orderBy('id');
  if (!options.includeReleased) q = q.where('released_at', 'is', null);
  if (options.customerRef !== undefined) q = q.where('customer_ref', '=', options.customerRef);
  return (await q.execute()).map(toHold);
}

export async function activeHolds(db: Kysely<any>): Promise<LegalHold[]> {
  return selectHolds(db);
}

/** Active holds that cover a customer: on the customer itself or on any of the given interactions. */
export async function holdsCoveringSubject(db: Kysely<any>, customerRef: string, interactionIds: readonly string[]): Promise<LegalHold[]> {
  const all = await activeHolds(db);
  const ids = new Set(interactionIds);
  return all.filter((h) => h.customerRef === customerRef || (h.interactionId !== null && ids.has(h.interactionId)));
}
