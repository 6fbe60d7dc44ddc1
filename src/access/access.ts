import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely, type Store } from '../store/index.js';
import { isRole, type Principal, type Role } from './policy.js';

export interface User {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
}

export interface LockoutOptions {
  /** Failures from one client within `windowMs` before it is locked out (default 10). */
  maxFailures: number;
  /** Failures counted together; older ones are forgotten (default 15 minutes). */
  windowMs: number;
  /** How long a locked-out client is refused (default 15 minutes). */
  lockoutMs: number;
  /** Failures answered at once before each further one is slowed down (default 3). */
  slowAfter: number;
  /** First delay; it doubles with each further failure up to `maxDelayMs` (default 250 ms). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_LOCKOUT: LockoutOptions = {
  maxFailures: 10,
  windowMs: 15 * 60_000,
  lockoutMs: 15 * 60_000,
  slowAfter: 3,
  baseDelayMs: 250,
  maxDelayMs: 4000,
};

export interface AccessOptions {
  /** Secret for the keyed lookup hash of API keys (and of client addresses). At least 32 bytes. */
  lookupSecret: Uint8Array;
  now?: () => Date;
  lockout?: Partial<LockoutOptions>;
}

export type AuthFailure = 'missing' | 'malformed' | 'unknown' | 'revoked' | 'locked';

export type AuthResult =
  | { ok: true; principal: Principal }
  | {
      ok: false;
      reason: AuthFailure;
      /** How long to hold the answer back (slows guessing). */
      delayMs: number;
      /** Set when the client is locked out: when it may try again. */
      retryAfterMs?: number;
    };

export interface IssuedKey {
  keyId: string;
  /** Shown once; only its keyed hash is stored. */
  apiKey: string;
}

export interface Access {
  createUser(input: { name: string; role: Role }, options?: { trx?: Kysely<any> }): Promise<{ user: User } & IssuedKey>;
  getUser(id: string): Promise<User | undefined>;
  listUsers(): Promise<User[]>;
  countUsers(role?: Role): Promise<number>;
  issueKey(userId: string): Promise<IssuedKey>;
  /** Revokes every live key of a user; returns how many. */
  revokeKeys(userId: string): Promise<number>;
  /** Checks an `Authorization` header value (or a bare key) from a client (its IP address). */
  authenticate(credential: string | undefined, client: string): Promise<AuthResult>;
  /**
   * Counts one request under `key` in its current fixed window of `windowMs`, atomically in the
   * database, and returns the count so far and the time left in the window.
   */
  countRequest(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
}

export class UnknownUserError extends Error {
  constructor() {
    super('no such user');
    this.name = 'UnknownUserError';
  }
}

const KEY_PREFIX = 'ck_';
/** 32 random bytes in base64url: 43 characters. */
const KEY_PATTERN = /^ck_[A-Za-z0-9_-]{43}$/;

export function isWellFormedApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/** The key from `Bearer ck_…` (or a bare `ck_…`); undefined when there is none. */
export function credentialFrom(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const trimmed = header.trim();
  if (trimmed === '') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(trimmed);
  return match ? match[1] : trimmed;
}

export function createAccess(store: Store, options: AccessOptions): Access {
  if (options.lookupSecret.length < 32) throw new Error('access lookup secret must be at least 32 bytes');
  const secret = Buffer.from(options.lookupSecret);
  const now = options.now ?? (() => new Date());
  const lockout: LockoutOptions = { ...DEFAULT_LOCKOUT, ...options.lockout };
  const db = store.db;

  // API keys carry 256 bits of entropy, so a fast keyed hash is right (no password stretching needed);
  // the key makes a stolen database useless for checking guesses offline.
  const lookupHash = (apiKey: string): string => createHmac('sha256', secret).update('api-key\0').update(apiKey).digest('hex');
  // Client addresses are stored only as keyed hashes: the failure table holds no IP addresses.
  const clientHash = (client: string): string => createHmac('sha256', secret).update('client\0').update(client).digest('hex');

  const toUser = (row: any): User => ({ id: row.id, name: row.name, role: row.role, createdAt: row.created_at });

  async function insertKey(trx: Kysely<any>, userId: string): Promise<IssuedKey> {
    const apiKey = KEY_PREFIX + randomBytes(32).toString('base64url');
    const keyId = `key_${randomBytes(8).toString('hex')}`;
    await trx
      .insertInto('access_api_keys')
      .values({ id: keyId, user_id: userId, lookup_hash: lookupHash(apiKey), created_at: now().toISOString(), revoked_at: null })
      .execute();
    return { keyId, apiKey };
  }

  async function createUser(input: { name: string; role: Role }, opts: { trx?: Kysely<any> } = {}) {
    if (!isRole(input.role)) throw new Error('unknown role');
    const name = input.name.trim();
    if (name === '' || name.length > 200) throw new Error('user name must be 1 to 200 characters');
    const run = async (trx: Kysely<any>) => {
      const user: User = { id: `usr_${randomUUID()}`, name, role: input.role, createdAt: now().toISOString() };
      await trx.insertInto('access_users').values({ id: user.id, name: user.name, role: user.role, created_at: user.createdAt }).execute();
      return { user, ...(await insertKey(trx, user.id)) };
    };
    return opts.trx ? run(opts.trx) : store.transaction(run);
  }

  async function recordFailure(client: string, reason: AuthFailure): Promise<AuthResult> {
    const id = clientHash(client);
    const at = now();
    const failures = await store.transaction(
      async (trx) => {
        const row = await trx.selectFrom('access_auth_failures').selectAll().where('client', '=', id).executeTakeFirst();
        const fresh = row === undefined || at.getTime() - Date.parse(row.window_start) > lockout.windowMs;
        const count = fresh ? 1 : Number(row.failures) + 1;
        const lockedUntil = count >= lockout.maxFailures ? new Date(at.getTime() + lockout.lockoutMs).toISOString() : null;
        if (row === undefined) {
          await trx
            .insertInto('access_auth_failures')
            .values({ client: id, failures: count, window_start: at.toISOString(), locked_until: lockedUntil })
            .execute();
        } else {
          await trx
            .updateTable('access_auth_failures')
            .set({ failures: count, window_start: fresh ? at.toISOString() : row.window_start, locked_until: lockedUntil })
            .where('client', '=', id)
            .execute();
        }
        return count;
      },
      { lock: 'access-auth-failures' },
    );
    const over = failures - lockout.slowAfter;
    const delayMs = over > 0 ? Math.min(lockout.baseDelayMs * 2 ** (over - 1), lockout.maxDelayMs) : 0;
    if (failures >= lockout.maxFailures) return { ok: false, reason, delayMs, retryAfterMs: lockout.lockoutMs };
    return { ok: false, reason, delayMs };
  }

  async function lockedFor(client: string): Promise<number> {
    const row = await db
      .selectFrom('access_auth_failures')
      .select('locked_until')
      .where('client', '=', clientHash(client))
      .executeTakeFirst();
    if (!row?.locked_until) return 0;
    return Math.max(0, Date.parse(row.locked_until) - now().getTime());
  }

  /** Windows long over are removed now and then, not on every request. */
  let requestsSincePrune = 0;
  const PRUNE_EVERY = 1000;

  async function countRequest(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }> {
    if (!(windowMs > 0)) throw new RangeError('windowMs must be positive');
    const at = now().getTime();
    const expired = sql<boolean>`access_rate_windows.window_start + ${windowMs} <= ${at}`;
    const row = await db
      .insertInto('access_rate_windows')
      .values({ key, window_start: at, count: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql`case when ${expired} then 1 else access_rate_windows.count + 1 end`,
          window_start: sql`case when ${expired} then ${at} else access_rate_windows.window_start end`,
        }),
      )
      .returning(['count', 'window_start'])
      .executeTakeFirstOrThrow();
    if (++requestsSincePrune >= PRUNE_EVERY) {
      requestsSincePrune = 0;
      await db.deleteFrom('access_rate_windows').where('window_start', '<', at - 2 * windowMs).execute();
    }
    return { count: Number(row.count), resetInMs: Math.max(0, Number(row.window_start) + windowMs - at) };
  }

  return {
    countRequest,
    createUser,
    async getUser(id) {
      const row = await db.selectFrom('access_users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : undefined;
    },
    async listUsers() {
      const rows = await db.selectFrom('access_users').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toUser);
    },
    async countUsers(role) {
      let query = db.selectFrom('access_users').select((eb) => eb.fn.countAll().as('n'));
      if (role) query = query.where('role', '=', role);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async issueKey(userId) {
      return store.transaction(async (trx) => {
        const user = await trx.selectFrom('access_users').select('id').where('id', '=', userId).executeTakeFirst();
        if (!user) throw new UnknownUserError();
        return insertKey(trx, userId);
      });
    },
    async revokeKeys(userId) {
      return store.transaction(async (trx) => {
        const user = await trx.selectFrom('access_users').select('id').where('id', '=', userId).executeTakeFirst();
        if (!user) throw new UnknownUserError();
        const result = await trx
          .updateTable('access_api_keys')
          .set({ revoked_at: now().toISOString() })
          .where('user_id', '=', userId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      });
    },
    async authenticate(header, client) {
      const locked = await lockedFor(client);
      if (locked > 0) return { ok: false, reason: 'locked', delayMs: 0, retryAfterMs: locked };
      const credential = credentialFrom(header);
      if (credential === undefined) return { ok: false, reason: 'missing', delayMs: 0 };
      if (!isWellFormedApiKey(credential)) return recordFailure(client, 'malformed');
      const row = await db
        .selectFrom('access_api_keys as k')
        .innerJoin('access_users as u', 'u.id', 'k.user_id')
        .select(['k.id as key_id', 'k.revoked_at', 'u.id as user_id', 'u.name', 'u.role'])
        .where('k.lookup_hash', '=', lookupHash(credential))
        .executeTakeFirst();
      if (!row) return recordFailure(client, 'unknown');
      if (row.revoked_at !== null) return recordFailure(client, 'revoked');
      return { ok: true, principal: { userId: row.user_id, name: row.name, role: row.role, keyId: row.key_id } };
    },
  };
}
