/**
 * Turns dialogs and written pieces into channel text, recording gold spans, must-survive strings
 * and neutral text at the offsets where they are appended (UTF-16, as JavaScript strings index).
 */
import type { Channel, EntityType } from '../../src/detect/types.js';
import type { CorpusDoc, GoldSpan, NeutralSpan, SpanForm, SurviveKind, SurviveSpan } from '../corpus/document.js';
import type { Dice } from './dice.js';
import type { Piece, PiiPiece, Turn, Who } from './pieces.js';
import { sayLetters } from './speech.js';
import type { Person, Val } from './values.js';

export class Writer {
  text = '';
  readonly gold: GoldSpan[] = [];
  readonly mustSurvive: SurviveSpan[] = [];
  readonly neutral: NeutralSpan[] = [];
  private entities = 0;

  /** Plain text; a space is not doubled where two pieces meet. */
  plain(s: string): void {
    if (s.startsWith(' ') && (this.text.endsWith(' ') || this.text.endsWith('\n') || this.text === '')) s = s.replace(/^ +/, '');
    this.text += s;
  }

  newEntity(): number {
    return this.entities++;
  }

  span(type: EntityType, value: string, surface: string, form: SpanForm, entity = this.newEntity(), part?: number, parts?: number): void {
    if (this.text && !/[\s(<"'[/,:#-]$/.test(this.text)) this.text += ' ';
    const start = this.text.length;
    this.text += surface;
    const g: GoldSpan = { type, start, end: this.text.length, value, form, entity };
    if (parts !== undefined && parts > 1) {
      g.part = part;
      g.parts = parts;
    }
    this.gold.push(g);
  }

  keep(what: SurviveKind, surface: string): void {
    if (this.text && !/[\s($"'[/#-]$/.test(this.text)) this.text += ' ';
    const start = this.text.length;
    this.text += surface;
    this.mustSurvive.push({ kind: what, text: surface, start, end: this.text.length });
  }

  neutralText(surface: string): void {
    if (this.text && !/[\s(#-]$/.test(this.text)) this.text += ' ';
    const start = this.text.length;
    this.text += surface;
    this.neutral.push({ text: surface, start, end: this.text.length });
  }

  /** Drops trailing blanks, never into a recorded span. */
  trimEnd(): void {
    const floor = Math.max(0, ...this.gold.map((g) => g.end), ...this.mustSurvive.map((s) => s.end), ...this.neutral.map((n) => n.end));
    let end = this.text.length;
    while (end > floor && / |\t/.test(this.text[end - 1]!)) end--;
    this.text = this.text.slice(0, end);
  }

  newline(): void {
    this.trimEnd();
    this.text += '\n';
  }

  doc(id: string, channel: Channel, template: string): CorpusDoc {
    this.trimEnd();
    const d: CorpusDoc = { id, channel, template, text: this.text, gold: this.gold, mustSurvive: this.mustSurvive };
    if (this.neutral.length) d.neutral = this.neutral;
    return d;
  }
}

/** Long numbers a speaker may break over two turns or two chat messages. */
const SPLITTABLE = new Set<EntityType>(['CREDIT_CARD', 'PHONE_NUMBER', 'US_SSN', 'BANK_ACCOUNT', 'ROUTING_NUMBER', 'IBAN']);
/** Values a caller may start, get wrong and correct. */
const CORRECTABLE = new Set<EntityType>(['CREDIT_CARD', 'PHONE_NUMBER', 'US_SSN', 'BANK_ACCOUNT', 'ROUTING_NUMBER', 'POSTAL_CODE']);
const ITN_TYPES = new Set<EntityType>(['CREDIT_CARD', 'CARD_EXPIRY', 'CARD_CVV', 'US_SSN', 'PHONE_NUMBER', 'POSTAL_CODE', 'DATE_OF_BIRTH', 'BANK_ACCOUNT', 'ROUTING_NUMBER', 'IP_ADDRESS']);
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const BACKCHANNELS = ['mhm', 'okay', 'uh huh', 'yep', 'go ahead', 'okay go on', 'got it', 'right', 'yes', 'ok'];
const CORRECTIONS = ['no sorry', 'sorry', 'no wait', 'i mean', 'no no', 'uh sorry', 'scratch that'];
const FILLERS = ['um', 'uh', 'erm', 'uh let me see', 'hold on', 'um hang on'];

function wrongGroup(group: string, r: Dice): string | undefined {
  const words = group.split(' ');
  const last = words.length - 1;
  const i = DIGIT_WORDS.indexOf(words[last]!);
  const oh = words[last] === 'oh' ? 0 : -1;
  const d = i >= 0 ? i : oh;
  if (d < 0) return undefined;
  words[last] = DIGIT_WORDS[(d + r.int(1, 8)) % 10]!;
  return words.join(' ');
}

// ---------------------------------------------------------------- speaker labels

interface Speaker {
  /** Writes the line start: label, timestamp, name (a name is gold). */
  open(w: Writer, who: Who): void;
}

function labelled(labels: Record<Who, string>): Speaker {
  return { open: (w, who) => w.plain(labels[who]) };
}

/** A label that carries a person's name, e.g. "Agent (Will):" or "Priya R.:"; the name is gold. */
function named(before: Record<Who, string>, names: Partial<Record<Who, { val: Val; shown: string }>>, after: Record<Who, string>, clock?: () => string): Speaker {
  return {
    open(w, who) {
      if (clock) w.plain(clock());
      w.plain(before[who]);
      const n = names[who];
      if (n) {
        const start = w.text.length;
        w.text += n.shown;
        w.gold.push({ type: 'PERSON', start, end: w.text.length, value: n.val.value, form: 'written', entity: w.newEntity() });
      }
      w.plain(after[who]);
    },
  };
}

// ---------------------------------------------------------------- dialog rendering

interface DialogStyle {
  channel: 'asr' | 'call_transcript' | 'chat';
  speaker: Speaker;
  /** Plain text as this channel shows it. */
  plain(s: string, who: Who, r: Dice): string;
  /** Chance that a personal value is written rather than said in words. */
  writtenShare: number;
  split: number;
  correct: number;
  filler: number;
  lowerNames: (who: Who) => boolean;
  /** Chat: an emoji or sign-off at the end of some customer messages. */
  tail?: (who: Who, r: Dice) => string;
}

function asrPlain(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[-/]/g, ' ')
    .replace(/[.,!?;:"()]/g, '')
    .replace(/ {2,}/g, ' ');
}

const CHAT_SHORT: readonly (readonly [RegExp, string])[] = [
  [/\byou\b/g, 'u'], [/\bplease\b/g, 'pls'], [/\bthanks\b/g, 'thx'], [/\bokay\b/g, 'ok'], [/\bI'm\b/g, 'im'], [/\bbecause\b/g, 'bc'],
  [/\bdon't\b/g, 'dont'], [/\bcan't\b/g, 'cant'], [/\bare\b/g, 'r'], [/\bright now\b/g, 'rn'], [/\bto be honest\b/g, 'tbh'],
];

function typo(word: string, r: Dice): string {
  if (word.length < 5 || !/^[a-z]+$/i.test(word)) return word;
  const i = r.int(1, word.length - 2);
  return r.chance(0.5) ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
}

function chatPlain(lower: boolean, slang: number, typos: number): (s: string, who: Who, r: Dice) => string {
  return (s, who, r) => {
    if (who === 'agent') return s;
    let out = s;
    if (r.chance(slang)) for (const [re, to] of CHAT_SHORT) out = out.replace(re, to);
    if (lower) out = out.toLowerCase().replace(/[.](?=\s|$)/g, r.chance(0.5) ? '' : '.');
    return out.split(/(\s+)/).map((t) => (r.chance(typos) ? typo(t, r) : t)).join('');
  };
}

function surface(p: PiiPiece, style: DialogStyle, who: Who, r: Dice): { groups: string[]; form: SpanForm; joiner: string } {
  const v = p.val;
  if (p.spelled) {
    const letters = sayLetters(v.value, r, style.channel === 'asr' ? 0.08 : 0);
    if (style.channel === 'asr') return { groups: [letters], form: 'spelled', joiner: ' ' };
    const L = letters.toUpperCase().split(' ');
    return { groups: [r.pick([L.join('-'), L.join(' '), L.join('. ') + '.', L.join('').toLowerCase().split('').join(' ')])], form: 'spelled', joiner: ' ' };
  }
  if (v.type === 'PERSON') {
    const shown = style.channel === 'asr' ? v.spoken(r)[0]! : v.written(r);
    return { groups: [style.lowerNames(who) ? shown.toLowerCase() : shown], form: 'written', joiner: ' ' };
  }
  // Inverse text normalisation writes numbers as digits; names, e-mails and streets stay words.
  const writable = style.channel !== 'asr' || ITN_TYPES.has(v.type);
  if (writable && r.chance(style.writtenShare)) {
    let w = v.written(r);
    if (style.channel === 'asr') w = w.replace(/[^\dA-Za-z@.]+/g, ' ').trim().toLowerCase();
    return { groups: [w], form: 'written', joiner: ' ' };
  }
  const groups = v.spoken(r);
  // An e-mail is read out in one breath; digits come in groups with pauses.
  if (style.channel === 'asr' || v.type === 'EMAIL_ADDRESS') return { groups, form: 'spoken', joiner: ' ' };
  return { groups, form: 'spoken', joiner: r.pick([', ', ' ', ' ', '... ']) };
}

/** Breaks a written value in two at a separator near its middle (or in the middle of a digit run). */
function halves(s: string): [string, string] | undefined {
  const seps = [...s.matchAll(/[ .-]/g)].map((m) => m.index!);
  if (seps.length) {
    const mid = seps.reduce((a, b) => (Math.abs(b - s.length / 2) < Math.abs(a - s.length / 2) ? b : a));
    return [s.slice(0, mid), s.slice(mid + 1)];
  }
  if (s.length >= 8) return [s.slice(0, Math.floor(s.length / 2)), s.slice(Math.floor(s.length / 2))];
  return undefined;
}

function renderDialog(turns: readonly Turn[], style: DialogStyle, w: Writer, r: Dice): void {
  const other = (who: Who): Who => (who === 'agent' ? 'customer' : 'agent');
  turns.forEach((turn, ti) => {
    if (ti > 0) w.newline();
    style.speaker.open(w, turn.who);
    let first = true;
    let didSplit = false;
    if (style.channel === 'asr' && turn.who === 'customer' && r.chance(style.filler)) w.plain(`${r.pick(['um', 'uh', 'yeah', 'so', 'okay', 'yes', 'hi'])} `);
    for (const piece of turn.says) {
      if (typeof piece === 'string') {
        let s = style.plain(piece, turn.who, r);
        if (first) s = s.replace(/^ +/, '');
        w.plain(s);
      } else if (piece.kind === 'keep') {
        w.keep(piece.what, style.channel === 'asr' ? piece.spoken : piece.written);
      } else if (piece.kind === 'neutral') {
        w.neutralText(style.channel === 'asr' ? piece.spoken : piece.written);
      } else if (piece.kind === 'said') {
        w.plain(style.channel === 'asr' ? ` ${piece.spoken} ` : style.plain(piece.written, turn.who, r));
      } else {
        const { groups, form, joiner } = surface(piece, style, turn.who, r);
        const t = piece.val.type;
        const text = (gs: readonly string[]): string => gs.join(joiner);
        let canSplit = !didSplit && SPLITTABLE.has(t) && !piece.spelled;
        const twoParts: [string, string] | undefined = !canSplit ? undefined
          : groups.length >= 2 ? ((k) => [text(groups.slice(0, k)), text(groups.slice(k))] as [string, string])(Math.max(1, Math.floor(groups.length / 2)))
          : halves(groups[0]!);
        canSplit = canSplit && twoParts !== undefined && r.chance(style.split);
        if (canSplit && twoParts) {
          didSplit = true;
          const id = w.newEntity();
          w.span(t, piece.val.value, twoParts[0], form, id, 0, 2);
          w.newline();
          style.speaker.open(w, other(turn.who));
          w.plain(style.channel === 'asr' ? r.pick(BACKCHANNELS) : r.pick(['ok', 'Okay.', 'Go ahead.', 'Mhm.', 'Got it, and the rest?', 'Yes?']));
          w.newline();
          style.speaker.open(w, turn.who);
          if (r.chance(0.4)) w.plain(style.channel === 'asr' ? r.pick(['and then ', 'then ', 'uh ', 'and ']) : r.pick(['and then ', 'then ', '']));
          w.span(t, piece.val.value, twoParts[1], form, id, 1, 2);
          continue;
        }
        let out = [...groups];
        if (form === 'spoken' && groups.length >= 2) {
          if (CORRECTABLE.has(t) && r.chance(style.correct)) {
            const wrong = wrongGroup(groups[0]!, r);
            if (wrong) out = [wrong, r.pick(CORRECTIONS), ...groups];
          }
          if (r.chance(style.filler)) {
            const at = r.int(1, out.length - 1);
            out.splice(at, 0, r.pick(FILLERS));
          }
        } else if (form === 'spoken' && CORRECTABLE.has(t) && r.chance(style.correct / 2)) {
          const wrong = wrongGroup(groups[0]!, r);
          if (wrong) out = [wrong, r.pick(CORRECTIONS), groups[0]!];
        }
        w.span(t, piece.val.value, text(out), form);
      }
      first = false;
    }
    if (style.tail) w.plain(style.tail(turn.who, r));
  });
}

const EMOJI = [' 🙂', ' 🙏', ' 😩', ' 👍', ' 😅', ' 😡', ' ❤️', ' 🤦‍♀️', ' :)', ' :(', ' lol', ' !!', ' 😊', ' 😤'];

export function renderAsr(turns: readonly Turn[], w: Writer, r: Dice): void {
  const speaker = r.weighted<Speaker>([
    [labelled({ agent: 'agent: ', customer: 'customer: ' }), 3],
    [labelled({ agent: 'spk_0: ', customer: 'spk_1: ' }), 2],
    [labelled({ agent: 'speaker 1: ', customer: 'speaker 2: ' }), 1],
    [labelled({ agent: 'A: ', customer: 'B: ' }), 1],
    [labelled({ agent: 'rep: ', customer: 'caller: ' }), 1],
    [labelled({ agent: '', customer: '' }), 2],
  ]);
  const itn = r.chance(0.15);
  renderDialog(turns, {
    channel: 'asr', speaker, plain: (s) => asrPlain(s), writtenShare: itn ? 0.8 : 0, split: 0.3, correct: 0.12, filler: 0.3, lowerNames: () => true,
  }, w, r);
}

function clockFrom(r: Dice, format: (h: number, m: number, s: number) => string): () => string {
  let t = r.int(8 * 3600, 19 * 3600);
  return () => {
    t += r.int(4, 75);
    return format(Math.floor(t / 3600), Math.floor((t % 3600) / 60), t % 60);
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

export function renderCallTranscript(turns: readonly Turn[], cast: { agent: Person; cust: Person }, w: Writer, r: Dice): void {
  const a = cast.agent;
  const c = cast.cust;
  let elapsed = 0;
  const offset = (): string => {
    elapsed += r.int(3, 40);
    return `[${two(Math.floor(elapsed / 3600))}:${two(Math.floor((elapsed % 3600) / 60))}:${two(elapsed % 60)}] `;
  };
  const speaker = r.weighted<Speaker>([
    [labelled({ agent: 'Agent: ', customer: 'Customer: ' }), 4],
    [labelled({ agent: 'AGENT: ', customer: 'CALLER: ' }), 1],
    [labelled({ agent: 'Rep: ', customer: 'Cust: ' }), 1],
    [named({ agent: 'Agent (', customer: 'Customer: ' }, { agent: { val: a.givenOnly, shown: a.given } }, { agent: '): ', customer: '' }), 2],
    [named({ agent: '', customer: '' }, { agent: { val: a.givenOnly, shown: a.given }, customer: { val: c.full, shown: `${c.given} ${c.family}` } }, { agent: ': ', customer: ': ' }), 1],
    [{ open: (wr, who) => wr.plain(`${offset()}${who === 'agent' ? 'Agent' : 'Customer'}: `) }, 2],
  ]);
  renderDialog(turns, {
    channel: 'call_transcript', speaker, plain: (s) => s, writtenShare: r.pick([0.5, 0.7, 0.9]), split: 0.12, correct: 0.06, filler: 0.1, lowerNames: () => false,
  }, w, r);
}

export function renderChat(turns: readonly Turn[], cast: { agent: Person; cust: Person; brand: string }, w: Writer, r: Dice): void {
  const a = cast.agent;
  const c = cast.cust;
  const hhmm = clockFrom(r, (h, m) => `${two(h)}:${two(m)}`);
  const ampm = clockFrom(r, (h, m) => `${h % 12 === 0 ? 12 : h % 12}:${two(m)} ${h < 12 ? 'AM' : 'PM'}`);
  const custShown = r.pick([c.given, `${c.given} ${c.family[0]}.`, c.given.toLowerCase()]);
  const speaker = r.weighted<Speaker>([
    [{ open: (wr, who) => wr.plain(`[${hhmm()}] ${who === 'agent' ? 'Agent' : 'Customer'}: `) }, 3],
    [named({ agent: '', customer: '' }, { agent: { val: a.givenOnly, shown: a.given }, customer: { val: c.givenOnly, shown: custShown } }, { agent: ': ', customer: ': ' }, () => `${ampm()} - `), 2],
    [named({ agent: '', customer: 'visitor: ' }, { agent: { val: a.givenOnly, shown: a.given } }, { agent: ` (${cast.brand.split(' ')[0]}): `, customer: '' }), 1],
    [labelled({ agent: 'Support: ', customer: 'You: ' }), 1],
    [{ open: (wr, who) => wr.plain(`(${hhmm()}:${two(r.int(0, 59))}) ${who === 'agent' ? 'bot/agent' : 'user'}: `) }, 1],
  ]);
  const lower = r.chance(0.6);
  const slang = r.pick([0, 0.5, 1]);
  renderDialog(turns, {
    channel: 'chat', speaker, plain: chatPlain(lower, slang, r.pick([0, 0.02, 0.05])), writtenShare: 1, split: 0.15, correct: 0, filler: 0,
    lowerNames: (who) => who === 'customer' && lower,
    tail: (who, d) => (who === 'customer' && d.chance(0.2) ? d.pick(EMOJI) : ''),
  }, w, r);
}

// ---------------------------------------------------------------- written documents

export interface WrittenStyle {
  upper?: boolean;
  lowerNames?: boolean;
}

/** E-mails and tickets: every value written, nothing said. */
export function renderWritten(pieces: readonly Piece[], w: Writer, r: Dice, style: WrittenStyle = {}): void {
  const up = (s: string): string => (style.upper ? s.toUpperCase() : s);
  for (const p of pieces) {
    if (typeof p === 'string') w.plain(up(p));
    else if (p.kind === 'keep') w.keep(p.what, style.upper ? p.written.toUpperCase() : p.written);
    else if (p.kind === 'neutral') w.neutralText(p.written);
    else if (p.kind === 'said') w.plain(up(p.written));
    else if (p.spelled) w.span(p.val.type, p.val.value, up(sayLetters(p.val.value, r).toUpperCase().split(' ').join(r.pick(['-', ' ']))), 'spelled');
    else {
      let s = p.val.written(r);
      if (p.val.type === 'PERSON' && style.lowerNames) s = s.toLowerCase();
      w.span(p.val.type, p.val.value, p.val.type === 'PERSON' || p.val.type === 'STREET_ADDRESS' ? up(s) : s, 'written');
    }
  }
}
