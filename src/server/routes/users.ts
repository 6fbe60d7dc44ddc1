import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROLES } from '../../access/index.js';
import { principalOf, type RouteOptions } from '../context.js';
import { oneOf } from './schemas.js';

const Role = oneOf(ROLES);
const UserView = Type.Object({ id: Type.String(), name: Type.String(), role: Role, createdAt: Type.String() });
const Issued = Type.Object({
  id: Type.String(),
  keyId: Type.String(),
  apiKey: Type.String({ description: 'Shown once; only its keyed hash is stored' }),
});
const UserId = Type.Object({ id: Type.String({ maxLength: 100 }) });

/** People and their keys: admin only (`user.manage`). */
export const userRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { custos }) => {
  const { access, audit } = custos;

  app.post(
    '/v1/users',
    {
      config: { action: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Create a user and its first API key',
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), role: Role }, { additionalProperties: false }),
        response: { 201: Type.Intersect([Issued, Type.Object({ name: Type.String(), role: Role })]) },
      },
    },
    async (request, reply) => {
      const actor = principalOf(request);
      const { user, keyId, apiKey } = await access.createUser(request.body);
      await audit.record({ actor: actor.userId, action: 'user.create', target: user.id, outcome: 'ok', details: { role: user.role } });
      return reply.code(201).send({ id: user.id, name: user.name, role: user.role, keyId, apiKey });
    },
  );

  app.get(
    '/v1/users',
    {
      config: { action: 'user.manage' },
      schema: { tags: ['users'], summary: 'List users', response: { 200: Type.Object({ items: Type.Array(UserView) }) } },
    },
    async () => ({ items: await access.listUsers() }),
  );

  app.post(
    '/v1/users/:id/keys',
    {
      config: { action: 'user.manage' },
      schema: { tags: ['users'], summary: 'Issue another API key', params: UserId, response: { 201: Issued } },
    },
    async (request, reply) => {
      const actor = principalOf(request);
      const { keyId, apiKey } = await access.issueKey(request.params.id);
      await audit.record({ actor: actor.userId, action: 'user.key.issue', target: request.params.id, outcome: 'ok', details: { keyId } });
      return reply.code(201).send({ id: request.params.id, keyId, apiKey });
    },
  );

  app.delete(
    '/v1/users/:id/keys',
    {
      config: { action: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: "Revoke all of a user's API keys",
        params: UserId,
        response: { 200: Type.Object({ id: Type.String(), revoked: Type.Integer() }) },
      },
    },
    async (request) => {
      const actor = principalOf(request);
      const revoked = await access.revokeKeys(request.params.id);
      await audit.record({ actor: actor.userId, action: 'user.key.revoke', target: request.params.id, outcome: 'ok', details: { revoked } });
      return { id: request.params.id, revoked };
    },
  );
};
