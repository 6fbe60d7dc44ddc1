import type { Backend, Kysely, Migration } from '../store/index.js';

export const auditMigrations: Migration[] = [
  {
    id: 'audit-001-init',
    async up(db: Kysely<any>, _backend: Backend) {
      await db.schema
        .createTable('audit_entries')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('reason', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_entries_hash').on('audit_entries').column('hash').execute();
      await db.schema.createIndex('audit_entries_time').on('audit_entries').column('time').execute();
      await db.schema.createIndex('audit_entries_actor').on('audit_entries').columns(['actor', 'seq']).execute();
      await db.schema.createIndex('audit_entries_action').on('audit_entries').columns(['action', 'seq']).execute();
      await db.schema
        .createTable('audit_checkpoints')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    // One signed row naming the newest entry, rewritten with every append: cutting entries off the
    // end, or appending around the trail, no longer waits for the next checkpoint to be noticed.
    id: 'audit-002-head',
    async up(db: Kysely<any>, _backend: Backend) {
      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .execute();
    },
  },
];
