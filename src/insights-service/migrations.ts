import type { Migration } from '../store/index.js';

export const insightsServiceMigrations: Migration[] = [
  {
    id: 'insights-service-001-tables',
    async up(db) {
      // The center's topic taxonomy; one row, replaced whole on every edit.
      await db.schema
        .createTable('insights_taxonomy')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('taxonomy', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      // Knowledge-base articles for suggested replies: the database is the only copy; every node
      // builds its search index from here.
      await db.schema
        .createTable('kb_articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      // Bumped by every article change: a node rebuilds its index when the number moved.
      await db.schema
        .createTable('kb_revision')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute();
      await db.insertInto('kb_revision').values({ id: 'kb', revision: 0 }).execute();
    },
  },
];
