import type { Migration } from '../store/index.js';

export const interactionMigrations: Migration[] = [
  {
    id: 'interactions-001-tables',
    async up(db) {
      // Only redacted text is ever stored here; originals live in the vault, reached through span tokens.
      await db.schema
        .createTable('interactions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('agent_id', 'text', (c) => c.notNull())
        .addColumn('customer_ref', 'text', (c) => c.notNull())
        .addColumn('redacted_text', 'text', (c) => c.notNull())
        // Declared channel fields, free-text ones redacted (JSON).
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('interactions_agent_time').on('interactions').columns(['agent_id', 'occurred_at']).execute();
      await db.schema.createIndex('interactions_time').on('interactions').columns(['occurred_at', 'id']).execute();
      await db.schema.createIndex('interactions_customer').on('interactions').column('customer_ref').execute();
      await db.schema
        .createTable('interaction_spans')
        .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        // `text` or the name of a redacted channel field (an email's subject).
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        // Offsets into the redacted text of that field.
        .addColumn('start_pos', 'integer', (c) => c.notNull())
        .addColumn('end_pos', 'integer', (c) => c.notNull())
        .addColumn('token', 'text', (c) => c.notNull())
        // Keyed deterministic index of card numbers and phone numbers, to join across customers without values.
        .addColumn('instrument_index', 'text')
        .addPrimaryKeyConstraint('interaction_spans_pk', ['interaction_id', 'seq'])
        .execute();
      await db.schema.createIndex('interaction_spans_instrument').on('interaction_spans').column('instrument_index').execute();
    },
  },
  {
    // Why each span was redacted (recognizer, score, the cue word or checksum), so a reviewer sees the reason.
    // Evidence holds cue words, checksum names and form notes only, never a value.
    id: 'interactions-002-span-evidence',
    async up(db) {
      await db.schema.alterTable('interaction_spans').addColumn('score', 'real').execute();
      await db.schema.alterTable('interaction_spans').addColumn('recognizer', 'text').execute();
      await db.schema.alterTable('interaction_spans').addColumn('evidence', 'text').execute();
    },
  },
];
