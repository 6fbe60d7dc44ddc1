import type { Migration } from '../store/index.js';

export const accessMigrations: Migration[] = [
  {
    id: 'access-001-users-keys',
    async up(db) {
      await db.schema
        .createTable('access_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('access_api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('access_users.id'))
        // Keyed hash of the whole key; the key itself is never stored.
        .addColumn('lookup_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('access_api_keys_user').on('access_api_keys').column('user_id').execute();
      // Failed authentications per client, in the database so a lockout holds across nodes.
      await db.schema
        .createTable('access_auth_failures')
        .addColumn('client', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .execute();
    },
  },
  {
    // Requests per caller in the current fixed window, in the database so that several nodes on one
    // PostgreSQL enforce one limit between them. The key is a digest of the credential or address.
    id: 'access-002-rate-windows',
    async up(db) {
      await db.schema
        .createTable('access_rate_windows')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'bigint', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
    },
  },
];
