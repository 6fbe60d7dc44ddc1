import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';

export type Backend = 'sqlite' | 'postgres';

/** A versioned schema change owned by one module. Ids sort in the order they must run within a module. */
export interface Migration {
  /** Globally unique, e.g. `vault-001-subjects`. */
  id: string;
  up(db: Kysely<any>, backend: Backend): Promise<void>;
}

export interface OpenStoreOptions {
  /** SQLite data folder (default `./custos-data`). Ignored when `databaseUrl` is set. */
  dataDir?: string;
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing); lets test suites share one database. */
  schema?: string;
  /** Pool size for PostgreSQL (default 10). */
  maxConnections?: number;
}

export interface TransactionOptions {
  /**
   * Serialize this transaction against every other one holding the same lock name, across
   * processes. SQLite transactions are already serialized (BEGIN IMMEDIATE takes the write lock);
   * on PostgreSQL this takes a transaction-scoped advisory lock. The audit chain relies on it.
   */
  lock?: string;
}

/** The one persistence interface: a typed query layer (Kysely) over SQLite or PostgreSQL. */
export interface Store {
  readonly backend: Backend;
  /** Data folder (SQLite only). */
  readonly dataDir: string | undefined;
  /** Path of the SQLite database file (SQLite only). */
  readonly file: string | undefined;
  readonly db: Kysely<any>;
  /** Runs `fn` in one write transaction; all or nothing. */
  transaction<T>(fn: (trx: Kysely<any>) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Inside a transaction, waits for the named cross-process lock and holds it until the
   * transaction ends (PostgreSQL advisory lock; a no-op on SQLite, where BEGIN IMMEDIATE already
   * serializes writers). Safe to call more than once in one transaction.
   */
  lock(trx: Kysely<any>, name: string): Promise<void>;
  /** Applies the migrations not yet applied, in order, each in its own transaction. Safe to run from several processes at once. */
  migrate(migrations: readonly Migration[]): Promise<string[]>;
  /**
   * Makes deletions physical: on SQLite, checkpoints and truncates the write-ahead log so deleted
   * pages (already zeroed by secure_delete) leave no copy in the -wal file.
   */
  scrub(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = './custos-data';
const SQLITE_FILE = 'custos.db';

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openSqlite(options.dataDir ?? DEFAULT_DATA_DIR);
}

function openSqlite(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, SQLITE_FILE);
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  // Deleted content is overwritten with zeros, so purged or erased rows leave nothing in free pages.
  database.pragma('secure_delete = ON');
  // A vault must not lose an acknowledged write; FULL also fsyncs the WAL on every commit.
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 15000');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database }) });

  const transaction = async <T>(fn: (trx: Kysely<any>) => Promise<T>): Promise<T> =>
    // Kysely's SQLite driver has one connection behind a mutex; holding it for the whole
    // transaction keeps other callers in this process out. BEGIN IMMEDIATE takes the database
    // write lock up front (waiting up to busy_timeout), so two processes never interleave a
    // read-then-write, which a deferred BEGIN would allow.
    db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (err) {
        if (database.inTransaction) await sql`rollback`.execute(conn);
        throw err;
      }
    });

  return {
    backend: 'sqlite',
    dataDir,
    file,
    db,
    transaction,
    async lock() {},
    migrate: (migrations) => runMigrations('sqlite', db, transaction, migrations),
    async scrub() {
      database.pragma('wal_checkpoint(TRUNCATE)');
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPostgres(databaseUrl: string, options: OpenStoreOptions): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error('invalid PostgreSQL schema name');
  }
  if (schema) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(`create schema if not exists ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A broken idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  const lockNamespace = schema ?? 'public';

  const transaction = async <T>(fn: (trx: Kysely<any>) => Promise<T>, txOptions?: TransactionOptions): Promise<T> =>
    db.transaction().execute(async (trx: Transaction<any>) => {
      if (txOptions?.lock) await lock(trx, txOptions.lock);
      return fn(trx);
    });
  const lock = async (trx: Kysely<any>, name: string): Promise<void> => {
    await sql`select pg_advisory_xact_lock(hashtext(${lockNamespace + ':' + name}))`.execute(trx);
  };

  return {
    backend: 'postgres',
    dataDir: undefined,
    file: undefined,
    db,
    transaction,
    lock,
    migrate: (migrations) => runMigrations('postgres', db, transaction, migrations),
    async scrub() {
      // Row deletion is what PostgreSQL offers; VACUUM reclaims the dead tuples later.
    },
    async close() {
      await db.destroy();
    },
  };
}

async function runMigrations(
  backend: Backend,
  db: Kysely<any>,
  transaction: Store['transaction'],
  migrations: readonly Migration[],
): Promise<string[]> {
  const ids = new Set<string>();
  for (const m of migrations) {
    if (ids.has(m.id)) throw new Error(`duplicate migration id ${m.id}`);
    ids.add(m.id);
  }
  await db.schema
    .createTable('custos_migrations')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute()
    .catch(async (err) => {
      // Two processes creating the table at once on PostgreSQL: the loser sees a unique violation.
      const exists = await db.selectFrom('custos_migrations').select('id').limit(1).execute().then(() => true, () => false);
      if (!exists) throw err;
    });
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await transaction(
      async (trx) => {
        const row = await trx.selectFrom('custos_migrations').select('id').where('id', '=', migration.id).executeTakeFirst();
        if (row) return false;
        await migration.up(trx, backend);
        await trx.insertInto('custos_migrations').values({ id: migration.id, applied_at: new Date().toISOString() }).execute();
        return true;
      },
      { lock: 'migrations' },
    );
    if (done) applied.push(migration.id);
  }
  return applied;
}
