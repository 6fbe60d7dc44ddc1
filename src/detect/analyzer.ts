/**
 * The detection engine: a registry of small recognizers (Presidio's analyzer shape), run over the
 * text and over its spoken-number views, with overlaps resolved so every value is covered whole.
 */
import { guessChannel } from './channel.js';
import { continuedInNextMessage, digitsOf, isDigitCode, numberRuns, type NumberRun } from './number-runs.js';
import { IDENTIFIER_CUES, judgeContext, type ContextRule } from './context.js';
import { nameRecognizers } from './names/index.js';
import { CardExpiryRecognizer } from './recognizers/card-expiry.js';
import { CardNumberRecognizer } from './recognizers/card-number.js';
import { CardVerificationRecognizer } from './recognizers/card-cvv.js';
import { CardDetailsRecognizer } from './recognizers/card-details.js';
import { BankAccountRecognizer, RoutingNumberRecognizer } from './recognizers/bank-account.js';
import { DateOfBirthRecognizer } from './recognizers/date-of-birth.js';
import { EmailAddressRecognizer } from './recognizers/email-address.js';
import { IbanRecognizer } from './recognizers/iban.js';
import { IpAddressRecognizer } from './recognizers/ip-address.js';
import { PhoneNumberRecognizer } from './recognizers/phone-number.js';
import { PostalCodeRecognizer } from './recognizers/postal-code.js';
import { StreetAddressRecognizer } from './recognizers/street-address.js';
import { UsSsnRecognizer } from './recognizers/us-ssn.js';
import { spokenRecognizers, spokenViews, type Echo, type NormalizedView, type OriginalRange } from './spoken/index.js';
import type { AnalysisContext, Channel, DetectOptions, EntityType, Recognizer, Span } from './types.js';

export const DEFAULT_MIN_SCORE = 0.4;

/** The written-form recognizers plus the spoken-form and name recognizers, in one registry. */
export function defaultRecognizers(): Recognizer[] {
  return [
    new CardNumberRecognizer(),
    new CardExpiryRecognizer(),
    new CardVerificationRecognizer(),
    new CardDetailsRecognizer(),
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

/** The context recognizers read: lower-cased text whose offsets are those of `text`. */
function readingContext(text: string, channel: Channel | undefined, minScore: number, view: boolean): AnalysisContext {
  let lower = text.toLowerCase();
  // toLowerCase can change length for a few non-ASCII letters; offsets must stay aligned.
  if (lower.length !== text.length) lower = asciiLower(text);
  return view ? { text, lower, channel, minScore, view } : { text, lower, channel, minScore };
}

function wants(r: Recognizer, types: ReadonlySet<EntityType> | undefined): boolean {
  return !types || r.types.some((t) => types.has(t));
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < end && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function digitCountIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function hasEllipsis(text: string, start: number, end: number): boolean {
  const dots = text.indexOf('..', start);
  if (dots >= 0 && dots < end) return true;
  const ellipsis = text.indexOf('…', start);
  return ellipsis >= 0 && ellipsis < end;
}

function hasAsciiLetter(text: string, start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < end && i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const recognizers = [...(config.recognizers ?? defaultRecognizers())];
  const onViews = recognizers.filter((r) => r.runsOnViews);
  const views = config.views ?? spokenViews;
  const defaultMin = config.minScore ?? DEFAULT_MIN_SCORE;
  return {
    recognizers,
    analyze(text: string, options: DetectOptions = {}): Span[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      const types = options.types ? new Set(options.types) : undefined;
      const minScore = options.minScore ?? defaultMin;
      const channel = options.channel ?? guessChannel(text);
      const active = types ? recognizers.filter((r) => wants(r, types)) : recognizers;
      const viewRecognizers = types ? active.filter((r) => r.runsOnViews) : onViews;
      const ctx = readingContext(text, channel, minScore, false);
      const candidates: Span[] = [];
      for (const r of active) {
        const out = r.analyze(ctx);
        for (let i = 0; i < out.length; i++) candidates.push(out[i]!);
      }
      const readings: ViewReading[] = [];
      // Values written in digits (the views only re-read numbers).
      const writtenSpans: Span[] = [];
      // A code of three or four written digits ("3486 seven three three...") may open a longer value
      // the view reads on in words: it does not hold the view back.
      for (const s of candidates) if (s.score >= minScore && digitCountIn(text, s.start, s.end) >= 5) writtenSpans.push(s);
      const written = writtenIndex(writtenSpans);
      if (viewRecognizers.length > 0) {
        const spoken: Span[] = [];
        const produced = views(text);
        const read = produced.length > 0 ? linesRead(text) : undefined;
        for (const view of produced) collectFromView(view, viewRecognizers, channel, minScore, text, read!, spoken, readings);
        // Written digits are read best in the original; a view span of another type that sticks out
        // of a value found there ("10.95.189.50. two-factor" joined by the view) is a misreading.
        for (const s of spoken) {
          if (!misreads(s, written)) candidates.push(s);
        }
      }
      const values = valuesByDigits(ctx, candidates, types, readings, minScore, written, text);
      if (values.size > 0) {
        let shortest = Infinity;
        for (const digits of values.keys()) shortest = Math.min(shortest, digits.length);
        for (const s of repeatedValues(ctx, values, shortest)) candidates.push(s);
        for (const reading of readings) for (const s of repeatedInView(reading, values, shortest, text)) candidates.push(s);
      }
      const kept: Span[] = [];
      for (const s of candidates) {
        if (
          s.score >= minScore &&
          (!types || types.has(s.type)) &&
          Number.isInteger(s.start) &&
          Number.isInteger(s.end) &&
          s.start >= 0 &&
          s.end <= text.length &&
          s.start < s.end
        ) {
          kept.push(s);
        }
      }
      return resolveOverlaps(kept);
    },
  };
}

/** Numbers that identify someone only by context; a read-back ("I have 5958...85, correct?") is the same value. */
const REPEATABLE: ReadonlySet<EntityType> = new Set(['CREDIT_CARD', 'US_SSN', 'PHONE_NUMBER', 'BANK_ACCOUNT', 'ROUTING_NUMBER', 'POSTAL_CODE']);

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
  candidates: readonly Span[],
  types: ReadonlySet<EntityType> | undefined,
  readings: readonly ViewReading[],
  minScore: number,
  written: WrittenIndex,
  original: string,
): Map<string, Span> {
  const byDigits = new Map<string, Span>();
  for (const s of candidates) {
    if (s.score < minScore || !REPEATABLE.has(s.type) || s.evidence.normalized || (types && !types.has(s.type))) continue;
    noteValue(byDigits, digitsOf(ctx.text, s.start, s.end), s);
  }
  for (const r of readings) {
    for (const s of r.spans) {
      if (!REPEATABLE.has(s.type) || s.score < minScore) continue;
      if (anyMisread(s.type, mergeAdjacent(r.view.toOriginal(s.start + r.from, s.end + r.from), original), written)) continue;
      noteValue(byDigits, digitsOf(r.ctx.text, s.start, s.end), s);
    }
  }
  return byDigits;
}

/** Keeps the best-scoring span for each value of six digits or more, and each ZIP ("zip is ..., agent: ... thank you"). */
function noteValue(byDigits: Map<string, Span>, digits: string, s: Span): void {
  if (s.type === 'POSTAL_CODE' ? digits.length !== 5 && digits.length !== 9 : digits.length < 6) return;
  const prev = byDigits.get(digits);
  if (!prev || prev.score < s.score) byDigits.set(digits, s);
  // "so that is one three one four...": a US number read back with its country code is the same number.
  if (s.type === 'PHONE_NUMBER' && digits.length === 11 && digits.charCodeAt(0) === 49) noteValue(byDigits, digits.slice(1), s);
}

function anyMisread(type: EntityType, ranges: readonly OriginalRange[], written: WrittenIndex): boolean {
  for (const g of ranges) if (misreads({ type, start: g.start, end: g.end }, written)) return true;
  return false;
}

/**
 * A value found once is masked wherever else it is written, even where that mention lacks the
 * context that identified the first one ("Rep: I have 5958981030781685. Correct?").
 */
function repeatedValues(ctx: AnalysisContext, byDigits: ReadonlyMap<string, Span>, shortest: number): Span[] {
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
  for (const run of [...runs, ...spacedRuns(ctx.text, runs)]) {
    if (run.glued || run.digitCount < Math.min(6, shortest)) continue;
    for (const [from, to, source] of knownStretches(ctx.text, run, byDigits, shortest)) {
      if (judgeContext(ctx, from, to, NAMED_OTHERWISE).blocked) continue;
      out.push({ ...source, start: from, end: to, score: source.score * 0.95, evidence: { ...source.evidence, note: 'repeated value' } });
    }
  }
  return out;
}

/** Characters a read-back puts between its groups: "617 - 442 - 8110", "3743, 236200, 88207", "442 966 ... 4011". */
const SPACED_GAP = /^[ \t]*(?:[-,–—/]|\.{1,3}|…)[ \t]*$|^[ \t]{2,4}$/;
const SPACED_GAP_CHARS = 7;

/**
 * Runs the number scanner keeps apart because a spaced dash, a comma or an ellipsis stands between
 * them, joined: a read-back written that way is still the value.
 */
function spacedRuns(text: string, runs: readonly NumberRun[]): NumberRun[] {
  const out: NumberRun[] = [];
  for (let i = 0; i + 1 < runs.length; i++) {
    let last = i;
    while (last + 1 < runs.length) {
      const a = runs[last]!;
      const b = runs[last + 1]!;
      if (a.glued || b.glued || b.plus || b.start - a.end > SPACED_GAP_CHARS || !SPACED_GAP.test(text.slice(a.end, b.start))) break;
      last++;
    }
    if (last === i) continue;
    const parts = runs.slice(i, last + 1);
    const groups = parts.flatMap((r) => r.groups);
    const digitCount = parts.reduce((n, r) => n + r.digitCount, 0);
    out.push({ start: parts[0]!.start, end: parts[parts.length - 1]!.end, groups, digitCount, plus: parts[0]!.plus, glued: false, amount: parts.some((r) => r.amount) });
    i = last;
  }
  return out;
}

/** A read-back names values one after another: at most this many groups are tried for the values in a run. */
const READ_BACK_GROUPS = 12;

/**
 * Stretches of whole groups of a run that read a known value: the whole run, or else, from the
 * left, the longest stretches that do ("let me read it back 021000021 12345678", two values
 * said in one breath).
 */
function knownStretches(
  text: string,
  run: NumberRun,
  byDigits: ReadonlyMap<string, Span>,
  shortest: number,
): [number, number, Span][] {
  const groups = run.groups;
  // A run with fewer digits than the shortest value holds none: counted before any string is built.
  if (digitCountIn(text, groups[0]!.start, groups[groups.length - 1]!.end) < shortest) return [];
  const all = digitsOf(text, groups[0]!.start, groups[groups.length - 1]!.end);
  const whole = byDigits.get(all);
  // A ZIP is read back whole, never as an amount.
  if (whole && !(whole.type === 'POSTAL_CODE' && run.amount)) return [[groups[0]!.start, groups[groups.length - 1]!.end, whole]];
  if (groups.length < 2 || groups.length > READ_BACK_GROUPS) return [];
  // Most runs hold no known value at all: one substring test per value before any group is cut.
  let inside = false;
  for (const digits of byDigits.keys()) {
    if (digits.length < all.length && all.includes(digits)) {
      inside = true;
      break;
    }
  }
  if (!inside) return [];
  const digits = groups.map((g) => digitsOf(text, g.start, g.end));
  const out: [number, number, Span][] = [];
  for (let a = 0; a < groups.length; a++) {
    let joined = digits.slice(a).join('');
    for (let b = groups.length - 1; b >= a; b--) {
      const source = joined.length >= 6 && !(a === 0 && b === groups.length - 1) ? byDigits.get(joined) : undefined;
      if (source && source.type !== 'POSTAL_CODE') {
        out.push([groups[a]!.start, groups[b]!.end, source]);
        a = b;
        break;
      }
      joined = joined.slice(0, joined.length - digits[b]!.length);
    }
  }
  return out;
}

/** The same for a spoken read-back, which the view joins into one number across turns. */
function repeatedInView(reading: ViewReading, byDigits: ReadonlyMap<string, Span>, shortest: number, original: string): Span[] {
  const out: Span[] = [];
  for (const run of numberRuns(reading.ctx)) {
    if (run.glued || run.digitCount < Math.min(6, shortest)) continue;
    for (const [from, to, source] of knownStretches(reading.ctx.text, run, byDigits, shortest)) {
      if (judgeContext(reading.ctx, from, to, NAMED_OTHERWISE).blocked) continue;
      out.push(...readBack(reading, source, from, to, original));
    }
  }
  return out;
}

/** The original words a read-back of `source` in a view stands for. */
function readBack(reading: ViewReading, source: Span, from: number, to: number, original: string): Span[] {
  const out: Span[] = [];
  for (const g of mergeAdjacent(reading.view.toOriginal(from + reading.from, to + reading.from), original)) {
    if (g.end <= g.start || !hasAsciiLetter(original, g.start, g.end)) continue;
    out.push({
      ...source,
      start: Math.max(0, g.start),
      end: Math.min(original.length, g.end),
      score: source.score * 0.95,
      evidence: { ...source.evidence, normalized: 'spoken', note: 'repeated value' },
    });
  }
  return out;
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** Lines already read: those of the original text, and those of each view read before, by line index. */
export interface LinesRead {
  /** The original's lines in order, and (built on first need) grouped by length. */
  readonly original: readonly string[];
  originalByLength?: ReadonlyMap<number, readonly string[]>;
  readonly views: string[][];
}

/**
 * Is `line` one of the original's lines (a line the view may have moved or copied)? Only lines of
 * its length are compared: grouping by length hashes no line, where a set would hash them all.
 */
function isOriginalLine(read: LinesRead, line: string): boolean {
  let byLength = read.originalByLength;
  if (!byLength) {
    const groups = new Map<number, string[]>();
    for (const l of read.original) {
      const same = groups.get(l.length);
      if (same) same.push(l);
      else groups.set(l.length, [l]);
    }
    read.originalByLength = byLength = groups;
  }
  const same = byLength.get(line.length);
  if (same) for (const l of same) if (l === line) return true;
  return false;
}

/** Does an earlier view hold `line` at index `i`? */
function readInEarlierView(earlier: readonly string[][], i: number, line: string): boolean {
  for (const v of earlier) if (v[i] === line) return true;
  return false;
}

/** Is `line` cut from line `i` of an earlier view? */
function cutFromEarlierView(earlier: readonly string[][], i: number, line: string): boolean {
  for (const v of earlier) if (cutFrom(line, v[i]!)) return true;
  return false;
}

export function linesRead(original: string): LinesRead {
  return { original: original.split('\n'), views: [] };
}

/**
 * The stretches of a view worth reading: lines the view changed (spoken numbers turned to digits)
 * plus the two lines before (where the question was asked) and the one after. Lines identical to
 * an original line were already read in the original pass, and a line a view shares with a view
 * read before (views differ only where runs are laid out or joined differently) in that view.
 */
export function changedBlocks(
  viewText: string,
  original: string,
  read: LinesRead = linesRead(original),
  moved: readonly number[] = [],
): [number, number][] {
  const lines = viewText.split('\n');
  if (lines.length === 1) return viewText === original ? [] : [[0, viewText.length]];
  // Views keep every newline of the original, so line i of one view stands where line i of another does.
  const earlier: string[][] = [];
  for (const v of read.views) if (v.length === lines.length) earlier.push(v);
  read.views.push(lines);
  const originalLines = read.original;
  // A line the view left as it was stands at the same index in the original: compared first, the
  // other original lines (one the view may have moved or copied) only when that fails.
  const sameIndex = originalLines.length === lines.length;
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const wanted = new Array<boolean>(lines.length).fill(false);
  let nextMove = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineEnd = starts[i]! + line.length;
    let movedHere = false;
    while (nextMove < moved.length && moved[nextMove]! <= lineEnd) {
      if (moved[nextMove]! >= starts[i]!) movedHere = true;
      nextMove++;
    }
    if (sameIndex && originalLines[i] === line) continue;
    if (isOriginalLine(read, line) || readInEarlierView(earlier, i, line)) continue;
    // A joined view empties the turns whose digits it moved up to the first piece: what is left of
    // such a line was read already, in the original or an earlier view.
    if (movedHere && ((sameIndex && cutFrom(line, originalLines[i]!)) || cutFromEarlierView(earlier, i, line))) continue;
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

/** Is `line` the line `before` with one stretch cut out of it? */
function cutFrom(line: string, before: string): boolean {
  if (line.length >= before.length) return false;
  let head = 0;
  while (head < line.length && line.charCodeAt(head) === before.charCodeAt(head)) head++;
  let tail = 0;
  const shift = before.length - line.length;
  while (tail < line.length - head && line.charCodeAt(line.length - 1 - tail) === before.charCodeAt(line.length - 1 - tail + shift)) tail++;
  return head + tail >= line.length;
}

/** Ranges of one value separated only by spaces are one span ("six" + "zero one ..."). */
function mergeAdjacent(ranges: readonly OriginalRange[], original: string): OriginalRange[] {
  let sorted = ranges;
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]!.start < ranges[i - 1]!.start) {
      sorted = [...ranges].sort((x, y) => x.start - y.start);
      break;
    }
  }
  const out: OriginalRange[] = [];
  for (const r of sorted) {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && r.start >= last.end && onlySpacesBetween(original, last.end, r.start)) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

function onlySpacesBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** A piece of a timestamp ("[4:54 PM]") glued on by the view: ":dd" right after it, or "d:" right before. */
function touchesClock(original: string, g: OriginalRange): boolean {
  if (original.charCodeAt(g.end) === 58 && isDigitCode(original.charCodeAt(g.end + 1)) && isDigitCode(original.charCodeAt(g.end + 2))) return true;
  return g.start >= 2 && original.charCodeAt(g.start - 1) === 58 && isDigitCode(original.charCodeAt(g.start - 2));
}

function collectFromView(
  view: NormalizedView,
  recognizers: readonly Recognizer[],
  channel: Channel | undefined,
  minScore: number,
  original: string,
  read: LinesRead,
  out: Span[],
  readings: ViewReading[],
): void {
  if (!view.text) return;
  for (const [from, to] of changedBlocks(view.text, original, read, view.moved)) {
    const vctx = readingContext(view.text.slice(from, to), channel ?? 'asr', minScore, true);
    const reading: ViewReading = { view, from, ctx: vctx, spans: [] };
    readings.push(reading);
    for (const r of recognizers) {
      for (const s of r.analyze(vctx)) {
        reading.spans.push(s);
        const ranges: OriginalRange[] = [];
        let letters = false;
        for (const g of mergeAdjacent(view.toOriginal(s.start + from, s.end + from), original)) {
          if (touchesClock(original, g)) continue;
          ranges.push(g);
          // Written groups the view joined over an ellipsis ("442 966 ... 4011") count as words read.
          letters ||= hasAsciiLetter(original, g.start, g.end) || hasEllipsis(original, g.start, g.end);
        }
        // Written digits in one place are the original pass's job; the view adds spoken words and
        // numbers written across turns ("4841 6014 7202" ... "7044").
        if (ranges.length < 2 && !letters) continue;
        for (const range of ranges) {
          const start = Math.max(0, range.start);
          const end = Math.min(original.length, range.end);
          if (end <= start) continue;
          out.push({ ...s, start, end, evidence: { ...s.evidence, normalized: 'spoken' } });
        }
        if (view.echoes && view.echoes.length > 0) echoesOf(view.echoes, ranges, s, original.length, out);
      }
    }
  }
}

/** The other side's echo of a group is the value too ("agent: four nine eight three mhm"). */
function echoesOf(echoes: readonly Echo[], ranges: readonly OriginalRange[], s: Span, length: number, out: Span[]): void {
  for (const { source, echo } of echoes) {
    if (!ranges.some((r) => r.start <= source.start && source.end <= r.end)) continue;
    const start = Math.max(0, echo.start);
    const end = Math.min(length, echo.end);
    if (end > start) out.push({ ...s, start, end, score: s.score * 0.95, evidence: { ...s.evidence, normalized: 'spoken', note: 'echo' } });
  }
}

/** Highest score first, then longest, then leftmost. */
function priority(a: Span, b: Span): number {
  return b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/**
 * The spans in `priority` order, equal ones as given (a stable sort). A document has a few dozen
 * candidates, and for so few an insertion sort that inlines the comparison beats the engine's sort,
 * which calls the comparator across a builtin boundary for every pair.
 */
function byPriority(spans: readonly Span[]): Span[] {
  if (spans.length > 48) return [...spans].sort(priority);
  const out: Span[] = [];
  for (const s of spans) {
    let k = out.length;
    out.push(s);
    while (k > 0 && priority(out[k - 1]!, s) > 0) {
      out[k] = out[k - 1]!;
      k--;
    }
    out[k] = s;
  }
  return out;
}

/**
 * Highest score first (then longest); a lower span inside a kept one is dropped, and one that
 * sticks out of it widens the kept span, so no part of either value is left in the clear.
 */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const order = byPriority(spans);
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
      kept.splice(lo, 0, { type: s.type, start: s.start, end: s.end, score: s.score, recognizer: s.recognizer, evidence: { ...s.evidence } });
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
