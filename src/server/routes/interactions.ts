import { Type, type FastifyPluginAsyncTypebox, type TSchema } from '@fastify/type-provider-typebox';
import { CHANNEL_FIELDS, CHANNELS, MAX_TEXT_LENGTH, type FieldSpec } from '../../interactions/index.js';
import { principalOf, type RouteOptions } from '../context.js';
import { Entity, EntityType, oneOf } from './schemas.js';

const Channel = oneOf(CHANNELS);
const COMMON_FIELDS = new Set(['channel', 'agentId', 'customerRef', 'text', 'occurredAt']);

/** Every channel field, documented with the channels that accept it; the per-channel check is the module's. */
function channelFieldSchemas(): Record<string, TSchema> {
  const byName = new Map<string, { spec: FieldSpec; channels: string[] }>();
  for (const [channel, fields] of Object.entries(CHANNEL_FIELDS)) {
    for (const [name, spec] of Object.entries(fields)) {
      const entry = byName.get(name) ?? { spec, channels: [] };
      entry.channels.push(channel);
      byName.set(name, entry);
    }
  }
  const out: Record<string, TSchema> = {};
  for (const [name, { spec, channels }] of byName) {
    const description = `${spec.description} (channels: ${channels.join(', ')})`;
    // Types only: the module checks each value against its channel and names the field on error.
    out[name] = Type.Optional(spec.kind === 'number' ? Type.Number({ description }) : Type.String({ description }));
  }
  return out;
}

const InteractionView = Type.Object({
  id: Type.String(),
  channel: Channel,
  agentId: Type.String(),
  customerRef: Type.String(),
  occurredAt: Type.String(),
  createdAt: Type.String(),
  redactedText: Type.String(),
  entities: Type.Array(Entity),
  fields: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  fieldEntities: Type.Record(Type.String(), Type.Array(Entity)),
});
const Id = Type.Object({ id: Type.String({ maxLength: 100 }) });

export const interactionRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { custos }) => {
  const { interactions } = custos;

  app.post(
    '/v1/interactions',
    {
      config: { action: 'interaction.ingest' },
      schema: {
        tags: ['interactions'],
        summary: 'Ingest an interaction: detect, tokenize originals into the vault, store redacted',
        description: 'Each channel accepts only its declared fields beside the common ones; any other field is refused with 400.',
        body: Type.Object(
          {
            channel: Channel,
            agentId: Type.String({ minLength: 1, maxLength: 128 }),
            customerRef: Type.String({ minLength: 1, maxLength: 128 }),
            text: Type.String({ minLength: 1, maxLength: MAX_TEXT_LENGTH }),
            occurredAt: Type.Optional(Type.String({ description: 'ISO 8601 date-time; default now' })),
            ...channelFieldSchemas(),
          },
          { additionalProperties: true },
        ),
        response: { 201: InteractionView },
      },
    },
    async (request, reply) => {
      const body = request.body as Record<string, unknown>;
      const fields = Object.fromEntries(Object.entries(body).filter(([k]) => !COMMON_FIELDS.has(k)));
      const view = await interactions.ingest(principalOf(request), {
        channel: request.body.channel,
        agentId: request.body.agentId,
        customerRef: request.body.customerRef,
        text: request.body.text,
        ...(request.body.occurredAt !== undefined ? { occurredAt: request.body.occurredAt } : {}),
        fields,
      });
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/v1/interactions',
    {
      config: { action: 'interaction.read' },
      schema: {
        tags: ['interactions'],
        summary: 'List redacted interactions in the caller’s scope, newest first',
        querystring: Type.Object(
          {
            agentId: Type.Optional(Type.String({ maxLength: 128 })),
            channel: Type.Optional(Channel),
            from: Type.Optional(Type.String({ description: 'occurredAt >= from (ISO 8601)' })),
            to: Type.Optional(Type.String({ description: 'occurredAt < to (ISO 8601)' })),
            limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$', description: 'Page size, 1 to 200 (default 50)' })),
            cursor: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(InteractionView), nextCursor: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (request) => {
      const { limit, ...filters } = request.query;
      return interactions.list(principalOf(request), { ...filters, ...(limit !== undefined ? { limit: Number(limit) } : {}) });
    },
  );

  app.get(
    '/v1/interactions/:id',
    {
      config: { action: 'interaction.read' },
      schema: { tags: ['interactions'], summary: 'One redacted interaction', params: Id, response: { 200: InteractionView } },
    },
    async (request) => interactions.get(principalOf(request), request.params.id),
  );

  app.post(
    '/v1/interactions/:id/reveal',
    {
      config: { action: 'interaction.reveal' },
      schema: {
        tags: ['interactions'],
        summary: 'The original text rebuilt from the vault (all types or the chosen ones); reason required, audited',
        params: Id,
        body: Type.Object(
          {
            reason: Type.String({ minLength: 1, maxLength: 1000 }),
            types: Type.Optional(Type.Array(EntityType, { minItems: 1, maxItems: 14 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            id: Type.String(),
            text: Type.String(),
            fields: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
            revealedTypes: Type.Array(EntityType),
            revealedCount: Type.Integer(),
          }),
        },
      },
    },
    async (request) => interactions.reveal(principalOf(request), request.params.id, request.body),
  );
};
