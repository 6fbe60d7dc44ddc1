/**
 * Context words: the cue phrases near a candidate that make it (or rule it out as) personal data.
 * "A number is an account by its context; a date is a DOB by its context."
 */
import type { AnalysisContext } from './types.js';

export interface Cue {
  /** The cue as written (lower-cased), e.g. `routing number`. */
  readonly word: string;
  /** Offset just past the cue in the analysed text. */
  readonly end: number;
}

/**
 * Fillers, timestamps and speaker labels sit between a question and its answer ("case uh number
 * is", "number?\n[00:01:02] customer: ..."). They are blanked to spaces of the same length so
 * offsets hold and a cue reads as if it were right before the value.
 */
const BLANKED =
  /\b(?:um+|uh+|er|erm|hmm+|ah+|like)\b|\[?\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s?[ap]\.?m\.?)?\]?|\[(?:agent|customer|caller|rep|cust|representative|speaker[ _]?\d*|spk[ _]?\d*|client|visitor|you)\]|\b(?:agent|customer|caller|rep|cust|representative|speaker|spk|spkr|channel|chan|visitor|client)(?:[ _-]?\d{1,2})?(?: \([^)\n]{0,30}\))?:/g;

const SPACES = ' '.repeat(256);

function blankNoise(text: string): string {
  // An exec loop with sliced spaces: a replace callback per filler costs twice as much.
  BLANKED.lastIndex = 0;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = BLANKED.exec(text)) !== null) {
    const len = m[0].length;
    out += text.slice(last, m.index);
    out += len <= SPACES.length ? SPACES.slice(0, len) : ' '.repeat(len);
    last = m.index + len;
  }
  return last === 0 ? text : out + text.slice(last);
}

const blankedCache = new WeakMap<AnalysisContext, string>();

/**
 * The lower-cased text with fillers, timestamps and speaker labels blanked to spaces (same offsets),
 * computed once per analysed text.
 */
export function blanked(ctx: AnalysisContext): string {
  let b = blankedCache.get(ctx);
  if (b === undefined) {
    b = blankNoise(ctx.lower);
    blankedCache.set(ctx, b);
  }
  return b;
}

/** Lets a lookbehind in a cue see a little before the window ("security number", not "number"). */
const LEAD = 24;
/** The longest stretch an end-anchored cue pattern can match (cue words, "number", "#", a short code prefix). */
const ANCHORED_REACH = 96;
const spaced = new WeakMap<RegExp, RegExp>();

/** The cue pattern with each space widened to any run of whitespace (a blanked filler leaves several). */
function tolerant(re: RegExp): RegExp {
  let t = spaced.get(re);
  if (!t) {
    // An optional space ("birth ?date", "master ?card") may be missing: "\s+?" would still demand one.
    const source = re.source.replace(/ ([?*])(?![^[]*\])/g, '\\s*').replace(/ (?![^[]*\])/g, '\\s+');
    t = new RegExp(source, re.flags);
    spaced.set(re, t);
  }
  return t;
}

/** How a cue pattern is looked for, worked out once per pattern (this runs for every candidate). */
interface CuePlan {
  /** The pattern can never match (a rule with no positive cue): nothing to scan for. */
  readonly never: boolean;
  /** Anchored at the window's end and opening with \b. */
  readonly anchored: boolean;
  /** The whitespace-tolerant form, for the other patterns. */
  readonly scan: RegExp | undefined;
}

const plans = new WeakMap<RegExp, CuePlan>();

function planFor(re: RegExp): CuePlan {
  let plan = plans.get(re);
  if (plan === undefined) {
    const source = re.source;
    const anchored = source.endsWith('$') && source.startsWith('\\b');
    plan = { never: source === '(?!)', anchored, scan: anchored ? undefined : tolerant(re) };
    plans.set(re, plan);
  }
  return plan;
}

/** The last match of `re` (which must be global) inside `text[from, to)` of noise-blanked lower-case text. */
export function lastCueIn(text: string, from: number, to: number, re: RegExp, hint?: RegExp): Cue | undefined {
  if (to <= from) return undefined;
  const plan = planFor(re);
  if (plan.never) return undefined;
  // A cue anchored at the window's end ("order number is ") can only match its last few dozen
  // characters; scanning the whole window from every start position is the costliest thing here.
  const lead = Math.max(0, from - LEAD, plan.anchored ? to - ANCHORED_REACH : 0);
  if (plan.anchored) {
    if (hint && !hint.test(text.slice(lead, to))) return undefined;
    return anchoredCueIn(text, lead, to, from, re);
  }
  const window = text.slice(lead, to);
  if (hint && !hint.test(window)) return undefined;
  const rx = plan.scan!;
  rx.lastIndex = 0;
  // Only the last match counts: remember where it is and build the cue once.
  let foundAt = -1;
  let foundLen = 0;
  let m: RegExpExecArray | null;
  while ((m = rx.exec(window)) !== null) {
    const len = m[0].length;
    if (len === 0) {
      rx.lastIndex++;
      continue;
    }
    if (lead + m.index + len <= from) continue;
    foundAt = m.index;
    foundLen = len;
  }
  if (foundAt < 0) return undefined;
  return { word: window.slice(foundAt, foundAt + foundLen).trim().replace(SPACE_RUN, ' '), end: lead + foundAt + foundLen };
}

/**
 * An end-anchored cue that opens with a plain alternation of words, split into its parts:
 * `\b(?:order|case|work order|...)\b<tail>$` becomes a set of one-word heads, a small pattern for
 * the few multi-word heads, and the tail. Matching the parts avoids running (and, after garbage
 * collection flushes compiled patterns, recompiling) one very large alternation.
 */
interface SplitCue {
  readonly single: ReadonlySet<string>;
  /** Shortest and longest one-word head, and which ASCII codes open one: most words are ruled out before a slice. */
  readonly minLen: number;
  readonly maxLen: number;
  readonly singleFirst: Uint8Array;
  /** wordHash of every one-word head: a word is looked up by its hash before it is cut out. */
  readonly singleHashes: ReadonlySet<number>;
  /** Always present (maybe undefined) so every split cue has one object shape in the hot loop. */
  readonly multi: RegExp | undefined;
  readonly multiFirst: Uint8Array;
  readonly tail: RegExp;
  /**
   * How many words (runs of \w) a match can span at most, head and tail, when that is known: the
   * head must start within that many words of the window's end.
   */
  readonly reachWords: number;
}

function firstCodes(words: readonly string[], ignoreCase: boolean): Uint8Array {
  const codes = new Uint8Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 128) codes[c] = 1;
    if (ignoreCase) {
      const u = w[0]!.toUpperCase().charCodeAt(0);
      if (u < 128) codes[u] = 1;
    }
  }
  return codes;
}

/** A hash of the ASCII letters `s[start, end)`, folded to lower case when the cue ignores case. */
function wordHash(s: string, start: number, end: number, ignoreCase: boolean): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (ignoreCase ? s.charCodeAt(i) | 0x20 : s.charCodeAt(i))) | 0;
  return h;
}

const splitForms = new WeakMap<RegExp, SplitCue | null>();
const stickyForms = new WeakMap<RegExp, RegExp>();
const WORD_START = /\b\w/g;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** What `\w` matches without the `u` flag. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const SPACE_RUN = /\s+/g;

/**
 * `text[at, to)` with one space per whitespace run, for the tail pattern: blanked fillers leave runs
 * of spaces, and a tail of several optional \s* pieces backtracks polynomially over them.
 */
function tailOf(text: string, at: number, to: number): string {
  return text.slice(at, to).replace(SPACE_RUN, ' ');
}

function anchoredHit(text: string, start: number, to: number): Cue {
  return { word: text.slice(start, to).trim().replace(SPACE_RUN, ' '), end: to };
}

function splitCue(re: RegExp): SplitCue | null {
  let split = splitForms.get(re);
  if (split !== undefined) return split;
  split = null;
  const m = /^\\b\(\?:([a-z |]+)\)\\b(.*)\$$/.exec(re.source);
  // A top-level "|" in the tail would change what "$" binds to; such patterns keep the general path.
  if (m && balancedWithoutTopLevelBar(m[2]!)) {
    const alts = m[1]!.split('|');
    const flags = re.flags.replace(/[gy]/g, '');
    const multi = alts.filter((x) => x.includes(' '));
    const singles = alts.filter((x) => !x.includes(' '));
    split = {
      single: new Set(singles),
      minLen: Math.min(...singles.map((x) => x.length)),
      maxLen: Math.max(...singles.map((x) => x.length)),
      singleFirst: firstCodes(singles, re.ignoreCase),
      singleHashes: new Set(singles.map((w) => wordHash(w, 0, w.length, re.ignoreCase))),
      multiFirst: firstCodes(multi, re.ignoreCase),
      multi: multi.length > 0 ? new RegExp(`(?:${multi.map((x) => x.replace(/ /g, '\\s+')).join('|')})\\b`, flags + 'y') : undefined,
      tail: new RegExp(`^(?:${m[2]!.replace(/ (?![^[]*\])/g, '\\s+')})$`, flags),
      reachWords: m[2] === IDENTIFIER_CUE_TAIL ? IDENTIFIER_CUE_TAIL_WORDS + Math.max(1, ...multi.map((x) => x.split(' ').length)) : Infinity,
    };
  }
  splitForms.set(re, split);
  return split;
}

/** True when the pattern text has no "|" outside groups and classes. */
function balancedWithoutTopLevelBar(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return depth === 0 && !inClass;
}

/** The start of the `words`-th last run of \w in `text[lead, to)`, or `lead` when there are fewer. */
function reachStart(text: string, lead: number, to: number, words: number): number {
  if (words === Infinity) return lead;
  let seen = 0;
  for (let q = to - 1; q >= lead; q--) {
    if (!isAsciiWordCode(text.charCodeAt(q))) continue;
    if (q === lead || !isAsciiWordCode(text.charCodeAt(q - 1))) {
      if (++seen === words) return q;
    }
  }
  return lead;
}

/**
 * An end-anchored cue starting with \b, looked for in `text[lead, to)`: its matches all end at `to`,
 * and the one the global scan would report is the earliest-starting. Trying the pattern only at word
 * starts (a dozen) instead of at every character keeps the large alternations of these cues cheap.
 * The window's edges count as word boundaries, as they would in a slice of it.
 */
function anchoredCueIn(text: string, lead: number, to: number, from: number, re: RegExp): Cue | undefined {
  const split = splitCue(re);
  if (split) {
    // This runs for every candidate: the same word starts as /\b\w/ finds in the window, by
    // character codes on the text itself (no slice), each word ruled out by its first letter and
    // length before it is cut out.
    const { single, singleFirst, singleHashes, minLen, maxLen, multi, multiFirst, tail, reachWords } = split;
    const lower = re.ignoreCase;
    let window: string | undefined;
    for (let p = reachStart(text, lead, to, reachWords); p < to; p++) {
      const c = text.charCodeAt(p);
      if (!isAsciiWordCode(c)) continue;
      if (c < 128 && singleFirst[c] === 1) {
        let h = (lower ? c | 0x20 : c) | 0;
        let e = p + 1;
        for (let l = text.charCodeAt(e); e < to && isAsciiLetter(l); l = text.charCodeAt(++e)) h = (Math.imul(h, 31) + (lower ? l | 0x20 : l)) | 0;
        const len = e - p;
        if (len >= minLen && len <= maxLen && singleHashes.has(h) && (e >= to || !isAsciiWordCode(text.charCodeAt(e)))) {
          const word = lower ? text.slice(p, e).toLowerCase() : text.slice(p, e);
          if (single.has(word) && tail.test(tailOf(text, e, to))) return anchoredHit(text, p, to);
        }
      }
      if (multi && c < 128 && multiFirst[c] === 1) {
        // The multi-word heads end in \b, which the window's end satisfies: match in the window itself.
        window ??= text.slice(lead, to);
        multi.lastIndex = p - lead;
        const m = multi.exec(window);
        if (m && tail.test(tailOf(text, p + m[0].length, to))) return anchoredHit(text, p, to);
      }
      // Past the rest of this word: only word starts are tried.
      while (p + 1 < to && isAsciiWordCode(text.charCodeAt(p + 1))) p++;
    }
    return undefined;
  }
  const window = text.slice(lead, to);
  WORD_START.lastIndex = 0;
  let w: RegExpExecArray | null;
  let sticky = stickyForms.get(re);
  if (!sticky) {
    sticky = new RegExp(tolerant(re).source, re.flags.replace('g', '') + 'y');
    stickyForms.set(re, sticky);
  }
  while ((w = WORD_START.exec(window)) !== null) {
    sticky.lastIndex = w.index;
    const m = sticky.exec(window);
    if (!m || m[0].length === 0) continue;
    if (lead + m.index + m[0].length <= from) return undefined;
    return { word: m[0].trim().replace(/\s+/g, ' '), end: lead + m.index + m[0].length };
  }
  return undefined;
}

export interface ContextRule {
  /** Cues that make the candidate personal data (global, lower-case). */
  readonly positive: RegExp;
  /** Cues that say the number is something else (order, case, transaction date...). */
  readonly negative?: RegExp;
  /** How far back to look, in UTF-16 units. */
  readonly before?: number;
  /** How far forward to look for a positive cue ("4111... is my card"). 0 = not at all. */
  readonly after?: number;
  /**
   * When true, a cue separated from the candidate by another number belongs to that number,
   * not to this one ("DOB 03/04/1982, charged 03/05/2024": the second date is no DOB).
   */
  readonly digitsBlock?: boolean;
  /** A cheap test every positive cue passes (a keyword), run before the full pattern. */
  readonly hint?: RegExp;
  /**
   * When true, a value that opens its line is the answer to the line before: a positive cue there
   * ("which account should we draft from?" / "it's 3269190527") names it, however long the labels between.
   */
  readonly answers?: boolean;
}

export interface ContextVerdict {
  /** The positive cue that applies, if any. */
  readonly cue?: string;
  /** A negative cue is closer to the candidate than any positive one. */
  readonly blocked: boolean;
}

const DIGIT = /\d/;
/** Timestamps and numbered speaker labels carry digits but are no value: "01:56 [Customer]", "spk_1:". */
const TRANSCRIPT_NOISE = /\[?\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s?[ap]\.?m\.?)?\]?|\b(?:spk|speaker|spkr|channel|chan|ch|caller|agent|customer|rep|person)[ _-]?\d{1,2}\b/gi;

/** Does the stretch between a cue and a candidate hold another number? */
export function holdsOtherNumber(gap: string): boolean {
  if (!DIGIT.test(gap)) return false;
  return DIGIT.test(gap.replace(TRANSCRIPT_NOISE, ''));
}

export function judgeContext(ctx: AnalysisContext, start: number, end: number, rule: ContextRule): ContextVerdict {
  const before = rule.before ?? 64;
  const from = Math.max(0, start - before);
  const digitsBlock = rule.digitsBlock ?? true;
  const text = blanked(ctx);
  let pos = lastCueIn(text, from, start, rule.positive, rule.hint);
  if (pos && digitsBlock && holdsOtherNumber(ctx.text.slice(pos.end, start))) pos = undefined;
  let neg = rule.negative ? lastCueIn(text, from, start, rule.negative) : undefined;
  if (neg && holdsOtherNumber(ctx.text.slice(neg.end, start))) neg = undefined;
  if (neg && (!pos || neg.end >= pos.end)) return { blocked: true };
  if (pos) return { cue: pos.word, blocked: false };
  if (rule.answers && !neg) {
    const asked = cueInQuestionBefore(ctx, text, start, end, rule);
    if (asked) return { cue: asked, blocked: false };
  }
  const after = rule.after ?? 0;
  if (after > 0) {
    const to = Math.min(ctx.text.length, end + after);
    const window = text.slice(end, to);
    if (rule.hint && !rule.hint.test(window)) return { blocked: false };
    const re = tolerant(rule.positive);
    re.lastIndex = 0;
    const m = re.exec(window);
    if (m && !holdsOtherNumber(window.slice(0, m.index))) return { cue: m[0].trim(), blocked: false };
  }
  return { blocked: false };
}

/**
 * A cue typed against the number ("SSN412…", "cc4111…"): `cue` must match the end of the five
 * characters before the run, and the run must not run on into a word.
 */
export function cueGluedBefore(ctx: AnalysisContext, run: { start: number; end: number }, cue: RegExp): boolean {
  return !isWordChar(ctx.text, run.end) && cue.test(ctx.lower.slice(Math.max(0, run.start - 5), run.start));
}

/** Is the character at `i` a letter, digit or underscore (so a number touching it is part of a word)? */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    (c > 127 && /[\p{L}\p{N}]/u.test(text[i]!))
  );
}

export function isDigitChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Cues that say a number identifies an order, case or ticket rather than a person ("Order # (optional): ..." too). */
export const IDENTIFIER_CUES =
  /\b(?:order|orders|ord|case|ticket|invoice|confirmation|conf|tracking|reference|ref|claim|transaction|txn|incident|inc|request|req|reservation|booking|receipt|sku|item|model|serial|part|batch|lot|pnr|shipment|package|work order|escalation|job|version|ver|build|release|page|room|flight|gate|extension|ext|pin|otp|id)\b\.?\s*(?:number|no\.?|num|#|id)?(?:\s*\([a-z]{1,12}\))?\s*[#:]?\s*(?:is|was|of)?\s*#?\s*(?:(?!(?:cb|ph|tel|fax|cell|phone|no|at|is)\b)[a-z]{1,5}\s?[-#]?\s?)?$/g;

/**
 * The tail IDENTIFIER_CUES (and the cues built from its source) end with, after the name, and how
 * many words it can hold: a "number", a one-word aside in parentheses, an "is", a short code prefix.
 * Nothing else in it is a word character, so a name more words than that before the window's end
 * cannot be the cue.
 */
const IDENTIFIER_CUE_TAIL = IDENTIFIER_CUES.source.slice(IDENTIFIER_CUES.source.indexOf(')\\b') + 3, -1);
const IDENTIFIER_CUE_TAIL_WORDS = 4;

/** What may stand before an answer on its line: a speaker label, then a few short words ("sure, it's"). */
// Each word must be followed by a separator, or the nested repetition backtracks exponentially.
const ANSWER_LEAD = /^[ \t]*(?:[^:\n]{0,48}:)?[ \t]*(?:[\p{L}'\u2019]+[ \t,.]+){0,5}$/u;

/**
 * The second value of a two-part answer, after the first and a joiner: "15th September 1941 and
 * 01838", "12/16/1973 / 08166", "021000021, 4402918835". The first value holds a digit; no question mark.
 */
const SECOND_ANSWER_LEAD = /^[ \t]*(?:[^:\n]{0,48}:)?[ \t]*[^\n?:]{0,30}\d[^\n?:]{0,30}?(?:[ \t]+(?:and|&|\+)|[ \t]*[,/;])[ \t]+$/;
/** A line that only answers with a value: a label, then a short reply holding a digit, no question. */
const VALUE_LINE = /^[ \t]*(?:[^:\n]{0,48}:)?[ \t]*([^\n?:]{0,32}\d[^\n?:]{0,32})$/;
const LONG_WORD = /\p{L}{3,}/gu;
/** How many answer lines may stand between a question and the value it asked for ("routing and account?" / routing / account). */
const MAX_ANSWER_LINES = 2;
const NON_DIGITS = /\D/g;

/** "JUN 16 1945", "021000021": a value and at most two words, not a sentence that happens to hold a number. */
function onlyGivesAValue(line: string): boolean {
  const m = VALUE_LINE.exec(line);
  if (!m) return false;
  const reply = m[1]!.trim();
  return reply.length <= 32 && (reply.match(LONG_WORD)?.length ?? 0) <= 2;
}

const NAMES_A_NUMBER =
  /\b(?:number|routing|account|acct|card|phone|cell|zip|postal|ssn|social|birth|dob|iban|order|case|ticket|code|address|e-?mail|expir\w*|cvv|pin)\b/i;

/** A chat or transcript line's speaker: "[8:09] Agent:", "Ana (Cobalt):", "SPEAKER_1:". */
const SPEAKER = /^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?([^:\n\[\]]{1,40}?)[ \t]*:/;

/**
 * Is the line `text[start, end)` a remark (no question) by someone other than the one answering on
 * the line at `answerStart`, right after a line by the same speaker? Then the question may be the line before it.
 */
function asidesBeforeAnswer(text: string, start: number, end: number, answerStart: number): boolean {
  const aside = text.slice(start, end);
  // A remark naming a number of its own ("Okay, routing number first.") asks for that one.
  if (aside.includes('?') || NAMES_A_NUMBER.test(aside)) return false;
  const speaker = SPEAKER.exec(text.slice(start, end))?.[1];
  const answerer = SPEAKER.exec(text.slice(answerStart, answerStart + 60))?.[1];
  if (!speaker || !answerer || speaker === answerer) return false;
  let aboveEnd = start - 1;
  while (aboveEnd > 0 && /\s/.test(text[aboveEnd - 1]!)) aboveEnd--;
  if (aboveEnd <= 0) return false;
  const aboveStart = text.lastIndexOf('\n', aboveEnd - 1) + 1;
  return SPEAKER.exec(text.slice(aboveStart, aboveEnd))?.[1] === speaker;
}

/**
 * The positive cue of the line before, when the value opens the line after it: a question and its
 * answer. The previous line must hold the cue with no other number after it. A question that asks
 * for two values ("date of birth and ZIP?", "routing and account number?") is answered by both, on
 * one line after a joiner or on consecutive lines: up to two lines that only give a value may stand
 * between the question and this one.
 */
function cueInQuestionBefore(ctx: AnalysisContext, blankedText: string, start: number, end: number, rule: ContextRule): string | undefined {
  const lineStart = ctx.text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 120) return undefined;
  const lead = blankedText.slice(lineStart, start);
  if (!ANSWER_LEAD.test(lead) && !SECOND_ANSWER_LEAD.test(lead)) return undefined;
  let above = lineStart;
  let digits: string | undefined;
  for (let skipped = 0; ; skipped++) {
    // The previous non-empty line.
    let prevEnd = above - 1;
    while (prevEnd > 0 && /\s/.test(ctx.text[prevEnd - 1]!)) prevEnd--;
    if (prevEnd <= 0) return undefined;
    const prevStart = ctx.text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (prevEnd - prevStart > 200) return undefined;
    const cue = lastCueIn(blankedText, prevStart, prevEnd, rule.positive, rule.hint);
    if (!cue && skipped === 0 && asidesBeforeAnswer(ctx.text, prevStart, prevEnd, lineStart)) {
      // "Agent: Can you confirm the ZIP?" / "Agent: I see a payment of $293.65, thanks." / "Customer: 79761":
      // the asker went on before the answer came.
      above = prevStart;
      skipped = MAX_ANSWER_LINES - 1;
      continue;
    }
    if (!cue) {
      // A line that is only an earlier answer to the same question: look past it. One holding this
      // very value is the answer itself, read back here, not a first value.
      if (skipped >= MAX_ANSWER_LINES || prevEnd - prevStart > 90 || !onlyGivesAValue(blankedText.slice(prevStart, prevEnd))) return undefined;
      digits ??= ctx.text.slice(start, end).replace(NON_DIGITS, '');
      if (ctx.text.slice(prevStart, prevEnd).replace(NON_DIGITS, '').includes(digits)) return undefined;
      above = prevStart;
      continue;
    }
    if (holdsOtherNumber(ctx.text.slice(cue.end, prevEnd))) return undefined;
    if (rule.negative) {
      const neg = lastCueIn(blankedText, prevStart, prevEnd, rule.negative);
      if (neg && neg.end >= cue.end) return undefined;
    }
    return cue.word;
  }
}

/**
 * Asked for by name as a case, order or ticket number on the line before ("Do you have a case
 * number?" / "yes 5012345678"): the answer is that identifier, whatever its shape, unless the
 * question also asks for a phone, SSN, account or card after it.
 */
const IDENTIFIER_ASKED: ContextRule = {
  positive:
    /\b(?:case|order|ticket|reference|ref|confirmation|claim|tracking|incident|invoice|escalation|transaction|booking|reservation) ?(?:number|no|num|id|#)/g,
  negative: /\b(?:phone|cell|mobile|callback|call back|reach|text|ssn|social|account|acct|card|routing|zip|postal|birth|dob)\b/g,
  before: 0,
  answers: true,
};

export function identifierAsked(ctx: AnalysisContext, start: number, end: number): boolean {
  return judgeContext(ctx, start, end, IDENTIFIER_ASKED).cue !== undefined;
}
