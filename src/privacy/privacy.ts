import { randomBytes } from 'node:crypto';
import { detect } from '../detect/index.js';
import { redact } from '../transform/index.js';
import type { Kysely, Store } from '../store/index.js';
import { SubjectErasedError, TOKEN_PATTERN, TokenNotFoundError, type Vault } from '../vault/index.js';
import type { AuditEntry, AuditTrail } from '../audit/index.js';
import { ID_PATTERN, identifyingRefType } from '../interactions/index.js';
import { breachReportMarkdown, buildBreachReport, type BreachReport, type DisclosureEntry } from './breach.js';
import { appendConsent, consentHistory, deleteConsents, hasConsent, validateConsent, type ConsentRecord, type ConsentRequest } from './consent.js';
import { holdsCoveringSubject, insertHold, markHoldReleased, selectHolds, validateHoldRequest, type HoldRequest, type LegalHold } from './holds.js';
import { readRetention, retentionCutoff, setRetentionRow, validateRetention, type RetentionPolicy } from './retention.js';
import { LegalHoldError, PrivacyInputError, PrivacyNotFoundError, type ConsentPurpose, type DataClass } from './types.js';

/*
 * Tables of other modules this one changes, and why it does so with SQL rather than their API:
 * - interactions / interaction_spans (interactions module): purge and erasure delete or
 *   anonymize rows; the interactions API is about principals and has no bulk deletion.
 * - vault_tokens / vault_subjects / vault_erased_tokens (vault module): the vault's
 *   purgeTokensCreatedBefore cannot spare tokens under legal hold, so when holds exist (and for
 *   the tokens of purged transcripts) the purge deletes the rows itself and leaves the same
 *   tombstones eraseSubject leaves, so a reveal of a purged value says "gone", not "unknown".
 * Everything happens in one transaction with the audit entry that records it.
 */

export interface PrivacyDeps {
  store: Store;
  vault: Pick<Vault, 'detokenize' | 'listSubjectTokens' | 'eraseSubject' | 'purgeTokensCreatedBefore' | 'subjectId'>;
  audit: Pick<AuditTrail, 'append' | 'record' | 'query'>;
  clock: () => Date;
  /**
   * Keyed digest (e.g. HMAC under the installation's index key) of an erased customer's interaction
   * ids. The erasure entry keeps these, not the ids: the trail can still tie a past reveal to the
   * erased customer for a breach report, but a reader of the trail cannot link the transcripts
   * kept after erasure back to the customer.
   */
  linkDigest: (interactionId: string) => string;
}

export interface ClassPurge {
  /** Data collected before this instant is expired; null when the class has no policy. */
  cutoff: string | null;
  removed: number;
  /** Expired items kept because a legal hold covers them. */
  heldBack: number;
  note?: string;
}

export interface PurgeReport {
  now: string;
  dryRun: boolean;
  classes: Record<DataClass, ClassPurge> & { originals: ClassPurge & { keysDestroyed: number } };
  auditSeq: number | null;
}

export interface SubjectExport {
  format: 'custos-subject-export-v1';
  customerRef: string;
  generatedAt: string;
  interactions: {
    id: string;
    channel: string;
    agentId: string;
    occurredAt: string;
    createdAt: string;
    redactedText: string;
    /** The text with every original put back (values the vault no longer holds stay as labels). */
    originalText: string;
    fields: Record<string, unknown>;
    originalFields: Record<string, unknown>;
    entities: { field: string; type: string; start: number; end: number; token: string; value: string | null }[];
  }[];
  tokens: { token: string; type: string; createdAt: string; value: string | null }[];
  consents: ConsentRecord[];
  holds: LegalHold[];
  auditEntries: AuditEntry[];
}

export interface ErasureReceipt {
  customerRef: string;
  erasedAt: string;
  keyDestroyed: boolean;
  tokensDestroyed: number;
  /** Transcripts deleted because their redacted text still held something identifying. */
  interactionsDeleted: number;
  /** Transcripts kept, unlinked from the customer (marker instead of customerRef, no tokens, no source ids). */
  interactionsAnonymized: number;
  consentsDeleted: number;
  auditSeq: number;
}

export interface BreachQueryInput {
  actor: string;
  from: string;
  to: string;
  detectedAt?: string;
  /** Who asks for the report; the request is recorded on the audit trail. */
  requestedBy?: string;
}

/** Kept transcripts lose the channel fields that point back into a source system (call, chat, thread, ticket ids). */
const SOURCE_ID_FIELD = /Id$/;
const MAX_REASON = 1000;
/** Audit details are capped at 16 KiB; ids beyond this many are counted, not listed. */
const MAX_LISTED_IDS = 200;
const CHUNK = 400;
const CONSENT_LOCK = 'privacy-consents';
const PURGE_LOCK = 'privacy-purge';

export function erasedMarker(): string {
  return `erased:${randomBytes(8).toString('hex')}`;
}

function checkCustomerRef(customerRef: unknown): asserts customerRef is string {
  if (typeof customerRef !== 'string' || !ID_PATTERN.test(customerRef)) {
    throw new PrivacyInputError('customerRef must be an identifier of 1 to 128 letters, digits or . _ : -');
  }
}

/**
 * A new record (hold, consent) would carry the reference onto the append-only audit trail, so it
 * is refused when it looks like personal data, by the same rule as ingest. Export and erasure
 * accept any well-formed reference, so that a customer stored before a detector update can always
 * be exported and forgotten.
 */
function checkNewCustomerRef(customerRef: unknown): asserts customerRef is string {
  checkCustomerRef(customerRef);
  const found = identifyingRefType(customerRef);
  if (found) throw new PrivacyInputError(`customerRef must be an opaque customer id, not personal data (it looks like ${found})`);
}

function checkReason(reason: unknown, required: boolean): string | undefined {
  if (reason === undefined || reason === null || (typeof reason === 'string' && reason.trim() === '')) {
    if (required) throw new PrivacyInputError('a reason is required');
    return undefined;
  }
  if (typeof reason !== 'string' || reason.length > MAX_REASON) throw new PrivacyInputError(`reason must be text of at most ${MAX_REASON} characters`);
  return labelled(reason.trim());
}

/**
 * Reasons and consent sources are free text kept for years (holds, the ledger, the audit trail): a
 * value typed into one ("hold for jane doe, card 4111…") is labelled like in any transcript.
 */
function labelled(text: string): string {
  return redact(text, { operator: 'label' }).text;
}

function checkInstant(value: unknown, name: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new PrivacyInputError(`${name} must be an ISO 8601 date-time`);
  }
  return new Date(value).toISOString();
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function countTypes(items: readonly { type: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i.type] = (out[i.type] ?? 0) + 1;
  return out;
}

/** Whether a redacted text still identifies someone: the customer's reference itself, or anything detection finds. */
export function stillIdentifies(redacted: string, customerRef: string): boolean {
  if (redacted.toLowerCase().includes(customerRef.toLowerCase())) return true;
  return detect(redacted).length > 0;
}

export type Privacy = ReturnType<typeof createPrivacy>;

export function createPrivacy(deps: PrivacyDeps) {
  const { store, vault, audit, clock, linkDigest } = deps;
  const db = store.db;
  const nowIso = () => clock().toISOString();

  async function setRetention(actor: string, dataClass: string, days: unknown): Promise<RetentionPolicy> {
    const policy = validateRetention(dataClass, days);
    await store.transaction(async (trx) => {
      await setRetentionRow(trx, policy.dataClass, policy.days, actor, nowIso());
      await audit.append(trx, { actor, action: 'retention.set', target: policy.dataClass, outcome: 'ok', details: { days: policy.days } });
    });
    return (await readRetention(db)).find((p) => p.dataClass === policy.dataClass)!;
  }

  async function interactionExists(trx: Kysely<any>, id: string): Promise<boolean> {
    return Boolean(await trx.selectFrom('interactions').select('id').where('id', '=', id).executeTakeFirst());
  }

  async function placeHold(actor: string, request: HoldRequest): Promise<LegalHold> {
    const checked = validateHoldRequest(request);
    const valid = { ...checked, reason: labelled(checked.reason) };
    if (valid.customerRef !== undefined) checkNewCustomerRef(valid.customerRef);
    if (checked.reason.length > MAX_REASON) throw new PrivacyInputError(`reason must be at most ${MAX_REASON} characters`);
    return store.transaction(async (trx) => {
      if (valid.interactionId !== undefined && !(await interactionExists(trx, valid.interactionId))) {
        throw new PrivacyNotFoundError('no such interaction');
      }
      const hold = await insertHold(trx, valid, actor, nowIso());
      await audit.append(trx, {
        actor,
        action: 'hold.place',
        target: hold.id,
        reason: hold.reason,
        outcome: 'ok',
        details: hold.customerRef ? { customerRef: hold.customerRef } : { interactionId: hold.interactionId },
      });
      return hold;
    });
  }

  async function releaseHold(actor: string, id: string, reason?: string): Promise<LegalHold> {
    const why = checkReason(reason, false);
    return store.transaction(async (trx) => {
      const hold = await markHoldReleased(trx, id, actor, nowIso());
      await audit.append(trx, {
        actor,
        action: 'hold.release',
        target: hold.id,
        ...(why ? { reason: why } : {}),
        outcome: 'ok',
        details: hold.customerRef ? { customerRef: hold.customerRef } : { interactionId: hold.interactionId },
      });
      return hold;
    });
  }

  async function recordConsent(actor: string, customerRef: string, request: ConsentRequest): Promise<ConsentRecord> {
    checkNewCustomerRef(customerRef);
    const checked = validateConsent(request);
    const consent = { ...checked, source: labelled(checked.source) };
    return store.transaction(
      async (trx) => {
        const record = await appendConsent(trx, customerRef, consent, actor, nowIso());
        await audit.append(trx, {
          actor,
          action: 'consent.record',
          target: customerRef,
          outcome: 'ok',
          details: { customerRef, purpose: consent.purpose, granted: consent.granted, consentId: record.id },
        });
        return record;
      },
      { lock: CONSENT_LOCK },
    );
  }

  async function listConsents(customerRef: string): Promise<ConsentRecord[]> {
    checkCustomerRef(customerRef);
    return consentHistory(db, customerRef);
  }

  // ---- purge ----

  async function expiredInteractions(trx: Kysely<any>, cutoff: string): Promise<{ id: string; customer_ref: string }[]> {
    return trx
      .selectFrom('interactions')
      .select(['id', 'customer_ref'])
      .where((eb) => eb.or([eb('occurred_at', '<', cutoff), eb('created_at', '<', cutoff)]))
      .execute();
  }

  async function spanTokens(trx: Kysely<any>, interactionIds: readonly string[]): Promise<{ interaction_id: string; token: string }[]> {
    const out: { interaction_id: string; token: string }[] = [];
    for (const part of chunks(interactionIds)) {
      out.push(...(await trx.selectFrom('interaction_spans').select(['interaction_id', 'token']).where('interaction_id', 'in', part).execute()));
    }
    return out;
  }

  async function deleteInteractions(trx: Kysely<any>, ids: readonly string[]): Promise<void> {
    for (const part of chunks(ids)) {
      await trx.deleteFrom('interaction_spans').where('interaction_id', 'in', part).execute();
      await trx.deleteFrom('interactions').where('id', 'in', part).execute();
    }
  }

  /** Deletes vault rows, leaving tombstones so a later detokenize says the value is gone. */
  async function destroyTokens(trx: Kysely<any>, rows: readonly { token: string; subject_id: string }[], at: string): Promise<number> {
    let n = 0;
    for (const part of chunks(rows, 200)) {
      await trx
        .insertInto('vault_erased_tokens')
        .values(part.map((r) => ({ token: r.token, subject_id: r.subject_id, erased_at: at })))
        .onConflict((oc) => oc.columns(['token', 'subject_id']).doNothing())
        .execute();
      for (const r of part) {
        const res = await trx.deleteFrom('vault_tokens').where('token', '=', r.token).where('subject_id', '=', r.subject_id).executeTakeFirst();
        n += Number(res.numDeletedRows);
      }
    }
    return n;
  }

  async function purgeExpired(options: { now?: Date | string; dryRun?: boolean; actor?: string } = {}): Promise<PurgeReport> {
    const now = options.now === undefined ? clock() : new Date(checkInstant(typeof options.now === 'string' ? options.now : options.now.toISOString(), 'now'));
    const dryRun = options.dryRun === true;
    const actor = options.actor ?? 'system:purge';
    const at = now.toISOString();
    const policies = await readRetention(db);
    const cutoffOf = (c: DataClass) => retentionCutoff(policies.find((p) => p.dataClass === c)!, now);

    const report = await store.transaction(async (trx) => {
      const holds = await selectHolds(trx);
      const heldCustomers = new Set(holds.flatMap((h) => (h.customerRef ? [h.customerRef] : [])));
      const heldInteractions = new Set(holds.flatMap((h) => (h.interactionId ? [h.interactionId] : [])));
      const isHeld = (i: { id: string; customer_ref: string }) => heldInteractions.has(i.id) || heldCustomers.has(i.customer_ref);

      // Tokens that must survive: those of held interactions and of held customers.
      const heldSubjectIds = new Set([...heldCustomers].map((c) => vault.subjectId(c)));
      const heldInteractionTokens = new Set((await spanTokens(trx, [...heldInteractions])).map((s) => s.token));

      // Transcripts.
      const transcriptCutoff = cutoffOf('transcript');
      const transcript: ClassPurge = { cutoff: transcriptCutoff, removed: 0, heldBack: 0 };
      let purgedTranscriptTokens: { token: string; subject_id: string }[] = [];
      if (transcriptCutoff) {
        const expired = await expiredInteractions(trx, transcriptCutoff);
        const doomed = expired.filter((i) => !isHeld(i));
        transcript.heldBack = expired.length - doomed.length;
        transcript.removed = doomed.length;
        const subjectOf = new Map(doomed.map((i) => [i.id, vault.subjectId(i.customer_ref)]));
        purgedTranscriptTokens = (await spanTokens(trx, doomed.map((i) => i.id)))
          .filter((s) => !heldInteractionTokens.has(s.token))
          .map((s) => ({ token: s.token, subject_id: subjectOf.get(s.interaction_id)! }));
        if (!dryRun) await deleteInteractions(trx, doomed.map((i) => i.id));
      }

      // Originals: expired vault values, plus the values of the transcripts just purged.
      const originalsCutoff = cutoffOf('originals');
      const originals = { cutoff: originalsCutoff, removed: 0, heldBack: 0, keysDestroyed: 0 } as PurgeReport['classes']['originals'];
      const doomedTokens = new Map<string, { token: string; subject_id: string }>();
      const key = (r: { token: string; subject_id: string }) => `${r.token}\0${r.subject_id}`;
      if (originalsCutoff) {
        const expired = await trx.selectFrom('vault_tokens').select(['token', 'subject_id']).where('created_at', '<', originalsCutoff).execute();
        for (const r of expired) {
          if (heldSubjectIds.has(r.subject_id) || heldInteractionTokens.has(r.token)) originals.heldBack++;
          else doomedTokens.set(key(r), r);
        }
      }
      for (const r of purgedTranscriptTokens) if (!heldSubjectIds.has(r.subject_id)) doomedTokens.set(key(r), r);
      const doomedList = [...doomedTokens.values()];
      const affectedSubjects = [...new Set(doomedList.map((r) => r.subject_id))];
      if (dryRun) {
        originals.removed = doomedList.length;
      } else if (doomedList.length > 0) {
        originals.removed = await destroyTokens(trx, doomedList, at);
        // A subject left without any value needs no key: destroying it makes the purge final, backups included.
        for (const part of chunks(affectedSubjects)) {
          const stillUsed = new Set(
            (await trx.selectFrom('vault_tokens').select('subject_id').where('subject_id', 'in', part).groupBy('subject_id').execute()).map((r) => r.subject_id),
          );
          const empty = part.filter((s) => !stillUsed.has(s) && !heldSubjectIds.has(s));
          if (empty.length > 0) {
            const res = await trx.deleteFrom('vault_subjects').where('subject_id', 'in', empty).executeTakeFirst();
            originals.keysDestroyed += Number(res.numDeletedRows);
          }
        }
      }

      const recording: ClassPurge = { cutoff: cutoffOf('recording'), removed: 0, heldBack: 0, note: 'Custos stores no recordings' };

      const auditCutoff = cutoffOf('audit');
      const auditClass: ClassPurge = { cutoff: auditCutoff, removed: 0, heldBack: 0 };
      if (auditCutoff) {
        const due = await trx.selectFrom('audit_entries').select((eb) => eb.fn.countAll().as('n')).where('time', '<', auditCutoff).executeTakeFirst();
        const n = Number(due?.n ?? 0);
        if (n > 0) auditClass.note = `${n} entries past retention are kept: the chain is verified from its first entry, so entries are never deleted`;
      }

      const classes = { transcript, originals, recording, audit: auditClass };
      const counts = Object.fromEntries(Object.entries(classes).map(([c, v]) => [c, { removed: v.removed, heldBack: v.heldBack }]));
      const written = await audit.append(trx, {
        actor,
        action: 'retention.purge',
        outcome: 'ok',
        details: { dryRun, now: at, counts, keysDestroyed: originals.keysDestroyed },
      });
      return { now: at, dryRun, classes, auditSeq: written.seq } satisfies PurgeReport;
      // Several nodes may run the schedule on one PostgreSQL: their purges take turns.
    }, { lock: PURGE_LOCK });
    if (!dryRun) await store.scrub();
    return report;
  }

  // ---- subject rights ----

  async function subjectInteractions(trx: Kysely<any>, customerRef: string): Promise<any[]> {
    return trx.selectFrom('interactions').selectAll().where('customer_ref', '=', customerRef).orderBy('occurred_at').orderBy('id').execute();
  }

  /** Values by token; a value the vault no longer holds (erased or purged) is null. */
  async function valuesOf(trx: Kysely<any>, tokens: readonly string[]): Promise<Map<string, string | null>> {
    const unique = [...new Set(tokens)];
    const out = new Map<string, string | null>();
    try {
      for (const v of await vault.detokenize(unique, { trx })) out.set(v.token, v.value);
      return out;
    } catch (err) {
      if (!(err instanceof SubjectErasedError || err instanceof TokenNotFoundError)) throw err;
    }
    for (const token of unique) {
      try {
        const [v] = await vault.detokenize([token], { trx });
        out.set(token, v?.value ?? null);
      } catch (err) {
        if (!(err instanceof SubjectErasedError || err instanceof TokenNotFoundError)) throw err;
        out.set(token, null);
      }
    }
    return out;
  }

  async function auditAbout(customerRef: string, interactionIds: readonly string[], holdIds: readonly string[]): Promise<AuditEntry[]> {
    const bySeq = new Map<number, AuditEntry>();
    for (const target of [customerRef, ...interactionIds, ...holdIds]) {
      let afterSeq = 0;
      for (;;) {
        const page = await audit.query({ target, afterSeq, limit: 10_000 });
        for (const e of page) bySeq.set(e.seq, e);
        if (page.length < 10_000) break;
        afterSeq = page[page.length - 1]!.seq;
      }
    }
    return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  async function exportSubject(actor: string, customerRef: string, options: { reason?: string } = {}): Promise<SubjectExport> {
    checkCustomerRef(customerRef);
    const reason = checkReason(options.reason, false);
    const generatedAt = nowIso();
    const allHolds = await selectHolds(db, { includeReleased: true });
    // Reads and the audit entry share one transaction: no export of originals goes unrecorded.
    const doc = await store.transaction(async (trx) => {
      const rows = await subjectInteractions(trx, customerRef);
      const ids = rows.map((r) => r.id as string);
      const spans: any[] = [];
      for (const part of chunks(ids)) {
        spans.push(
          ...(await trx
            .selectFrom('interaction_spans')
            .select(['interaction_id', 'seq', 'field', 'type', 'start_pos', 'end_pos', 'token'])
            .where('interaction_id', 'in', part)
            .orderBy('interaction_id')
            .orderBy('seq')
            .execute()),
        );
      }
      const vaultTokens = await vault.listSubjectTokens(customerRef, { trx });
      const values = await valuesOf(trx, [...spans.map((s) => s.token as string), ...vaultTokens.map((t) => t.token)]);
      const spansBy = new Map<string, any[]>();
      for (const s of spans) spansBy.set(s.interaction_id, [...(spansBy.get(s.interaction_id) ?? []), s]);

      const interactions = rows.map((row) => {
        const mine = spansBy.get(row.id) ?? [];
        const rebuild = (field: string, redacted: string): string => {
          let out = '';
          let cursor = 0;
          for (const s of mine) {
            if (s.field !== field) continue;
            out += redacted.slice(cursor, Number(s.start_pos)) + (values.get(s.token) ?? redacted.slice(Number(s.start_pos), Number(s.end_pos)));
            cursor = Number(s.end_pos);
          }
          return out + redacted.slice(cursor);
        };
        const fields = JSON.parse(row.fields) as Record<string, unknown>;
        const originalFields = Object.fromEntries(
          Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' && mine.some((s) => s.field === k) ? rebuild(k, v) : v]),
        );
        return {
          id: row.id as string,
          channel: row.channel as string,
          agentId: row.agent_id as string,
          occurredAt: row.occurred_at as string,
          createdAt: row.created_at as string,
          redactedText: row.redacted_text as string,
          originalText: rebuild('text', row.redacted_text),
          fields,
          originalFields,
          entities: mine.map((s) => ({
            field: s.field as string,
            type: s.type as string,
            start: Number(s.start_pos),
            end: Number(s.end_pos),
            token: s.token as string,
            value: values.get(s.token) ?? null,
          })),
        };
      });
      const tokens = vaultTokens.map((t) => ({ token: t.token, type: t.type, createdAt: t.createdAt, value: values.get(t.token) ?? null }));
      const disclosed = tokens.filter((t) => t.value !== null);
      await audit.append(trx, {
        actor,
        action: 'subject.export',
        target: customerRef,
        ...(reason ? { reason } : {}),
        outcome: 'ok',
        details: { customerRef, interactions: interactions.length, tokens: tokens.length, disclosed: disclosed.length, types: countTypes(disclosed) },
      });
      return { interactions, tokens, ids };
    });
    const holds = allHolds.filter((h) => h.customerRef === customerRef || (h.interactionId !== null && doc.ids.includes(h.interactionId)));
    return {
      format: 'custos-subject-export-v1',
      customerRef,
      generatedAt,
      interactions: doc.interactions,
      tokens: doc.tokens,
      consents: await consentHistory(db, customerRef),
      holds,
      auditEntries: await auditAbout(customerRef, doc.ids, holds.map((h) => h.id)),
    };
  }

  async function eraseSubject(actor: string, customerRef: string, options: { reason: string }): Promise<ErasureReceipt> {
    checkCustomerRef(customerRef);
    const reason = checkReason(options?.reason, true)!;
    // Detection is CPU work: done before the write lock is taken, re-done inside only for a row that changed meanwhile.
    const identifies = new Map<string, boolean>();
    const verdict = (row: any): boolean => {
      const fields = JSON.parse(row.fields) as Record<string, unknown>;
      const texts = [row.redacted_text as string, ...Object.values(fields).filter((v): v is string => typeof v === 'string')];
      const key = `${row.id}\0${texts.join('\0')}`;
      let answer = identifies.get(key);
      if (answer === undefined) {
        answer = texts.some((t) => stillIdentifies(t, customerRef));
        identifies.set(key, answer);
      }
      return answer;
    };
    for (const row of await subjectInteractions(db, customerRef)) verdict(row);
    const outcome = await store.transaction(async (trx) => {
      const rows = await subjectInteractions(trx, customerRef);
      const holds = await holdsCoveringSubject(trx, customerRef, rows.map((r) => r.id));
      if (holds.length > 0) {
        // The refusal is on the trail too, with the holds that caused it.
        await audit.append(trx, { actor, action: 'subject.erase', target: customerRef, reason, outcome: 'denied', details: { customerRef, holds: holds.map((h) => h.id) } });
        return { refused: holds.map((h) => h.id), receipt: undefined };
      }
      const vaultReceipt = await vault.eraseSubject(customerRef, { trx });
      const deleted: string[] = [];
      const anonymized: string[] = [];
      for (const row of rows) (verdict(row) ? deleted : anonymized).push(row.id);
      await deleteInteractions(trx, deleted);
      for (const id of anonymized) {
        const row = rows.find((r) => r.id === id)!;
        const fields = Object.fromEntries(Object.entries(JSON.parse(row.fields) as Record<string, unknown>).filter(([k]) => !SOURCE_ID_FIELD.test(k)));
        await trx.deleteFrom('interaction_spans').where('interaction_id', '=', id).execute();
        await trx.updateTable('interactions').set({ customer_ref: erasedMarker(), fields: JSON.stringify(fields) }).where('id', '=', id).execute();
      }
      const consentsDeleted = await deleteConsents(trx, customerRef);
      const receipt = {
        customerRef,
        erasedAt: vaultReceipt.erasedAt,
        keyDestroyed: vaultReceipt.keyDestroyed,
        tokensDestroyed: vaultReceipt.tokensDestroyed,
        interactionsDeleted: deleted.length,
        interactionsAnonymized: anonymized.length,
        consentsDeleted,
      };
      // Digests of the erased interaction ids stay on the trail so a later breach report can still name the customer.
      const allIds = [...deleted, ...anonymized].map(linkDigest);
      const written = await audit.append(trx, {
        actor,
        action: 'subject.erase',
        target: customerRef,
        reason,
        outcome: 'ok',
        details: { ...receipt, interactionDigests: allIds.slice(0, MAX_LISTED_IDS), interactionDigestsOmitted: Math.max(0, allIds.length - MAX_LISTED_IDS) },
      });
      return { refused: undefined, receipt: { ...receipt, auditSeq: written.seq } };
    });
    if (outcome.refused) throw new LegalHoldError(outcome.refused);
    await store.scrub();
    return outcome.receipt!;
  }

  // ---- breach ----

  async function breachReport(input: BreachQueryInput): Promise<BreachReport> {
    if (typeof input.actor !== 'string' || input.actor.length === 0 || input.actor.length > 200) throw new PrivacyInputError('actor must be a user id');
    const from = checkInstant(input.from, 'from');
    const to = checkInstant(input.to, 'to');
    if (from > to) throw new PrivacyInputError('from must not be after to');
    const generatedAt = nowIso();
    const detectedAt = input.detectedAt === undefined ? generatedAt : checkInstant(input.detectedAt, 'detectedAt');
    const entries: AuditEntry[] = [];
    for (let afterSeq = 0; ; ) {
      const page = await audit.query({ actor: input.actor, from, to, afterSeq, limit: 10_000 });
      entries.push(...page);
      if (page.length < 10_000) break;
      afterSeq = page[page.length - 1]!.seq;
    }
    // Which customer an interaction belonged to: the live table, else the erasure entries that listed it.
    const targets = [...new Set(entries.flatMap((e) => (e.target ? [e.target] : [])))];
    const owner = new Map<string, string>();
    for (const part of chunks(targets)) {
      for (const r of await db.selectFrom('interactions').select(['id', 'customer_ref']).where('id', 'in', part).execute()) {
        if (!String(r.customer_ref).startsWith('erased:')) owner.set(r.id, r.customer_ref);
      }
    }
    // A detokenized token names its customer through the interaction span that holds it.
    const tokenTargets = targets.filter((t) => TOKEN_PATTERN.test(t));
    for (const part of chunks(tokenTargets)) {
      const rows = await db
        .selectFrom('interaction_spans as s')
        .innerJoin('interactions as i', 'i.id', 's.interaction_id')
        .select(['s.token', 'i.customer_ref'])
        .where('s.token', 'in', part)
        .execute();
      for (const r of rows) if (!String(r.customer_ref).startsWith('erased:')) owner.set(r.token, r.customer_ref);
    }
    const unresolved = new Map(targets.filter((t) => !owner.has(t)).map((t) => [linkDigest(t), t]));
    for (let afterSeq = 0; unresolved.size > 0; ) {
      const page = await audit.query({ action: 'subject.erase', afterSeq, limit: 10_000 });
      for (const e of page) {
        const digests = (e.details as { interactionDigests?: unknown }).interactionDigests;
        if (e.outcome !== 'ok' || !e.target || !Array.isArray(digests)) continue;
        for (const d of digests) {
          const id = typeof d === 'string' ? unresolved.get(d) : undefined;
          if (id !== undefined) owner.set(id, e.target);
        }
      }
      if (page.length < 10_000) break;
      afterSeq = page[page.length - 1]!.seq;
    }
    const disclosures: DisclosureEntry[] = entries.map((e) => ({
      id: String(e.seq),
      at: e.time,
      actor: e.actor,
      action: e.action,
      target: e.target ?? null,
      outcome: e.outcome,
      details: e.details,
    }));
    const report = buildBreachReport(disclosures, { actor: input.actor, from, to, detectedAt }, generatedAt, (id) => owner.get(id));
    await audit.record({
      actor: input.requestedBy ?? 'system:breach-report',
      action: 'breach.report',
      target: input.actor,
      outcome: 'ok',
      details: { from, to, subjects: report.totals.subjects, disclosures: report.totals.disclosures },
    });
    return report;
  }

  return {
    setRetention,
    showRetention: () => readRetention(db),
    placeHold,
    releaseHold,
    listHolds: (options: { includeReleased?: boolean } = {}) => selectHolds(db, options),
    recordConsent,
    consentHistory: listConsents,
    hasConsent: (customerRef: string, purpose: ConsentPurpose, at?: Date | string) => hasConsent(db, customerRef, purpose, at),
    purgeExpired,
    exportSubject,
    eraseSubject,
    breachReport,
    breachReportMarkdown,
  };
}
