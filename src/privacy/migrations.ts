import type { Migration } from '../store/index.js';

/**
 * The privacy module's own tables. Consents are append-only rows (history is the point); holds
 * are released by stamping `released_at`, never deleted, so the hold history stays inspectable.
 */
export const privacyMigrations: Migration[] = [
  {
    id: 'privacy-001-retention-holds-consents',
    async up(db) {
      await db.schema
        .createTable('privacy_retention')
        .addColumn('data_class', 'text', (c) => c.primaryKey())
        .addColumn('days', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('privacy_holds')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('interaction_id', 'text')
        .addColumn('customer_ref', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('released_at', 'text')
        .addColumn('released_by', 'text')
        .execute();
      await db.schema.createIndex('privacy_holds_customer').on('privacy_holds').column('customer_ref').execute();
      await db.schema.createIndex('privacy_holds_interaction').on('privacy_holds').column('interaction_id').execute();
      await db.schema
        .createTable('privacy_consents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // Orders the history even when two rows share a timestamp.
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('customer_ref', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('granted', 'integer', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('privacy_consents_subject')
        .on('privacy_consents')
        .columns(['customer_ref', 'purpose', 'seq'])
        .execute();
    },
  },
];
