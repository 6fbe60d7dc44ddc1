import type { Keys } from '../crypto/index.js';
import { verifyEd25519 } from '../crypto/index.js';
import type { Kysely, Store } from '../store/index.js';
import {
  checkpointPayload,
  entryHash,
  GENESIS_HASH,
  headPayload,
  headProblem,
  keyIdOf,
  OUTCOMES,
  verifyChain,
  type AuditEntry,
  type Checkpoint,
  type Outcome,
  type VerifyResult,
} from './chain.js';

export interface AuditInput {
  actor: string;
  action: string;
  target?: string;
  reason?: string;
  outcome: Outcome;
  /** Types, counts and ids only: never a customer value. */
  details?: Record<string, unknown>;
}

export interface AuditQuery {
  actor?: string;
  action?: string;
  target?: string;
  /** Inclusive ISO-8601 bounds on the entry time. */
  from?: string;
  to?: string;
  limit?: number;
  afterSeq?: number;
}

export interface AuditTrail {
  append(trx: Kysely<any>, entry: AuditInput): Promise<{ seq: number; hash: string }>;
  record(entry: AuditInput): Promise<{ seq: number; hash: string }>;
  query(q?: AuditQuery): Promise<AuditEntry[]>;
  verify(): Promise<VerifyResult>;
  checkpoint(): Promise<Checkpoint>;
  exportJsonl(write: (line: string) => void | Promise<void>): Promise<void>;
  publicKeyPem(): string;
}

export interface CreateAuditOptions {
  store: Store;
  keys: Keys;
  clock?: () => Date;
  /** A signed checkpoint is written automatically every this many entries (default 100). */
  checkpointEvery?: number;
}

export class AuditInputError extends Error {
  readonly code = 'invalid_input';
  constructor(message: string) {
    super(message);
    this.name = 'AuditInputError';
  }
}

export const AUDIT_LOCK = 'audit';
const MAX_FIELD = 2048;
const MAX_DETAILS = 16 * 1024;
const PAGE = 2000;

function validate(entry: AuditInput): void {
  if (!entry || typeof entry !== 'object') throw new AuditInputError('audit entry must be an object');
  for (const field of ['actor', 'action'] as const) {
    const v = entry[field];
    if (typeof v !== 'string' || v.length === 0 || v.length > MAX_FIELD) throw new AuditInputError(`audit ${field} must be a non-empty string`);
  }
  for (const field of ['target', 'reason'] as const) {
    const v = entry[field];
    if (v !== undefined && (typeof v !== 'string' || v.length > MAX_FIELD)) throw new AuditInputError(`audit ${field} must be a string`);
  }
  if (!OUTCOMES.includes(entry.outcome)) throw new AuditInputError('audit outcome must be ok, denied or error');
  if (entry.details !== undefined) {
    if (typeof entry.details !== 'object' || entry.details === null || Array.isArray(entry.details)) throw new AuditInputError('audit details must be an object');
    const json = JSON.stringify(entry.details);
    if (json.length > MAX_DETAILS) throw new AuditInputError('audit details too large');
  }
}

/** A details column edited into non-JSON must show up as a changed entry, not crash verification. */
function parseDetails(raw: unknown): Record<string, unknown> {
  try {
    const v = JSON.parse(String(raw));
    return v && typeof v === 'object' && !Array.isArray(v) ? v : { unparseable: true };
  } catch {
    return { unparseable: true };
  }
}

function rowToEntry(r: any): AuditEntry {
  return {
    seq: Number(r.seq),
    time: r.time,
    actor: r.actor,
    action: r.action,
    ...(r.target !== null && r.target !== undefined ? { target: r.target } : {}),
    ...(r.reason !== null && r.reason !== undefined ? { reason: r.reason } : {}),
    outcome: r.outcome,
    details: parseDetails(r.details),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

function rowToCheckpoint(r: any): Checkpoint {
  return { seq: Number(r.seq), hash: r.hash, time: r.time, signature: r.signature, keyId: r.key_id };
}

export function createAuditTrail({ store, keys, clock = () => new Date(), checkpointEvery = 100 }: CreateAuditOptions): AuditTrail {
  const publicKeyPem = keys.signer.publicKeyPem();
  const keyId = keyIdOf(publicKeyPem);

  async function writeCheckpoint(trx: Kysely<any>, seq: number, hash: string): Promise<Checkpoint> {
    const existing = await trx.selectFrom('audit_checkpoints').selectAll().where('seq', '=', seq).executeTakeFirst();
    if (existing) return rowToCheckpoint(existing);
    const time = clock().toISOString();
    const cp: Checkpoint = { seq, hash, time, signature: keys.signer.sign(checkpointPayload({ seq, hash, time })), keyId };
    await trx.insertInto('audit_checkpoints').values({ seq, hash, time, signature: cp.signature, key_id: keyId }).execute();
    return cp;
  }

  /** Signed in the same transaction as the entry, so the head and the chain's end move together. */
  async function writeHead(trx: Kysely<any>, seq: number, hash: string): Promise<void> {
    const time = clock().toISOString();
    const row = { seq, hash, time, signature: keys.signer.sign(headPayload({ seq, hash, time })), key_id: keyId };
    await trx
      .insertInto('audit_head')
      .values({ id: 1, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async function head(trx: Kysely<any>): Promise<{ seq: number; hash: string }> {
    const last = await trx.selectFrom('audit_entries').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  async function append(trx: Kysely<any>, input: AuditInput): Promise<{ seq: number; hash: string }> {
    validate(input);
    // One writer at a time extends the chain, across processes (advisory lock on PostgreSQL;
    // the SQLite write transaction is already exclusive).
    await store.lock(trx, AUDIT_LOCK);
    const last = await head(trx);
    const entry: Omit<AuditEntry, 'hash'> = {
      seq: last.seq + 1,
      time: clock().toISOString(),
      actor: input.actor,
      action: input.action,
      ...(input.target !== undefined ? { target: input.target } : {}),
      ...(input.reason !== undefined ? { reason: input.reason } : {}),
      outcome: input.outcome,
      details: JSON.parse(JSON.stringify(input.details ?? {})),
      prevHash: last.hash,
    };
    const hash = entryHash(entry);
    await trx
      .insertInto('audit_entries')
      .values({
        seq: entry.seq,
        time: entry.time,
        actor: entry.actor,
        action: entry.action,
        target: entry.target ?? null,
        reason: entry.reason ?? null,
        outcome: entry.outcome,
        details: JSON.stringify(entry.details),
        prev_hash: entry.prevHash,
        hash,
      })
      .execute();
    if (checkpointEvery > 0 && entry.seq % checkpointEvery === 0) await writeCheckpoint(trx, entry.seq, hash);
    await writeHead(trx, entry.seq, hash);
    return { seq: entry.seq, hash };
  }

  async function query(q: AuditQuery = {}): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(1, Math.floor(q.limit ?? 100)), 10_000);
    let sel = store.db.selectFrom('audit_entries').selectAll();
    if (q.actor !== undefined) sel = sel.where('actor', '=', q.actor);
    if (q.action !== undefined) sel = sel.where('action', '=', q.action);
    if (q.target !== undefined) sel = sel.where('target', '=', q.target);
    if (q.from !== undefined) sel = sel.where('time', '>=', q.from);
    if (q.to !== undefined) sel = sel.where('time', '<=', q.to);
    if (q.afterSeq !== undefined) sel = sel.where('seq', '>', q.afterSeq);
    const rows = await sel.orderBy('seq').limit(limit).execute();
    return rows.map(rowToEntry);
  }

  async function* allEntries(upTo?: number): AsyncGenerator<AuditEntry> {
    let after = -1;
    for (;;) {
      let sel = store.db.selectFrom('audit_entries').selectAll().where('seq', '>', after);
      if (upTo !== undefined) sel = sel.where('seq', '<=', upTo);
      const rows = await sel.orderBy('seq').limit(PAGE).execute();
      for (const r of rows) yield rowToEntry(r);
      if (rows.length < PAGE) return;
      after = Number(rows[rows.length - 1].seq);
    }
  }

  async function verify(): Promise<VerifyResult> {
    const checkpoints = (await store.db.selectFrom('audit_checkpoints').selectAll().orderBy('seq').execute()).map(rowToCheckpoint);
    const headRow = await store.db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
    const result = await verifyChain({
      entries: allEntries(),
      checkpoints,
      checkSignature: (cp) => keys.signer.verify(checkpointPayload(cp), cp.signature),
      hashExists: async (hash) => Boolean(await store.db.selectFrom('audit_entries').select('seq').where('hash', '=', hash).executeTakeFirst()),
    });
    const atHead = headProblem(headRow ? rowToCheckpoint(headRow) : undefined, await head(store.db), (h) =>
      keys.signer.verify(headPayload(h), h.signature),
    );
    if (!atHead) return result;
    if (!result.ok) return result.firstBad.seq <= atHead.seq ? result : { ...result, firstBad: atHead };
    return { ok: false, count: result.count, firstBad: atHead };
  }

  async function checkpoint(): Promise<Checkpoint> {
    return store.transaction(
      async (trx) => {
        await store.lock(trx, AUDIT_LOCK);
        const last = await head(trx);
        return writeCheckpoint(trx, last.seq, last.hash);
      },
      { lock: AUDIT_LOCK },
    );
  }

  async function exportJsonl(write: (line: string) => void | Promise<void>): Promise<void> {
    // A fresh checkpoint at the head first: the export is then signed end to end.
    const cp = await checkpoint();
    for await (const e of allEntries(cp.seq)) await write(JSON.stringify({ kind: 'entry', ...e }));
    await write(JSON.stringify({ kind: 'checkpoint', ...cp, publicKeyId: keyId }));
  }

  return {
    append,
    record: async (entry) => {
      validate(entry);
      return store.transaction((trx) => append(trx, entry), { lock: AUDIT_LOCK });
    },
    query,
    verify,
    checkpoint,
    exportJsonl,
    publicKeyPem: () => publicKeyPem,
  };
}

/**
 * Checks an export offline against the signing public key: the chain must be intact and the
 * final checkpoint must be signed by that key and match the last entry.
 */
export async function verifyExport(lines: Iterable<string> | AsyncIterable<string>, publicKeyPem: string): Promise<VerifyResult> {
  const entries: AuditEntry[] = [];
  const checkpoints: Checkpoint[] = [];
  let lineNo = 0;
  for await (const raw of lines as AsyncIterable<string>) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    let obj: any;
    try {
      obj = JSON.parse(line);
    } catch {
      throw new AuditInputError(`export line ${lineNo} is not JSON`);
    }
    const { kind, publicKeyId: _ignored, ...rest } = obj ?? {};
    if (kind === 'entry') entries.push(rest as AuditEntry);
    else if (kind === 'checkpoint') checkpoints.push(rest as Checkpoint);
    else throw new AuditInputError(`export line ${lineNo} has an unknown kind`);
  }
  const hashes = new Set(entries.map((e) => e.hash));
  const lastSeq = entries.length ? entries[entries.length - 1]!.seq : 0;
  const result = await verifyChain({
    entries,
    checkpoints,
    checkSignature: (cp) => verifyEd25519(publicKeyPem, checkpointPayload(cp), cp.signature),
    hashExists: (h) => hashes.has(h),
  });
  if (!result.ok) return result;
  // Without a signed checkpoint at the end, entries could have been appended or cut off unnoticed.
  const finalCp = checkpoints.find((cp) => cp.seq === lastSeq);
  if (!finalCp) return { ok: false, count: result.count, firstBad: { seq: lastSeq, problem: 'bad-checkpoint' } };
  return result;
}
