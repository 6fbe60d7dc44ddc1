/**
 * Word lists for person names. The large lists are generated (name-lists.ts); the hand lists here
 * hold what must survive whatever the generated lists say: brands, places, months, and words that
 * are names only when a cue says so.
 */
import { COMMON_WORDS, FIRST_NAMES, SURNAMES, WEAK_NAMES } from './name-lists.js';

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that are also first names but mean something else far more often: names only when cued. */
const HAND_WEAK = words(`
  will may mark bill grant hope june chase april august joy faith grace rose ray dawn sue pat art rob
  frank jack nick don gene guy bob sunny summer autumn winter river sky star penny ruby amber crystal
  destiny honey ginger holly ivy lily daisy iris violet hazel heather olive pearl sage stone wood young
  long white black brown green gray grey king price cash bank banks bell bush hill rich page west north
  south east case chance early field hall hunt lane law love lucky major mason miles moon park porter
  power reed rice rivers rock royal best bishop cook cross dean drew faith fox gold golden hart hawk
  jay justice lee storm major mercy noble pierce rusty sterling trinity wade walker ward wells
  austin dallas houston jackson madison jordan phoenix denver tyler charlotte florence georgia virginia
  carolina paris london sydney chelsea brooklyn savannah aurora victoria india china israel orlando
  lincoln cleveland kent chester camden dakota montana nevada arizona tennessee kansas asia africa
  sun sat mon wed
  america troy vienna adelaide alexandria memphis phoenix regina salem sierra
  delta hilton marriott ross shell exxon southwest expedia sephora ulta chewy wayfair etsy ebay
  instacart walgreens cvs nordstrom dillard marshalls meijer publix aldi wegmans peloton adobe
  microsoft xbox playstation steam audible max paramount casey carl kay harris teeter lincoln
  target visa chase wendy mercedes dell ford tesla lexus porsche cartier tiffany gucci prada walmart
  costco kroger safeway macy kohl venmo zelle paypal netflix hulu disney spotify uber lyft doordash
  verizon sprint comcast xfinity apple google samsung sony nike adidas starbucks mcdonald wells fargo
  citi discover amex ally barclays hsbc santander amazon alexa siri cortana lowe lowes marshall
  january february march july september october november december monday tuesday wednesday
  thursday friday saturday sunday christmas easter sim duke marshal
`);

/**
 * Words that never start or continue a name: function words, courtesy words and the usual words of
 * contact-center text (and the abbreviations agents use in tickets).
 */
const STOP_LIST = words(`
  a an the and or but if so as at by for from in into of on onto to with without about over under
  up down out off again then than too very just also only even still here there now
  i me my mine myself you your yours we us our they them their he him his she her it its it's this
  that these those who whom whose what which when where why how
  is am are was were be been being do does did done have has had having will would shall should can
  could may might must need let lets let's get got getting go going gone come came calling call called
  i'm im i've ive i'll ill i'd id you're youre we're were they're he's hes she's shes that's thats
  what's whats there's theres
  yes yeah yep no nope not ok okay sure right well oh um uh er hmm hi hello hey dear thanks thank
  please sorry bye goodbye good morning afternoon evening night great fine nice welcome
  sir madam maam ma'am mr mrs ms miss dr mister missus
  customer client caller agent representative rep supervisor manager team support service member
  account card number name names last first middle full spelled spell spelling
  birthdate dob expiry expiration exp thru valid cvv cvc ssn
  speaking here today speak talking talk spoke
  cust cx cb re acct disp req pls thx fyi asap tbd na n/a ref inc vm lvm cbr ticket case order
  escalated escalate resolved pending closed issue note notes update
  again also another any each every some all both few more most other such own same
  new old one two three four five six seven eight nine ten
  regards best sincerely cheers thanks
  mom dad mother father wife husband son daughter brother sister partner
  bank credit debit checking savings payment refund charge transaction balance
  street st avenue ave road rd dr ln boulevard blvd ct pl
  jr sr ii iii iv
  like well so um umm uh uhh er erm ah hmm mm mhm okay alright actually basically
  addr amt conf tel ph dob ssn cvv cvc exp zip email phone aba pin atm id ip acct ach iban swift
  you've here's we've they've i'd you'd we'll you'll it'll that'll let's don't can't won't isn't
  didn't doesn't wasn't aren't haven't hasn't couldn't wouldn't shouldn't weren't there'll who's
  u ur pls plz thx np
  expires expired expiring expiration expiry routing autopay autopayment paperless billing statement
  checking deposit refund chargeback dispute verification verified password login username otp
  beneficiary payee recipient authorized authorised user users
`);

/** Brands and merchants of more than one word whose first word is also a name. */
export const MULTIWORD_BRANDS: readonly (readonly string[])[] = `
  ben & jerry's|kay jewelers|harris teeter|wells fargo|lincoln financial|jack in the box|papa john's
  trader joe's|sam's club|dick's sporting goods|carl's jr|best buy|home depot|taco bell|dollar general
  whole foods|bank of america|capital one|charles schwab|edward jones|jenny craig|ruby tuesday
  marie callender's|bob evans|ross dress|tommy hilfiger|calvin klein|ralph lauren|kate spade
  michael kors|victoria's secret|martha stewart|betty crocker|ronald mcdonald|john deere
  john hancock|jimmy john's|wendy's|dunkin donuts|morgan stanley|goldman sachs|dave & buster's
  tim hortons|jimmy dean|marie callender|tommy bahama|jack daniel's|peter piper
  tory burch|fred meyer|jackson hewitt|harry & david|sherwin williams|kenneth cole|steve madden
  vera bradley|ann taylor|marc jacobs|jimmy choo|hugo boss|eddie bauer|lane bryant|raymond james
  john lewis|marks & spencer|ruth's chris|j crew|vince camuto|sam ash|jos a bank|stuart weitzman
`.split(/[|\n]/).map((b) => b.trim().split(/\s+/)).filter((b) => b.length > 1 && b[0] !== '');

/** Words after a capitalised name that make it a business: "Pinnacle Mortgage", "Acme Wireless". */
export const BUSINESS_WORDS = words(`
  jewelers jewellers mortgage insurance telecom wireless bank banking financial finance credit union
  health healthcare utilities utility shipping logistics airlines airline airways hotel hotels resorts
  motors auto pharmacy store stores market markets foods grocery inc llc ltd corp co company group
  support services service solutions systems technologies tech energy electric gas water media
  communications capital partners holdings enterprises industries labs studios club clinic hospital
  university college school dental medical realty properties apparel outlet outfitters
  furniture mattress jewelry jewellery boutique bakery pizza grill cafe diner salon spa
  wholesale fitness supply depot
`);

/** Street suffixes: a "name" ending in or before one is a street ("ventura lane", "Monroe Road"). */
export const STREET_WORDS = words(`
  street st avenue ave road rd drive dr lane ln boulevard blvd court ct way place pl terrace highway hwy
  parkway pkwy circle cir trail loop square sq plaza row crescent alley pike path walk ter terr
`);

/** Words before a capitalised name that make it a place: "San Jose", "St. Louis", "Fort Worth". */
export const PLACE_PREFIXES = words(`san santa st saint fort ft port new los las el la mount mt lake`);

const MONTHS_AND_DAYS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday tue tues thu thur thurs fri
`);

/** Particles inside surnames: "maria de la cruz", "ludwig van beethoven". */
export const SURNAME_PARTICLES = words(`de del della la las los le du da das dos di van von der den ter ten st bin ibn al el mac mc ó ní`);

export const TITLES = words(`mr mrs ms miss dr mister missus mx prof professor`);

/**
 * Words that may open a name cue (see findCues in person.ts): only around these, and around listed
 * first names, are tokens built. Keep in step with the cues.
 */
export const CUE_TRIGGERS: ReadonlySet<string> = words(`
  name surname lastname firstname holder cardholder accountholder this i'm im am transfer transferred
  transferring ask asked asking behalf named called thank else chatting chat chatted connected connect
  speaks acct cheers beneficiary payee w it's its add added adding notified per contacted emailed
  texted advised informed sup cb bene
  mr mrs ms miss dr mister missus mx prof professor
  speaking talking spoke speak talk talked spoken
  hi hello hey dear thanks bye goodbye morning afternoon evening welcome congratulations sorry
  husband wife son daughter mother mom father dad partner brother sister spouse grandson granddaughter
  grandmother grandfather aunt uncle niece nephew fiance fiancee friend boyfriend girlfriend
  agent rep representative advisor adviser specialist technician associate supervisor manager
  colleague coworker teammate
  cust cx cardholder send sent sending pay paid paying wire wired zelle venmo
`);

/** Cue words that only count at the start of a line ("From: ...", "Customer: ..."). */
export const LINE_START_TRIGGERS: ReadonlySet<string> = words(`
  customer caller client member contact patient requester requestor from to cc attn attention cm user
  owner signed sender recipient submitted reported assigned name agent rep acct account card full cust
`);

/**
 * The shapes (first two letters, last two letters, length) of a set's words, hashed to bits of a
 * small table. One load from it rules out most words before the set is probed: probing means
 * hashing the word (a fresh string each time) and a look-up in a large table, which was much of the
 * cost of reading names. A word of the set always passes; a word outside it passes only when its
 * shape is a listed word's or collides with one.
 */
export class WordShapes {
  private readonly bits: Int32Array;
  private readonly shift: number;

  constructor(words: Iterable<string>) {
    const list = [...words];
    // About 32 bits per word keeps collisions rare while the table stays in cache.
    let log2 = 12;
    while (1 << log2 < list.length * 32 && log2 < 22) log2++;
    this.bits = new Int32Array(1 << (log2 - 5));
    this.shift = 32 - log2;
    for (const w of list) {
      const h = this.slot(w);
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  /** False when no word of the set has the shape of `w`; true means "maybe". */
  mayHold(w: string): boolean {
    const h = this.slot(w);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  private slot(w: string): number {
    // Integer operations only (a missing letter reads as NaN, which a shift makes 0).
    const n = w.length;
    const h = (w.charCodeAt(0) << 24) ^ (w.charCodeAt(1) << 16) ^ (w.charCodeAt(n - 2) << 8) ^ w.charCodeAt(n - 1) ^ (n << 4);
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }
}

let cache: {
  first: Set<string>;
  firstShapes: WordShapes;
  last: Set<string>;
  /** Shapes of the first names and surnames together. */
  nameShapes: WordShapes;
  weak: Set<string>;
  /** Everyday words: the generated list with the stop words, months, days and hand-listed weak names. */
  common: Set<string>;
} | null = null;

/** The sets are built on first use so that importing the detector stays cheap. */
function lists(): NonNullable<typeof cache> {
  if (!cache) {
    const weak = words(WEAK_NAMES);
    for (const w of HAND_WEAK) weak.add(w);
    for (const w of MONTHS_AND_DAYS) weak.add(w);
    const first = words(FIRST_NAMES);
    const last = words(SURNAMES);
    for (const w of weak) {
      first.delete(w);
      last.delete(w);
    }
    for (const w of STOP_LIST) {
      first.delete(w);
      last.delete(w);
    }
    const common = words(COMMON_WORDS);
    for (const list of [STOP_LIST, MONTHS_AND_DAYS, HAND_WEAK]) for (const w of list) common.add(w);
    cache = { first, firstShapes: new WordShapes(first), last, nameShapes: new WordShapes([...first, ...last]), weak, common };
  }
  return cache;
}

/** Stop words with the months and days: one probe instead of two for the most asked question. */
const STOP_OR_DATE: ReadonlySet<string> = new Set([...STOP_LIST, ...MONTHS_AND_DAYS]);

export function isStopWord(w: string): boolean {
  return STOP_OR_DATE.has(w);
}

/** A first name that is not also an everyday word, place or brand. */
export function isStrongFirstName(w: string): boolean {
  if (w.length < 3) return false;
  const l = cache ?? lists();
  if (l.firstShapes.mayHold(w) && l.first.has(w)) return true;
  const f = foldAccents(w);
  return f !== w && l.first.has(f);
}

/**
 * The shapes of the strong first names: a caller reading every word of a text rules most out with
 * one load of its own, before calling isStrongFirstName (an ASCII word has no accents to fold, so a
 * shape no first name has settles it).
 */
export function firstNameShapes(): WordShapes {
  return (cache ?? lists()).firstShapes;
}

/** A listed first name or surname that is not also an everyday word ("gómez" as "gomez"). */
export function isStrongName(w: string): boolean {
  const l = cache ?? lists();
  if (w.length < 2) return false;
  if (l.nameShapes.mayHold(w) && (l.first.has(w) || l.last.has(w))) return true;
  const f = foldAccents(w);
  return f !== w && (l.first.has(f) || l.last.has(f));
}

/** The lists are mostly unaccented: "gómez" is listed as "gomez", "søren" as "soren". */
function foldAccents(w: string): string {
  let ascii = true;
  for (let i = 0; i < w.length && ascii; i++) if (w.charCodeAt(i) > 127) ascii = false;
  if (ascii) return w;
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/đ/g, 'd').replace(/æ/g, 'ae');
}

/** A name that is also an everyday word, place, month or brand: a name only with a cue. */
export function isWeakName(w: string): boolean {
  return (cache ?? lists()).weak.has(w);
}

/** A frequent everyday word: it ends a name in lower-case text. */
export function isCommonWord(w: string): boolean {
  return (cache ?? lists()).common.has(w);
}
