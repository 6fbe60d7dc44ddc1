/**
 * Many nodes: two `custos serve` processes on one PostgreSQL schema, ingesting and reading at once.
 * Every acknowledged interaction must be readable from both, and the audit chain must verify.
 * Runs whenever PostgreSQL is reachable (required with CI=true).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBackend, postgresReachable } from './support/backends.js';
import { envFor, initInstallation, startServer, type RunningServer } from './support/custos-server.js';

const enabled = await postgresReachable();
const backend = postgresBackend();

describe.runIf(enabled)('two custos serve nodes on one PostgreSQL', () => {
  const nodes: RunningServer[] = [];
  let adminKey = '';

  beforeAll(async () => {
    const options = backend.options();
    const installation = initInstallation(options.dataDir, envFor(options));
    adminKey = installation.adminKey;
    const started = await Promise.all([startServer(installation), startServer(installation)]);
    nodes.push(...started);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await backend.cleanup();
  });

  it('acknowledged interactions are readable from both nodes, and the audit chain verifies', async () => {
    const [a, b] = nodes as [RunningServer, RunningServer];
    const make = async (node: RunningServer, name: string, role: string) => {
      const r = await node.call('POST', '/v1/users', { key: adminKey, body: { name, role } });
      expect(r.status).toBe(201);
      return r.body as { id: string; apiKey: string };
    };
    const agents = [await make(a, 'Agent on A', 'agent'), await make(b, 'Agent on B', 'agent')];
    const qa = await make(a, 'QA', 'qa_lead');
    const compliance = await make(b, 'Compliance', 'compliance');

    const acknowledged: string[] = [];
    const ingest = async (i: number) => {
      const node = nodes[i % 2]!;
      const agent = agents[i % 2]!;
      const r = await node.call('POST', '/v1/interactions', {
        key: agent.apiKey,
        body: {
          channel: 'chat',
          agentId: agent.id,
          customerRef: `CUST-${i % 5}`,
          text: `Customer ${i} says: my card is 4111 1111 1111 1111 and my email is user${i}@example.com`,
          chatId: `chat-${i}`,
        },
      });
      expect(r.status).toBe(201);
      acknowledged.push(r.body.id);
    };
    const read = async (i: number) => {
      const r = await nodes[(i + 1) % 2]!.call('GET', '/v1/interactions?limit=20', { key: qa.apiKey });
      expect(r.status).toBe(200);
    };
    // Ingests and reads interleaved on both nodes, a few in flight at a time.
    const work: Promise<void>[] = [];
    for (let i = 0; i < 24; i++) work.push(ingest(i), read(i));
    await Promise.all(work);
    expect(acknowledged).toHaveLength(24);

    for (const id of acknowledged) {
      for (const node of nodes) {
        const r = await node.call('GET', `/v1/interactions/${id}`, { key: qa.apiKey });
        expect(r.status).toBe(200);
        expect(r.body.redactedText).not.toContain('4111');
      }
    }
    const revealed = await b.call('POST', `/v1/interactions/${acknowledged[0]}/reveal`, { key: qa.apiKey, body: { reason: 'cross-node check' } });
    expect(revealed.body.text).toContain('4111 1111 1111 1111');

    for (const node of nodes) {
      const verify = await node.call('GET', '/v1/audit/verify', { key: compliance.apiKey });
      expect(verify.status).toBe(200);
      expect(verify.body.ok).toBe(true);
      // 24 ingests and 24 list reads at least, plus user creations, reads and the reveal.
      expect(verify.body.count).toBeGreaterThan(24 * 2 + 4);
    }
    const ingests = await a.call('GET', '/v1/audit?action=interaction.ingest&limit=1000', { key: compliance.apiKey });
    expect(ingests.body.entries.map((e: { target: string }) => e.target).sort()).toEqual([...acknowledged].sort());
  }, 120_000);
});

describe.runIf(enabled)('a rate limit shared by two nodes on one PostgreSQL', () => {
  const limited = postgresBackend();
  const nodes: RunningServer[] = [];
  let adminKey = '';

  beforeAll(async () => {
    const options = limited.options();
    const installation = initInstallation(options.dataDir, envFor(options));
    adminKey = installation.adminKey;
    nodes.push(...(await Promise.all([startServer(installation, ['--rate-limit', '6']), startServer(installation, ['--rate-limit', '6'])])));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await limited.cleanup();
  });

  it('counts a key on both nodes together: the seventh request in the window gets 429 wherever it lands', async () => {
    const [a, b] = nodes as [RunningServer, RunningServer];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await (i % 2 ? b : a).call('GET', '/v1/me', { key: adminKey })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    const over = await b.call('GET', '/v1/me', { key: adminKey });
    expect(over.status).toBe(429);
    expect((await a.call('GET', '/v1/me', { key: adminKey })).status).toBe(429);
  }, 60_000);
});
