import type { Migration } from '../store/index.js';

export const gatewayMigrations: Migration[] = [
  {
    id: 'gateway-001-subprocessors',
    async up(db) {
      // Every outside model the gateway may call: nothing is sent to an upstream not listed here.
      await db.schema
        .createTable('gateway_subprocessors')
        .addColumn('name', 'text', (c) => c.primaryKey())
        // Normalised base URL (no trailing slash, no /chat/completions): what CUSTOS_LLM_URL is matched against.
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('may_train', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .execute();
    },
  },
];
