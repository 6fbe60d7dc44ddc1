/**
 * A value pasted into a URL by mistake goes nowhere: a denial is audited with its target only when
 * the URL names one of our ids (the append-only trail could never forget it), and a 404 does not
 * echo the path.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openCustos } from '../src/app/index.js';
import { buildServer } from '../src/server/index.js';
import { sqliteBackend } from './support/backends.js';

const backend = sqliteBackend();
afterAll(() => backend.cleanup());

describe('values pasted into URLs', () => {
  it('keeps a real interaction id as target, and no pasted value', async () => {
    const custos = await openCustos({ ...backend.options(), create: true, env: {} });
    const app = await buildServer(custos);
    try {
      const agent = await custos.access.createUser({ name: 'a', role: 'agent' });
      const analyst = await custos.access.createUser({ name: 'b', role: 'analyst' });
      const compliance = await custos.access.createUser({ name: 'c', role: 'compliance' });
      const as = (key: string) => ({ authorization: `Bearer ${key}` });
      const ingest = await app.inject({
        method: 'POST',
        url: '/v1/interactions',
        headers: as(agent.apiKey),
        payload: { channel: 'chat', agentId: agent.user.id, customerRef: 'cust-1', text: 'card 4111 1111 1111 1111' },
      });
      expect(ingest.statusCode).toBe(201);
      const id = ingest.json().id as string;

      const pasted = '4111111111111111';
      for (const target of [id, pasted]) {
        const r = await app.inject({ method: 'POST', url: `/v1/interactions/${target}/reveal`, headers: as(analyst.apiKey), payload: { reason: 'curious' } });
        expect(r.statusCode).toBe(403);
      }
      const trail = await app.inject({ method: 'GET', url: '/v1/audit?action=interaction.reveal', headers: as(compliance.apiKey) });
      const denials = (trail.json().entries as { target?: string; outcome: string; details?: Record<string, unknown> }[]).filter((e) => e.outcome === 'denied');
      expect(denials).toHaveLength(2);
      expect(denials[0]!.target).toBe(id);
      expect(denials[1]!.target).toBeUndefined();
      expect(denials[1]!.details).toMatchObject({ id: 'unrecognised' });
      expect(JSON.stringify(trail.json())).not.toContain(pasted);

      const missing = await app.inject({ method: 'GET', url: `/v1/customers/${pasted}`, headers: as(compliance.apiKey) });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().message).toMatch(/no route for GET/);
      expect(missing.body).not.toContain(pasted);
    } finally {
      await app.close();
      await custos.close();
    }
  });
});
