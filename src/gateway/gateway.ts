import { PassThrough, type Readable } from 'node:stream';
import { can, type Principal } from '../access/index.js';
import type { Store } from '../store/index.js';
import { createPseudonymizer } from '../transform/index.js';
import { mapModel, type GatewayConfig } from './config.js';
import { ConsentRequiredError, GatewayError, GatewayInputError } from './errors.js';
import { parseChatRequest, sanitizeChatRequest } from './request.js';
import { createChunkRewriter, createSseParser } from './sse.js';
import { findSubProcessorByUrl, type SubProcessorEntry } from './subprocessors.js';
import { postChatCompletion, readBounded, UpstreamExchange, type FetchLike } from './upstream.js';

export type ConsentPurpose = 'ai_processing' | 'model_training';

/** What the gateway records; the audit module's entry shape. */
export interface GatewayAuditWriter {
  record(entry: {
    actor: string;
    action: string;
    target?: string;
    outcome: 'ok' | 'denied' | 'error';
    details?: Record<string, unknown>;
  }): Promise<unknown>;
}

export interface GatewayDeps {
  store: Pick<Store, 'db'>;
  audit: GatewayAuditWriter;
  /** The consent ledger (privacy module). */
  consent: { hasConsent(customerRef: string, purpose: ConsentPurpose): Promise<boolean> };
  config: GatewayConfig;
  fetch?: FetchLike;
}

export interface ChatCaller {
  principal: Principal;
  /** Whose text this is (header X-Custos-Customer-Ref): consent is checked against it. */
  customerRef: string | undefined;
  /** Aborts the upstream call when the caller goes away. */
  signal?: AbortSignal;
  /** Why the gateway is used, for the audit trail (`chat`, `assist.suggest`). */
  purpose?: string;
}

export type ChatOutcome =
  | { kind: 'json'; body: Record<string, unknown>; reidentified: boolean }
  | { kind: 'stream'; stream: Readable; reidentified: boolean };

export interface Gateway {
  readonly config: GatewayConfig;
  /** An OpenAI chat completion on sanitized messages; streamed as SSE when `stream: true`. */
  chat(caller: ChatCaller, body: unknown): Promise<ChatOutcome>;
  /** Checks the consent a request for this customer needs, without sending anything. */
  checkConsent(caller: ChatCaller, upstream?: SubProcessorEntry): Promise<string>;
  /** The registered sub-processor the configured upstream is, or a 503 explaining what is missing. */
  resolveUpstream(): Promise<SubProcessorEntry & { baseUrl: string }>;
}

export const CUSTOMER_REF_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const ACTION = 'ai.chat';

export function createGateway(deps: GatewayDeps): Gateway {
  const { store, audit, consent, config } = deps;
  const fetchImpl: FetchLike = deps.fetch ?? ((url, init) => fetch(url, init));

  async function resolveUpstream(): Promise<SubProcessorEntry & { baseUrl: string }> {
    if (config.problem) throw new GatewayError(503, `the AI gateway is misconfigured: ${config.problem}`, 'upstream_not_configured');
    if (!config.url) throw new GatewayError(503, 'no AI upstream is configured (set CUSTOS_LLM_URL)', 'upstream_not_configured');
    const sp = await findSubProcessorByUrl(store.db, config.url);
    // Nothing goes to a recipient that the record of processing does not list.
    if (!sp) {
      throw new GatewayError(
        503,
        'the configured AI upstream is not registered as a sub-processor; an admin must register it (custos subprocessors add)',
        'upstream_not_registered',
      );
    }
    return { ...sp, baseUrl: config.url };
  }

  async function refuse(caller: ChatCaller, customerRef: string, purpose: ConsentPurpose, upstream?: string): Promise<never> {
    await audit.record({
      actor: caller.principal.userId,
      action: ACTION,
      target: customerRef,
      outcome: 'denied',
      details: { consent: purpose, ...(upstream ? { upstream } : {}), purpose: caller.purpose ?? 'chat' },
    });
    const message =
      purpose === 'ai_processing'
        ? 'refused: the customer has not consented to ai_processing; nothing was sent to the AI model'
        : 'refused: the configured AI upstream may train on data and the customer has not consented to model_training; nothing was sent';
    throw new ConsentRequiredError(purpose, message);
  }

  /**
   * The customer's consent for this request: ai_processing always, model_training too when the
   * upstream may train. Refusals are audited and name the purpose; nothing has been sent.
   */
  async function checkConsent(caller: ChatCaller, upstream?: SubProcessorEntry): Promise<string> {
    const ref = caller.customerRef;
    if (ref === undefined || ref === '') throw new GatewayInputError('header X-Custos-Customer-Ref is required: it names the customer whose consent applies');
    if (!CUSTOMER_REF_PATTERN.test(ref)) throw new GatewayInputError('X-Custos-Customer-Ref must be an identifier of 1 to 128 letters, digits or . _ : -');
    if (!(await consent.hasConsent(ref, 'ai_processing'))) return refuse(caller, ref, 'ai_processing', upstream?.name);
    if (upstream?.mayTrain && !(await consent.hasConsent(ref, 'model_training'))) return refuse(caller, ref, 'model_training', upstream.name);
    return ref;
  }

  async function chat(caller: ChatCaller, rawBody: unknown): Promise<ChatOutcome> {
    const { principal } = caller;
    if (!can(principal, 'ai.chat')) throw new GatewayError(403, `role ${principal.role} may not perform ai.chat`, 'forbidden');
    const request = parseChatRequest(rawBody);
    const upstreamModel = mapModel(config, request.model);
    // Consent before configuration: a customer who said no is refused as such, whatever the setup.
    const customerRef = await checkConsent(caller);
    const upstream = await resolveUpstream();
    if (upstream.mayTrain && !(await consent.hasConsent(customerRef, 'model_training'))) return refuse(caller, customerRef, 'model_training', upstream.name);

    // One pseudonymizer per conversation: the same value is the same label in every message.
    const pseudonymizer = createPseudonymizer();
    const sanitized = sanitizeChatRequest(request, pseudonymizer);
    sanitized.body.model = upstreamModel;
    const reidentified = can(principal, 'ai.reidentify');
    const reidentify = reidentified ? (text: string) => pseudonymizer.reidentify(text) : undefined;
    const stream = request.stream === true;

    // Recorded before anything leaves: who, for whom, to which upstream, which types (counts), never values.
    const auditBase = {
      upstream: upstream.name,
      region: upstream.region,
      model: upstreamModel,
      stream,
      messages: request.messages.length,
      sent: sanitized.sent,
      replaced: sanitized.replaced,
      propagated: sanitized.propagated,
      reidentified,
      purpose: caller.purpose ?? 'chat',
    };
    await audit.record({ actor: principal.userId, action: ACTION, target: customerRef, outcome: 'ok', details: auditBase });

    const exchange = new UpstreamExchange(config, caller.signal);
    const failed = async (err: unknown): Promise<never> => {
      exchange.done();
      const error = err instanceof GatewayError ? err : exchange.failure();
      await audit.record({
        actor: principal.userId,
        action: `${ACTION}.upstream`,
        target: customerRef,
        outcome: 'error',
        details: { upstream: upstream.name, code: error.code, status: error.statusCode },
      });
      throw error;
    };

    let response: Response;
    try {
      response = await postChatCompletion(fetchImpl, config, upstream.baseUrl, sanitized.body, exchange);
    } catch (err) {
      return failed(err);
    }

    if (!stream) {
      let parsed: unknown;
      try {
        const text = await readBounded(response, config.maxResponseBytes, exchange);
        parsed = JSON.parse(text);
      } catch (err) {
        return failed(err);
      }
      exchange.done();
      if (!isCompletion(parsed)) return failed(new GatewayError(502, 'the AI upstream sent an answer that is not a chat completion', 'upstream_error'));
      parsed.model = request.model;
      for (const choice of parsed.choices) {
        const message = (choice as { message?: { content?: unknown } }).message;
        if (reidentify && message && typeof message.content === 'string') message.content = reidentify(message.content);
      }
      return { kind: 'json', body: parsed, reidentified };
    }

    const out = new PassThrough();
    void relayStream(response, out, exchange, createChunkRewriter(reidentify, request.model)).then(async (problem) => {
      exchange.done();
      if (problem) {
        await audit
          .record({
            actor: principal.userId,
            action: `${ACTION}.upstream`,
            target: customerRef,
            outcome: 'error',
            details: { upstream: upstream.name, code: problem.code, status: problem.statusCode, stream: true },
          })
          .catch(() => undefined);
      }
    });
    return { kind: 'stream', stream: out, reidentified };
  }

  return { config, chat, checkConsent, resolveUpstream };
}

function isCompletion(value: unknown): value is Record<string, unknown> & { choices: unknown[] } {
  return value !== null && typeof value === 'object' && Array.isArray((value as { choices?: unknown }).choices);
}

/**
 * Relays upstream SSE events to the caller, rewritten. A failure after the first byte can no longer
 * become an HTTP status: it is sent as a final `error` event and the stream ends.
 */
async function relayStream(
  response: Response,
  out: PassThrough,
  exchange: UpstreamExchange,
  rewriter: ReturnType<typeof createChunkRewriter>,
): Promise<GatewayError | undefined> {
  const parser = createSseParser();
  const decoder = new TextDecoder();
  let sawDone = false;
  const send = (payload: string): void => {
    out.write(`data: ${payload}\n\n`);
  };
  const handle = (data: string): void => {
    if (sawDone) return;
    if (data.trim() === '[DONE]') {
      const rest = rewriter.flush();
      if (rest) send(JSON.stringify(rest));
      send('[DONE]');
      sawDone = true;
      return;
    }
    const chunk: unknown = JSON.parse(data);
    if (chunk === null || typeof chunk !== 'object' || Array.isArray(chunk)) throw new SyntaxError('chunk is not an object');
    send(JSON.stringify(rewriter.rewrite(chunk as Record<string, unknown>)));
  };
  try {
    if (!response.body) throw new Error('no body');
    for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
      exchange.touch();
      for (const data of parser.feed(decoder.decode(bytes, { stream: true }))) handle(data);
    }
    for (const data of parser.feed(decoder.decode())) handle(data);
    for (const data of parser.end()) handle(data);
    if (!sawDone) {
      const rest = rewriter.flush();
      if (rest) send(JSON.stringify(rest));
    }
    out.end();
    return undefined;
  } catch {
    const error = exchange.failure();
    if (error.code !== 'client_closed') {
      // The text held back for an unfinished label is dropped: it may be half a label.
      send(JSON.stringify({ error: { message: error.message, type: error.code, code: error.statusCode } }));
    }
    out.end();
    await response.body?.cancel().catch(() => undefined);
    return error;
  }
}
