import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { testBackends } from '../../test/support/backends.js';
import { ACTIONS, POLICY, ROLES, accessMigrations, can, createAccess, scopeOf } from './index.js';

const backends = await testBackends();

describe('policy table', () => {
  it('gives every role a scope for every action', () => {
    for (const action of ACTIONS) {
      for (const role of ROLES) expect(['own', 'all', 'none']).toContain(POLICY[action].scopes[role]);
    }
  });

  it('applies own scope to the owner only', () => {
    const agent = { userId: 'a1', role: 'agent' as const };
    expect(scopeOf(agent, 'interaction.read')).toBe('own');
    expect(can(agent, 'interaction.read', { ownerId: 'a1' })).toBe(true);
    expect(can(agent, 'interaction.read', { ownerId: 'a2' })).toBe(false);
    expect(can(agent, 'interaction.read', {})).toBe(false);
    expect(can({ userId: 'q', role: 'qa_lead' }, 'interaction.read', { ownerId: 'a2' })).toBe(true);
  });

  it('keeps admin away from customer content and originals away from analysts', () => {
    for (const action of ACTIONS) {
      if (POLICY[action].customerContent) expect(scopeOf({ role: 'admin' }, action)).toBe('none');
    }
    expect(can({ userId: 'x', role: 'analyst' }, 'interaction.reveal')).toBe(false);
    expect(can({ userId: 'x', role: 'analyst' }, 'ai.reidentify')).toBe(false);
    expect(POLICY['interaction.reveal'].requiresReason).toBe(true);
  });
});

describe.each(backends)('access on $name', (backend) => {
  afterAll(() => backend.cleanup());

  async function open(): Promise<Store> {
    const store = await openStore(backend.options());
    await store.migrate(accessMigrations);
    return store;
  }

  it('issues prefixed keys, stores only their hash, and authenticates them', async () => {
    const store = await open();
    try {
      const access = createAccess(store, { lookupSecret: randomBytes(32) });
      const { user, apiKey } = await access.createUser({ name: 'Ana', role: 'agent' });
      expect(apiKey).toMatch(/^ck_[A-Za-z0-9_-]{43}$/);
      const rows = await store.db.selectFrom('access_api_keys').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(apiKey.slice(3));
      const result = await access.authenticate(`Bearer ${apiKey}`, '10.0.0.1');
      expect(result).toMatchObject({ ok: true, principal: { userId: user.id, role: 'agent', name: 'Ana' } });
      // Another installation's secret gives other hashes: the key alone does not match there.
      const other = createAccess(store, { lookupSecret: randomBytes(32) });
      expect((await other.authenticate(`Bearer ${apiKey}`, '10.0.0.2')).ok).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('refuses revoked, unknown, malformed and missing keys', async () => {
    const store = await open();
    try {
      const access = createAccess(store, { lookupSecret: randomBytes(32), lockout: { maxFailures: 100 } });
      const { user, apiKey } = await access.createUser({ name: 'Q', role: 'qa_lead' });
      const second = await access.issueKey(user.id);
      expect(await access.revokeKeys(user.id)).toBe(2);
      expect(await access.authenticate(`Bearer ${apiKey}`, 'c')).toMatchObject({ ok: false, reason: 'revoked' });
      expect(await access.authenticate(`Bearer ${second.apiKey}`, 'c')).toMatchObject({ ok: false, reason: 'revoked' });
      expect(await access.authenticate(`Bearer ck_${'A'.repeat(43)}`, 'c')).toMatchObject({ ok: false, reason: 'unknown' });
      expect(await access.authenticate('Bearer nope', 'c')).toMatchObject({ ok: false, reason: 'malformed' });
      expect(await access.authenticate(undefined, 'c')).toMatchObject({ ok: false, reason: 'missing' });
      const fresh = await access.issueKey(user.id);
      expect((await access.authenticate(`Bearer ${fresh.apiKey}`, 'c')).ok).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('counts requests per key in one fixed window shared by every instance, atomically', async () => {
    const store = await open();
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const now = () => new Date(clock);
    try {
      const nodeA = createAccess(store, { lookupSecret: randomBytes(32), now });
      const nodeB = createAccess(store, { lookupSecret: randomBytes(32), now });
      expect(await nodeA.countRequest('key:a', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
      clock += 10_000;
      expect(await nodeB.countRequest('key:a', 60_000)).toEqual({ count: 2, resetInMs: 50_000 });
      expect(await nodeB.countRequest('key:b', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
      // Fifty at once from both nodes: no increment is lost.
      const all = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? nodeA : nodeB).countRequest('key:a', 60_000)));
      expect(all.map((r) => r.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 3));
      clock += 50_000;
      expect(await nodeA.countRequest('key:a', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
      await expect(nodeA.countRequest('key:a', 0)).rejects.toThrow(/windowMs/);
    } finally {
      await store.close();
    }
  });

  it('slows repeated failures from one client, then locks it out for a while, across instances', async () => {
    const store = await open();
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const now = () => new Date(clock);
    try {
      const secret = randomBytes(32);
      const lockout = { maxFailures: 5, slowAfter: 2, baseDelayMs: 100, maxDelayMs: 1000, lockoutMs: 60_000, windowMs: 600_000 };
      const nodeA = createAccess(store, { lookupSecret: secret, now, lockout });
      const nodeB = createAccess(store, { lookupSecret: secret, now, lockout });
      const { apiKey } = await nodeA.createUser({ name: 'C', role: 'compliance' });
      const bad = `Bearer ck_${'B'.repeat(43)}`;
      const delays: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await (i % 2 ? nodeB : nodeA).authenticate(bad, '192.0.2.7');
        expect(r.ok).toBe(false);
        if (!r.ok) delays.push(r.delayMs);
      }
      expect(delays).toEqual([0, 0, 100, 200, 400]);
      // Locked: even the right key is refused, on either node, until the lockout ends.
      expect(await nodeB.authenticate(`Bearer ${apiKey}`, '192.0.2.7')).toMatchObject({ ok: false, reason: 'locked' });
      expect((await nodeA.authenticate(`Bearer ${apiKey}`, '192.0.2.8')).ok).toBe(true);
      clock += 61_000;
      expect((await nodeA.authenticate(`Bearer ${apiKey}`, '192.0.2.7')).ok).toBe(true);
      // No client address is stored in the clear.
      const rows = await store.db.selectFrom('access_auth_failures').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain('192.0.2.7');
    } finally {
      await store.close();
    }
  });

  it('lists and counts users by role', async () => {
    const store = await open();
    try {
      const access = createAccess(store, { lookupSecret: randomBytes(32) });
      await access.createUser({ name: 'A', role: 'admin' });
      await access.createUser({ name: 'B', role: 'agent' });
      expect(await access.countUsers('admin')).toBe(1);
      expect(await access.countUsers()).toBe(2);
      expect((await access.listUsers()).map((u) => u.name).sort()).toEqual(['A', 'B']);
      await expect(access.createUser({ name: ' ', role: 'agent' })).rejects.toThrow(/name/);
    } finally {
      await store.close();
    }
  });
});
