/**
 * The detection engine: a registry of small recognizers (Presidio's analyzer shape), run over the
 * text and over its spoken-number views, with overlaps resolved so every value is covered whole.
 */
import { guessChannel } from './channel.js';
import { continuedInNextMessage, digitsOf, numberRuns } from './number-runs.js';
import { IDENTIFIER_CUES, judgeContext, type ContextRule } from './context.js';
import { nameRecognizers } from './names/index.js';
import { CardExpiryRecognizer } from './recognizers/card-expiry.js';
import { CardNumberRecognizer } from './recognizers/card-number.js';
import { CardVerificationRecognizer } from './recognizers/card-cvv.js';
import { BankAccountRecognizer, RoutingNumberRecognizer } from './recognizers/bank-account.js';
import { DateOfBirthRecognizer } from './recognizers/date-of-birth.js';
import { EmailAddressRecognizer } from './recognizers/email-address.js';
import { IbanRecognizer } from './recognizers/iban.js';
import { IpAddressRecognizer } from './recognizers/ip-address.js';
import { PhoneNumberRecognizer } from './recognizers/phone-number.js';
import { PostalCodeRecognizer } from './recognizers/postal-code.js';
import { StreetAddressRecognizer } from './recognizers/street-address.js';
import { UsSsnRecognizer } from './recognizers/us-ssn.js';
import { spokenRecognizers, spokenViews, type NormalizedView, type OriginalRange } from './spoken/index.js';
import type { AnalysisContext, Channel, DetectOptions, EntityType, Recognizer, Span } from './types.js';

export const DEFAULT_MIN_SCORE = 0.4;

/** The written-form recognizers plus the spoken-form and name recognizers, in one registry. */
export function defaultRecognizers(): Recognizer[] {
  return [
    new CardNumberRecognizer(),
    new CardExpiryRecognizer(),
    new CardVerificationRecognizer(),
    new UsSsnRecognizer(),
    new PhoneNumberRecognizer(),
    new EmailAddressRecognizer(),
    new IbanRecognizer(),
    new RoutingNumberRecognizer(),
    new BankAccountRecognizer(),
    new PostalCodeRecognizer(),
    new IpAddressRecognizer(),
    new DateOfBirthRecognizer(),
    new StreetAddressRecognizer(),
    ...spokenRecognizers,
    ...nameRecognizers,
  ];
}

export interface AnalyzerConfig {
  /** The registry (default: `defaultRecognizers()`). */
  recognizers?: readonly Recognizer[];
  /** Extra normalised views of the text (default: the spoken-number views). */
  views?: (text: string) => NormalizedView[];
  /** Default minimum score when the call gives none. */
  minScore?: number;
}

export interface Analyzer {
  readonly recognizers: readonly Recognizer[];
  analyze(text: string, options?: DetectOptions): Span[];
}

export function createContext(text: string, channel?: Channel): AnalysisContext {
  return { text, lower: text.toLowerCase(), channel };
}

function wants(r: Recognizer, types: ReadonlySet<EntityType> | undefined): boolean {
  return !types || r.types.some((t) => types.has(t));
}

export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const recognizers = [...(config.recognizers ?? defaultRecognizers())];
  const views = config.views ?? spokenViews;
  const defaultMin = config.minScore ?? DEFAULT_MIN_SCORE;
  return {
    recognizers,
    analyze(text: string, options: DetectOptions = {}): Span[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      const types = options.types ? new Set(options.types) : undefined;
      const minScore = options.minScore ?? defaultMin;
      const channel = options.channel ?? guessChannel(text);
      const active = recognizers.filter((r) => wants(r, types));
      const ctx: AnalysisContext = { ...createContext(text, channel), minScore };
      // toLowerCase can change length for a few non-ASCII letters; offsets must stay aligned.
      const safeLower = ctx.lower.length === text.length ? ctx : { ...ctx, lower: asciiLower(text) };
      const candidates: Span[] = [];
      for (const r of active) for (const s of r.analyze(safeLower)) candidates.push(s);
      const viewRecognizers = active.filter((r) => r.runsOnViews);
      const readings: ViewReading[] = [];
      // Values written in digits (the views only re-read numbers).
      const written = writtenIndex(candidates.filter((s) => s.score >= minScore && /\d/.test(text.slice(s.start, s.end))));
      if (viewRecognizers.length > 0) {
        const spoken: Span[] = [];
        for (const view of views(text)) collectFromView(view, viewRecognizers, channel, minScore, text, spoken, readings);
        // Written digits are read best in the original; a view span of another type that sticks out
        // of a value found there ("10.95.189.50. two-factor" joined by the view) is a misreading.
        for (const s of spoken) {
          if (!misreads(s, written)) candidates.push(s);
        }
      }
      const found = candidates.filter((s) => s.score >= minScore && (!types || types.has(s.type)));
      const values = valuesByDigits(safeLower, found, readings, minScore, written, text);
      if (values.size > 0) {
        for (const s of repeatedValues(safeLower, values)) candidates.push(s);
        for (const reading of readings) for (const s of repeatedInView(reading, values, text)) candidates.push(s);
      }
      const kept = candidates.filter(
        (s) =>
          s.score >= minScore &&
          (!types || types.has(s.type)) &&
          Number.isInteger(s.start) &&
          Number.isInteger(s.end) &&
          s.start >= 0 &&
          s.end <= text.length &&
          s.start < s.end,
      );
      return resolveOverlaps(kept);
    },
  };
}

/** Numbers that identify someone only by context; a read-back ("I have 5958...85, correct?") is the same value. */
const REPEATABLE: ReadonlySet<EntityType> = new Set(['CREDIT_CARD', 'US_SSN', 'PHONE_NUMBER', 'BANK_ACCOUNT', 'ROUTING_NUMBER']);

/**
 * A value found once is masked wherever else it is written, even where that mention lacks the
 * context that identified the first one.
 */
/** A repeat named as an order, case or ticket number is that, whatever else the digits match. */
const NAMED_OTHERWISE: ContextRule = { positive: /(?!)/g, negative: IDENTIFIER_CUES, before: 40 };

/** One block of a view that was read, kept so read-backs can be looked for in it afterwards. */
interface ViewReading {
  view: NormalizedView;
  from: number;
  ctx: AnalysisContext;
  spans: Span[];
}

/** The digits of every repeatable value found, in the original text or in a view, by value. */
/** A view span of another type that sticks out of a value found in the written text. */
function misreads(s: { type: EntityType; start: number; end: number }, written: WrittenIndex): boolean {
  const { spans, longest } = written;
  // Spans sorted by start: only those starting in [s.start - longest, s.end) can overlap s.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < s.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && spans[i]!.start >= s.start - longest; i--) {
    const w = spans[i]!;
    if (w.type !== s.type && w.start < s.end && s.start < w.end && (s.start < w.start || s.end > w.end)) return true;
  }
  return false;
}

/** Written spans sorted by start, so that each view span is checked against its neighbours only. */
interface WrittenIndex {
  readonly spans: readonly Span[];
  readonly longest: number;
}

function writtenIndex(spans: Span[]): WrittenIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const s of sorted) longest = Math.max(longest, s.end - s.start);
  return { spans: sorted, longest };
}

function valuesByDigits(
  ctx: AnalysisContext,
  found: readonly Span[],
  readings: readonly ViewReading[],
  minScore: number,
  written: WrittenIndex,
  original: string,
): Map<string, Span> {
  const byDigits = new Map<string, Span>();
  const note = (digits: string, s: Span): void => {
    if (digits.length < 6) return;
    const prev = byDigits.get(digits);
    if (!prev || prev.score < s.score) byDigits.set(digits, s);
  };
  for (const s of found) {
    if (REPEATABLE.has(s.type) && !s.evidence.normalized) note(ctx.text.slice(s.start, s.end).replace(/\D/g, ''), s);
  }
  for (const r of readings) {
    for (const s of r.spans) {
      if (!REPEATABLE.has(s.type) || s.score < minScore) continue;
      const ranges = mergeAdjacent(r.view.toOriginal(s.start + r.from, s.end + r.from), original);
      if (ranges.some((g) => misreads({ type: s.type, start: g.start, end: g.end }, written))) continue;
      note(r.ctx.text.slice(s.start, s.end).replace(/\D/g, ''), s);
    }
  }
  return byDigits;
}

/**
 * A value found once is masked wherever else it is written, even where that mention lacks the
 * context that identified the first one ("Rep: I have 5958981030781685. Correct?").
 */
function repeatedValues(ctx: AnalysisContext, byDigits: ReadonlyMap<string, Span>): Span[] {
  const out: Span[] = [];
  const runs = numberRuns(ctx);
  // A read-back split over two messages ("i have 985080\n680 correct").
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i]!;
    if (first.glued || first.digitCount < 2) continue;
    const k = continuedInNextMessage(ctx.text, runs, i);
    if (k < 0) continue;
    const second = runs[k]!;
    const source = byDigits.get(digitsOf(ctx.text, first.start, first.end) + digitsOf(ctx.text, second.start, second.end));
    if (!source || judgeContext(ctx, first.start, first.end, NAMED_OTHERWISE).blocked) continue;
    for (const part of [first, second]) {
      out.push({ ...source, start: part.start, end: part.end, score: source.score * 0.95, evidence: { ...source.evidence, note: 'repeated value' } });
    }
  }
  for (const run of runs) {
    if (run.glued || run.digitCount < 6) continue;
    const first = run.groups[0]!;
    const last = run.groups[run.groups.length - 1]!;
    const digits = ctx.text.slice(first.start, last.end).replace(/\D/g, '');
    const source = byDigits.get(digits);
    if (!source || judgeContext(ctx, first.start, last.end, NAMED_OTHERWISE).blocked) continue;
    out.push({ ...source, start: first.start, end: last.end, score: source.score * 0.95, evidence: { ...source.evidence, note: 'repeated value' } });
  }
  return out;
}

/** The same for a spoken read-back, which the view joins into one number across turns. */
function repeatedInView(reading: ViewReading, byDigits: ReadonlyMap<string, Span>, original: string): Span[] {
  const out: Span[] = [];
  for (const run of numberRuns(reading.ctx)) {
    if (run.glued || run.digitCount < 6) continue;
    const first = run.groups[0]!;
    const last = run.groups[run.groups.length - 1]!;
    const source = byDigits.get(reading.ctx.text.slice(first.start, last.end).replace(/\D/g, ''));
    if (!source || judgeContext(reading.ctx, first.start, last.end, NAMED_OTHERWISE).blocked) continue;
    for (const g of mergeAdjacent(reading.view.toOriginal(first.start + reading.from, last.end + reading.from), original)) {
      if (g.end <= g.start || !/[A-Za-z]/.test(original.slice(g.start, g.end))) continue;
      out.push({
        ...source,
        start: Math.max(0, g.start),
        end: Math.min(original.length, g.end),
        score: source.score * 0.95,
        evidence: { ...source.evidence, normalized: 'spoken', note: 'repeated value' },
      });
    }
  }
  return out;
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/**
 * The stretches of a view worth reading: lines the view changed (spoken numbers turned to digits)
 * plus the two lines before (where the question was asked) and the one after. Lines identical to
 * an original line were already read in the original pass.
 */
export function changedBlocks(viewText: string, original: string): [number, number][] {
  const lines = viewText.split('\n');
  if (lines.length === 1) return viewText === original ? [] : [[0, viewText.length]];
  const originalLines = new Set(original.split('\n'));
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const wanted = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    if (originalLines.has(lines[i]!)) continue;
    for (let k = Math.max(0, i - 2); k <= Math.min(lines.length - 1, i + 1); k++) wanted[k] = true;
  }
  const blocks: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!wanted[i]) continue;
    let j = i;
    while (j + 1 < lines.length && wanted[j + 1]) j++;
    blocks.push([starts[i]!, starts[j]! + lines[j]!.length]);
    i = j;
  }
  return blocks;
}

/** Ranges of one value separated only by spaces are one span ("six" + "zero one ..."). */
function mergeAdjacent(ranges: readonly OriginalRange[], original: string): OriginalRange[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  const out: OriginalRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start >= last.end && /^[ \t]*$/.test(original.slice(last.end, r.start))) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

function collectFromView(
  view: NormalizedView,
  recognizers: readonly Recognizer[],
  channel: Channel | undefined,
  minScore: number,
  original: string,
  out: Span[],
  readings: ViewReading[],
): void {
  if (!view.text) return;
  for (const [from, to] of changedBlocks(view.text, original)) {
    const block = view.text.slice(from, to);
    let vctx: AnalysisContext = { ...createContext(block, channel ?? 'asr'), minScore, view: true };
    if (vctx.lower.length !== block.length) vctx = { ...vctx, lower: asciiLower(block) };
    const reading: ViewReading = { view, from, ctx: vctx, spans: [] };
    readings.push(reading);
    for (const r of recognizers) {
      for (const s of r.analyze(vctx)) {
        reading.spans.push(s);
        // A piece of a timestamp ("[4:54 PM]") glued on by the view is no part of the value.
        const ranges = mergeAdjacent(view.toOriginal(s.start + from, s.end + from), original).filter(
          (g) => !/^:\d\d/.test(original.slice(g.end, g.end + 3)) && !/\d:$/.test(original.slice(Math.max(0, g.start - 2), g.start)),
        );
        // Written digits in one place are the original pass's job; the view adds spoken words and
        // numbers written across turns ("4841 6014 7202" ... "7044").
        if (ranges.length < 2 && !ranges.some((g) => /[A-Za-z]/.test(original.slice(g.start, g.end)))) continue;
        for (const range of ranges) {
          const start = Math.max(0, range.start);
          const end = Math.min(original.length, range.end);
          if (end <= start) continue;
          out.push({ ...s, start, end, evidence: { ...s.evidence, normalized: 'spoken' } });
        }
      }
    }
  }
}

/**
 * Highest score first (then longest); a lower span inside a kept one is dropped, and one that
 * sticks out of it widens the kept span, so no part of either value is left in the clear.
 */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const order = [...spans].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept spans are disjoint and sorted by start, so the ones a new span touches are contiguous.
  const kept: Span[] = [];
  for (const s of order) {
    // First kept span whose end is past s.start.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.end <= s.start) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < kept.length && kept[last]!.start < s.end) last++;
    if (last === lo) {
      kept.splice(lo, 0, { ...s, evidence: { ...s.evidence } });
      continue;
    }
    let winner = kept[lo]!;
    let start = s.start;
    let end = s.end;
    for (let i = lo; i < last; i++) {
      const k = kept[i]!;
      if (k.score > winner.score) winner = k;
      start = Math.min(start, k.start);
      end = Math.max(end, k.end);
    }
    if (last - lo === 1 && start === winner.start && end === winner.end) continue;
    kept.splice(lo, last - lo, { ...winner, start, end });
  }
  return kept;
}
