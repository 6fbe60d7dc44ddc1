import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { GatewayError } from '../../gateway/index.js';
import { principalOf, type RouteOptions } from '../context.js';

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  499: 'Client Closed Request',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The gateway's refusals as clients see them: status, message and a machine-readable code. */
export function sendGatewayError(reply: FastifyReply, err: GatewayError): FastifyReply {
  return reply.code(err.statusCode).send({ error: STATUS_NAMES[err.statusCode] ?? 'Error', message: err.message, code: err.code });
}

const SubProcessor = Type.Object({
  name: Type.String(),
  url: Type.String(),
  region: Type.String(),
  mayTrain: Type.Boolean(),
  createdAt: Type.String(),
  createdBy: Type.String(),
});
const toView = (sp: { name: string; url: string; region: string; mayTrain: boolean; createdAt: string; createdBy: string }) => ({
  name: sp.name,
  url: sp.url,
  region: sp.region,
  mayTrain: sp.mayTrain,
  createdAt: sp.createdAt,
  createdBy: sp.createdBy,
});

/**
 * The LLM gateway (`ai.chat`; originals put back only for `ai.reidentify`) and the admin API of
 * its sub-processor registry (`subprocessor.manage`).
 */
export const gatewayRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { custos }) => {
  const { gateway, subProcessors } = custos;

  app.post(
    '/v1/ai/chat/completions',
    {
      config: { action: 'ai.chat' },
      schema: {
        tags: ['ai'],
        summary: 'OpenAI-compatible chat completion on sanitized messages (SSE with stream: true)',
        description:
          'Every message is sanitized with pseudonym labels stable across the conversation and sent to the configured, registered upstream. ' +
          'The header X-Custos-Customer-Ref names the customer; without their ai_processing consent (and model_training consent for an upstream that may train) the request is refused with 403 and nothing is sent. ' +
          'Labels in the answer are replaced by the originals only for roles allowed ai.reidentify; others get the labels. Upstream failures are 502, upstream timeouts 504. ' +
          'Accepted fields: model, messages (system/developer/user/assistant; string or text parts), stream, stream_options, temperature, top_p, max_tokens, max_completion_tokens, n, presence_penalty, frequency_penalty, seed, stop, response_format, user (dropped). Tools, images, audio and files are refused.',
        headers: Type.Object({ 'x-custos-customer-ref': Type.Optional(Type.String({ maxLength: 128 })) }),
        body: Type.Object({}, { additionalProperties: true }),
      },
    },
    async (request, reply) => {
      const controller = new AbortController();
      // The response closing before it finished means the caller left: stop the upstream too.
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      const header = request.headers['x-custos-customer-ref'];
      try {
        const outcome = await gateway.chat(
          { principal: principalOf(request), customerRef: typeof header === 'string' ? header : undefined, signal: controller.signal },
          request.body,
        );
        reply.header('x-custos-reidentified', String(outcome.reidentified));
        if (outcome.kind === 'json') return reply.send(outcome.body);
        return reply.header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-cache').header('x-accel-buffering', 'no').send(outcome.stream);
      } catch (err) {
        if (err instanceof GatewayError) return sendGatewayError(reply, err);
        throw err;
      }
    },
  );

  app.get(
    '/v1/subprocessors',
    {
      config: { action: 'subprocessor.manage' },
      schema: { tags: ['ai'], summary: 'Registered AI upstreams (sub-processors)', response: { 200: Type.Object({ subProcessors: Type.Array(SubProcessor) }) } },
    },
    async () => ({ subProcessors: (await subProcessors.list()).map(toView) }),
  );

  app.post(
    '/v1/subprocessors',
    {
      config: { action: 'subprocessor.manage' },
      schema: {
        tags: ['ai'],
        summary: 'Register (or update, same name) an AI upstream as a sub-processor',
        description: 'The gateway sends nothing to an upstream that is not registered; one that may train receives only customers who consented to model_training.',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 64 }),
            url: Type.String({ minLength: 1, maxLength: 500 }),
            region: Type.String({ minLength: 1, maxLength: 64 }),
            mayTrain: Type.Boolean(),
          },
          { additionalProperties: false },
        ),
        response: { 201: SubProcessor },
      },
    },
    async (request, reply) => {
      try {
        return reply.code(201).send(toView(await subProcessors.add(principalOf(request).userId, request.body)));
      } catch (err) {
        if (err instanceof GatewayError) return sendGatewayError(reply, err);
        throw err;
      }
    },
  );

  app.delete(
    '/v1/subprocessors/:name',
    {
      config: { action: 'subprocessor.manage' },
      schema: { tags: ['ai'], summary: 'Remove a sub-processor; the gateway stops sending to it', params: Type.Object({ name: Type.String({ maxLength: 64 }) }) },
    },
    async (request, reply) => {
      const removed = await subProcessors.remove(principalOf(request).userId, request.params.name);
      if (!removed) return reply.code(404).send({ error: 'Not Found', message: 'no such sub-processor' });
      return reply.code(204).send();
    },
  );
};
