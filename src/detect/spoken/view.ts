/**
 * Builds normalised views (spoken numbers as digits) with an exact map back to the original text.
 */
import { luhnValid } from '../checksums.js';
import { isDigitCode } from '../number-runs.js';
import { NUMBER_WORD_TEST } from './lexicon.js';
import { findRuns, onlyFillerBetween, type Chunk, type Run } from './runs.js';
import { splitUtterances, tokenAt, type Utterance } from './tokens.js';

export interface OriginalRange {
  start: number;
  end: number;
}

export interface NormalizedView {
  readonly text: string;
  toOriginal(start: number, end: number): OriginalRange[];
  /** View offsets where a piece of the original was left out, moved up to the run it continues. */
  readonly moved?: readonly number[];
  /**
   * Groups the other side repeated ("customer: four nine eight three / agent: four nine eight three
   * mhm"): the words of each group and of its echo in the original. A value that covers a group
   * covers its echo too.
   */
  readonly echoes?: readonly Echo[];
}

export interface Echo {
  readonly source: OriginalRange;
  readonly echo: OriginalRange;
}

/** One stretch of view text: copied verbatim, or produced from a run piece (or glue with no source). */
interface Segment {
  vStart: number;
  vEnd: number;
  oStart: number;
  oEnd: number;
  /** Copied text maps character for character; produced text maps to its whole source. */
  copied: boolean;
  /** Run piece id, -1 for copied text; produced text of one piece maps to one original range. */
  piece: number;
}

/** Groups: digits said one by one stay together; whole numbers, pauses and slashes split. */
type Layout = 'grouped' | 'compact';

interface PlacedRun {
  utterance: number;
  run: Run;
  /** Id of the run's piece in every view, unique within the text. */
  piece: number;
  /** Pieces joined after this run, from later utterances of the same speaker. */
  continuations: PlacedRun[];
  /** Set when this run was joined into an earlier one (so its place emits nothing). */
  joinedInto: boolean;
  /** Runs of the other side that only repeat this one. */
  echoedBy?: PlacedRun[];
}

class ViewBuilder {
  text = '';
  readonly segments: Segment[] = [];

  copy(original: string, from: number, to: number): void {
    if (to <= from) return;
    const v = this.text.length;
    this.text += original.slice(from, to);
    this.segments.push({ vStart: v, vEnd: this.text.length, oStart: from, oEnd: to, copied: true, piece: -1 });
  }

  produce(out: string, oStart: number, oEnd: number, piece: number): void {
    if (out.length === 0) return;
    const v = this.text.length;
    this.text += out;
    this.segments.push({ vStart: v, vEnd: this.text.length, oStart, oEnd, copied: false, piece });
  }

  /** Produced text with no source of its own (a space between groups). */
  glue(out: string, piece: number): void {
    if (out.length === 0) return;
    const v = this.text.length;
    this.text += out;
    this.segments.push({ vStart: v, vEnd: this.text.length, oStart: -1, oEnd: -1, copied: false, piece });
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

class MappedView implements NormalizedView {
  constructor(
    readonly text: string,
    private readonly segments: Segment[],
    private readonly original: string,
    readonly moved: readonly number[],
    readonly echoes: readonly Echo[],
  ) {}

  toOriginal(start: number, end: number): OriginalRange[] {
    const s0 = Math.max(0, Math.min(start, end));
    const e0 = Math.min(this.text.length, Math.max(start, end));
    if (e0 <= s0) return [];
    const segs = this.segments;
    // First segment with vEnd > s0.
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.vEnd <= s0) lo = mid + 1;
      else hi = mid;
    }
    const hits: { start: number; end: number; piece: number }[] = [];
    for (let k = lo; k < segs.length; k++) {
      const g = segs[k]!;
      if (g.vStart >= e0) break;
      if (g.oStart < 0) continue;
      if (g.copied) {
        const a = g.oStart + (Math.max(s0, g.vStart) - g.vStart);
        const b = g.oStart + (Math.min(e0, g.vEnd) - g.vStart);
        if (b > a) hits.push({ start: a, end: b, piece: -1 });
      } else {
        hits.push({ start: g.oStart, end: g.oEnd, piece: g.piece });
      }
    }
    let ordered = true;
    for (let k = 1; k < hits.length && ordered; k++) {
      const a = hits[k - 1]!;
      const b = hits[k]!;
      ordered = a.start < b.start || (a.start === b.start && a.end <= b.end);
    }
    if (!ordered) hits.sort((x, y) => x.start - y.start || x.end - y.end);
    const merged: { start: number; end: number; piece: number }[] = [];
    for (const h of hits) {
      const last = merged.length > 0 ? merged[merged.length - 1] : undefined;
      if (last && (h.start <= last.end || (h.piece >= 0 && h.piece === last.piece))) {
        if (h.end > last.end) last.end = h.end;
        if (last.piece < 0) last.piece = h.piece;
      } else {
        merged.push({ ...h });
      }
    }
    const out: OriginalRange[] = [];
    for (const m of merged) {
      let a = m.start;
      let b = m.end;
      while (a < b && isSpace(this.original.charCodeAt(a))) a++;
      while (b > a && isSpace(this.original.charCodeAt(b - 1))) b--;
      if (b > a) out.push({ start: a, end: b });
    }
    return out;
  }
}

/**
 * Dates said as digit pairs ("oh three oh four eighty two") read as one digit stretch followed by a
 * year; when the stretch is a valid month and day, it is written "03 04 82".
 */
function dateSplit(chunks: readonly Chunk[]): string[] | null {
  if (chunks.length < 2) return null;
  const year = chunks[chunks.length - 1]!;
  if (year.kind !== 'whole' || (year.digits.length !== 2 && year.digits.length !== 4)) return null;
  // "three five, um, seventy three": a pause between the day and the year changes nothing.
  const head = chunks.slice(0, -1).filter((c) => c.kind !== 'pause');
  if (head.length === 0 || !head.every((c) => c.kind === 'digits')) return null;
  const digits = head.map((c) => c.digits).join('');
  let a: string;
  let b: string;
  if (digits.length === 4) {
    a = digits.slice(0, 2);
    b = digits.slice(2);
  } else if (digits.length === 2) {
    a = digits[0]!;
    b = digits[1]!;
  } else {
    return null;
  }
  const m = Number(a);
  const d = Number(b);
  const ok = (m >= 1 && m <= 12 && d >= 1 && d <= 31) || (d >= 1 && d <= 12 && m >= 1 && m <= 31);
  return ok ? [a, b] : null;
}

interface EmitState {
  /** Kind of the chunk written last (across joined pieces). */
  prev: Chunk['kind'] | null;
  pendingSpace: boolean;
  /** The pause pending is a dash said or written between groups: the grouped view keeps it. */
  pendingDash: boolean;
  /** Compact layout: digits written so far, and separators to write after so many digits. */
  emitted: number;
  cuts: ReadonlyMap<number, string>;
}

const NO_CUTS: ReadonlyMap<number, string> = new Map();

function newState(cuts: ReadonlyMap<number, string> = NO_CUTS): EmitState {
  return { prev: null, pendingSpace: false, pendingDash: false, emitted: 0, cuts };
}

/** Writes one run piece's chunks. */
function emitChunks(
  b: ViewBuilder,
  chunks: readonly Chunk[],
  layout: Layout,
  piece: number,
  state: EmitState,
  afterMonth = false,
): void {
  const split = state.prev === null ? dateSplit(chunks) : null;
  if (split) {
    // Grouped: "03 04 82", as said; compact: "03/04/82", the written form every date reader knows.
    const sep = layout === 'grouped' ? ' ' : '/';
    const head = chunks.slice(0, -1).filter((c) => c.kind !== 'pause');
    let produced = '';
    // Map the month digits and the day digits back to their own words.
    let used = 0;
    for (const part of split) {
      if (produced) b.glue(sep, piece);
      let need = part.length;
      let text = '';
      let s = -1;
      let e = -1;
      while (need > 0 && used < head.length) {
        const c = head[used]!;
        if (s < 0) s = c.start;
        e = c.end;
        text += c.digits;
        need -= c.digits.length;
        used++;
      }
      b.produce(text, s, e, piece);
      produced += text;
    }
    const year = chunks[chunks.length - 1]!;
    b.glue(sep, piece);
    b.produce(year.digits, year.start, year.end, piece);
    state.prev = 'whole';
    state.pendingSpace = false;
    return;
  }
  for (const c of chunks) {
    if (c.kind === 'pause') {
      if (layout === 'grouped') {
        state.pendingSpace = true;
        if (c.digits === '-') state.pendingDash = true;
      }
      continue;
    }
    if (c.kind === 'slash' || c.kind === 'plus' || c.kind === 'dot' || c.kind === 'letters' || c.kind === 'prefix') {
      // A bank code inside an IBAN is written against its digits in the compact view ("NL91ABNA0417...").
      if ((c.kind === 'plus' || (c.kind === 'letters' && layout === 'grouped')) && state.prev !== null) b.glue(' ', piece);
      b.produce(c.digits, c.start, c.end, piece);
      state.prev = c.kind;
      state.pendingSpace = false;
      continue;
    }
    const prev = state.prev;
    let space = false;
    if (prev !== null && prev !== 'slash' && prev !== 'plus' && prev !== 'dot' && prev !== 'prefix' && !(prev === 'letters' && layout === 'compact')) {
      if (layout === 'grouped') {
        space = state.pendingSpace || !(prev === 'digits' && c.kind === 'digits');
      } else {
        space = c.kind === 'ordinal' || prev === 'ordinal';
      }
    }
    // After a card number read in one breath with its expiry and code, separators end each value.
    const cutHere = prev !== null ? state.cuts.get(state.emitted) : undefined;
    if (cutHere) b.glue(cutHere, piece);
    else if (space) b.glue(state.pendingSpace && state.pendingDash ? '-' : ' ', piece);
    // Compact view: a two-digit year after a day or a month is written "'82", as people write it.
    const year =
      layout === 'compact' && c.kind === 'whole' && c.digits.length === 2 && (prev === 'ordinal' || (prev === null && afterMonth));
    if (state.cuts.size > 0 && c.kind !== 'ordinal') {
      // A value may end inside this chunk ("twenty six" after fifteen digits).
      let from = 0;
      if (year) b.glue("'", piece);
      for (let k = 1; k < c.digits.length; k++) {
        const sep = state.cuts.get(state.emitted + k);
        if (!sep) continue;
        b.produce(c.digits.slice(from, k), c.start, c.end, piece);
        b.glue(sep, piece);
        from = k;
      }
      b.produce(c.digits.slice(from), c.start, c.end, piece);
    } else {
      b.produce(year ? `'${c.digits}` : c.digits, c.start, c.end, piece);
    }
    if (c.kind !== 'ordinal') state.emitted += c.digits.length;
    state.prev = c.kind;
    state.pendingSpace = false;
    state.pendingDash = false;
  }
}

/**
 * Runs worth a view: something was said as words and it reads as more than one digit, a day, or a
 * unit number ("apartment two").
 */
function worthReading(run: Run): boolean {
  return run.spoken && !run.quantity && (run.digitCount >= 2 || run.unitNumber || run.chunks.some((c) => c.kind === 'ordinal'));
}

function endsUtterance(u: Utterance, run: Run): boolean {
  return onlyFillerBetween(u.tokens, run.endToken, u.tokens.length);
}

/** A run that reads a value out piece by piece (not a date, not a whole amount). */
function digitReading(run: Run): boolean {
  return !run.afterMonth && !run.chunks.some((c) => c.kind === 'ordinal' || c.kind === 'slash' || c.kind === 'dot');
}

/** Backchannels between the pieces ("okay", "mhm", "go ahead", "got it") are short... */
const BACKCHANNEL_CHARS = 40;
const BACKCHANNEL_WORDS = 4;
/** ...and ask for nothing new ("and the expiration date?"). */
const NEW_TOPIC =
  /\b(?:expir\w*|security|code|cvv|cvc|zip|postal|postcode|date|birth|dob|birthday|social|ssn|routing|account|iban|card|phone|number|address|street|email|name|policy|order|member|license|passport|what|which|when|where)\b/i;
/** A question may only ask for the rest of what is being read ("Yes?", "Got it, and the rest?"). */
const ASKS_FOR_MORE: ReadonlySet<string> = new Set([
  'yes', 'yeah', 'yep', 'ok', 'okay', 'mhm', 'uh', 'huh', 'um', 'sorry', 'and', 'the', 'rest', 'go', 'on', 'ahead',
  'got', 'it', 'right', 'sure', 'then', 'next', 'continue', 'more', 'please', 'alright',
]);

function isBackchannel(text: string, u: Utterance): boolean {
  if (u.end - u.start > BACKCHANNEL_CHARS) return false;
  const body = text.slice(u.start, u.end);
  const words = body.match(/[A-Za-z']+/g) ?? [];
  const plain = words.length <= BACKCHANNEL_WORDS && body.indexOf('?') < 0;
  if (!plain && words.length > 8) return false;
  if (NEW_TOPIC.test(body)) return false;
  return plain || words.every((w) => ASKS_FOR_MORE.has(w.toLowerCase()));
}

/**
 * Joins a run that ends an utterance with the run that starts the next utterance of the same
 * speaker, when at most three short turns of someone else (backchannels, not new questions) stand
 * between them. Unlabelled ASR lines count as one speaker; short lines without digits between them
 * ("got it") may be the other side and are skipped.
 */
function linkAcrossTurns(text: string, utterances: Utterance[], placed: PlacedRun[][]): boolean {
  let any = false;
  for (let ui = 0; ui < utterances.length; ui++) {
    const runs = placed[ui]!;
    // Most lines hold no run: runs[-1] would be a slow property lookup.
    const tail = runs.length > 0 ? runs[runs.length - 1] : undefined;
    if (!tail || !endsUtterance(utterances[ui]!, tail.run) || !digitReading(tail.run)) continue;
    const speaker = utterances[ui]!.speaker;
    const said = readingDigits(tail, false);
    let others = 0;
    let asides = 0;
    for (let vj = ui + 1; vj < utterances.length; vj++) {
      const v = utterances[vj]!;
      if (v.blank) continue;
      const first = placed[vj]![0];
      // "[4:37 PM] ..." opens a chat message with its clock time: no piece of the number before.
      const head = first && !clockTime(text, first.run) ? first : undefined;
      const backchannel = !head && isBackchannel(text, v);
      // "agent: four nine eight three, go ahead": the other side repeats the group just read.
      if (head && (v.speaker !== speaker || speaker === '') && placed[vj]!.length === 1 && echoes(text, v, head, said)) {
        (tail.echoedBy ??= []).push(head);
        if (++others > 3) break;
        continue;
      }
      // "i called on the ninth and they said it was fixed", "bear with me, this will take a minute":
      // remarks that ask nothing may stand between two groups of a short reading.
      if (!backchannel && asides < ASIDES && said.length <= ASIDE_AFTER_DIGITS && aside(text, v, head)) {
        asides++;
        if (++others > 3) break;
        continue;
      }
      if (v.speaker !== speaker || (speaker === '' && backchannel)) {
        if (++others > 3 || !backchannel) break;
        continue;
      }
      // Ten written digits on the line right after another number (or under unlabelled lines) are a
      // document's whole phone number (a signature: ZIP, then phone), not the rest of a value read
      // out in pieces; nor does a "+" continue anything.
      const document = (speaker === '' || others === 0) && !tail.run.spoken && head !== undefined && !head.run.spoken && head.run.digitCount >= 10;
      // "yes that one you can text me": a lone "one" after "that", "this", "the" is a pronoun.
      const reads = head !== undefined && !(head.run.digitCount === 1 && pronounOne(v, head.run));
      const lead = head?.run.chunks[0];
      const opensNumber = lead !== undefined && (lead.kind === 'plus' || text.charCodeAt(lead.start - 1) === 43);
      if (head && reads && !document && !opensNumber && digitReading(head.run) && onlyFillerBetween(v.tokens, 0, head.run.firstToken)) {
        tail.continuations.push(head);
        head.joinedInto = true;
        any = true;
      }
      break;
    }
  }
  return any;
}

/** At most this many remarks between two groups ("oh and the tablet works fine" + the agent's "I see a payment..."). */
const ASIDES = 2;
/** A remark is skipped only after a group of a few digits, the piece of a longer value. */
const ASIDE_AFTER_DIGITS = 6;

/** A turn that reads no digits at its start, asks nothing and names nothing else to give. */
function aside(text: string, u: Utterance, head: PlacedRun | undefined): boolean {
  if (head && digitReading(head.run) && onlyFillerBetween(u.tokens, 0, head.run.firstToken)) return false;
  const body = text.slice(u.start, u.end);
  return body.indexOf('?') < 0 && (!NEW_TOPIC.test(body) || STATEMENT.test(body));
}

/**
 * A turn that tells rather than asks ("I'm adding a note to the account", "just so you know our
 * hours are..."): it may name an account or a number without asking for one.
 */
const STATEMENT = /^\W*(?:i'm|i am|i'll|i will|i've|we're|we are|we'll|just so you know|bear with me|one moment|please hold)\b/i;

/** An echo says the group again with at most a few words around it ("okay", "mhm", "go ahead"). */
const ECHO_WORDS = 4;

/** Is the run `head` of utterance `u` a repeat of the group `said` just before, and little else? */
function echoes(text: string, u: Utterance, head: PlacedRun, said: string): boolean {
  if (said.length < 2 || readingDigits(head, false) !== said) return false;
  let words = 0;
  const tokens = u.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (k === head.run.firstToken) k = head.run.endToken;
    const t = tokens[k];
    if (t !== undefined && t.kind === 'word' && ++words > ECHO_WORDS) return false;
  }
  return !NEW_TOPIC.test(text.slice(u.start, u.end));
}

const DETERMINERS: ReadonlySet<string> = new Set(['that', 'this', 'the', 'which', 'each', 'any', 'every', 'another', 'no']);

function pronounOne(u: Utterance, run: Run): boolean {
  const t = u.tokens[run.firstToken];
  const before = tokenAt(u.tokens, run.firstToken - 1);
  return t !== undefined && t.w === 'one' && before !== undefined && DETERMINERS.has(before.w);
}

/** Written digits followed by ":" and two digits ("4:37"): the hour of a time. */
function clockTime(text: string, run: Run): boolean {
  const last = run.chunks[run.chunks.length - 1]!;
  if (last.kind !== 'written') return false;
  const e = last.end;
  return text.charCodeAt(e) === 58 && isDigitCode(text.charCodeAt(e + 1)) && isDigitCode(text.charCodeAt(e + 2));
}

/**
 * In a long digit reading ("...eight nine three seven oh seven twenty six six six zero": card,
 * expiry and code in one breath), the length of a leading card number, or 0.
 */
function leadingCardLength(digits: string): number {
  if (digits.length <= 16) return 0;
  for (const len of [16, 15, 19, 18, 17, 14, 13]) {
    if (digits.length > len && luhnValid(digits.slice(0, len))) return len;
  }
  return 0;
}

function isMonth(m: string): boolean {
  return Number(m) >= 1 && Number(m) <= 12;
}

/**
 * Where to cut a card read in one breath with what follows: "card; MM/YY; CVV" when the rest is an
 * expiry (month 1-12) and a three- or four-digit code, else just "card; rest".
 */
function cardCuts(digits: string): ReadonlyMap<number, string> {
  const card = leadingCardLength(digits);
  if (card === 0) return NO_CUTS;
  const cuts = new Map<number, string>([[card, '; ']]);
  const rest = digits.slice(card);
  if ((rest.length === 7 || rest.length === 8) && isMonth(rest.slice(0, 2))) {
    cuts.set(card + 2, '/');
    cuts.set(card + 4, '; ');
  } else if (rest.length === 6 && isMonth(rest.slice(0, 1))) {
    cuts.set(card + 1, '/');
    cuts.set(card + 3, '; ');
  }
  return cuts;
}

/**
 * "...card... oh two thirty three twenty three": after a card, "thirty three" may be the year "thirty"
 * and the first digit of the code "three twenty three". When the digits after the card fit no expiry
 * and code as read, the chunks with that year said apart, or null.
 */
function yearApartFromCode(text: string, chunks: readonly Chunk[], card: number): Chunk[] | null {
  let seen = 0;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (c.kind === 'pause' || c.kind === 'plus' || c.kind === 'letters' || c.kind === 'prefix') continue;
    if (seen === card + 2) {
      if (c.kind !== 'whole' || c.digits.length !== 2 || c.digits[1] === '0') return null;
      const space = text.indexOf(' ', c.start);
      if (space < 0 || space >= c.end) return null;
      const tens: Chunk = { kind: 'whole', digits: `${c.digits[0]}0`, start: c.start, end: space };
      const unit: Chunk = { kind: 'digits', digits: c.digits[1]!, start: space + 1, end: c.end };
      const rest = chunks.slice(i + 1).reduce((n, x) => n + (x.kind === 'whole' || x.kind === 'digits' || x.kind === 'written' ? x.digits.length : 0), 0);
      // The code is the unit and what follows: three or four digits.
      return rest === 2 || rest === 3 ? [...chunks.slice(0, i), tens, unit, ...chunks.slice(i + 1)] : null;
    }
    seen += c.digits.length;
    if (seen > card + 2) return null;
  }
  return null;
}

/** "december twenty six zero six three": after a month, a year then a three- or four-digit code. */
function yearCuts(run: Run): ReadonlyMap<number, string> {
  const first = run.chunks[0];
  if (!first || first.kind !== 'whole' || (first.digits.length !== 2 && first.digits.length !== 4)) return NO_CUTS;
  const rest = run.digitCount - first.digits.length;
  return rest === 3 || rest === 4 ? new Map([[first.digits.length, '; ']]) : NO_CUTS;
}

/** The digits a run (and the pieces joined to it) reads out, when it is a plain digit reading. */
function readingDigits(p: PlacedRun, withJoins: boolean): string {
  const pieces: PlacedRun[] = [p];
  if (withJoins) {
    const queue = [...p.continuations];
    while (queue.length > 0) {
      const c = queue.shift()!;
      pieces.push(c);
      queue.unshift(...c.continuations);
    }
  }
  let out = '';
  for (const piece of pieces) {
    if (!digitReading(piece.run)) return '';
    for (const c of piece.run.chunks) out += c.kind === 'pause' || c.kind === 'plus' || c.kind === 'letters' || c.kind === 'prefix' ? '' : c.digits;
  }
  return out;
}

function build(
  text: string,
  utterances: Utterance[],
  placed: PlacedRun[][],
  layout: Layout,
  joined: boolean,
  echoes: readonly Echo[],
): MappedView {
  const b = new ViewBuilder();
  const moved: number[] = [];
  let cursor = 0;
  for (let ui = 0; ui < utterances.length; ui++) {
    for (const p of placed[ui]!) {
      const hasJoin = joined && p.continuations.length > 0;
      const skip = joined && p.joinedInto;
      if (!skip && !hasJoin && !worthReading(p.run)) continue;
      const first = p.run.chunks[0]!;
      const last = p.run.chunks[p.run.chunks.length - 1]!;
      const gap = p.run.monthGap;
      b.copy(text, cursor, gap && !skip ? gap.start : first.start);
      if (gap && !skip) b.produce(' ', gap.start, gap.end, p.piece);
      cursor = last.end;
      if (skip) {
        moved.push(b.text.length);
        continue;
      }
      let chunks = p.run.chunks;
      let cuts = NO_CUTS;
      if (layout === 'compact') {
        cuts = p.run.afterMonth ? yearCuts(p.run) : cardCuts(readingDigits(p, hasJoin));
        const reread = cuts.size === 1 && !hasJoin ? yearApartFromCode(text, chunks, [...cuts.keys()][0]!) : null;
        if (reread) {
          chunks = reread;
          cuts = cardCuts(chunks.map((c) => (c.kind === 'pause' || c.kind === 'plus' || c.kind === 'letters' || c.kind === 'prefix' ? '' : c.digits)).join(''));
        }
      }
      const state = newState(cuts);
      emitChunks(b, chunks, layout, p.piece, state, p.run.afterMonth);
      if (hasJoin) {
        const queue = [...p.continuations];
        while (queue.length > 0) {
          const c = queue.shift()!;
          if (layout === 'grouped') state.pendingSpace = true;
          state.pendingDash = false;
          emitChunks(b, c.run.chunks, layout, c.piece, state);
          queue.unshift(...c.continuations);
        }
      }
    }
  }
  b.copy(text, cursor, text.length);
  return new MappedView(b.text, b.segments, text, moved, echoes);
}

const HAS_DIGIT = /\d/;
const NUMBER_WORD_G = new RegExp(NUMBER_WORD_TEST.source, 'gi');
/** Shared by every line without a run; never written to. */
const NO_RUNS: PlacedRun[] = [];

export function spokenViews(text: string): NormalizedView[] {
  NUMBER_WORD_G.lastIndex = 0;
  const firstWord = NUMBER_WORD_G.exec(text);
  // Written digits split over turns are joined too, which needs at least two lines with digits.
  if (!firstWord && !(HAS_DIGIT.test(text) && text.indexOf('\n') >= 0)) return [];

  const utterances = splitUtterances(text, NUMBER_WORD_TEST, firstWord ? firstWord.index : text.length);
  const placed: PlacedRun[][] = [];
  let pieces = 0;
  let anyWorth = false;
  for (let ui = 0; ui < utterances.length; ui++) {
    const tokens = utterances[ui]!.tokens;
    if (tokens.length === 0) {
      placed.push(NO_RUNS);
      continue;
    }
    const runs: PlacedRun[] = [];
    for (const run of findRuns(tokens)) {
      runs.push({ utterance: ui, run, piece: pieces++, continuations: [], joinedInto: false });
      anyWorth ||= worthReading(run);
    }
    placed.push(runs);
  }
  const anyJoin = linkAcrossTurns(text, utterances, placed);
  if (!anyWorth && !anyJoin) return [];

  const views: MappedView[] = [];
  const echoes = echoPairs(placed);
  addView(views, text, build(text, utterances, placed, 'grouped', false, echoes));
  if (anyJoin) addView(views, text, build(text, utterances, placed, 'grouped', true, echoes));
  addView(views, text, build(text, utterances, placed, 'compact', anyJoin, echoes));
  const echoFree = withoutEchoes(placed);
  if (echoFree) addView(views, text, build(text, utterances, echoFree, 'compact', anyJoin, echoes));
  return views;
}

const NO_ECHOES: readonly Echo[] = [];

/** The words of every group the other side echoed, with the words of the echo. */
function echoPairs(placed: PlacedRun[][]): readonly Echo[] {
  let out: Echo[] | undefined;
  for (const runs of placed) {
    for (const p of runs) {
      if (!p.echoedBy) continue;
      for (const e of p.echoedBy) (out ??= []).push({ source: wordsOf(p.run), echo: wordsOf(e.run) });
    }
  }
  return out ?? NO_ECHOES;
}

function wordsOf(run: Run): OriginalRange {
  return { start: run.chunks[0]!.start, end: run.chunks[run.chunks.length - 1]!.end };
}

/** An echo repeats a group of at least this many digits. */
const ECHO_DIGITS = 3;
/** Lengths of a group said twice in a row, longest first (a ZIP, a card group, an area code). */
const ECHO_SIZES = [5, 4, ECHO_DIGITS];
/** A read-back repeats at least this many digits from the start of the number. */
const READ_BACK_DIGITS = 6;

/**
 * The runs with the echoes inside one unpunctuated ASR line left out, or null when no run holds
 * one: "six zero one one okay six zero one one zero zero two zero..." (the other side repeats a
 * group and the caller goes straight on) and "eight one eight eight one eight okay..." (a group
 * said twice in a row). Read as an extra view, since a number may repeat a group of its own.
 */
function withoutEchoes(placed: PlacedRun[][]): PlacedRun[][] | null {
  let changed: Map<PlacedRun, Chunk[]> | undefined;
  for (const runs of placed) {
    for (const p of runs) {
      if (p.run.digitCount < 2 * ECHO_DIGITS || !digitReading(p.run)) continue;
      const chunks = echoFreeChunks(p.run.chunks);
      if (chunks) (changed ??= new Map()).set(p, chunks);
    }
  }
  if (!changed) return null;
  const copies = new Map<PlacedRun, PlacedRun>();
  for (const runs of placed) {
    for (const p of runs) {
      const chunks = changed.get(p);
      copies.set(p, chunks ? { ...p, run: { ...p.run, chunks } } : { ...p });
    }
  }
  for (const copy of copies.values()) copy.continuations = copy.continuations.map((c) => copies.get(c) ?? c);
  return placed.map((runs) => (runs.length === 0 ? runs : runs.map((p) => copies.get(p)!)));
}

/** The chunks of one digit reading without its echoed groups, or null when it has none. */
function echoFreeChunks(chunks: readonly Chunk[]): Chunk[] | null {
  const groups: Chunk[][] = [[]];
  for (const c of chunks) {
    if (c.kind === 'pause') groups.push([]);
    else if (c.kind === 'digits' || c.kind === 'whole' || c.kind === 'written') groups[groups.length - 1]!.push(c);
    else return null;
  }
  const out: Chunk[] = [];
  let dropped = false;
  let previous = '';
  let read = '';
  // The words of an echo dropped at the end still belong to the value's span.
  let coveredEnd = -1;
  for (const group of groups) {
    let kept = group;
    // "... so that is nine oh four seven six five...": a read-back of the whole number ends it.
    if (read.length >= READ_BACK_DIGITS && restOf(groups, group).startsWith(read.slice(0, READ_BACK_DIGITS))) {
      dropped = true;
      break;
    }
    // The other side's echo of the group just read, run into the next group.
    const echo = previous.length >= ECHO_DIGITS && !oneDigit(previous) ? chunksFor(kept, previous) : 0;
    if (echo > 0) kept = kept.slice(echo);
    // A group said twice in a row ("eight one eight eight one eight", "four seven three one four
    // seven three one two seven five four two seven five four"), wherever it starts.
    for (let at = 0; at < kept.length; at++) {
      for (const size of ECHO_SIZES) {
        const head = chunksFor(kept.slice(at), '', size);
        if (head === 0) continue;
        const first = digitsOfChunks(kept.slice(at, at + head));
        const twice = oneDigit(first) ? 0 : chunksFor(kept.slice(at + head), first);
        if (twice > 0) {
          kept = [...kept.slice(0, at + head), ...kept.slice(at + head + twice)];
          at += head - 1;
          break;
        }
      }
    }
    if (group.length > 0) coveredEnd = group[group.length - 1]!.end;
    if (kept.length !== group.length) dropped = true;
    if (kept.length === 0) continue;
    if (out.length > 0) out.push({ kind: 'pause', digits: '', start: kept[0]!.start, end: kept[0]!.start });
    out.push(...kept);
    previous = digitsOfChunks(kept);
    read += previous;
  }
  const last = out.length > 0 ? out[out.length - 1]! : undefined;
  if (last && coveredEnd > last.end) out[out.length - 1] = { ...last, end: coveredEnd };
  return dropped ? out : null;
}

/** "1111": a group of one digit repeats in real numbers too often to be taken for an echo. */
function oneDigit(digits: string): boolean {
  return digits === digits[0]!.repeat(digits.length);
}

/** The digits from `group` to the end of the reading, up to a read-back's length. */
function restOf(groups: readonly Chunk[][], group: Chunk[]): string {
  let out = '';
  for (let g = groups.indexOf(group); g < groups.length && out.length < READ_BACK_DIGITS; g++) out += digitsOfChunks(groups[g]!);
  return out;
}

function digitsOfChunks(chunks: readonly Chunk[]): string {
  let out = '';
  for (const c of chunks) out += c.digits;
  return out;
}

/**
 * How many chunks at the start of `chunks` read exactly `digits` (or, with `digits` empty, exactly
 * `size` digits); 0 when no whole chunks do.
 */
function chunksFor(chunks: readonly Chunk[], digits: string, size = digits.length): number {
  let read = '';
  for (let k = 0; k < chunks.length; k++) {
    read += chunks[k]!.digits;
    if (read.length === size) return digits === '' || read === digits ? k + 1 : 0;
    if (read.length > size) return 0;
  }
  return 0;
}

/** Keeps a view that differs from the text and from every view kept before. */
function addView(views: MappedView[], text: string, v: MappedView): void {
  // Plain comparison: views of one text mostly differ in length, and hashing each whole text costs more.
  if (v.text === text) return;
  for (const w of views) if (w.text === v.text) return;
  views.push(v);
}
