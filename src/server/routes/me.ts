import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROLES, scopeOf, ACTIONS } from '../../access/index.js';
import { principalOf, type RouteOptions } from '../context.js';
import { oneOf } from './schemas.js';

/** Who the caller is and what the policy table lets it do (for the reviewer console). */
export const meRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app) => {
  app.get(
    '/v1/me',
    {
      config: { action: 'self.read' },
      schema: {
        tags: ['users'],
        summary: 'The calling user and its allowed actions',
        response: {
          200: Type.Object({
            id: Type.String(),
            name: Type.String(),
            role: oneOf(ROLES),
            actions: Type.Record(Type.String(), Type.String()),
          }),
        },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const actions = Object.fromEntries(ACTIONS.map((a) => [a, scopeOf(p, a)]).filter(([, s]) => s !== 'none'));
      return { id: p.userId, name: p.name, role: p.role, actions };
    },
  );
};
