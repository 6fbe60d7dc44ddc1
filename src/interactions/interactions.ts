import { randomUUID } from 'node:crypto';
import { can, scopeOf, type Access, type Action, type Principal } from '../access/index.js';
import { ENTITY_TYPES, isEntityType, type EntityType, type Evidence } from '../detect/index.js';
import type { AuditTrail } from '../audit/index.js';
import type { Kysely, Store } from '../store/index.js';
import { redact } from '../transform/index.js';
import { SubjectErasedError, type Vault } from '../vault/index.js';
import {
  CHANNELS,
  ID_PATTERN,
  InteractionInputError,
  isChannel,
  redactedFieldNames,
  validateChannelFields,
  validateCustomerRef,
  type Channel,
  type ChannelFieldValues,
} from './channels.js';

export interface InteractionsDeps {
  store: Store;
  vault: Pick<Vault, 'tokenize' | 'detokenize' | 'instrumentIndex'>;
  audit: Pick<AuditTrail, 'append' | 'record'>;
  access: Pick<Access, 'getUser'>;
  now?: () => Date;
}

export interface IngestInput {
  channel: string;
  agentId: string;
  customerRef: string;
  text: string;
  occurredAt?: string;
  /** The channel's declared fields; anything undeclared is refused. */
  fields?: Record<string, unknown>;
}

export interface EntityView {
  type: EntityType;
  start: number;
  end: number;
  /** Why it was redacted; absent on spans stored before evidence was kept. */
  score?: number;
  recognizer?: string;
  evidence?: Evidence;
}

/** Only the known evidence fields, so nothing else a recognizer attached can reach storage or a reader. */
function evidenceFields(e: Evidence): Evidence {
  const out: Evidence = {};
  if (e.context !== undefined) out.context = e.context;
  if (e.checksum !== undefined) out.checksum = e.checksum;
  if (e.normalized !== undefined) out.normalized = e.normalized;
  if (e.note !== undefined) out.note = e.note;
  return out;
}

/** Scores are kept to three decimals, the same in an ingest answer and in a later read. */
function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function spanView(s: { type: EntityType; start_pos: unknown; end_pos: unknown; score?: unknown; recognizer?: unknown; evidence?: unknown }): EntityView {
  const view: EntityView = { type: s.type, start: Number(s.start_pos), end: Number(s.end_pos) };
  if (s.score !== null && s.score !== undefined) view.score = roundScore(Number(s.score));
  if (typeof s.recognizer === 'string') view.recognizer = s.recognizer;
  if (typeof s.evidence === 'string') view.evidence = JSON.parse(s.evidence) as Evidence;
  return view;
}

export interface InteractionView {
  id: string;
  channel: Channel;
  agentId: string;
  customerRef: string;
  occurredAt: string;
  createdAt: string;
  redactedText: string;
  /** Offsets into redactedText. */
  entities: EntityView[];
  /** Declared channel fields; free-text ones redacted. */
  fields: ChannelFieldValues;
  /** Entities of redacted channel fields, by field name, offsets into that field's redacted value. */
  fieldEntities: Record<string, EntityView[]>;
}

export interface ListFilters {
  agentId?: string;
  channel?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

export interface RevealResult {
  id: string;
  text: string;
  fields: ChannelFieldValues;
  /** Types put back; spans of other types keep their labels. */
  revealedTypes: EntityType[];
  revealedCount: number;
}

/** A stored span with its vault token: for modules (insights, privacy) that join on tokens, never for clients. */
export interface StoredSpan {
  interactionId: string;
  field: string;
  type: EntityType;
  start: number;
  end: number;
  token: string;
  instrumentIndex: string | null;
}

export class InteractionNotFoundError extends Error {
  constructor() {
    super('no such interaction');
    this.name = 'InteractionNotFoundError';
  }
}

export class AccessDeniedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

/** The originals are gone (the customer was erased); the redacted text stays readable. */
export class OriginalsErasedError extends Error {
  constructor() {
    super("this interaction's originals were erased");
    this.name = 'OriginalsErasedError';
  }
}

export interface Interactions {
  ingest(principal: Principal, input: IngestInput): Promise<InteractionView>;
  list(principal: Principal, filters?: ListFilters): Promise<{ items: InteractionView[]; nextCursor: string | null }>;
  get(principal: Principal, id: string): Promise<InteractionView>;
  reveal(principal: Principal, id: string, input: { reason: string; types?: readonly string[] }): Promise<RevealResult>;
  /** Spans with tokens and instrument indexes, unaudited and unscoped: for server-side modules only. */
  storedSpans(interactionIds: readonly string[]): Promise<StoredSpan[]>;
}

/** Types whose deterministic instrument index is kept beside the span, for fraud joins. */
const INSTRUMENT_TYPES: ReadonlySet<EntityType> = new Set(['CREDIT_CARD', 'PHONE_NUMBER']);
export const MAX_TEXT_LENGTH = 500_000;
const MAX_PAGE = 200;
const DEFAULT_PAGE = 50;
const MAX_REASON = 1000;
const CHANNEL_MESSAGE = `channel must be one of ${CHANNELS.join(', ')}`;

function parseInstant(value: string, name: string): string {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) throw new InteractionInputError(`${name} must be an ISO 8601 date-time`);
  return new Date(ms).toISOString();
}

interface RedactedPart {
  field: string;
  text: string;
  spans: { type: EntityType; start: number; end: number; value: string; score: number; recognizer: string; evidence: Evidence }[];
}

function redactPart(field: string, text: string, channel: Channel): RedactedPart {
  const result = redact(text, { operator: 'label', detectOptions: { channel } });
  return {
    field,
    text: result.text,
    // entities[i] is spans[i] after replacement: its output offsets locate the label in the stored text.
    spans: result.entities.map((e, i) => ({
      type: e.type,
      start: e.outputStart,
      end: e.outputEnd,
      value: text.slice(result.spans[i]!.start, result.spans[i]!.end),
      score: result.spans[i]!.score,
      recognizer: result.spans[i]!.recognizer,
      evidence: result.spans[i]!.evidence,
    })),
  };
}

const INTERACTION_ID = /^int_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A caller-supplied id, if it has the shape of ours (safe to put on the audit trail). */
function auditableId(id: unknown): string | undefined {
  return typeof id === 'string' && INTERACTION_ID.test(id) ? id : undefined;
}

function encodeCursor(occurredAt: string, id: string): string {
  return Buffer.from(JSON.stringify([occurredAt, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through
  }
  throw new InteractionInputError('cursor is not valid');
}

export function createInteractions(deps: InteractionsDeps): Interactions {
  const { store, vault, audit, access } = deps;
  const now = deps.now ?? (() => new Date());
  const db = store.db;

  async function deny(principal: Principal, action: Action, message: string, target?: string): Promise<never> {
    await audit.record({ actor: principal.userId, action, target, outcome: 'denied' });
    throw new AccessDeniedError(message);
  }

  async function notFound(principal: Principal, action: Action, target: string): Promise<never> {
    // The id comes from the caller: anything that is not one of our ids (it could be a value typed
    // by mistake) stays off the append-only trail, where it could never be erased.
    const known = auditableId(target);
    await audit.record({ actor: principal.userId, action, ...(known ? { target: known } : {}), outcome: 'denied', details: { result: 'not_found', ...(known ? {} : { id: 'malformed' }) } });
    throw new InteractionNotFoundError();
  }

  async function loadViews(rows: any[]): Promise<InteractionView[]> {
    if (rows.length === 0) return [];
    const spans = await db
      .selectFrom('interaction_spans')
      .select(['interaction_id', 'field', 'type', 'start_pos', 'end_pos', 'score', 'recognizer', 'evidence'])
      .where('interaction_id', 'in', rows.map((r) => r.id))
      .orderBy('interaction_id')
      .orderBy('seq')
      .execute();
    const byId = new Map<string, any[]>();
    for (const s of spans) {
      const list = byId.get(s.interaction_id) ?? [];
      list.push(s);
      byId.set(s.interaction_id, list);
    }
    return rows.map((row) => {
      const entities: EntityView[] = [];
      const fieldEntities: Record<string, EntityView[]> = {};
      for (const s of byId.get(row.id) ?? []) {
        const entity = spanView(s);
        if (s.field === 'text') entities.push(entity);
        else (fieldEntities[s.field] ??= []).push(entity);
      }
      return {
        id: row.id,
        channel: row.channel,
        agentId: row.agent_id,
        customerRef: row.customer_ref,
        occurredAt: row.occurred_at,
        createdAt: row.created_at,
        redactedText: row.redacted_text,
        entities,
        fields: JSON.parse(row.fields),
        fieldEntities,
      };
    });
  }

  async function ingest(principal: Principal, input: IngestInput): Promise<InteractionView> {
    const action: Action = 'interaction.ingest';
    if (scopeOf(principal, action) === 'none') return deny(principal, action, 'your role may not ingest interactions');
    if (!isChannel(input.channel)) throw new InteractionInputError(CHANNEL_MESSAGE);
    const channel = input.channel;
    if (typeof input.agentId !== 'string' || !ID_PATTERN.test(input.agentId)) throw new InteractionInputError('agentId must be a user id');
    validateCustomerRef(input.customerRef);
    if (typeof input.text !== 'string' || input.text.length === 0 || input.text.length > MAX_TEXT_LENGTH) {
      throw new InteractionInputError(`text must be a non-empty string of at most ${MAX_TEXT_LENGTH} characters`);
    }
    const fields = validateChannelFields(channel, input.fields ?? {});
    const occurredAt = input.occurredAt === undefined ? now().toISOString() : parseInstant(input.occurredAt, 'occurredAt');
    if (!can(principal, action, { ownerId: input.agentId })) return deny(principal, action, 'an agent may only ingest interactions as themselves');
    const agent = await access.getUser(input.agentId);
    if (!agent || agent.role !== 'agent') throw new InteractionInputError('agentId must name an existing agent');

    // Detection runs before the transaction: it is pure computation and must not hold the write lock.
    const parts: RedactedPart[] = [redactPart('text', input.text, channel)];
    for (const name of redactedFieldNames(channel)) {
      const value = fields[name];
      if (typeof value === 'string') {
        const part = redactPart(name, value, channel);
        fields[name] = part.text;
        parts.push(part);
      }
    }
    const spans = parts.flatMap((p) => p.spans.map((s) => ({ ...s, field: p.field })));
    const id = `int_${randomUUID()}`;
    const createdAt = now().toISOString();
    const typeCounts: Record<string, number> = {};
    for (const s of spans) typeCounts[s.type] = (typeCounts[s.type] ?? 0) + 1;

    const write = async (trx: Kysely<any>): Promise<void> => {
      const tokens = await vault.tokenize(
        spans.map((s) => ({ subject: input.customerRef, type: s.type, value: s.value })),
        { trx },
      );
      await trx
        .insertInto('interactions')
        .values({
          id,
          channel,
          agent_id: input.agentId,
          customer_ref: input.customerRef,
          redacted_text: parts[0]!.text,
          fields: JSON.stringify(fields),
          occurred_at: occurredAt,
          created_at: createdAt,
        })
        .execute();
      const rows = spans.map((s, seq) => ({
        interaction_id: id,
        seq,
        field: s.field,
        type: s.type,
        start_pos: s.start,
        end_pos: s.end,
        token: tokens[seq]!,
        instrument_index: INSTRUMENT_TYPES.has(s.type) ? vault.instrumentIndex(s.type, s.value) : null,
        score: s.score,
        recognizer: s.recognizer,
        evidence: JSON.stringify(evidenceFields(s.evidence)),
      }));
      for (let i = 0; i < rows.length; i += 200) await trx.insertInto('interaction_spans').values(rows.slice(i, i + 200)).execute();
      await audit.append(trx, {
        actor: principal.userId,
        action,
        target: id,
        outcome: 'ok',
        details: { channel, entities: typeCounts },
      });
    };
    // No retry: the vault creates a new customer's key race-free (insert-or-keep, then re-read).
    await store.transaction(write);

    const toView = (p: RedactedPart): EntityView[] =>
      p.spans.map(({ type, start, end, score, recognizer, evidence }) => ({ type, start, end, score: roundScore(score), recognizer, evidence: evidenceFields(evidence) }));
    return {
      id,
      channel,
      agentId: input.agentId,
      customerRef: input.customerRef,
      occurredAt,
      createdAt,
      redactedText: parts[0]!.text,
      entities: toView(parts[0]!),
      fields,
      fieldEntities: Object.fromEntries(parts.slice(1).map((p) => [p.field, toView(p)])),
    };
  }

  async function list(principal: Principal, filters: ListFilters = {}) {
    const action: Action = 'interaction.read';
    const scope = scopeOf(principal, action);
    if (scope === 'none') return deny(principal, action, 'your role may not read interactions');
    if (filters.channel !== undefined && !isChannel(filters.channel)) {
      throw new InteractionInputError(CHANNEL_MESSAGE);
    }
    const limit = filters.limit ?? DEFAULT_PAGE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new InteractionInputError(`limit must be 1 to ${MAX_PAGE}`);
    let query = db.selectFrom('interactions').selectAll();
    // An agent sees only their own: asking for someone else's simply finds nothing.
    if (scope === 'own') query = query.where('agent_id', '=', principal.userId);
    if (filters.agentId !== undefined) query = query.where('agent_id', '=', filters.agentId);
    if (filters.channel !== undefined) query = query.where('channel', '=', filters.channel);
    if (filters.from !== undefined) query = query.where('occurred_at', '>=', parseInstant(filters.from, 'from'));
    if (filters.to !== undefined) query = query.where('occurred_at', '<', parseInstant(filters.to, 'to'));
    if (filters.cursor !== undefined) {
      const [at, lastId] = decodeCursor(filters.cursor);
      query = query.where((eb) => eb.or([eb('occurred_at', '<', at), eb.and([eb('occurred_at', '=', at), eb('id', '<', lastId)])]));
    }
    const rows = await query
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const items = await loadViews(page);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor(last.occurred_at, last.id) : null;
    await audit.record({
      actor: principal.userId,
      action,
      outcome: 'ok',
      details: { count: items.length, interactionIds: items.map((i) => i.id) },
    });
    return { items, nextCursor };
  }

  async function findInScope(principal: Principal, action: Action, id: string): Promise<any> {
    const readScope = scopeOf(principal, 'interaction.read');
    if (readScope === 'none' && scopeOf(principal, action) === 'none') return deny(principal, action, 'your role may not read interactions', auditableId(id));
    const row = typeof id === 'string' ? await db.selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
    // Out of the caller's read scope looks exactly like missing: an agent learns nothing of others' calls.
    if (!row || !can(principal, 'interaction.read', { ownerId: row.agent_id })) return notFound(principal, action, id);
    return row;
  }

  async function get(principal: Principal, id: string): Promise<InteractionView> {
    const action: Action = 'interaction.read';
    const row = await findInScope(principal, action, id);
    const [view] = await loadViews([row]);
    await audit.record({ actor: principal.userId, action, target: id, outcome: 'ok' });
    return view!;
  }

  async function reveal(principal: Principal, id: string, input: { reason: string; types?: readonly string[] }): Promise<RevealResult> {
    const action: Action = 'interaction.reveal';
    const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
    if (reason === '' || reason.length > MAX_REASON) throw new InteractionInputError(`reason is required (at most ${MAX_REASON} characters)`);
    let wanted: Set<EntityType> | undefined;
    if (input.types !== undefined) {
      const bad = input.types.find((t) => !isEntityType(t));
      if (bad !== undefined) throw new InteractionInputError(`types must be among ${ENTITY_TYPES.join(', ')}`);
      wanted = new Set(input.types as EntityType[]);
    }
    const row = await findInScope(principal, action, id);
    if (!can(principal, action, { ownerId: row.agent_id })) return deny(principal, action, 'your role may not reveal originals', id);
    // The reason is free text bound for the append-only trail: a value typed into it ("card 4111…")
    // is labelled there like in any transcript.
    const auditedReason = redact(reason, { operator: 'label' }).text;

    const spans = await db
      .selectFrom('interaction_spans')
      .select(['field', 'type', 'start_pos', 'end_pos', 'token'])
      .where('interaction_id', '=', id)
      .orderBy('seq')
      .execute();
    const chosen = spans.filter((s) => wanted === undefined || wanted.has(s.type));
    const counts: Record<string, number> = {};
    for (const s of chosen) counts[s.type] = (counts[s.type] ?? 0) + 1;
    let values: Map<string, string>;
    try {
      values = await store.transaction(async (trx) => {
        const found = await vault.detokenize(
          chosen.map((s) => s.token),
          { trx },
        );
        // Written in the same transaction as the read of the originals: no reveal goes unrecorded.
        await audit.append(trx, { actor: principal.userId, action, target: id, reason: auditedReason, outcome: 'ok', details: { entities: counts } });
        return new Map(found.map((f) => [f.token, f.value]));
      });
    } catch (err) {
      if (err instanceof SubjectErasedError) {
        await audit.record({ actor: principal.userId, action, target: id, reason: auditedReason, outcome: 'error', details: { result: 'erased' } });
        throw new OriginalsErasedError();
      }
      throw err;
    }

    const rebuild = (field: string, redacted: string): string => {
      let out = '';
      let cursor = 0;
      for (const s of chosen) {
        if (s.field !== field) continue;
        out += redacted.slice(cursor, Number(s.start_pos)) + values.get(s.token)!;
        cursor = Number(s.end_pos);
      }
      return out + redacted.slice(cursor);
    };
    const fields: ChannelFieldValues = JSON.parse(row.fields);
    for (const name of redactedFieldNames(row.channel)) {
      if (typeof fields[name] === 'string') fields[name] = rebuild(name, fields[name] as string);
    }
    return {
      id,
      text: rebuild('text', row.redacted_text),
      fields,
      revealedTypes: [...new Set(chosen.map((s) => s.type as EntityType))],
      revealedCount: chosen.length,
    };
  }

  async function storedSpans(interactionIds: readonly string[]): Promise<StoredSpan[]> {
    const out: StoredSpan[] = [];
    for (let i = 0; i < interactionIds.length; i += 500) {
      const rows = await db
        .selectFrom('interaction_spans')
        .selectAll()
        .where('interaction_id', 'in', interactionIds.slice(i, i + 500))
        .orderBy('interaction_id')
        .orderBy('seq')
        .execute();
      for (const r of rows) {
        out.push({
          interactionId: r.interaction_id,
          field: r.field,
          type: r.type,
          start: Number(r.start_pos),
          end: Number(r.end_pos),
          token: r.token,
          instrumentIndex: r.instrument_index ?? null,
        });
      }
    }
    return out;
  }

  return { ingest, list, get, reveal, storedSpans };
}
