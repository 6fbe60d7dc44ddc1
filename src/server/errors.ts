import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { UnknownUserError } from '../access/index.js';
import {
  AccessDeniedError,
  InteractionInputError,
  InteractionNotFoundError,
  OriginalsErasedError,
} from '../interactions/index.js';

/** An HTTP error a route throws on purpose; its message is safe to show (no customer value). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Maps domain errors to their status; anything unknown is a 500 whose message never leaves the server. */
function classify(err: FastifyError): { status: number; message: string } {
  if (err.validation) return { status: 400, message: err.message };
  if (err instanceof HttpError) return { status: err.statusCode, message: err.message };
  if (err instanceof InteractionInputError) return { status: 400, message: err.message };
  if (err instanceof AccessDeniedError) return { status: 403, message: err.message };
  if (err instanceof InteractionNotFoundError || err instanceof UnknownUserError) return { status: 404, message: err.message };
  if (err instanceof OriginalsErasedError) return { status: 410, message: err.message };
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, message: 'request body is too large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, message: 'content type must be application/json' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, message: 'request body is empty' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, message: 'request body is not valid JSON' };
  }
  // JSON.parse's own message quotes the body, so it is replaced, not passed on.
  if (err instanceof SyntaxError || (err as { type?: string }).type === 'entity.parse.failed') {
    return { status: 400, message: 'request body is not valid JSON' };
  }
  const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (status === 429) return { status, message: 'rate limit exceeded, retry later' };
  if (status >= 400 && status < 500) return { status, message: REASONS[status] ?? 'request refused' };
  return { status: 500, message: 'internal error' };
}

export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { status, message } = classify(err);
  if (status >= 500) {
    // Type and code only: messages of driver or library errors can quote values.
    request.log.error({ errType: err.name, code: err.code }, 'request failed');
  } else {
    request.log.info({ errType: err.name, status }, 'request refused');
  }
  void reply.code(status).send({ error: REASONS[status] ?? 'Error', message });
}
