import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Migration } from './index.js';
import { testBackends } from '../../test/support/backends.js';

const backends = await testBackends();

const migrations: Migration[] = [
  {
    id: 'test-001-items',
    async up(db) {
      await db.schema
        .createTable('items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('n', 'integer', (c) => c.notNull())
        .execute();
    },
  },
];

describe.each(backends)('store on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('applies migrations once, even when asked twice', async () => {
    const store = await openStore(backend.options());
    try {
      expect(await store.migrate(migrations)).toEqual(['test-001-items']);
      expect(await store.migrate(migrations)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('rolls a failed transaction back whole', async () => {
    const store = await openStore(backend.options());
    try {
      await store.migrate(migrations);
      await expect(
        store.transaction(async (trx) => {
          await trx.insertInto('items').values({ id: 'a', n: 1 }).execute();
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const rows = await store.db.selectFrom('items').selectAll().execute();
      expect(rows).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('serializes concurrent read-modify-write transactions under one lock', async () => {
    const store = await openStore(backend.options());
    try {
      await store.migrate(migrations);
      await store.db.insertInto('items').values({ id: 'counter', n: 0 }).execute();
      await Promise.all(
        Array.from({ length: 20 }, () =>
          store.transaction(
            async (trx) => {
              const row = await trx.selectFrom('items').select('n').where('id', '=', 'counter').executeTakeFirstOrThrow();
              await trx.updateTable('items').set({ n: Number(row.n) + 1 }).where('id', '=', 'counter').execute();
            },
            { lock: 'counter' },
          ),
        ),
      );
      const row = await store.db.selectFrom('items').select('n').where('id', '=', 'counter').executeTakeFirstOrThrow();
      expect(Number(row.n)).toBe(20);
    } finally {
      await store.close();
    }
  });
});
