import { generateDataKey, KeyVersionUnavailableError, open, seal, type Keys } from '../crypto/index.js';
import { sql, type Kysely, type Store } from '../store/index.js';
import type { EntityType } from '../detect/index.js';
import { SubjectErasedError, TokenNotFoundError, VaultInputError } from './errors.js';
import { randomBytes } from 'node:crypto';
import { base32, canonicalValue, isVaultEntityType, TOKEN_PATTERN, tokenFromDigest } from './tokens.js';

export interface TokenizeItem {
  subject: string;
  type: EntityType;
  value: string;
  deterministic?: boolean;
}

export interface TxOptions {
  /** Run inside this transaction (e.g. together with the audit entry that records it). */
  trx?: Kysely<any>;
}

export interface DetokenizedValue {
  token: string;
  type: EntityType;
  subject: string;
  value: string;
}

export interface SubjectToken {
  token: string;
  type: EntityType;
  createdAt: string;
}

export interface ErasureReceipt {
  subject: string;
  tokensDestroyed: number;
  keyDestroyed: boolean;
  erasedAt: string;
}

export interface KeyVersionStatus {
  version: number;
  current: boolean;
  createdAt: string;
  retiredAt?: string;
  dataKeys: number;
}

export interface RotationReport {
  previousVersion: number;
  currentVersion: number;
  rewrapped: number;
  retired: number[];
}

export interface Vault {
  tokenize(items: TokenizeItem[], opts?: TxOptions): Promise<string[]>;
  detokenize(tokens: string[], opts?: TxOptions): Promise<DetokenizedValue[]>;
  instrumentIndex(type: EntityType, value: string): string;
  listSubjectTokens(subject: string, opts?: TxOptions): Promise<SubjectToken[]>;
  eraseSubject(subject: string, opts?: TxOptions): Promise<ErasureReceipt>;
  purgeTokensCreatedBefore(iso: string, opts?: TxOptions): Promise<number>;
  /** Adds a KEK version (when the provider can) and re-wraps every data key under the current one, in batches. */
  rotateKek(opts?: { batchSize?: number; onBatch?: (done: number) => void }): Promise<RotationReport>;
  keysStatus(): Promise<KeyVersionStatus[]>;
  /** The HMAC id a subject reference is stored under (for joins by other modules; not reversible). */
  subjectId(subject: string): string;
}

export interface CreateVaultOptions {
  store: Store;
  keys: Keys;
  clock?: () => Date;
}

const MAX_SUBJECT_LENGTH = 512;
const MAX_VALUE_LENGTH = 64 * 1024;
const INSERT_CHUNK = 500;
const SELECT_CHUNK = 500;
const KEY_CACHE_LIMIT = 10_000;
/** Leading random bytes shared by the random tokens of one tokenize call (see tokenize). */
const BATCH_PREFIX_BYTES = 5;
/** Serializes data-key creation against KEK retirement (see rotateKek). */
const KEYS_LOCK = 'vault-keys';

interface SubjectKey {
  wrapped: Buffer;
  key: Buffer;
  ref?: string;
}

export function createVault({ store, keys, clock = () => new Date() }: CreateVaultOptions): Vault {
  // Unwrapped data keys, checked against the stored wrapped bytes on every use, so an erased or
  // re-wrapped subject is never served from a stale entry.
  const keyCache = new Map<string, SubjectKey>();

  // Subject ids of recently seen references: one HMAC per value was a tenth of a batch's CPU.
  // Bounded like the key cache, and dropped on erasure.
  const subjectIds = new Map<string, string>();
  const subjectId = (subject: string): string => {
    let sid = subjectIds.get(subject);
    if (sid === undefined) {
      sid = 'sub_' + base32(keys.index.digest('subject', subject)).slice(0, 52);
      if (subjectIds.size >= KEY_CACHE_LIMIT) subjectIds.delete(subjectIds.keys().next().value!);
      subjectIds.set(subject, sid);
    }
    return sid;
  };
  const valueAad = (token: string, type: string, sid: string): string => `vault-value\0${token}\0${type}\0${sid}`;
  const keyAad = (sid: string): string => `vault-subject-key\0${sid}`;
  const refAad = (sid: string): string => `vault-subject-ref\0${sid}`;

  const inTx = <T>(opts: TxOptions | undefined, fn: (trx: Kysely<any>) => Promise<T>): Promise<T> =>
    opts?.trx ? fn(opts.trx) : store.transaction(fn);

  function cacheSet(sid: string, entry: SubjectKey): void {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value!);
    keyCache.set(sid, entry);
  }

  async function unwrapSubject(sid: string, kekVersion: number, wrapped: Buffer): Promise<SubjectKey> {
    const cached = keyCache.get(sid);
    if (cached && cached.wrapped.equals(wrapped)) return cached;
    const key = await keys.kek.unwrap(Number(kekVersion), wrapped, keyAad(sid));
    const entry = { wrapped: Buffer.from(wrapped), key };
    cacheSet(sid, entry);
    return entry;
  }

  function validateItem(item: TokenizeItem): void {
    if (!item || typeof item !== 'object') throw new VaultInputError('each item must be an object');
    if (typeof item.type !== 'string' || !isVaultEntityType(item.type)) throw new VaultInputError('unknown entity type');
    validateSubject(item.subject);
    if (typeof item.value !== 'string' || item.value.length === 0) throw new VaultInputError('value must be a non-empty string');
    if (item.value.length > MAX_VALUE_LENGTH) throw new VaultInputError(`value longer than ${MAX_VALUE_LENGTH} characters`);
  }

  function validateSubject(subject: unknown): asserts subject is string {
    if (typeof subject !== 'string' || subject.length === 0) throw new VaultInputError('subject must be a non-empty string');
    if (subject.length > MAX_SUBJECT_LENGTH) throw new VaultInputError(`subject longer than ${MAX_SUBJECT_LENGTH} characters`);
  }

  /**
   * Data keys of every subject in a batch: one query for the existing ones, then the missing
   * ones created (wrapped under the current KEK) and inserted together.
   */
  async function subjectKeys(trx: Kysely<any>, subjects: string[], now: string): Promise<Map<string, { sid: string; key: Buffer }>> {
    const out = new Map<string, { sid: string; key: Buffer }>();
    const sids = new Map(subjects.map((s) => [s, subjectId(s)]));
    const load = async (wanted: string[]): Promise<string[]> => {
      const rows = new Map<string, any>();
      const ids = wanted.map((s) => sids.get(s)!);
      for (let i = 0; i < ids.length; i += SELECT_CHUNK) {
        const found = await trx
          .selectFrom('vault_subjects')
          .select(['subject_id', 'kek_version', 'wrapped_key'])
          .where('subject_id', 'in', ids.slice(i, i + SELECT_CHUNK))
          .execute();
        for (const r of found) rows.set(r.subject_id, r);
      }
      const missing: string[] = [];
      for (const subject of wanted) {
        const sid = sids.get(subject)!;
        const row = rows.get(sid);
        if (row) out.set(subject, { sid, key: (await unwrapSubject(sid, row.kek_version, row.wrapped_key)).key });
        else missing.push(subject);
      }
      return missing;
    };
    const missing = await load(subjects);
    if (missing.length === 0) return out;
    // Held until commit, so a concurrent rotation cannot retire the KEK version used here before
    // it has seen (and re-wrapped) these new rows.
    await store.lock(trx, KEYS_LOCK);
    // Another node may create the same subject between our lookup and our insert: the insert
    // keeps whichever row exists (ON CONFLICT DO NOTHING waits for the other transaction and then
    // yields to it), and the subjects we did not create are read back. This does not depend on the
    // isolation level or on every writer taking the lock.
    const created = new Map<string, { sid: string; key: Buffer; wrapped: Buffer }>();
    const inserts: Record<string, unknown>[] = [];
    for (const subject of missing) {
      const sid = sids.get(subject)!;
      const dataKey = generateDataKey();
      const { kekVersion, wrapped } = await keys.kek.wrap(dataKey, keyAad(sid));
      inserts.push({ subject_id: sid, kek_version: kekVersion, wrapped_key: wrapped, subject_ref: seal(dataKey, Buffer.from(subject, 'utf8'), refAad(sid)), created_at: now });
      created.set(sid, { sid, key: dataKey, wrapped });
    }
    const inserted = new Set<string>();
    for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
      const rows = await trx
        .insertInto('vault_subjects')
        .values(inserts.slice(i, i + INSERT_CHUNK))
        .onConflict((oc) => oc.column('subject_id').doNothing())
        .returning('subject_id')
        .execute();
      for (const r of rows) inserted.add(r.subject_id);
    }
    const lost: string[] = [];
    for (const subject of missing) {
      const sid = sids.get(subject)!;
      const mine = created.get(sid)!;
      if (inserted.has(sid)) {
        cacheSet(sid, { wrapped: mine.wrapped, key: mine.key, ref: subject });
        out.set(subject, { sid, key: mine.key });
      } else {
        // Someone else's key won: ours was never stored, so it is dropped.
        mine.key.fill(0);
        lost.push(subject);
      }
    }
    if (lost.length > 0 && (await load(lost)).length > 0) throw new Error('vault subject key vanished during creation');
    return out;
  }

  async function tokenize(items: TokenizeItem[], opts?: TxOptions): Promise<string[]> {
    if (!Array.isArray(items)) throw new VaultInputError('items must be an array');
    items.forEach(validateItem);
    if (items.length === 0) return [];
    const now = clock().toISOString();
    return inTx(opts, async (trx) => {
      const subjects = await subjectKeys(trx, [...new Set(items.map((i) => i.subject))], now);
      // One draw of randomness for the whole batch; each token takes its own 17 bytes, of which
      // the first 5 (8 token characters) are shared by the batch. Random tokens then land side by
      // side in the token index instead of on one page each, which is most of SQLite's write cost
      // per value; each token keeps 90 bits of its own. The price, accepted: tokens made in one
      // call can be told apart as such (an ingest's tokens are one interaction's anyway).
      const random = randomBytes(17 * items.length);
      for (let i = 1; i < items.length; i++) random.copy(random, 17 * i, 0, BATCH_PREFIX_BYTES);
      const tokens = items.map((item, i) =>
        item.deterministic
          ? tokenFromDigest(item.type, keys.index.digest('token', item.type, canonicalValue(item.type, item.value)))
          : tokenFromDigest(item.type, random.subarray(17 * i, 17 * i + 17)),
      );
      // Deterministic tokens this subject already holds are reused, not stored twice.
      const held = new Set<string>();
      const detTokens = [...new Set(tokens.filter((_, i) => items[i]!.deterministic))];
      for (let i = 0; i < detTokens.length; i += SELECT_CHUNK) {
        const rows = await trx.selectFrom('vault_tokens').select(['token', 'subject_id']).where('token', 'in', detTokens.slice(i, i + SELECT_CHUNK)).execute();
        for (const r of rows) held.add(`${r.token}\0${r.subject_id}`);
      }
      const rows: Record<string, unknown>[] = [];
      items.forEach((item, i) => {
        const token = tokens[i]!;
        const { sid, key } = subjects.get(item.subject)!;
        if (item.deterministic) {
          const k = `${token}\0${sid}`;
          if (held.has(k)) return;
          held.add(k);
        }
        rows.push({
          token,
          subject_id: sid,
          type: item.type,
          value: seal(key, Buffer.from(item.value, 'utf8'), valueAad(token, item.type, sid)),
          deterministic: item.deterministic ? 1 : 0,
          created_at: now,
        });
      });
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        // A concurrent transaction may have stored the same deterministic (token, subject) pair.
        await trx
          .insertInto('vault_tokens')
          .values(rows.slice(i, i + INSERT_CHUNK))
          .onConflict((oc) => oc.columns(['token', 'subject_id']).doNothing())
          .execute();
      }
      return tokens;
    });
  }

  async function detokenizeOnce(db: Kysely<any>, tokens: string[]): Promise<DetokenizedValue[]> {
    const wanted = [...new Set(tokens.filter((t) => typeof t === 'string' && TOKEN_PATTERN.test(t)))];
    const found = new Map<string, any>();
    for (let i = 0; i < wanted.length; i += SELECT_CHUNK) {
      const rows = await db
        .selectFrom('vault_tokens as t')
        .innerJoin('vault_subjects as s', 's.subject_id', 't.subject_id')
        .select(['t.token', 't.subject_id', 't.type', 't.value', 't.created_at', 's.kek_version', 's.wrapped_key', 's.subject_ref'])
        .where('t.token', 'in', wanted.slice(i, i + SELECT_CHUNK))
        .orderBy('t.created_at')
        .orderBy('t.subject_id')
        .execute();
      // A deterministic token may have several holders; the oldest one answers.
      for (const row of rows) if (!found.has(row.token)) found.set(row.token, row);
    }
    const missing = tokens.find((t) => !found.has(t));
    if (missing !== undefined) {
      const erased =
        typeof missing === 'string' && TOKEN_PATTERN.test(missing)
          ? await db.selectFrom('vault_erased_tokens').select('erased_at').where('token', '=', missing).orderBy('erased_at', 'desc').executeTakeFirst()
          : undefined;
      if (erased) throw new SubjectErasedError(missing, erased.erased_at);
      throw new TokenNotFoundError(String(missing));
    }
    const out: DetokenizedValue[] = [];
    for (const token of tokens) {
      const row = found.get(token);
      const subject = await unwrapSubject(row.subject_id, row.kek_version, row.wrapped_key);
      subject.ref ??= open(subject.key, row.subject_ref, refAad(row.subject_id)).toString('utf8');
      const value = open(subject.key, row.value, valueAad(row.token, row.type, row.subject_id)).toString('utf8');
      out.push({ token, type: row.type, subject: subject.ref, value });
    }
    return out;
  }

  async function detokenize(tokens: string[], opts?: TxOptions): Promise<DetokenizedValue[]> {
    if (!Array.isArray(tokens)) throw new VaultInputError('tokens must be an array');
    const db = opts?.trx ?? store.db;
    try {
      return await detokenizeOnce(db, tokens);
    } catch (err) {
      // A rotation may have re-wrapped and retired a version between our read and the unwrap.
      if (err instanceof KeyVersionUnavailableError && !opts?.trx) return detokenizeOnce(db, tokens);
      throw err;
    }
  }

  async function listSubjectTokens(subject: string, opts?: TxOptions): Promise<SubjectToken[]> {
    validateSubject(subject);
    const rows = await (opts?.trx ?? store.db)
      .selectFrom('vault_tokens')
      .select(['token', 'type', 'created_at'])
      .where('subject_id', '=', subjectId(subject))
      .orderBy('created_at')
      .orderBy('token')
      .execute();
    return rows.map((r) => ({ token: r.token, type: r.type, createdAt: r.created_at }));
  }

  async function eraseSubject(subject: string, opts?: TxOptions): Promise<ErasureReceipt> {
    validateSubject(subject);
    const sid = subjectId(subject);
    const erasedAt = clock().toISOString();
    const receipt = await inTx(opts, async (trx) => {
      await trx
        .insertInto('vault_erased_tokens')
        .columns(['token', 'subject_id', 'erased_at'])
        .expression(trx.selectFrom('vault_tokens').select(['token', 'subject_id', sql<string>`${erasedAt}`.as('erased_at')]).where('subject_id', '=', sid))
        .onConflict((oc) => oc.columns(['token', 'subject_id']).doUpdateSet({ erased_at: erasedAt }))
        .execute();
      const tokens = await trx.deleteFrom('vault_tokens').where('subject_id', '=', sid).executeTakeFirst();
      const key = await trx.deleteFrom('vault_subjects').where('subject_id', '=', sid).executeTakeFirst();
      await trx
        .insertInto('vault_erasures')
        .values({ subject_id: sid, erased_at: erasedAt })
        .onConflict((oc) => oc.column('subject_id').doUpdateSet({ erased_at: erasedAt }))
        .execute();
      return { subject, tokensDestroyed: Number(tokens.numDeletedRows), keyDestroyed: Number(key.numDeletedRows) > 0, erasedAt };
    });
    keyCache.delete(sid);
    subjectIds.delete(subject);
    // Outside a caller's transaction we can make the deletion physical now; callers passing trx
    // call store.scrub() after their commit.
    if (!opts?.trx) await store.scrub();
    return receipt;
  }

  async function purgeTokensCreatedBefore(iso: string, opts?: TxOptions): Promise<number> {
    if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) throw new VaultInputError('cutoff must be an ISO-8601 time');
    const cutoff = new Date(iso).toISOString();
    const n = await inTx(opts, async (trx) => {
      const res = await trx.deleteFrom('vault_tokens').where('created_at', '<', cutoff).executeTakeFirst();
      return Number(res.numDeletedRows);
    });
    if (!opts?.trx && n > 0) await store.scrub();
    return n;
  }

  async function rewrapBatch(current: number, batchSize: number): Promise<number> {
    return store.transaction(
      async (trx) => {
        const rows = await trx
          .selectFrom('vault_subjects')
          .select(['subject_id', 'kek_version', 'wrapped_key'])
          .where('kek_version', '<>', current)
          .orderBy('subject_id')
          .limit(batchSize)
          .execute();
        for (const row of rows) {
          const dataKey = await keys.kek.unwrap(Number(row.kek_version), row.wrapped_key, keyAad(row.subject_id));
          const { kekVersion, wrapped } = await keys.kek.wrap(dataKey, keyAad(row.subject_id));
          await trx
            .updateTable('vault_subjects')
            .set({ kek_version: kekVersion, wrapped_key: wrapped })
            .where('subject_id', '=', row.subject_id)
            .where('kek_version', '=', row.kek_version)
            .execute();
        }
        return rows.length;
      },
      { lock: KEYS_LOCK },
    );
  }

  async function countByVersion(db: Kysely<any>): Promise<Map<number, number>> {
    const rows = await db
      .selectFrom('vault_subjects')
      .select(['kek_version', (eb) => eb.fn.countAll().as('n')])
      .groupBy('kek_version')
      .execute();
    return new Map(rows.map((r) => [Number(r.kek_version), Number(r.n)]));
  }

  async function rotateKek(opts: { batchSize?: number; onBatch?: (done: number) => void } = {}): Promise<RotationReport> {
    const batchSize = opts.batchSize ?? 500;
    const previousVersion = await keys.kek.currentVersion();
    const currentVersion = keys.kek.canAddVersions ? await keys.kek.rotate() : previousVersion;
    let rewrapped = 0;
    // Each batch is its own short transaction, so readers and writers keep going in between.
    for (;;) {
      const n = await rewrapBatch(currentVersion, batchSize);
      if (n === 0) break;
      rewrapped += n;
      opts.onBatch?.(rewrapped);
    }
    // Under the keys lock no new data key can be wrapped, so a zero count here is final.
    const retired = await store.transaction(
      async (trx) => {
        const counts = await countByVersion(trx);
        const out: number[] = [];
        for (const v of await keys.kek.versions()) {
          if (v.current || v.retiredAt || (counts.get(v.version) ?? 0) > 0) continue;
          await keys.kek.retire(v.version);
          out.push(v.version);
        }
        return out;
      },
      { lock: KEYS_LOCK },
    );
    return { previousVersion, currentVersion, rewrapped, retired };
  }

  async function keysStatus(): Promise<KeyVersionStatus[]> {
    const counts = await countByVersion(store.db);
    return (await keys.kek.versions()).map((v) => ({
      version: v.version,
      current: v.current,
      createdAt: v.createdAt,
      ...(v.retiredAt ? { retiredAt: v.retiredAt } : {}),
      dataKeys: counts.get(v.version) ?? 0,
    }));
  }

  return {
    tokenize,
    detokenize,
    instrumentIndex: (type, value) => {
      if (!isVaultEntityType(type)) throw new VaultInputError('unknown entity type');
      return `idx_${base32(keys.index.digest('instrument', type, canonicalValue(type, value))).slice(0, 52)}`;
    },
    listSubjectTokens,
    eraseSubject,
    purgeTokensCreatedBefore,
    rotateKek,
    keysStatus,
    subjectId,
  };
}
