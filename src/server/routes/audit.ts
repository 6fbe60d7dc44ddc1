import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf, type RouteOptions } from '../context.js';
import { oneOf } from './schemas.js';

const AuditEntry = Type.Object({
  seq: Type.Integer(),
  time: Type.String(),
  actor: Type.String(),
  action: Type.String(),
  target: Type.Optional(Type.String()),
  reason: Type.Optional(Type.String()),
  outcome: oneOf(['ok', 'denied', 'error'] as const),
  details: Type.Record(Type.String(), Type.Unknown()),
  prevHash: Type.String(),
  hash: Type.String(),
});
const Checkpoint = Type.Object({ seq: Type.Integer(), hash: Type.String(), time: Type.String(), signature: Type.String(), keyId: Type.String() });
const VerifyResult = Type.Object({
  ok: Type.Boolean(),
  count: Type.Integer(),
  lastCheckpoint: Type.Optional(Checkpoint),
  firstBad: Type.Optional(Type.Object({ seq: Type.Integer(), problem: Type.String() })),
});

/** The audit trail, for compliance (`audit.read`). Reading it is itself recorded. */
export const auditRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { custos }) => {
  const { audit } = custos;

  app.get(
    '/v1/audit',
    {
      config: { action: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, filtered',
        querystring: Type.Object(
          {
            actor: Type.Optional(Type.String({ maxLength: 200 })),
            action: Type.Optional(Type.String({ maxLength: 100 })),
            from: Type.Optional(Type.String({ description: 'ISO 8601' })),
            to: Type.Optional(Type.String({ description: 'ISO 8601' })),
            limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$', description: 'At most this many entries, 1 to 10000 (default 100)' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ entries: Type.Array(AuditEntry) }) },
      },
    },
    async (request) => {
      const { limit, ...filter } = request.query;
      const entries = await audit.query({ ...filter, ...(limit !== undefined ? { limit: Number(limit) } : {}) });
      await audit.record({ actor: principalOf(request).userId, action: 'audit.read', outcome: 'ok', details: { count: entries.length } });
      return { entries };
    },
  );

  app.get(
    '/v1/audit/verify',
    {
      config: { action: 'audit.read' },
      schema: { tags: ['audit'], summary: 'Verify the hash chain and signed checkpoints', response: { 200: VerifyResult } },
    },
    async (request) => {
      const result = await audit.verify();
      await audit.record({ actor: principalOf(request).userId, action: 'audit.verify', outcome: 'ok', details: { ok: result.ok } });
      return result;
    },
  );
};
