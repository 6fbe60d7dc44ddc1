export { openStore, DEFAULT_DATA_DIR } from './store.js';
export type { Backend, Migration, OpenStoreOptions, Store, TransactionOptions } from './store.js';
export { sql } from 'kysely';
export type { Kysely } from 'kysely';
