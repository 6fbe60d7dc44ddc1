import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { initKeys, keysExist, loadKeys, type Keys } from '../crypto/index.js';
import { openStore, DEFAULT_DATA_DIR, type Migration, type Store } from '../store/index.js';
import { createVault, vaultMigrations, type Vault } from '../vault/index.js';
import { createAuditTrail, auditMigrations, type AuditTrail } from '../audit/index.js';
import { accessMigrations, createAccess, type Access, type LockoutOptions } from '../access/index.js';
import { createInteractions, interactionMigrations, type Interactions } from '../interactions/index.js';
import { createPrivacy, privacyMigrations, type Privacy } from '../privacy/index.js';
import { createGateway, createSubProcessorRegistry, gatewayConfigOrProblem, gatewayMigrations, type Gateway, type SubProcessorRegistry } from '../gateway/index.js';
import { createInsightsService, insightsServiceMigrations, type InsightsService } from '../insights-service/index.js';

export { DEFAULT_DATA_DIR };

/**
 * Every module's migrations, in dependency order. A module adds its list here; ids are prefixed
 * by module, so lists never collide.
 */
export const MIGRATIONS: readonly Migration[] = [...vaultMigrations, ...auditMigrations, ...accessMigrations, ...interactionMigrations, ...privacyMigrations, ...gatewayMigrations, ...insightsServiceMigrations];

export interface CustosOptions {
  /** Data folder: SQLite database (unless databaseUrl) and `keys/`. Default ./custos-data. */
  dataDir?: string;
  /** PostgreSQL connection string; keys still live in `dataDir/keys`. */
  databaseUrl?: string;
  /** PostgreSQL schema (tests use one per run). */
  schema?: string;
  clock?: () => Date;
  /** Create keys and the database when missing (what `custos init` does). */
  create?: boolean;
  /** Environment to read CUSTOS_MASTER_KEY* from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Authentication-failure slow-down and lockout (`custos serve` settings). */
  lockout?: Partial<LockoutOptions>;
}

export interface Custos {
  readonly dataDir: string;
  readonly store: Store;
  readonly keys: Keys;
  readonly vault: Vault;
  readonly audit: AuditTrail;
  readonly access: Access;
  readonly interactions: Interactions;
  readonly privacy: Privacy;
  /** The LLM gateway (CUSTOS_LLM_* settings from `env`). */
  readonly gateway: Gateway;
  /** AI upstreams registered as sub-processors; `custos report processing` lists them. */
  readonly subProcessors: SubProcessorRegistry;
  /** Insights, trends, knowledge base and suggested replies over stored interactions. */
  readonly insights: InsightsService;
  readonly clock: () => Date;
  close(): Promise<void>;
}

/** Store options from the environment: DATABASE_URL switches to PostgreSQL. */
export function dataOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): { databaseUrl?: string; schema?: string } {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.CUSTOS_DB_SCHEMA ? { schema: env.CUSTOS_DB_SCHEMA } : {}),
  };
}

export async function openCustos(options: CustosOptions = {}): Promise<Custos> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const clock = options.clock ?? (() => new Date());
  const env = options.env ?? process.env;
  if (options.create && !keysExist(dataDir, env)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    initKeys(dataDir, { env, clock });
  }
  // Keys first: a missing key file must not leave a fresh, empty database behind.
  const keys = loadKeys(dataDir, { env, clock });
  const store = await openStore({
    dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.schema ? { schema: options.schema } : {}),
  });
  try {
    restrictDatabaseFiles(store);
    await store.migrate(MIGRATIONS);
  } catch (err) {
    await store.close();
    throw err;
  }
  const vault = createVault({ store, keys, clock });
  const audit = createAuditTrail({ store, keys, clock });
  const { access, interactions, privacy } = peopleAndInteractions(store, keys, vault, audit, clock, options.lockout);
  return { dataDir, store, keys, vault, audit, access, interactions, privacy, ...aiServices(store, audit, interactions, privacy, clock, env), clock, close: () => store.close() };
}

/** Owner-only database file; SQLite gives its -wal and -shm files the same mode. */
function restrictDatabaseFiles(store: Store): void {
  if (!store.file) return;
  for (const f of [store.file, `${store.file}-wal`, `${store.file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

export interface InitReport {
  dataDir: string;
  backend: Store['backend'];
  created: string[];
  migrations: string[];
}

/**
 * A new installation: data folder, KEK file (unless CUSTOS_MASTER_KEY), index key, audit signing
 * key, schema. Refuses to overwrite existing keys. `afterInit` hooks (first admin, TLS
 * certificate) run with the opened installation and add what they created to the report.
 */
export async function initCustos(
  options: CustosOptions & { afterInit?: ((custos: Custos) => Promise<string[]>)[] } = {},
): Promise<InitReport> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const env = options.env ?? process.env;
  const clock = options.clock ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const created = initKeys(dataDir, { env, clock });
  const keys = loadKeys(dataDir, { env, clock });
  const store = await openStore({
    dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.schema ? { schema: options.schema } : {}),
  });
  let migrations: string[];
  try {
    restrictDatabaseFiles(store);
    migrations = await store.migrate(MIGRATIONS);
    if (store.file) created.push(store.file);
    const vault = createVault({ store, keys, clock });
    const audit = createAuditTrail({ store, keys, clock });
    const people = peopleAndInteractions(store, keys, vault, audit, clock, options.lockout);
    const custos: Custos = {
      dataDir,
      store,
      keys,
      vault,
      audit,
      ...people,
      ...aiServices(store, audit, people.interactions, people.privacy, clock, env),
      clock,
      close: () => store.close(),
    };
    await custos.audit.record({
      actor: `cli:init`,
      action: 'custos.init',
      outcome: 'ok',
      details: { backend: store.backend, kek: keys.kek.kind, migrations: migrations.length },
    });
    for (const hook of options.afterInit ?? []) created.push(...(await hook(custos)));
  } finally {
    await store.close();
  }
  return { dataDir, backend: store.backend, created, migrations };
}

/** Access (API-key lookup hashes keyed by a subkey of the index key) and the interactions service. */
function peopleAndInteractions(store: Store, keys: Keys, vault: Vault, audit: AuditTrail, clock: () => Date, lockout?: Partial<LockoutOptions>) {
  const access = createAccess(store, { lookupSecret: keys.index.digest('access-api-key-lookup-v1'), now: clock, ...(lockout ? { lockout } : {}) });
  const interactions = createInteractions({ store, vault, audit, access, now: clock });
  const privacy = createPrivacy({ store, vault, audit, clock, linkDigest: (id) => keys.index.digest('privacy-erased-interaction', id).toString('hex') });
  return { access, interactions, privacy };
}

/** The LLM gateway, its sub-processor registry and the insights service (which phrases replies through the gateway). */
function aiServices(store: Store, audit: AuditTrail, interactions: Interactions, privacy: Privacy, clock: () => Date, env: NodeJS.ProcessEnv) {
  const gateway = createGateway({ store, audit, consent: privacy, config: gatewayConfigOrProblem(env) });
  const subProcessors = createSubProcessorRegistry({ store, audit, clock });
  const insights = createInsightsService({
    store,
    interactions,
    consent: privacy,
    audit,
    gateway,
    clock,
    ...(env.CUSTOS_SHARED_INSTRUMENT_MIN_CUSTOMERS ? { sharedInstrumentMinCustomers: Number(env.CUSTOS_SHARED_INSTRUMENT_MIN_CUSTOMERS) } : {}),
  });
  return { gateway, subProcessors, insights };
}
