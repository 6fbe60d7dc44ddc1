/**
 * Finds runs of spoken (and written) number pieces inside one utterance and reads them as digits.
 * A run is a list of chunks; each chunk knows the exact original words it came from.
 */
import {
  CORRECTION_WORDS,
  DIGIT_LINKERS,
  DIGIT_WORDS,
  HESITATIONS,
  HOMOPHONE_DIGITS,
  MONTH_WORDS,
  ORDINAL_WORDS,
  PAUSE_WORDS,
  REPEAT_WORDS,
  RUN_START_WORDS,
  SLASH_WORDS,
  TEEN_WORDS,
  TENS_WORDS,
  ZERO_LETTERS,
} from './lexicon.js';
import { tokenAt, type Token } from './tokens.js';

export type ChunkKind =
  /** digits read one by one ("four", "double five", "oh"): they glue to neighbouring digits. */
  | 'digits'
  /** a number read as a whole ("forty two", "nineteen eighty two", "four hundred"): its own group. */
  | 'whole'
  /** digits written as digits. */
  | 'written'
  /** a day said as an ordinal next to a month ("fourth", "twenty second"). */
  | 'ordinal'
  | 'slash'
  /** "dot" between numbers (an IP address read out): written ".". */
  | 'dot'
  /** the two letters of an IBAN's country said before its digits ("h r eight three..."): "HR". */
  | 'letters'
  /** letters spelled before the digits of an order or case number ("order b x four four..."): written against them. */
  | 'prefix'
  /** "plus" before an international number: written "+" against the digits. */
  | 'plus'
  /** a pause, filler or separator between groups. */
  | 'pause'
  /** "sorry", "i mean", "scratch that" between a wrong reading and the right one; resolved before a run is returned. */
  | 'correction';

export interface Chunk {
  readonly kind: ChunkKind;
  readonly digits: string;
  readonly start: number;
  readonly end: number;
}

export interface Run {
  readonly chunks: Chunk[];
  /** Index of the first and one past the last token of the run within the utterance. */
  readonly firstToken: number;
  readonly endToken: number;
  /** True when words (not only written digits) were read: only then does a view differ from the text. */
  readonly spoken: boolean;
  readonly digitCount: number;
  /** Said right after "apartment", "unit", "suite", ...: even one digit is part of an address. */
  readonly unitNumber: boolean;
  /** Said right after a month name ("the fourth of march eighty two"): a two-digit number is a year. */
  readonly afterMonth: boolean;
  /** "july... twenty thirty two": the pause written between the month and the run, which a view writes as a space. */
  readonly monthGap: { readonly start: number; readonly end: number } | undefined;
  /** A time, an amount or a count ("eight fifteen appointment", "two hundred dollars"): no personal value. */
  readonly quantity: boolean;
}

const QUANTITY_WORDS = new Set([
  'am', 'pm', "o'clock", 'oclock', 'appointment', 'dollars', 'dollar', 'bucks', 'cents', 'percent', 'minutes',
  'hours', 'days', 'weeks', 'months', 'years', 'times', 'items', 'euros', 'pounds', 'tonight',
]);

const UNIT_WORDS = new Set(['apartment', 'apt', 'unit', 'suite', 'ste', 'room', 'floor', 'box', 'lot', 'number', 'building', 'bldg']);

interface Parsed {
  kind: ChunkKind;
  digits: string;
  next: number;
}

function isDigitWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  return DIGIT_WORDS.has(t.w) || REPEAT_WORDS.has(t.w) || ZERO_LETTERS.has(t.w);
}

function isNumberStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  return DIGIT_WORDS.has(t.w) || TEEN_WORDS.has(t.w) || TENS_WORDS.has(t.w) || REPEAT_WORDS.has(t.w);
}

/** "oh"/"o" is a zero when a digit word follows or a digit precedes it in the run. */
function zeroAt(tokens: Token[], i: number, afterDigit: boolean): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !ZERO_LETTERS.has(t.w)) return false;
  if (afterDigit) return true;
  if (t.stateOh) return false;
  // "denver c o eight zero ...": the second letter of a spelled state (CO, MO), not a zero.
  const p = tokenAt(tokens, i - 1);
  if (t.w === 'o' && p && p.kind === 'word' && (p.w === 'c' || p.w === 'm')) return false;
  const n = tokens[i + 1];
  if (!n || n.kind !== 'word') return false;
  // "oh nine", "oh oh", "oh double one", and "oh eighty five" read digit by digit.
  if (DIGIT_WORDS.has(n.w) || ZERO_LETTERS.has(n.w) || REPEAT_WORDS.has(n.w) || (t.w === 'oh' && (TENS_WORDS.has(n.w) || TEEN_WORDS.has(n.w)))) return true;
  // "oh too five five": a homophone between digits.
  const after = tokens[i + 2];
  return HOMOPHONE_DIGITS.has(n.w) && after !== undefined && after.kind === 'word' && DIGIT_WORDS.has(after.w);
}

function word(tokens: Token[], i: number): string | undefined {
  const t = tokenAt(tokens, i);
  return t && t.kind === 'word' ? t.w : undefined;
}

/** Reads 1..99 said as words at i ("seven", "forty two", "thirteen"). */
function readUpTo99(tokens: Token[], i: number): { value: number; next: number } | null {
  const w = word(tokens, i);
  if (w === undefined) return null;
  const d = DIGIT_WORDS.get(w);
  if (d !== undefined) return { value: Number(d), next: i + 1 };
  const teen = TEEN_WORDS.get(w);
  if (teen !== undefined) return { value: teen, next: i + 1 };
  const tens = TENS_WORDS.get(w);
  if (tens !== undefined) {
    const u = DIGIT_WORDS.get(word(tokens, i + 1) ?? '');
    if (u !== undefined && u !== '0') return { value: tens + Number(u), next: i + 2 };
    return { value: tens, next: i + 1 };
  }
  return null;
}

/** Reads 1..999 said as words ("four hundred and twelve", "thirty"). */
function readUpTo999(tokens: Token[], i: number): { value: number; next: number } | null {
  const first = readUpTo99(tokens, i);
  if (!first) return null;
  if (first.value < 10 && word(tokens, first.next) === 'hundred') {
    let j = first.next + 1;
    if (word(tokens, j) === 'and') j++;
    const rest = readUpTo99(tokens, j);
    if (rest) return { value: first.value * 100 + rest.value, next: rest.next };
    return { value: first.value * 100, next: first.next + 1 };
  }
  return first;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Reads one number piece at i; `afterDigit` says a single digit was just read (so "oh" is a zero). */
function readPiece(tokens: Token[], i: number, afterDigit: boolean): Parsed | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return { kind: 'written', digits: t.w, next: i + 1 };
  if (t.kind !== 'word') return null;
  const w = t.w;

  const repeat = REPEAT_WORDS.get(w);
  if (repeat !== undefined) {
    const n = word(tokens, i + 1);
    // "triple too": a homophone after "double" or "triple" is a digit too.
    const d = n === undefined ? undefined : (DIGIT_WORDS.get(n) ?? (ZERO_LETTERS.has(n) ? '0' : HOMOPHONE_DIGITS.get(n)));
    if (d === undefined) return null;
    return { kind: 'digits', digits: d.repeat(repeat), next: i + 2 };
  }
  if (zeroAt(tokens, i, afterDigit)) return { kind: 'digits', digits: '0', next: i + 1 };

  const d = DIGIT_WORDS.get(w);
  if (d !== undefined) {
    const n = word(tokens, i + 1);
    if (n === 'hundred' || n === 'thousand') return readWhole(tokens, i);
    return { kind: 'digits', digits: d, next: i + 1 };
  }

  const teen = TEEN_WORDS.get(w);
  if (teen !== undefined) {
    const n = word(tokens, i + 1);
    if (n === 'hundred') return readWhole(tokens, i);
    // A year of a birth date: "nineteen eighty two", "nineteen oh five". Other teens before a tens
    // word are a month or day and a year ("eleven twenty thirty two", "ten eleven sixty").
    const century = teen === 18 || teen === 19;
    if (century && n !== undefined && TENS_WORDS.has(n)) {
      const rest = readUpTo99(tokens, i + 1);
      if (rest) return { kind: 'whole', digits: `${teen}${pad(rest.value, 2)}`, next: rest.next };
    }
    if (century && n !== undefined && ZERO_LETTERS.has(n)) {
      const u = DIGIT_WORDS.get(word(tokens, i + 2) ?? '');
      if (u !== undefined) return { kind: 'whole', digits: `${teen}0${u}`, next: i + 3 };
    }
    return { kind: 'whole', digits: String(teen), next: i + 1 };
  }

  const tens = TENS_WORDS.get(w);
  if (tens !== undefined) {
    const first = readUpTo99(tokens, i);
    if (!first) return null;
    const n = word(tokens, first.next);
    // "february twenty two thousand one": after a month, the day is "twenty" and the year "two thousand one".
    if (n === 'thousand' && first.next === i + 2 && MONTH_WORDS.has(word(tokens, i - 1) ?? '')) {
      return { kind: 'whole', digits: String(tens), next: i + 1 };
    }
    if (n === 'thousand') return readWhole(tokens, i);
    // "twenty twenty four", "twenty ten", "twenty oh five" are years.
    if (first.value === 20 && n !== undefined) {
      if (TENS_WORDS.has(n) || TEEN_WORDS.has(n)) {
        const rest = readUpTo99(tokens, first.next);
        if (rest) return { kind: 'whole', digits: `20${pad(rest.value, 2)}`, next: rest.next };
      }
      if (ZERO_LETTERS.has(n)) {
        const u = DIGIT_WORDS.get(word(tokens, first.next + 1) ?? '');
        if (u !== undefined) return { kind: 'whole', digits: `200${u}`, next: first.next + 2 };
      }
    }
    return { kind: 'whole', digits: String(first.value), next: first.next };
  }
  return null;
}

/** "four hundred twelve", "two thousand and five", "twelve thousand five hundred". */
function readWhole(tokens: Token[], i: number): Parsed | null {
  const head = readUpTo999(tokens, i);
  if (!head) return null;
  if (word(tokens, head.next) === 'thousand') {
    let j = head.next + 1;
    if (word(tokens, j) === 'and') j++;
    const rest = readUpTo999(tokens, j);
    if (rest) return { kind: 'whole', digits: String(head.value * 1000 + rest.value), next: rest.next };
    return { kind: 'whole', digits: String(head.value * 1000), next: head.next + 1 };
  }
  return { kind: 'whole', digits: String(head.value), next: head.next };
}

/** Reads a day ordinal ("fourth", "twenty second", "thirty first") at i. */
function readOrdinal(tokens: Token[], i: number): { value: number; next: number } | null {
  const w = word(tokens, i);
  if (w === undefined) return null;
  const o = ORDINAL_WORDS.get(w);
  if (o !== undefined) return { value: o, next: i + 1 };
  const tens = TENS_WORDS.get(w);
  if (tens === 20 || tens === 30) {
    const u = ORDINAL_WORDS.get(word(tokens, i + 1) ?? '');
    if (u !== undefined && u < 10) return { value: tens + u, next: i + 2 };
  }
  return null;
}

/** An ordinal counts as a day only beside a month: "march fourth", "the fourth of march". */
function readDayOrdinal(tokens: Token[], i: number): Parsed | null {
  const ord = readOrdinal(tokens, i);
  if (!ord || ord.value > 31) return null;
  let p = i - 1;
  if (word(tokens, p) === 'the') p--;
  const prevIsMonth = MONTH_WORDS.has(word(tokens, p) ?? '');
  const ofMonth = word(tokens, ord.next) === 'of' && MONTH_WORDS.has(word(tokens, ord.next + 1) ?? '');
  if (ofMonth) return { kind: 'ordinal', digits: String(ord.value), next: ord.next + 1 };
  if (prevIsMonth) return { kind: 'ordinal', digits: String(ord.value), next: ord.next };
  return null;
}

/** Sequences indexed by their first word, so most tokens cost one map lookup. */
function byFirstWord(list: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const m = new Map<string, (readonly string[])[]>();
  for (const seq of list) {
    const k = seq[0]!;
    const arr = m.get(k) ?? [];
    arr.push(seq);
    m.set(k, arr);
  }
  for (const arr of m.values()) arr.sort((a, b) => b.length - a.length);
  return m;
}
const HESITATION_INDEX = byFirstWord(HESITATIONS);
const HESITATION_ENDS: ReadonlySet<string> = new Set(HESITATIONS.map((seq) => seq[seq.length - 1]!));
const LINKER_INDEX = byFirstWord(DIGIT_LINKERS);

/** Length of the longest listed sequence at i, or 0 (each list is sorted longest first). */
function sequenceAt(tokens: Token[], i: number, index: Map<string, (readonly string[])[]>): number {
  const first = word(tokens, i);
  const list = first === undefined ? undefined : index.get(first);
  if (!list) return 0;
  for (const seq of list) {
    let k = 1;
    while (k < seq.length && word(tokens, i + k) === seq[k]) k++;
    if (k === seq.length) return k;
  }
  return 0;
}

/** A correction marker of `length` words at i. */
function correctionAt(tokens: Token[], i: number, length: number): boolean {
  if (length === 1) return CORRECTION_WORDS.has(tokens[i]!.w);
  return CORRECTION_WORDS.has(tokens.slice(i, i + length).map((t) => t.w).join(' '));
}

/** Length of a filler at i (a hesitation, or with `linkers` also a linking word), or 0. */
function fillerAt(tokens: Token[], i: number, linkers = true): number {
  return sequenceAt(tokens, i, HESITATION_INDEX) || (linkers ? sequenceAt(tokens, i, LINKER_INDEX) : 0);
}

/** Digits read one by one continue at i (a digit word, "oh", "double", or written digits). */
function digitReadingAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (!isDigitWord(tokens, i)) return false;
  const n = word(tokens, i + 1);
  return n !== 'hundred' && n !== 'thousand';
}

type Separator = 'pause' | 'slash' | 'dot';
const DASH_WORDS: ReadonlySet<string> = new Set(['dash', 'hyphen', '-']);
const SEPARATOR_TEXT: Record<Separator, string> = { pause: '', slash: '/', dot: '.' };

function separatorAt(tokens: Token[], i: number): Separator | null {
  const t = tokens[i];
  if (!t) return null;
  if (SLASH_WORDS.has(t.w)) return 'slash';
  if (t.w === 'dot' || t.w === 'point') return 'dot';
  if (PAUSE_WORDS.has(t.w)) return 'pause';
  return null;
}

const STREET_SUFFIXES = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'drive', 'dr', 'lane', 'ln', 'boulevard', 'blvd', 'court', 'ct',
  'way', 'place', 'pl', 'terrace', 'highway', 'hwy', 'parkway', 'pkwy', 'circle', 'cir', 'trail', 'loop', 'square',
  'sq', 'plaza', 'row', 'crescent', 'alley', 'pike', 'path', 'walk',
]);

/** "three pacific terrace": a street suffix within three words after the run makes it a house number. */
function beforeStreetName(tokens: Token[], j: number): boolean {
  for (let k = j; k < j + 4 && k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'word') return false;
    if (STREET_SUFFIXES.has(tokens[k]!.w) && k > j) return true;
  }
  return false;
}

/** Countries whose IBANs callers read out. */
const IBAN_COUNTRIES = new Set(
  'ad ae al at az ba be bg bh br by ch cr cy cz de dk do ee eg es fi fo fr gb ge gi gl gr gt hr hu ie il iq is it jo kw kz lb lc li lt lu lv mc md me mk mr mt mu nl no pk pl ps pt qa ro rs sa sc se si sk sm st sv tl tn tr ua va vg xk'.split(' '),
);

/** "h r eight three ...": two spelled letters of an IBAN country, then its two check digits. */
function ibanCountryAt(tokens: Token[], i: number): boolean {
  const a = word(tokens, i);
  const b = word(tokens, i + 1);
  if (!a || !b || a.length !== 1 || b.length !== 1 || !IBAN_COUNTRIES.has(a + b)) return false;
  if (word(tokens, i - 1)?.length === 1) return false;
  return isNumberStart(tokens, i + 2) || zeroAt(tokens, i + 2, false);
}

/**
 * "n l nine one r a b o ...": the four letters of a bank code spelled after an IBAN's check digits
 * (Dutch and British IBANs carry one), followed by more digits or the end of the turn. Returns how many tokens, or 0.
 */
function bankCodeAt(tokens: Token[], i: number): number {
  for (let k = i; k < i + 4; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.w.length !== 1) return 0;
  }
  const after = tokens[i + 4];
  if (after && after.kind === 'word' && after.w.length === 1 && !ZERO_LETTERS.has(after.w)) return 0;
  let next = i + 4;
  for (;;) {
    if (tokens[next] && separatorAt(tokens, next) === 'pause') next++;
    else if (fillerAt(tokens, next, false) > 0) next += fillerAt(tokens, next, false);
    else break;
  }
  // The rest may follow in the caller's next turn ("n l nine one a b n a" / "mhm" / "then zero four...").
  const more = isNumberStart(tokens, next) || zeroAt(tokens, next, false) || onlyFillerBetween(tokens, i + 4, tokens.length);
  return more ? 4 : 0;
}

/** Words that name an order, case or ticket number, whose spelled letters open it. */
const ID_CUES: ReadonlySet<string> = new Set([
  'order', 'case', 'ticket', 'reference', 'ref', 'confirmation', 'tracking', 'claim', 'booking', 'invoice',
  'reservation', 'transaction', 'rma', 'serial', 'voucher', 'incident', 'return',
]);

/**
 * "order b x four four two...": two to four letters spelled right after an order, case or ticket
 * cue and before the digits are part of that identifier. Returns how many letter tokens, or 0.
 */
function idPrefixAt(tokens: Token[], i: number): number {
  if (tokens[i]!.w.length !== 1) return 0;
  const prev = word(tokens, i - 1);
  const cued = prev !== undefined && (ID_CUES.has(prev) || ((prev === 'number' || prev === 'id') && ID_CUES.has(word(tokens, i - 2) ?? '')));
  if (!cued) return 0;
  let n = 0;
  while (n < 4 && tokens[i + n]?.kind === 'word' && tokens[i + n]!.w.length === 1 && !DIGIT_WORDS.has(tokens[i + n]!.w)) n++;
  return n >= 2 && (isNumberStart(tokens, i + n) || zeroAt(tokens, i + n, false)) ? n : 0;
}

/** "one sec", "one moment": a hesitation that opens with a number word. */
function numberWordFiller(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.w === 'one' && t.kind === 'word' && sequenceAt(tokens, i, HESITATION_INDEX) > 1;
}

function readsDigits(c: Chunk): boolean {
  return c.kind === 'digits' || c.kind === 'whole' || c.kind === 'written';
}

/**
 * A reading corrected midway ("eight six three, no no, eight six oh four...") stands for the digits
 * the caller meant: the second reading replaces the first from where the two agree (the start of
 * the number, or of the group that was wrong). The wrong digits are still part of the value's span,
 * so the first chunk of the second reading reaches back over them and over the correction words.
 * When the two readings share no start, the marker was only a hesitation and the digits are kept.
 */
function resolveCorrections(chunks: Chunk[]): Chunk[] {
  let out = chunks;
  for (;;) {
    const at = out.findIndex((c) => c.kind === 'correction');
    if (at < 0) return out;
    const marker = out[at]!;
    const before = out.slice(0, at);
    const after = out.slice(at + 1);
    let wrong = '';
    let plain = true;
    // A second reading starts over at the start of the number or of a group, never inside one.
    const groupStarts = new Set<number>([0]);
    let prev: ChunkKind | undefined;
    for (const c of before) {
      if (readsDigits(c)) {
        if (c.kind !== 'digits' || prev !== 'digits') groupStarts.add(wrong.length);
        wrong += c.digits;
      } else if (c.kind !== 'pause') plain = false;
      prev = c.kind;
    }
    let right = '';
    for (const c of after) {
      if (c.kind === 'correction') break;
      if (readsDigits(c)) right += c.digits;
    }
    // The start that agrees longest; on a tie the later group, the one being read when the caller stopped.
    let from = -1;
    let agree = 0;
    for (let p = 0; plain && p < wrong.length; p++) {
      if (!groupStarts.has(p)) continue;
      let k = 0;
      while (p + k < wrong.length && k < right.length && wrong[p + k] === right[k]) k++;
      // One digit agreeing is enough only for a group cut short ("six six, sorry, six seven seven
      // eight"): after a whole group ("three seven three five eight three, sorry, five six seven
      // four") it is a pause before the next group more often than a new reading.
      if (k > 0 && k >= agree && (k > 1 || (p > 0 && wrong.length - p < 3))) {
        agree = k;
        from = p;
      }
    }
    // "four two oh four two nine, no no, two nine nine two...": the caller says the last digits
    // again and goes on; the second reading takes over where the first one's tail repeats.
    // A tail of one digit said over and over ("four one one one, sorry, one one one...") proves nothing...
    for (let k = Math.min(wrong.length, right.length); plain && k >= 2 && k > agree; k--) {
      const tail = right.slice(0, k);
      // ...unless the second reading goes on with another digit ("three three, no no, three three two").
      const sameDigit = tail === tail[0]!.repeat(k) && (right.length === k || right[k] === tail[0]);
      if (wrong.endsWith(tail) && !sameDigit) {
        agree = k;
        from = wrong.length - k;
        break;
      }
    }
    if (from < 0) {
      out = [...before, { ...marker, kind: 'pause' }, ...after];
      continue;
    }
    // Keep the digits before `from`, cutting the chunk it falls in.
    const kept: Chunk[] = [];
    let seen = 0;
    let reachBack = marker.start;
    for (const c of before) {
      if (!readsDigits(c)) {
        if (seen < from) kept.push(c);
        continue;
      }
      if (seen + c.digits.length <= from) kept.push(c);
      else if (seen < from) kept.push({ ...c, digits: c.digits.slice(0, from - seen) });
      else reachBack = Math.min(reachBack, c.start);
      seen += c.digits.length;
    }
    while (kept.length > 0 && kept[kept.length - 1]!.kind === 'pause') kept.pop();
    const firstRight = after.findIndex(readsDigits);
    const moved = after.map((c, i) => (i === firstRight ? { ...c, start: Math.min(c.start, reachBack) } : c));
    // A cut chunk keeps its words; the dropped chunks' words go with the first right digits.
    const gap: Chunk[] = kept.length > 0 ? [{ kind: 'pause', digits: '', start: marker.start, end: marker.end }] : [];
    out = [...kept, ...gap, ...moved];
  }
}

/** Words after which "oh" opens a number rather than naming a state. */
const NUMBER_CUES: ReadonlySet<string> = new Set([
  'is', "it's", 'its', 'was', 'be', 'code', 'zip', 'number', 'pin', 'the', 'my', 'at', 'to', 'and', 'say', 'read',
  'then', 'so', 'um', 'uh', 'er', 'erm', 'yes', 'yeah', 'sure', 'okay', 'ok', 'on', 'me', 'from', 'of', 'ending', 'in',
]);

/**
 * "... quarry street dayton oh four five four five seven": a street, a city, then "oh" for Ohio, then
 * the ZIP. A run opening with that "oh" and reading five more digits (or ZIP+4), after a word that
 * does not announce a number, in a turn that names a street ("routing oh four nine..." does not).
 */
function ohioBeforeZip(tokens: Token[], first: number, chunks: readonly Chunk[]): boolean {
  const lead = chunks[0]!;
  if (tokens[first]!.w !== 'oh' || lead.kind !== 'digits' || lead.digits !== '0') return false;
  const before = tokenAt(tokens, first - 1);
  if (!before || before.kind !== 'word' || before.w.length < 3 || NUMBER_CUES.has(before.w) || RUN_START_WORDS.has(before.w)) return false;
  const groups: number[] = [0];
  for (let k = 1; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.kind === 'pause') groups.push(0);
    else if (c.kind === 'digits') groups[groups.length - 1] += c.digits.length;
    else return false;
  }
  const [zip, plus4] = groups;
  if (zip !== 5 || (groups.length > 1 && (groups.length > 2 || plus4 !== 4))) return false;
  for (let k = first - 2; k >= 0; k--) if (STREET_SUFFIXES.has(tokens[k]!.w)) return true;
  return false;
}

/** A run that reads a homophone as a digit reads at least this many digits (a phone, an account, a card). */
const HOMOPHONE_RUN_DIGITS = 7;

/** Digits read before a last "for" or "to" that make it the end of a card or an account. */
const LONG_READING = 12;

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', ',', '?', '!', '…', ';']);

/** Homophones that are everyday words between numbers too ("two to four", "two for one"). */
const WEAK_HOMOPHONES: ReadonlySet<string> = new Set(['to', 'for', 'fore']);

/** Words after which a homophone may open a number ("it's to three nine..."). */
const HOMOPHONE_OPENERS: ReadonlySet<string> = new Set(['is', "it's", 'its', 'was', 'um', 'uh', 'er', 'erm', 'so', 'okay', 'ok', 'yeah', 'yes']);

/** The last digits of the run were said one by one ("...four five", not "april twentieth", "forty", "6897357"). */
function lastReadOneByOne(chunks: readonly Chunk[]): boolean {
  for (let k = chunks.length - 1; k >= 0; k--) {
    const kind = chunks[k]!.kind;
    if (kind !== 'pause' && kind !== 'correction') return kind === 'digits';
  }
  return false;
}

/** A digit word, "oh", "double", written digits or another homophone at i. */
function digitSaidAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'num') return true;
  return t.kind === 'word' && (DIGIT_WORDS.has(t.w) || ZERO_LETTERS.has(t.w) || REPEAT_WORDS.has(t.w) || HOMOPHONE_DIGITS.has(t.w));
}

/**
 * The digit a homophone at i stands for: inside a reading (`inside`) when another digit follows, or
 * at its end for the words that are rarely anything else ("won", "ate", "too"); opening a reading
 * when two digits follow and it starts the turn or follows "it's", "um", ...
 */
function homophoneAt(tokens: Token[], i: number, inside: boolean, digitsBefore = 0, turnReading = false): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const d = HOMOPHONE_DIGITS.get(t.w);
  if (d === undefined) return undefined;
  if (inside) {
    // "three three won uh three three four", "oh too, sorry, oh too five": a pause may follow.
    let n = i + 1;
    for (let f = fillerAt(tokens, n, false); f > 0; f = fillerAt(tokens, n, false)) n += f;
    if (digitSaidAt(tokens, n)) return d;
    const weak = WEAK_HOMOPHONES.has(t.w);
    // "six ate seventeen twenty two": a whole number after a homophone that is rarely a word there.
    const after = tokens[n];
    if (!weak && after !== undefined && after.kind === 'word' && (TEEN_WORDS.has(after.w) || TENS_WORDS.has(after.w))) return d;
    const next = tokens[i + 1];
    const last = next === undefined || SENTENCE_ENDS.has(next.w);
    // "... eight five four for": the last digit of a long reading; "...seven ate one too your next
    // bill": in unpunctuated ASR the words after it run on.
    if (digitsBefore >= LONG_READING && (last || !weak)) return d;
    // "SPEAKER_00: three nine three to": the end of a turn that only reads digits.
    if (last && weak && turnReading && digitsBefore >= 3) return d;
    return last && !weak ? d : undefined;
  }
  const p = tokenAt(tokens, i - 1);
  if (p && p.kind === 'word' && !HOMOPHONE_OPENERS.has(p.w) && hesitationBefore(tokens, i) === 0) return undefined;
  return digitSaidAt(tokens, i + 1) && digitSaidAt(tokens, i + 2) ? d : undefined;
}

/** "two-factor", "one-time", "three-way": a number word that opens a compound word is no digit. */
function compoundAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const dash = tokens[i + 1];
  const rest = tokens[i + 2];
  return (
    t !== undefined &&
    t.kind === 'word' &&
    dash !== undefined &&
    dash.w === '-' &&
    dash.start === t.end &&
    rest !== undefined &&
    rest.kind === 'word' &&
    rest.start === dash.end &&
    !RUN_START_WORDS.has(rest.w)
  );
}

/** Only fillers stand before token `first` and from `end` to the end of the turn. */
function wholeTurn(tokens: Token[], first: number, end: number): boolean {
  return onlyFillerBetween(tokens, 0, first) && onlyFillerBetween(tokens, end, tokens.length);
}

/** Digits read before a date that make them a value of their own (a card, an account). */
const VALUE_BEFORE_DATE = 12;

/**
 * Index of the pause between a long digit reading and a slash date said after it, or 0: the run
 * is cut there so the value and the date are read apart.
 */
function valueBeforeDate(chunks: readonly Chunk[]): number {
  let digits = 0;
  let pause = 0;
  let digitsAtPause = 0;
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.kind === 'slash') return digitsAtPause >= VALUE_BEFORE_DATE ? pause : 0;
    if (c.kind === 'pause') {
      pause = k;
      digitsAtPause = digits;
    } else if (readsDigits(c)) digits += c.digits.length;
  }
  return 0;
}

/** "go ahead", "go on", "got it", "and the rest": the other side waiting for the rest of a number. */
function waitingFor(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.w;
  return w === 'go' || w === 'got' || (w === 'and' && word(tokens, i + 1) === 'the' && word(tokens, i + 2) === 'rest');
}

/** "8:15 and eight ten": the minutes of a clock time, after "8" and ":". */
function afterClockHour(tokens: Token[], first: number): boolean {
  const colon = tokenAt(tokens, first - 1);
  const hour = tokenAt(tokens, first - 2);
  return colon !== undefined && colon.w === ':' && hour !== undefined && hour.kind === 'num' && colon.start === hour.end;
}

/**
 * "four hundred eighty one sixty", "one thousand four hundred and fifty nine forty six": a sum said
 * with "hundred" or "thousand", then its cents. An amount, however many digits it writes.
 */
function dollarsAndCents(tokens: Token[], chunks: readonly Chunk[]): boolean {
  let sum: Chunk | undefined;
  let cents: Chunk | undefined;
  for (const c of chunks) {
    if (c.kind === 'pause') continue;
    if (c.kind !== 'whole') return false;
    if (!sum) sum = c;
    else if (!cents) cents = c;
    else return false;
  }
  if (!sum || !cents || cents.digits.length !== 2) return false;
  for (const t of tokens) {
    if (t.start >= sum.end) break;
    if (t.start >= sum.start && (t.w === 'hundred' || t.w === 'thousand')) return true;
  }
  return false;
}

/** Finds every run in one utterance's tokens. */
export function findRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.opensRun) {
      i++;
      continue;
    }
    // A letter other than "o" ("i", "a") opens only an IBAN's country or a spelled prefix, and both
    // go on with another letter.
    if (t.kind === 'word' && t.w.length === 1 && t.w !== 'o') {
      const next = tokens[i + 1];
      if (next === undefined || next.kind !== 'word' || next.w.length !== 1) {
        i++;
        continue;
      }
    }
    const plus = word(tokens, i) === 'plus' && (isNumberStart(tokens, i + 1) || zeroAt(tokens, i + 1, false));
    const iban = ibanCountryAt(tokens, i);
    const prefix = plus || iban ? 0 : idPrefixAt(tokens, i);
    const chunks: Chunk[] = [];
    let anyCorrection = false;
    let first = i;
    let spoken = false;
    let digitCount = 0;
    let j = i;
    let startsHere = false;
    let wordsBetween = false;
    // A homophone ("to", "for", "won") is read as a digit only where the run it belongs to reads a
    // long number; otherwise the run is read again without them ("from two to four").
    for (let homophones = true; ; homophones = false) {
      startsHere =
        plus ||
        iban ||
        prefix > 0 ||
        (!numberWordFiller(tokens, i) &&
          (isNumberStart(tokens, i) || zeroAt(tokens, i, false) || readDayOrdinal(tokens, i) !== null || (homophones && homophoneAt(tokens, i, false) !== undefined)));
      if (!startsHere) break;
      chunks.length = 0;
      anyCorrection = false;
      first = i;
      spoken = false;
      digitCount = 0;
      j = i;
      let weakRead = 0;
      wordsBetween = false;
      if (plus) {
        chunks.push({ kind: 'plus', digits: '+', start: tokens[i]!.start, end: tokens[i]!.end });
        j++;
      } else if (iban) {
        chunks.push({ kind: 'letters', digits: `${tokens[i]!.w}${tokens[i + 1]!.w}`.toUpperCase(), start: tokens[i]!.start, end: tokens[i + 1]!.end });
        j += 2;
      } else if (prefix > 0) {
        const letters = tokens.slice(i, i + prefix).map((t) => t.w).join('').toUpperCase();
        chunks.push({ kind: 'prefix', digits: letters, start: tokens[i]!.start, end: tokens[i + prefix - 1]!.end });
        j += prefix;
      }
      for (;;) {
        // "eighty six oh twenty five": an "oh" inside a run is a zero after any number.
        const lastKind = chunks.length > 0 ? chunks[chunks.length - 1]!.kind : undefined;
        const afterDigit = lastKind === 'digits' || lastKind === 'whole' || lastKind === 'written';
        // "two four dot four one dot oh dot six": after a "dot" in a run, "oh" is a zero octet.
        const zeroAfter =
          afterDigit ||
          lastKind === 'dot' ||
          (lastKind === 'pause' && chunks[chunks.length - 2]?.kind === 'digits' && tokens[j + 1]?.kind !== 'word');
        // Whether the turn so far reads only digits is asked only at a homophone (a scan from the turn start).
        const heard =
          homophones && HOMOPHONE_DIGITS.has(tokens[j]?.w ?? '')
            ? homophoneAt(tokens, j, digitCount > 0 && lastReadOneByOne(chunks), digitCount, onlyFillerBetween(tokens, 0, first))
            : undefined;
        if (heard !== undefined) {
          chunks.push({ kind: 'digits', digits: heard, start: tokens[j]!.start, end: tokens[j]!.end });
          spoken = true;
          digitCount += 1;
          if (WEAK_HOMOPHONES.has(tokens[j]!.w)) weakRead++;
          j++;
          continue;
        }
        const piece = numberWordFiller(tokens, j) || compoundAt(tokens, j) ? null : (readDayOrdinal(tokens, j) ?? readPiece(tokens, j, zeroAfter));
        if (piece) {
          const s = tokens[j]!.start;
          const e = tokens[piece.next - 1]!.end;
          chunks.push({ kind: piece.kind, digits: piece.digits, start: s, end: e });
          if (piece.kind !== 'written') spoken = true;
          digitCount += piece.digits.length;
          j = piece.next;
          continue;
        }
        // A separator or filler is part of the run only when more number follows.
        let k = j;
        let sep: Separator | null = null;
        let linked = false;
        let waiting = false;
        let corrected = false;
        let dashed = false;
        // "double one nine... uh sorry... um... double one two": pauses, fillers and a correction in a row.
        for (let guard = 0; guard < 8; guard++) {
          const s = separatorAt(tokens, k);
          if (s) {
            if (DASH_WORDS.has(tokens[k]!.w)) dashed = true;
            // "." between whole numbers is a sentence end more often than a pause.
            if (tokens[k]!.w === '.' && !afterDigit && lastKind !== 'letters') break;
            sep = sep === 'slash' || sep === 'dot' ? sep : s;
            k++;
            // An ellipsis ("two zero eight... three one seven") is one pause, however many dots.
            while (tokens[k]?.w === '.' && tokens[k - 1]!.w === '.' && tokens[k]!.start === tokens[k - 1]!.end) k++;
            continue;
          }
          const h = fillerAt(tokens, k, false);
          const f = h || fillerAt(tokens, k);
          if (f > 0) {
            if (h === 0) {
              linked = true;
              waiting ||= waitingFor(tokens, k);
            } else if (correctionAt(tokens, k, h)) corrected = true;
            sep = sep ?? 'pause';
            k += f;
            continue;
          }
          break;
        }
        // "and", "then", "that's" join digits read one by one, never a year or a date to what follows
        // ("nineteen ninety four and eight nine six...", "8/22/1958, and oh eight nine").
        const beforeLast = chunks.length > 1 ? chunks[chunks.length - 2]!.kind : undefined;
        const readOneByOne =
          lastKind === 'digits' ||
          (lastKind === 'written' &&
            beforeLast !== 'slash' &&
            beforeLast !== 'dot' &&
            !MONTH_WORDS.has(word(tokens, first - 1) ?? '') &&
            !afterClockHour(tokens, first));
        // "...five one four go ahead eighteen": the other side waits for more, whatever comes.
        const linkOk = !linked || (readOneByOne && (digitReadingAt(tokens, k) || (waiting && lastKind === 'digits' && isNumberStart(tokens, k))));
        const bank = iban && digitCount === 2 && !linked ? bankCodeAt(tokens, k) : 0;
        if (bank > 0) {
          if (k > j) chunks.push({ kind: 'pause', digits: '', start: tokens[j]!.start, end: tokens[k - 1]!.end });
          const letters = tokens.slice(k, k + bank).map((t) => t.w).join('').toUpperCase();
          chunks.push({ kind: 'letters', digits: letters, start: tokens[k]!.start, end: tokens[k + bank - 1]!.end });
          j = k + bank;
          continue;
        }
        // "..., nine one eight nine, oh": a last "oh" read on its own after digits read one by one is a zero.
        const lastZero = lastKind === 'digits' && word(tokens, k) === 'oh' && tokens[k + 1]?.kind !== 'word';
        const more =
          (isNumberStart(tokens, k) && !compoundAt(tokens, k)) ||
          zeroAt(tokens, k, sep === 'dot' || lastZero) ||
          readDayOrdinal(tokens, k) !== null ||
          (homophones && lastReadOneByOne(chunks) && homophoneAt(tokens, k, true) !== undefined);
        if (sep && k > j && linkOk && more) {
          const kind: ChunkKind = corrected && sep === 'pause' && afterDigit ? 'correction' : sep;
          if (kind === 'correction') anyCorrection = true;
          // Written digits with a filler or a correction between them ("0620 sorry 0620 85076", "2151 um
          // 38615") read differently in a view than in the text.
          if (kind === 'correction' || (kind === 'pause' && (tokens[k - 1]!.kind === 'word' || tokens[k - 1]!.w === '…' || tokens[k - 1]!.w === '.'))) wordsBetween = true;
          // A dash said or written between groups stays a dash where groups are kept ("five oh three nine nine dash...").
          const digits = kind === 'pause' && dashed ? '-' : SEPARATOR_TEXT[sep];
          chunks.push({ kind, digits, start: tokens[j]!.start, end: tokens[k - 1]!.end });
          j = k;
          continue;
        }
        break;
      }
      // A short run keeps its "to" or "for" only as a group said on its own ("eight for oh").
      if (homophones && weakRead > 0 && digitCount < HOMOPHONE_RUN_DIGITS && !(digitCount >= 3 && wholeTurn(tokens, first, j))) continue;
      break;
    }
    if (!startsHere) {
      i++;
      continue;
    }
    if (wordsBetween && digitCount >= 6) spoken = true;
    // "...two six six eight, six slash twenty six, one sixty three": a card read in one breath with
    // its expiry ends at the pause before the date.
    const cut = valueBeforeDate(chunks);
    if (cut > 0) {
      const pause = chunks[cut]!;
      chunks.length = cut;
      digitCount = 0;
      for (const c of chunks) if (readsDigits(c)) digitCount += c.digits.length;
      while (j > first && tokens[j - 1]!.start >= pause.start) j--;
    }
    if (chunks.length > 0 && ohioBeforeZip(tokens, first, chunks)) {
      chunks.shift();
      digitCount -= 1;
      first += 1;
    }
    if (chunks.length > 0) {
      const read = anyCorrection ? resolveCorrections(chunks) : chunks;
      if (read !== chunks) {
        chunks.length = 0;
        chunks.push(...read);
        digitCount = 0;
        for (const c of read) if (readsDigits(c) || c.kind === 'ordinal') digitCount += c.digits.length;
      }
      // "seven um hang on north sycamore boulevard": the pause after a house number is read with it,
      // so that a view writes "7 north sycamore boulevard".
      let pauseEnd = j;
      for (let f = fillerAt(tokens, j, false); f > 0; f = fillerAt(tokens, pauseEnd, false)) pauseEnd += f;
      if (pauseEnd > j && beforeStreetName(tokens, pauseEnd)) {
        const last = chunks[chunks.length - 1]!;
        chunks[chunks.length - 1] = { ...last, end: tokens[pauseEnd - 1]!.end };
        j = pauseEnd;
      }
      const unitNumber = UNIT_WORDS.has(word(tokens, first - 1) ?? '') || beforeStreetName(tokens, j);
      // "july... twenty thirty two", "april erm twenty thirty", "november, uh let me see, twenty
      // thirty two": a pause between a month and its year (commas only around a filler).
      let month = first - 1;
      let hesitated = false;
      let commas = false;
      const lead = tokenAt(tokens, month);
      const paused = lead !== undefined && (lead.kind === 'punct' || HESITATION_ENDS.has(lead.w));
      while (paused) {
        const t = tokenAt(tokens, month);
        if (month > 0 && t!.kind === 'punct' && (t!.w === '.' || t!.w === '…' || t!.w === ',')) {
          if (t!.w === ',') commas = true;
          month--;
          continue;
        }
        const pause = month > 0 ? hesitationBefore(tokens, month + 1) : 0;
        if (pause === 0) break;
        hesitated = true;
        month -= pause;
      }
      if (commas && !hesitated) month = first - 1;
      const afterMonth = MONTH_WORDS.has(word(tokens, month) ?? '');
      const monthGap = afterMonth && month < first - 1 ? { start: tokens[month]!.end, end: tokens[first]!.start } : undefined;
      const quantity = QUANTITY_WORDS.has(word(tokens, j) ?? '') || dollarsAndCents(tokens, chunks);
      runs.push({ chunks, firstToken: first, endToken: j, spoken, digitCount, unitNumber, afterMonth, quantity, monthGap });
      i = j;
    } else {
      i++;
    }
  }
  return runs;
}

/** Length of a hesitation ("um", "hang on", "let me see") that ends right before token index `end`, or 0. */
export function hesitationBefore(tokens: Token[], end: number): number {
  const last = tokenAt(tokens, end - 1);
  if (!last || !HESITATION_ENDS.has(last.w)) return 0;
  for (let length = 4; length >= 1; length--) {
    if (end - length >= 0 && sequenceAt(tokens, end - length, HESITATION_INDEX) === length) return length;
  }
  return 0;
}

/** True when only fillers and punctuation stand between token index `from` and `to`. */
export function onlyFillerBetween(tokens: Token[], from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      i++;
      continue;
    }
    const f = fillerAt(tokens, i);
    if (f === 0) return false;
    i += f;
  }
  return true;
}
