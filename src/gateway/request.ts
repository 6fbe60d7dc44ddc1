import { z } from 'zod';
import { detect, type EntityType, type Span } from '../detect/index.js';
import type { Pseudonymizer } from '../transform/index.js';
import { GatewayInputError } from './errors.js';

const MAX_MESSAGES = 500;
const MAX_TEXT = 200_000;

const TextPart = z.object({ type: z.literal('text'), text: z.string().max(MAX_TEXT) }).strict();
const Content = z.union([z.string().max(MAX_TEXT), z.array(z.unknown()).max(200), z.null()]);
const Message = z
  .object({
    role: z.enum(['system', 'developer', 'user', 'assistant']),
    content: Content,
    // A participant name may itself be personal data and cannot hold a label (OpenAI allows [A-Za-z0-9_-]): dropped.
    name: z.string().max(256).optional(),
  })
  .strict();

/**
 * Request fields passed upstream unchanged: sampling settings that cannot carry customer text.
 * `stop` can, so it is sanitized like a message; `user` (an end-user id) is dropped.
 */
const ChatRequest = z
  .object({
    model: z.string().min(1).max(128),
    messages: z.array(Message).min(1).max(MAX_MESSAGES),
    stream: z.boolean().optional(),
    stream_options: z.object({ include_usage: z.boolean().optional() }).strict().optional(),
    temperature: z.number().min(0).max(2).optional(),
    top_p: z.number().min(0).max(1).optional(),
    max_tokens: z.number().int().positive().optional(),
    max_completion_tokens: z.number().int().positive().optional(),
    n: z.number().int().min(1).max(8).optional(),
    presence_penalty: z.number().min(-2).max(2).optional(),
    frequency_penalty: z.number().min(-2).max(2).optional(),
    seed: z.number().int().optional(),
    stop: z.union([z.string().max(1000), z.array(z.string().max(1000)).max(4)]).optional(),
    response_format: z.object({ type: z.enum(['text', 'json_object']) }).strict().optional(),
    user: z.string().max(256).optional(),
  })
  .strict();

export type ChatRequest = z.infer<typeof ChatRequest>;
export type ChatMessage = z.infer<typeof Message>;

const REFUSED_FIELDS: Record<string, string> = {
  tools: 'tool calling is not supported by the gateway (tool arguments cannot be sanitized reliably)',
  tool_choice: 'tool calling is not supported by the gateway (tool arguments cannot be sanitized reliably)',
  functions: 'function calling is not supported by the gateway',
  function_call: 'function calling is not supported by the gateway',
};

/** Parses an OpenAI chat request; the first problem becomes a 400 naming the field, never its value. */
export function parseChatRequest(body: unknown): ChatRequest {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    for (const field of Object.keys(body)) if (REFUSED_FIELDS[field]) throw new GatewayInputError(REFUSED_FIELDS[field]!);
  }
  const result = ChatRequest.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'body';
    if (issue.code === 'unrecognized_keys') {
      throw new GatewayInputError(`${where}: field(s) ${issue.keys.join(', ')} are not supported by the gateway`);
    }
    throw new GatewayInputError(`${where}: ${issue.message}`);
  }
  const messages = result.data.messages;
  messages.forEach((m, i) => {
    if (!Array.isArray(m.content)) return;
    m.content.forEach((part, j) => {
      if (!TextPart.safeParse(part).success) {
        throw new GatewayInputError(`messages.${i}.content.${j}: only text parts are accepted (images, audio and files cannot be sanitized)`);
      }
    });
  });
  return result.data;
}

export interface SanitizedRequest {
  /** The body to send upstream (model not yet mapped). */
  body: Record<string, unknown>;
  /** Entities replaced, by type: what the audit trail records. */
  sent: Partial<Record<EntityType, number>>;
  replaced: number;
  /** Of those, occurrences found only because the same value was detected elsewhere in the conversation. */
  propagated: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NAME_PART = /^\p{Lu}[\p{L}'’-]{2,}$/u;
/** Values shorter than this are not searched for elsewhere: too likely to match ordinary text. */
const MIN_PROPAGATED_LENGTH = 3;

/**
 * Values detected anywhere in the conversation, to be replaced everywhere: a name the detector
 * found in one message is also replaced where, in another message, its context was too weak.
 * A detected person's name parts (`Cerys`, `Young`) count too, when capitalised.
 */
function conversationValues(texts: readonly string[], detected: readonly Span[][]): [string, EntityType][] {
  const known = new Map<string, EntityType>();
  texts.forEach((text, i) => {
    for (const span of detected[i]!) {
      const value = text.slice(span.start, span.end).trim();
      if (value.length >= MIN_PROPAGATED_LENGTH && !known.has(value)) known.set(value, span.type);
      if (span.type !== 'PERSON') continue;
      for (const part of value.split(/\s+/)) if (NAME_PART.test(part) && !known.has(part)) known.set(part, 'PERSON');
    }
  });
  // Longest first, so a full name is claimed before its parts.
  return [...known].sort((a, b) => b[0].length - a[0].length);
}

function propagatedSpans(text: string, own: readonly Span[], values: readonly [string, EntityType][]): Span[] {
  const taken = own.map((s) => [s.start, s.end] as [number, number]);
  const extra: Span[] = [];
  const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b);
  for (const [value, type] of values) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      const end = at + value.length;
      const before = at > 0 ? text[at - 1]! : '';
      const after = end < text.length ? text[end]! : '';
      if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after)) || !free(at, end)) continue;
      taken.push([at, end]);
      extra.push({ type, start: at, end, score: 0.5, recognizer: 'ConversationPropagation', evidence: { note: 'same value detected elsewhere in the conversation' } });
    }
  }
  return extra;
}

/** Largest conversation (characters) also analysed as one text. */
const MAX_JOINED_LENGTH = 2_000_000;
const SEPARATOR = '\n\n';

/**
 * Adds the spans found when the conversation is read as one text: a context word in one message
 * ("what is your date of birth?") then counts for the answer in the next ("It's 3/4/85"), which
 * message-by-message detection cannot see. Overlaps with a message's own spans are merged later.
 */
function withConversationContext(texts: readonly string[], own: Span[][]): Span[][] {
  if (texts.length < 2) return own;
  const starts: number[] = [];
  let length = 0;
  for (const t of texts) {
    starts.push(length);
    length += t.length + SEPARATOR.length;
  }
  if (length > MAX_JOINED_LENGTH) return own;
  const out = own.map((spans) => [...spans]);
  let k = 0;
  for (const span of detect(texts.join(SEPARATOR))) {
    while (k + 1 < texts.length && starts[k + 1]! <= span.start) k++;
    const from = span.start - starts[k]!;
    // A span reaching past its message (into the separator) is cut at the message's end.
    const to = Math.min(span.end - starts[k]!, texts[k]!.length);
    if (from >= 0 && to > from) out[k]!.push({ ...span, start: from, end: to });
  }
  return out.map((spans) => mergeOverlaps(spans));
}

/** One span per overlapping group: the union, typed after the most confident member. */
function mergeOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last === undefined || span.start >= last.end) {
      merged.push(span);
      continue;
    }
    const winner = span.score > last.score ? span : last;
    merged[merged.length - 1] = { ...winner, start: last.start, end: Math.max(last.end, span.end), score: Math.max(last.score, span.score) };
  }
  return merged;
}

/**
 * Replaces the personal data in every message (system, developer, user, assistant; strings and
 * text parts) and in `stop`, through one pseudonymizer so a value keeps its label across the
 * whole conversation, and a value detected in one place is replaced in every place. Returns a
 * fresh body holding only allowed fields.
 */
export function sanitizeChatRequest(request: ChatRequest, pseudonymizer: Pseudonymizer): SanitizedRequest {
  const texts: string[] = [];
  const slot = (text: string): number => texts.push(text) - 1;
  const messageSlots = request.messages.map((m) =>
    typeof m.content === 'string' ? slot(m.content) : Array.isArray(m.content) ? m.content.map((p) => slot((p as { text: string }).text)) : null,
  );
  const stopSlots = request.stop === undefined ? undefined : typeof request.stop === 'string' ? slot(request.stop) : request.stop.map(slot);

  const detected = withConversationContext(texts, texts.map((t) => (t === '' ? [] : detect(t))));
  const values = conversationValues(texts, detected);
  const sent: Partial<Record<EntityType, number>> = {};
  let replaced = 0;
  let propagated = 0;
  const cleaned = texts.map((text, i) => {
    if (text === '') return text;
    const extra = propagatedSpans(text, detected[i]!, values);
    propagated += extra.length;
    const spans = [...detected[i]!, ...extra].sort((a, b) => a.start - b.start);
    const result = pseudonymizer.apply(text, spans);
    for (const e of result.entities) {
      sent[e.type] = (sent[e.type] ?? 0) + 1;
      replaced++;
    }
    return result.text;
  });

  const messages = request.messages.map((m, i) => {
    const at = messageSlots[i];
    return {
      role: m.role,
      content: at === null || at === undefined ? null : typeof at === 'number' ? cleaned[at]! : at.map((j) => ({ type: 'text', text: cleaned[j]! })),
    };
  });
  const { messages: _m, user: _u, stop: _s, ...settings } = request;
  const body: Record<string, unknown> = { ...settings, messages };
  if (stopSlots !== undefined) body.stop = typeof stopSlots === 'number' ? cleaned[stopSlots] : stopSlots.map((j) => cleaned[j]);
  return { body, sent, replaced, propagated };
}
