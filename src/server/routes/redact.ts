import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ENTITY_TYPES } from '../../detect/index.js';
import { redact } from '../../transform/index.js';
import type { RouteOptions } from '../context.js';
import { Entity, EntityType, oneOf } from './schemas.js';

/** Operators a stateless call may use; `tokenize` needs the vault and a customer, so it is ingest's job. */
const STATELESS_OPERATORS = ['label', 'pseudonym', 'mask', 'partial', 'hash'] as const;

export const redactRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { custos }) => {
  // A subkey of the index key: hashes are stable for this installation and useless elsewhere.
  const hashKey = custos.keys.index.digest('redact-hash-v1');
  app.post(
    '/v1/redact',
    {
      config: { action: 'redact' },
      schema: {
        tags: ['redact'],
        summary: 'Redact a text without storing anything',
        body: Type.Object(
          {
            text: Type.String({ maxLength: 500_000 }),
            operator: Type.Optional(oneOf(STATELESS_OPERATORS)),
            types: Type.Optional(Type.Array(EntityType, { maxItems: ENTITY_TYPES.length })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ text: Type.String(), entities: Type.Array(Entity) }) },
      },
    },
    async (request) => {
      const { text, operator = 'label', types } = request.body;
      const result = redact(text, { operator, ...(types ? { types } : {}), ...(operator === 'hash' ? { hashKey } : {}) });
      return {
        text: result.text,
        // entities[i] is spans[i] after replacement; the span carries why it was found.
        entities: result.entities.map((e, i) => {
          const { score, recognizer, evidence } = result.spans[i]!;
          return { type: e.type, start: e.outputStart, end: e.outputEnd, score, recognizer, evidence };
        }),
      };
    },
  );
};
