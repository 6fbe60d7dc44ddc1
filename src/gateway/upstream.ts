import { GatewayError } from './errors.js';
import type { GatewayConfig } from './config.js';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Why an upstream exchange was cut short; decides the status the caller sees. */
export type AbortCause = 'timeout' | 'too_long' | 'client_gone';

/**
 * One exchange with the upstream under bounded time: `timeoutMs` for the answer to start and
 * between two pieces of it, `maxDurationMs` for the whole of it, and cancelled when the caller leaves.
 */
export class UpstreamExchange {
  private readonly controller = new AbortController();
  private idle: NodeJS.Timeout | undefined;
  private readonly total: NodeJS.Timeout;
  cause: AbortCause | undefined;

  constructor(
    private readonly config: Pick<GatewayConfig, 'timeoutMs' | 'maxDurationMs'>,
    clientSignal?: AbortSignal,
  ) {
    this.total = setTimeout(() => this.abort('too_long'), config.maxDurationMs);
    this.total.unref();
    if (clientSignal) {
      if (clientSignal.aborted) this.abort('client_gone');
      else clientSignal.addEventListener('abort', () => this.abort('client_gone'), { once: true });
    }
    this.touch();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Something arrived: the idle clock starts again. */
  touch(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => this.abort('timeout'), this.config.timeoutMs);
    this.idle.unref();
  }

  abort(cause: AbortCause): void {
    if (this.controller.signal.aborted) return;
    this.cause = cause;
    this.controller.abort();
  }

  done(): void {
    if (this.idle) clearTimeout(this.idle);
    clearTimeout(this.total);
  }

  /** The error a failure of this exchange maps to (502 upstream failed, 504 too slow). */
  failure(status?: number): GatewayError {
    if (this.cause === 'timeout') return new GatewayError(504, `the AI upstream did not answer within ${this.config.timeoutMs} ms`, 'upstream_timeout');
    if (this.cause === 'too_long') return new GatewayError(504, `the AI upstream answer took longer than ${this.config.maxDurationMs} ms`, 'upstream_timeout');
    if (this.cause === 'client_gone') return new GatewayError(499, 'the caller went away', 'client_closed');
    if (status !== undefined) return new GatewayError(502, `the AI upstream failed (status ${status})`, 'upstream_error');
    return new GatewayError(502, 'the AI upstream could not be reached or sent an unusable answer', 'upstream_error');
  }
}

export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl}/chat/completions`;
}

/** Sends the sanitized body; only the gateway's own key goes with it, never a caller header. */
export async function postChatCompletion(
  fetchImpl: FetchLike,
  config: Pick<GatewayConfig, 'key'>,
  baseUrl: string,
  body: Record<string, unknown>,
  exchange: UpstreamExchange,
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: body.stream ? 'text/event-stream' : 'application/json' };
  if (config.key) headers.authorization = `Bearer ${config.key}`;
  let response: Response;
  try {
    response = await fetchImpl(chatCompletionsUrl(baseUrl), { method: 'POST', headers, body: JSON.stringify(body), signal: exchange.signal, redirect: 'error' });
  } catch {
    throw exchange.failure();
  }
  exchange.touch();
  if (!response.ok) {
    // The upstream's error text is not relayed: it is not ours to vouch for.
    await response.body?.cancel().catch(() => undefined);
    throw exchange.failure(response.status);
  }
  return response;
}

/** Reads a whole body, refusing more than `maxBytes`. */
export async function readBounded(response: Response, maxBytes: number, exchange: UpstreamExchange): Promise<string> {
  if (!response.body) return '';
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      exchange.touch();
      size += chunk.byteLength;
      if (size > maxBytes) {
        exchange.abort('too_long');
        throw new GatewayError(502, 'the AI upstream answer is too large', 'upstream_error');
      }
      text += decoder.decode(chunk, { stream: true });
    }
  } catch (err) {
    if (err instanceof GatewayError) throw err;
    throw exchange.failure();
  }
  return text + decoder.decode();
}
