import type { EntityType, Span } from '../detect/index.js';
import {
  DEFAULT_HASH_LENGTH,
  DEFAULT_MASK_CHAR,
  hashOperator,
  labelOperator,
  maskOperator,
  partialOperator,
  pseudonymOperator,
} from './operators.js';
import {
  createPseudonymState,
  isOperatorName,
  type ApplyOptions,
  type AsyncApplyOptions,
  type OperatorConfig,
  type OperatorName,
  type PseudonymState,
  type RedactResult,
  type RedactedEntity,
} from './types.js';

/**
 * Spans ready to apply: only the wanted types, offsets clamped to the text and widened so they never
 * split a surrogate pair, sorted, and overlaps merged. detect resolves overlaps already; merging here
 * is the safety net: two overlapping replacements would otherwise leave part of a value in clear.
 */
export function prepareSpans(text: string, spans: readonly Span[], types?: readonly EntityType[]): Span[] {
  const wanted = types === undefined ? undefined : new Set<EntityType>(types);
  const cleaned: Span[] = [];
  for (const span of spans) {
    if (wanted !== undefined && !wanted.has(span.type)) continue;
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    let start = Math.max(0, Math.min(text.length, Math.trunc(span.start)));
    let end = Math.max(0, Math.min(text.length, Math.trunc(span.end)));
    if (start >= end) continue;
    if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start -= 1;
    if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
    cleaned.push({ ...span, start, end });
  }
  cleaned.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of cleaned) {
    const last = merged[merged.length - 1];
    if (last === undefined || span.start >= last.end) {
      merged.push(span);
      continue;
    }
    // Overlap: one replacement covers the union, typed after the more confident (then longer) span.
    const winner = span.score > last.score || (span.score === last.score && span.end - span.start > last.end - last.start) ? span : last;
    merged[merged.length - 1] = {
      ...winner,
      start: last.start,
      end: Math.max(last.end, span.end),
      score: Math.max(last.score, span.score),
    };
  }
  return merged;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The operator (with settings) that applies to a type. Throws on an unknown name or bad setting. */
export function operatorFor(type: EntityType, options: ApplyOptions | AsyncApplyOptions): OperatorConfig {
  const chosen = options.operators?.[type] ?? options.operator ?? 'label';
  const config: OperatorConfig = typeof chosen === 'string' ? ({ operator: chosen } as OperatorConfig) : chosen;
  if (!isOperatorName(config.operator)) throw new Error(`unknown operator for ${type}`);
  return config;
}

function checkMaskChar(maskChar: string): string {
  if (maskChar.length !== 1 || isHighSurrogate(maskChar.charCodeAt(0)) || isLowSurrogate(maskChar.charCodeAt(0))) {
    throw new Error('maskChar must be a single character');
  }
  return maskChar;
}

interface Planned {
  span: Span;
  config: OperatorConfig;
  value: string;
}

function plan(text: string, spans: readonly Span[], options: ApplyOptions | AsyncApplyOptions): Planned[] {
  const planned = prepareSpans(text, spans, options.types).map((span) => ({
    span,
    config: operatorFor(span.type, options),
    value: text.slice(span.start, span.end),
  }));
  // Fail before any work is done, so a misconfiguration never yields a half-redacted text.
  for (const { span, config } of planned) {
    if (config.operator === 'hash' && options.hasher === undefined) {
      throw new Error(`hash operator for ${span.type} needs a hasher (or a hashKey)`);
    }
    if (config.operator === 'tokenize' && options.tokenizer === undefined) {
      throw new Error(`tokenize operator for ${span.type} needs a tokenizer`);
    }
    if (config.operator === 'mask' || config.operator === 'partial') checkMaskChar(config.maskChar ?? options.maskChar ?? DEFAULT_MASK_CHAR);
    if (config.operator === 'hash') {
      const length = config.hashLength ?? options.hashLength ?? DEFAULT_HASH_LENGTH;
      if (!Number.isInteger(length) || length < 8 || length > 64) throw new Error('hashLength must be an integer from 8 to 64');
    }
  }
  return planned;
}

/** Replacement for everything except `tokenize`, which the sync and async paths call themselves. */
function replaceSync(item: Planned, options: ApplyOptions | AsyncApplyOptions, state: PseudonymState): string {
  const { span, config, value } = item;
  switch (config.operator) {
    case 'label':
      return labelOperator(span.type);
    case 'pseudonym':
      return pseudonymOperator(state, span.type, value, span.evidence);
    case 'mask':
      return maskOperator(value, config.maskChar ?? options.maskChar ?? DEFAULT_MASK_CHAR);
    case 'partial':
      return partialOperator(span.type, value, config.maskChar ?? options.maskChar ?? DEFAULT_MASK_CHAR);
    case 'hash':
      return hashOperator(span.type, value, span.evidence, options.hasher!, config.hashLength ?? options.hashLength);
    case 'tokenize':
      throw new Error('tokenize is handled by the caller');
  }
}

function assemble(text: string, planned: readonly Planned[], replacements: readonly string[]): RedactResult {
  const parts: string[] = [];
  const entities: RedactedEntity[] = [];
  let cursor = 0;
  let outLength = 0;
  planned.forEach(({ span, config }, i) => {
    const before = text.slice(cursor, span.start);
    const replacement = replacements[i]!;
    parts.push(before, replacement);
    const outputStart = outLength + before.length;
    outLength = outputStart + replacement.length;
    cursor = span.end;
    entities.push({
      type: span.type,
      start: span.start,
      end: span.end,
      score: span.score,
      recognizer: span.recognizer,
      operator: config.operator as OperatorName,
      outputStart,
      outputEnd: outLength,
    });
  });
  parts.push(text.slice(cursor));
  return { text: parts.join(''), entities, spans: planned.map((p) => p.span) };
}

/**
 * Replaces the spans of `text` (UTF-16 offsets into it) with each type's operator. Every span is
 * replaced or the call throws before producing anything: there is no partially redacted result.
 */
export function applyOperators(text: string, spans: readonly Span[], options: ApplyOptions = {}): RedactResult {
  const planned = plan(text, spans, options);
  const state = options.pseudonymState ?? createPseudonymState();
  const replacements = planned.map((item) => {
    if (item.config.operator !== 'tokenize') return replaceSync(item, options, state);
    const token: unknown = options.tokenizer!(item.value, item.span.type);
    if (typeof token !== 'string') throw new Error(`tokenizer for ${item.span.type} must return a string (use applyOperatorsAsync)`);
    return token;
  });
  return assemble(text, planned, replacements);
}

/** As applyOperators, for a tokenizer that answers asynchronously (a vault on PostgreSQL). */
export async function applyOperatorsAsync(
  text: string,
  spans: readonly Span[],
  options: AsyncApplyOptions = {},
): Promise<RedactResult> {
  const planned = plan(text, spans, options);
  const state = options.pseudonymState ?? createPseudonymState();
  const replacements: string[] = [];
  // In order, one at a time: pseudonym numbering follows the text, and the vault sees values in order.
  for (const item of planned) {
    if (item.config.operator !== 'tokenize') {
      replacements.push(replaceSync(item, options, state));
      continue;
    }
    const token: unknown = await options.tokenizer!(item.value, item.span.type);
    if (typeof token !== 'string') throw new Error(`tokenizer for ${item.span.type} must return a string`);
    replacements.push(token);
  }
  return assemble(text, planned, replacements);
}
