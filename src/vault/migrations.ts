import type { Backend, Kysely, Migration } from '../store/index.js';

/** Binary column type: both drivers hand back a Buffer. */
export function binaryColumn(backend: Backend): 'blob' | 'bytea' {
  return backend === 'postgres' ? 'bytea' : 'blob';
}

export const vaultMigrations: Migration[] = [
  {
    id: 'vault-001-init',
    async up(db: Kysely<any>, backend: Backend) {
      const bin = binaryColumn(backend);
      // One row per data subject: its data key wrapped by the KEK, and its reference sealed under
      // that data key. subject_id is an HMAC of the reference, never the reference itself.
      await db.schema
        .createTable('vault_subjects')
        .addColumn('subject_id', 'text', (c) => c.primaryKey())
        .addColumn('kek_version', 'integer', (c) => c.notNull())
        .addColumn('wrapped_key', bin, (c) => c.notNull())
        .addColumn('subject_ref', bin, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('vault_subjects_kek_version').on('vault_subjects').column('kek_version').execute();
      // A deterministic token is shared by every subject that holds the same value, hence the
      // composite key: each holder keeps its own copy sealed under its own data key.
      await db.schema
        .createTable('vault_tokens')
        .addColumn('token', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('value', bin, (c) => c.notNull())
        .addColumn('deterministic', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('vault_tokens_pk', ['token', 'subject_id'])
        .execute();
      await db.schema.createIndex('vault_tokens_subject').on('vault_tokens').column('subject_id').execute();
      await db.schema.createIndex('vault_tokens_created').on('vault_tokens').column('created_at').execute();
      // Tombstones: what was erased and when, so an erased subject's token says so.
      await db.schema
        .createTable('vault_erasures')
        .addColumn('subject_id', 'text', (c) => c.primaryKey())
        .addColumn('erased_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('vault_erased_tokens')
        .addColumn('token', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('erased_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('vault_erased_tokens_pk', ['token', 'subject_id'])
        .execute();
    },
  },
];
