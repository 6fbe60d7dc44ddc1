/**
 * A document's cast (the customer's values) and how each value comes out in the document's channel:
 * spoken on a call (words, pairs, ITN digits, spelled letters) or typed in a chat, e-mail or ticket.
 */
import type { Channel } from '../../src/detect/types.js';
import type { SpanForm, SurviveKind } from '../corpus/document.js';
import { keep as keepPiece, type Piece } from './model.js';
import type { Brand } from './pools.js';
import { BRANDS, AGENT_NAMES } from './pools.js';
import type { Rng } from './prng.js';
import {
  MONTHS, MONTH_SHORT, numberWords, ordinalSuffix, ordinalWords, sayAmount, sayDigitByDigit, sayGroups, sayPair, sayYear, spellLetters, writeAmount,
  type SayOptions,
} from './speech.js';
import {
  makeAccount, makeAddress, makeCard, makeDob, makeEmail, makeExpiry, makeIban, makeIp, makePerson, makePhone, makeRouting, makeSsn,
  writeStreet, type Address, type Card, type Dob, type Expiry, type Person,
} from './values.js';

export interface Cast {
  customer: Person;
  agent: string;
  agentLast: string;
  brand: Brand;
  dob: Dob;
  address: Address;
  phone: string;
  altPhone: string;
  email: string;
  card: Card;
  expiry: Expiry;
  cvv: string;
  ssn: string;
  routing: string;
  account: string;
  iban: string;
  ip: string;
  other: Person;
}

export function makeCast(rng: Rng, sectors?: readonly Brand['sector'][]): Cast {
  const customer = makePerson(rng);
  const dob = makeDob(rng);
  const card = makeCard(rng);
  let other = makePerson(rng);
  if (other.first === customer.first) other = { ...other, first: 'Harold', full: `Harold ${other.last}` };
  return {
    customer, dob, card, other,
    agent: rng.pick(AGENT_NAMES),
    agentLast: rng.pick(['Reyes', 'Carter', 'Lindgren', 'Boateng', 'Sullivan', 'Mehta', 'Dubois', 'Hollis']),
    brand: rng.pick(sectors ? BRANDS.filter((b) => sectors.includes(b.sector)) : BRANDS),
    address: makeAddress(rng),
    phone: makePhone(rng),
    altPhone: makePhone(rng),
    email: makeEmail(customer, rng, dob.y),
    expiry: makeExpiry(rng),
    cvv: rng.digits(card.network === 'amex' ? 4 : 3).replace(/^0/, String(rng.int(1, 9))),
    ssn: makeSsn(rng),
    routing: makeRouting(rng),
    account: makeAccount(rng),
    iban: makeIban(rng),
    ip: makeIp(rng),
  };
}

export interface Ctx {
  rng: Rng;
  channel: Channel;
  /** Call channels: the text is speech. */
  voice: boolean;
  asr: boolean;
  say: SayOptions;
  style: 'digits' | 'pairs' | 'mixed';
  cast: Cast;
}

/** ASR engines write lower case without punctuation (apostrophes and the ampersand's word aside). */
export function asrCase(s: string): string {
  // A colon or point between digits is ITN output ("11:15", "24.172"), not punctuation.
  return s.toLowerCase().replace(/&/g, 'and').replace(/(?<!\d)[.:]|[.:](?!\d)|[,!?;"()]/g, '').replace(/-/g, ' ').replace(/ {2,}/g, ' ');
}

export function keep(ctx: Ctx, kind: SurviveKind, text: string): Piece {
  return keepPiece(kind, ctx.asr ? asrCase(text) : text);
}

/** A value's surface and its form. */
export interface Said {
  text: string;
  form: SpanForm;
}

export interface SaidParts {
  chunks: string[];
  form: SpanForm;
}

function spokenDigits(ctx: Ctx, groups: string[]): SaidParts {
  const { rng } = ctx;
  if (ctx.voice && rng.chance(ctx.asr ? 0.12 : 0.3)) {
    // ITN engines turn some groups into digits and leave the rest as words.
    const chunks = groups.map((g, i) => (i === 0 || rng.chance(0.4) ? g : sayDigitByDigit(g, rng, ctx.say)));
    return { chunks, form: chunks.every((c) => /^\d+$/.test(c)) ? 'written' : 'spoken' };
  }
  if (!ctx.voice) return { chunks: groups, form: 'written' };
  return { chunks: sayGroups(groups, rng, ctx.say, ctx.style), form: 'spoken' };
}

export function cardParts(ctx: Ctx, card: Card = ctx.cast.card): SaidParts {
  return spokenDigits(ctx, card.groups);
}

export function numberParts(ctx: Ctx, digits: string, sizes: readonly number[]): SaidParts {
  const groups: string[] = [];
  let i = 0;
  for (const s of sizes) { groups.push(digits.slice(i, i + s)); i += s; }
  if (i < digits.length) groups.push(digits.slice(i));
  return spokenDigits(ctx, groups.filter(Boolean));
}

/** Joins said groups inside one utterance, with the pauses people and ASR put between them. */
export function joinGroups(ctx: Ctx, chunks: readonly string[], dashes = false): string {
  const { rng } = ctx;
  // Some callers say the hyphens of a phone or social: "five three one dash two two dash ...".
  if (ctx.voice && dashes && rng.chance(0.2)) return chunks.join(' dash ');
  if (ctx.asr) return chunks.join(rng.chance(0.25) ? ' uh ' : ' ');
  if (ctx.voice) return chunks.join(rng.pick([', ', ' ', ' - ', '... ']));
  return chunks.join(rng.pick([' ', '-', ' ', '']));
}

export function sayExpiry(ctx: Ctx, e: Expiry = ctx.cast.expiry): Said {
  const { rng } = ctx;
  const mm = String(e.mm).padStart(2, '0');
  if (!ctx.voice) {
    return { text: rng.pick([`${mm}/${e.yy}`, `${e.mm}/${e.yy}`, `${mm}/20${e.yy}`, `${MONTH_SHORT[e.mm - 1]} 20${e.yy}`, `${mm}-${e.yy}`, `${mm}${e.yy}`]), form: 'written' };
  }
  const month = MONTHS[e.mm - 1]!;
  const yy = numberWords(e.yy);
  const m = e.mm < 10 ? `${ctx.say.zero === 'zero' ? 'zero' : 'oh'} ${numberWords(e.mm)}` : numberWords(e.mm);
  const choices: string[] = [
    `${m} ${yy}`, `${month} ${yy}`, `${month} of twenty ${yy}`, `${numberWords(e.mm)} slash ${yy}`, `the ${ordinalWords(e.mm)} month of ${yy}`,
    `${sayDigitByDigit(mm, rng, ctx.say)} ${sayDigitByDigit(String(e.yy), rng, ctx.say)}`, `${month} twenty ${yy}`, `${numberWords(e.mm)} ${yy}`,
  ];
  if (!ctx.asr) choices.push(`${mm}/${e.yy}`, `${month} '${e.yy}`);
  const text = rng.pick(choices);
  return { text: ctx.asr ? asrCase(text) : text, form: /\d/.test(text) ? 'written' : 'spoken' };
}

export function sayCvv(ctx: Ctx, cvv: string = ctx.cast.cvv): Said {
  if (!ctx.voice || (!ctx.asr && ctx.rng.chance(0.3))) return { text: cvv, form: 'written' };
  return { text: sayDigitByDigit(cvv, ctx.rng, { ...ctx.say, doubles: false }), form: 'spoken' };
}

export function sayDob(ctx: Ctx, d: Dob = ctx.cast.dob): Said {
  const { rng } = ctx;
  const month = MONTHS[d.m - 1]!;
  if (!ctx.voice) {
    const mm = String(d.m).padStart(2, '0');
    const dd = String(d.d).padStart(2, '0');
    return {
      text: rng.pick([`${mm}/${dd}/${d.y}`, `${d.m}/${d.d}/${d.y % 100 < 10 ? '0' : ''}${d.y % 100}`, `${month} ${d.d}, ${d.y}`, `${d.d} ${MONTH_SHORT[d.m - 1]} ${d.y}`,
        `${d.y}-${mm}-${dd}`, `${mm}-${dd}-${d.y}`, `${month} ${ordinalSuffix(d.d)} ${d.y}`, `${mm}.${dd}.${d.y}`, `${MONTH_SHORT[d.m - 1]}. ${d.d} '${String(d.y % 100).padStart(2, '0')}`]),
      form: 'written',
    };
  }
  const shortYear = rng.chance(0.45);
  const year = sayYear(d.y, rng, shortYear);
  const z = ctx.say.zero === 'zero' ? 'zero' : 'oh';
  const mNum = d.m < 10 && rng.chance(0.4) ? `${z} ${numberWords(d.m)}` : numberWords(d.m);
  const dNum = d.d < 10 && rng.chance(0.4) ? `${z} ${numberWords(d.d)}` : numberWords(d.d);
  const choices = [
    `${month} ${ordinalWords(d.d)} ${year}`, `the ${ordinalWords(d.d)} of ${month} ${year}`, `${mNum} ${dNum} ${year}`,
    `${month} ${numberWords(d.d)} ${year}`, `${month} the ${ordinalWords(d.d)} ${sayYear(d.y, rng, false)}`,
    `${ordinalWords(d.d)} of ${month} ${year}`, `${sayPair(String(d.m).padStart(2, '0'), rng, ctx.say)} ${sayPair(String(d.d).padStart(2, '0'), rng, ctx.say)} ${sayYear(d.y, rng, false)}`,
  ];
  if (!ctx.asr) choices.push(`${d.m}/${d.d}/${d.y}`, `${month} ${d.d}, ${d.y}`);
  const text = rng.pick(choices);
  return { text: ctx.asr ? asrCase(text) : text, form: /\d/.test(text) ? 'written' : 'spoken' };
}

/** "john underscore smith at yahoo dot com", "j smith eighty two at gmail dot com", or spelled letter by letter. */
export function sayEmail(ctx: Ctx, email: string = ctx.cast.email): Said {
  const { rng } = ctx;
  if (!ctx.voice) return { text: rng.chance(0.25) ? email.replace(/^./, (c) => c.toUpperCase()) : email, form: 'written' };
  const [local, domain] = email.split('@') as [string, string];
  const spelled = rng.chance(0.35);
  const word = (chunk: string): string => {
    if (/^\d+$/.test(chunk)) return chunk.length === 2 && rng.chance(0.6) ? numberWords(Number(chunk)) : sayDigitByDigit(chunk, rng, { ...ctx.say, doubles: false });
    if (spelled || chunk.length === 1) return spellLetters(chunk, rng, false);
    return chunk;
  };
  const sayLocal = local.split(/([._-]|\d+)/).filter(Boolean).map((c) => (c === '.' ? 'dot' : c === '_' ? 'underscore' : c === '-' ? rng.pick(['dash', 'hyphen']) : word(c))).join(' ');
  const sayDomain = domain.split('.').map((p, i) => (i === 0 ? p : p)).join(' dot ');
  const text = `${sayLocal} ${rng.pick(['at', 'at', 'at sign'])} ${sayDomain}`;
  return { text, form: spelled ? 'spelled' : 'spoken' };
}

export function sayName(ctx: Ctx, name: string): string {
  return ctx.asr ? name.toLowerCase().replace(/'/g, ' ').replace(/ {2,}/g, ' ') : name;
}

/** An address line on a call: "twelve forty north oak street apartment three b"; the value stays written. */
export function sayStreet(ctx: Ctx, a: Address = ctx.cast.address): { said: Said; value: string } {
  const { rng } = ctx;
  const written = writeStreet(a, rng, rng.chance(0.6));
  const value = written.split(' ')[1]!.length === 1 ? canonicalStreet(a) : written;
  if (!ctx.voice || (!ctx.asr && rng.chance(0.5))) return { said: { text: written, form: 'written' }, value };
  const n = String(a.number);
  const num = n.length === 4 && rng.chance(0.7) ? `${sayPair(n.slice(0, 2), rng, ctx.say)} ${sayPair(n.slice(2), rng, ctx.say)}`
    : n.length === 3 && rng.chance(0.5) ? `${numberWords(Number(n[0]))} ${sayPair(n.slice(1), rng, ctx.say)}`
      : rng.chance(0.4) && n.length <= 4 ? numberWords(a.number) : sayDigitByDigit(n, rng, ctx.say);
  const unit = a.unit ? ` ${rng.pick(['apartment', 'apt', 'unit', 'number'])} ${a.unit.replace(/\d+/g, (d) => (d.length <= 2 ? numberWords(Number(d)) : sayDigitByDigit(d, rng, ctx.say))).replace(/([A-D])$/, (l) => ` ${l.toLowerCase()}`).replace(/ {2,}/g, ' ')}` : '';
  const text = `${num}${a.direction ? ` ${a.direction}` : ''} ${a.street} ${a.suffix[0]}${unit}`;
  return { said: { text: ctx.asr ? asrCase(text) : text, form: 'spoken' }, value: canonicalStreet(a) };
}

/** The gold value of an address said aloud: written form, direction in full, unit as "Apt". */
export function canonicalStreet(a: Address): string {
  return `${a.number}${a.direction ? ` ${a.direction}` : ''} ${a.street} ${a.suffix[0]}${a.unit ? ` Apt ${a.unit}` : ''}`;
}

export function sayZip(ctx: Ctx, zip: string = ctx.cast.address.zip, plus4?: string): Said {
  const { rng } = ctx;
  if (!ctx.voice) return { text: plus4 ? `${zip}-${plus4}` : zip, form: 'written' };
  if (!ctx.asr && rng.chance(0.35)) return { text: zip, form: 'written' };
  const text = rng.chance(0.2) && zip[0] !== '0' ? `${sayPair(zip.slice(0, 2), rng, ctx.say)} ${sayPair(zip.slice(2, 4), rng, ctx.say)} ${sayDigitByDigit(zip[4]!, rng, ctx.say)}` : sayDigitByDigit(zip, rng, ctx.say);
  return { text, form: 'spoken' };
}

export function sayIp(ctx: Ctx, ip: string = ctx.cast.ip): Said {
  const { rng } = ctx;
  if (!ctx.voice || (!ctx.asr && rng.chance(0.4))) return { text: ip, form: 'written' };
  const octet = (o: string): string => (rng.chance(0.5) ? sayDigitByDigit(o, rng, { ...ctx.say, doubles: false }) : o.length === 3 ? `${numberWords(Number(o[0]))} ${sayPair(o.slice(1), rng, ctx.say)}` : numberWords(Number(o)));
  return { text: ip.split('.').map(octet).join(rng.pick([' dot ', ' point ', ' period '])), form: 'spoken' };
}

/** An IBAN read out: letters spelled, digits in fours. */
export function ibanParts(ctx: Ctx, iban: string = ctx.cast.iban): SaidParts {
  const groups = iban.match(/.{1,4}/g)!;
  if (!ctx.voice) return { chunks: groups, form: 'written' };
  const chunks = groups.map((g) => g.split('').map((ch) => (/\d/.test(ch) ? sayDigitByDigit(ch, ctx.rng, { ...ctx.say, doubles: false }) : ch.toLowerCase())).join(' '));
  return { chunks, form: 'spelled' };
}

/** Amounts and other numbers that must survive, in the channel's way. */
export function amount(ctx: Ctx, cents: number): Piece {
  const text = ctx.voice && (ctx.asr || ctx.rng.chance(0.3)) ? sayAmount(cents, ctx.rng) : writeAmount(cents, ctx.rng);
  return keep(ctx, 'amount', text);
}

export function randomCents(rng: Rng, max = 50000): number {
  return rng.chance(0.2) ? rng.int(1, Math.floor(max / 100)) * 100 : rng.int(199, max);
}

/** A date that is not a birthday: "March 5", "11/02", "the fifth", "last Tuesday". */
export function txDate(ctx: Ctx): Piece {
  const { rng } = ctx;
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const month = MONTHS[m - 1]!;
  const text = ctx.voice
    ? rng.pick([`${month} ${ordinalWords(d)}`, `${month} ${numberWords(d)}`, `the ${ordinalWords(d)} of ${month}`, `${month} ${ordinalSuffix(d)}`, `${month} ${d}`])
    : rng.pick([`${month} ${d}`, `${m}/${String(d).padStart(2, '0')}`, `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`, `${MONTH_SHORT[m - 1]} ${d}`, `${m}/${d}/2026`, `${MONTH_SHORT[m - 1]} ${ordinalSuffix(d)}`]);
  return keep(ctx, 'transaction_date', text);
}

export function timeOfDay(ctx: Ctx): Piece {
  const { rng } = ctx;
  const h = rng.int(1, 12);
  const min = rng.pick([0, 15, 30, 45, 10, 20]);
  const text = ctx.voice
    ? rng.pick([`${numberWords(h)} ${min === 0 ? "o'clock" : numberWords(min)}`, `${h}:${String(min).padStart(2, '0')}`, `${numberWords(h)} ${min === 0 ? 'pm' : numberWords(min)}`])
    : rng.pick([`${h}:${String(min).padStart(2, '0')} ${rng.pick(['pm', 'PM', 'am', 'AM'])}`, `${h}:${String(min).padStart(2, '0')}`, `${h}${rng.pick(['pm', 'am'])}`]);
  return keep(ctx, 'time', text);
}

/** Order, ticket and tracking numbers: long digit runs that identify an order, not a person. */
export function orderNumber(ctx: Ctx): Piece {
  const { rng } = ctx;
  const digits = rng.digits(rng.int(6, 9)).replace(/^0/, '7');
  if (ctx.voice && (ctx.asr || rng.chance(0.5))) {
    const said = rng.chance(0.5) ? sayDigitByDigit(digits, rng, ctx.say) : `${rng.pick(['w', 'b', 'r'])} ${sayDigitByDigit(digits, rng, ctx.say)}`;
    return keep(ctx, 'order_number', said);
  }
  return keep(ctx, 'order_number', rng.pick([digits, `W${digits}`, `#${digits}`, `ORD-${digits}`, `${digits.slice(0, 3)}-${digits.slice(3)}`]));
}

export function caseNumber(ctx: Ctx): Piece {
  const { rng } = ctx;
  const digits = rng.digits(rng.int(5, 8)).replace(/^0/, '3');
  if (ctx.voice && (ctx.asr || rng.chance(0.4))) return keep(ctx, 'case_number', rng.chance(0.5) ? sayDigitByDigit(digits, rng, ctx.say) : `c s ${sayDigitByDigit(digits, rng, ctx.say)}`);
  return keep(ctx, 'case_number', rng.pick([`CS-${digits}`, `${digits}`, `INC${digits}`, `#${digits}`, `CASE-${digits}`, `TKT-${digits}`]));
}

export function trackingNumber(ctx: Ctx): Piece {
  const { rng } = ctx;
  const text = rng.pick([`1Z${rng.digits(3)}${['AA', 'E2', 'W4'][rng.int(0, 2)]}${rng.digits(10)}`, `9400${rng.digits(18)}`, `${rng.digits(12)}`]);
  return keep(ctx, 'order_number', ctx.asr ? asrCase(text) : text);
}

export function quantity(ctx: Ctx, what: string, n: number): Piece {
  return keep(ctx, 'quantity', `${ctx.voice ? numberWords(n) : n} ${n === 1 ? what.replace(/s$/, '') : what}`);
}

export function brand(ctx: Ctx): Piece {
  return keep(ctx, 'brand', ctx.cast.brand.name);
}

export function product(ctx: Ctx): Piece {
  return keep(ctx, 'product', ctx.rng.pick(ctx.cast.brand.products));
}

export function merchant(ctx: Ctx, name: string): Piece {
  return keep(ctx, 'merchant', name);
}
