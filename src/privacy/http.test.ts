import { afterAll, describe, expect, it, vi } from 'vitest';
import { openCustos } from '../app/index.js';
import type { Role } from '../access/index.js';
import { buildServer } from '../server/index.js';
import { testBackends } from '../../test/support/backends.js';

const backends = await testBackends();

describe.each(backends)('privacy API on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('serves holds, export, erase (409 under hold), consents, retention and breach report by role', async () => {
    const custos = await openCustos({ ...backend.options(), create: true, env: {} });
    const app = await buildServer(custos);
    try {
      const keys = {} as Record<Role, string>;
      const ids = {} as Record<Role, string>;
      for (const role of ['agent', 'qa_lead', 'analyst', 'compliance', 'admin'] as Role[]) {
        const issued = await custos.access.createUser({ name: `${role}-1`, role });
        keys[role] = issued.apiKey;
        ids[role] = issued.user.id;
      }
      const call = (role: Role | null, method: string, url: string, payload?: unknown) =>
        app.inject({ method: method as 'GET', url, ...(role ? { headers: { authorization: `Bearer ${keys[role]}` } } : {}), ...(payload !== undefined ? { payload: payload as object } : {}) });

      const ingest = await call('agent', 'POST', '/v1/interactions', {
        channel: 'chat',
        agentId: ids.agent,
        customerRef: 'cust-h',
        text: 'I am Bartholomew Finchley, SSN 123-45-6789.',
      });
      expect(ingest.statusCode).toBe(201);
      const interactionId = ingest.json().id as string;

      // Retention: admin and compliance; not an agent.
      expect((await call('agent', 'PUT', '/v1/retention/transcript', { days: 30 })).statusCode).toBe(403);
      expect((await call('admin', 'PUT', '/v1/retention/transcript', { days: 30 })).json()).toMatchObject({ dataClass: 'transcript', days: 30 });
      expect((await call('compliance', 'PUT', '/v1/retention/audit', { days: 10 })).statusCode).toBe(400);
      expect((await call('compliance', 'PUT', '/v1/retention/photos', { days: 10 })).statusCode).toBe(400);
      const policies = (await call('compliance', 'GET', '/v1/retention')).json().policies;
      expect(policies.find((p: { dataClass: string }) => p.dataClass === 'transcript').days).toBe(30);

      // Consents: history and current standing.
      expect((await call('agent', 'POST', '/v1/subjects/cust-h/consents', { purpose: 'ai_processing', granted: true, source: 'ivr' })).statusCode).toBe(201);
      expect((await call('agent', 'POST', '/v1/subjects/cust-h/consents', { purpose: 'telepathy', granted: true, source: 'ivr' })).statusCode).toBe(400);
      const consents = (await call('agent', 'GET', '/v1/subjects/cust-h/consents')).json();
      expect(consents.current).toEqual({ recording: false, ai_processing: true, model_training: false, analytics: false });
      expect(consents.history).toHaveLength(1);

      // Holds block erasure with 409 and a reason; export is compliance only.
      expect((await call('agent', 'POST', '/v1/holds', { customerRef: 'cust-h', reason: 'x' })).statusCode).toBe(403);
      const hold = await call('compliance', 'POST', '/v1/holds', { interactionId, reason: 'lawsuit 3' });
      expect(hold.statusCode).toBe(201);
      expect((await call('compliance', 'POST', '/v1/holds', { reason: 'nothing named' })).statusCode).toBe(400);
      expect((await call('compliance', 'GET', '/v1/holds')).json().holds).toHaveLength(1);
      const refused = await call('compliance', 'POST', '/v1/subjects/cust-h/erase', { reason: 'request' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().message).toMatch(/legal hold/);
      expect((await call('qa_lead', 'GET', '/v1/subjects/cust-h/export')).statusCode).toBe(403);
      const exported = await call('compliance', 'GET', '/v1/subjects/cust-h/export?reason=DSAR');
      expect(exported.statusCode).toBe(200);
      expect(exported.json().interactions[0].originalText).toContain('123-45-6789');
      expect(exported.json().consents).toHaveLength(1);

      expect((await call('compliance', 'DELETE', `/v1/holds/${hold.json().id}`)).statusCode).toBe(200);
      expect((await call('compliance', 'DELETE', `/v1/holds/${hold.json().id}`)).statusCode).toBe(404);
      expect((await call('compliance', 'POST', '/v1/subjects/cust-h/erase', {})).statusCode).toBe(400);
      const erased = await call('compliance', 'POST', '/v1/subjects/cust-h/erase', { reason: 'Art. 17' });
      expect(erased.statusCode).toBe(200);
      expect(erased.json()).toMatchObject({ customerRef: 'cust-h', keyDestroyed: true });
      const after = (await call('compliance', 'GET', '/v1/subjects/cust-h/export')).json();
      expect(after.interactions).toEqual([]);
      expect(JSON.stringify(after)).not.toContain('123-45-6789');

      // Breach report: the compliance officer's export shows up, in JSON and Markdown.
      const from = new Date(Date.now() - 3_600_000).toISOString();
      const to = new Date(Date.now() + 3_600_000).toISOString();
      expect((await call('admin', 'GET', `/v1/breach-report?actor=${ids.compliance}&from=${from}&to=${to}`)).statusCode).toBe(403);
      const json = (await call('compliance', 'GET', `/v1/breach-report?actor=${ids.compliance}&from=${from}&to=${to}`)).json();
      expect(json.subjects.map((s: { customerRef: string }) => s.customerRef)).toEqual(['cust-h']);
      expect(json.subjects[0].types).toMatchObject({ US_SSN: 1 });
      const md = await call('compliance', 'GET', `/v1/breach-report?actor=${ids.compliance}&from=${from}&to=${to}&format=md`);
      expect(md.headers['content-type']).toMatch(/text\/markdown/);
      expect(md.body).toContain('| cust-h |');
      expect((await call('compliance', 'GET', `/v1/breach-report?actor=x&from=soon&to=${to}`)).statusCode).toBe(400);

      // The routes are in the generated API description.
      const paths = Object.keys((await app.inject({ method: 'GET', url: '/openapi.json' })).json().paths);
      expect(paths).toEqual(expect.arrayContaining(['/v1/holds', '/v1/holds/{id}', '/v1/subjects/{customerRef}/erase', '/v1/subjects/{customerRef}/consents', '/v1/breach-report', '/v1/retention/{dataClass}', '/v1/purge']));

      // Purge on demand (admin), recorded once.
      const purge = await call('admin', 'POST', '/v1/purge', { dryRun: true });
      expect(purge.json()).toMatchObject({ dryRun: true });
      expect(await custos.audit.verify()).toMatchObject({ ok: true });
    } finally {
      await app.close();
      await custos.close();
    }
  });

  it('runs the purge on a schedule while the server is up, and stops it on close', async () => {
    const custos = await openCustos({ ...backend.options(), create: true, env: {} });
    const previous = process.env.CUSTOS_PURGE_INTERVAL_SECONDS;
    process.env.CUSTOS_PURGE_INTERVAL_SECONDS = '600';
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const app = await buildServer(custos);
      await app.ready();
      expect(await custos.audit.query({ action: 'retention.purge' })).toHaveLength(0);
      vi.advanceTimersByTime(600_000);
      await app.close(); // waits for the run in progress
      vi.advanceTimersByTime(1_800_000); // stopped: nothing more runs
      const runs = await custos.audit.query({ action: 'retention.purge' });
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ actor: 'system:purge-schedule', outcome: 'ok' });
    } finally {
      vi.useRealTimers();
      if (previous === undefined) delete process.env.CUSTOS_PURGE_INTERVAL_SECONDS;
      else process.env.CUSTOS_PURGE_INTERVAL_SECONDS = previous;
      await custos.close();
    }
  });
});
