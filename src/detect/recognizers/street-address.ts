import { judgeContext, type ContextRule } from '../context.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

export const STREET_SUFFIX =
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|terr|circle|cir|parkway|pkwy|highway|hwy|trail|trl|loop|square|sq|alley|aly|crescent|cres|close|path|pike|plaza|plz|ridge|row|walk|crossing|xing|expressway|expy|freeway|fwy|turnpike|tpke|cove|bend';
const DIRECTION = 'n|s|e|w|ne|nw|se|sw|north|south|east|west|northeast|northwest|southeast|southwest';
const UNIT = String.raw`(?:,?\s*(?:apt|apartment|unit|suite|ste|#|no\.?|number|room|rm|floor|fl|bldg|building|lot|space|spc)\.?\s*#?\s*(?:\d[A-Za-z0-9\-]{0,5}(?: [A-Ha-h](?![A-Za-z0-9]))?|[A-Za-z]\d{0,4})(?![A-Za-z0-9]))?`;

/**
 * What a caller says between the house number and the street: a pause, a comma, or a hesitation
 * ("62525 um hang on fenwick boulevard", "86, mulberry road", "556... kestrel road").
 */
const NUMBER_GAP = String.raw`((?:[.…]+|,)?(?:[^\S\n]+(?:um+|uh+|erm?|hmm+|ah|hold on|hang on|let me see|let me think|sorry|i mean|wait)\b[.…,]*)*)`;

/** Single number words, which a spoken view leaves as words ("one, linden parkway", "nine... alder lane"). */
const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|zero|oh|double|triple';
const SPOKEN_UNIT = String.raw`(?:,?[^\S\n]*(?:apt|apartment|unit|suite|ste|#|number|room)\.?[^\S\n]+(?:${NUMBER_WORD}|\d{1,5})(?:[^\S\n]+(?:${NUMBER_WORD}))*(?:[^\S\n]+[a-h](?![a-z0-9]))?(?![a-z0-9]))?`;

/** House number, the gap, up to four name words, a suffix: the same on the whole line. */
function addressPattern(houseNumber: string, unit: string): RegExp {
  return new RegExp(
    houseNumber +
      NUMBER_GAP +
      String.raw`((?:[^\S\n]+(?:${DIRECTION})\.?)?(?:[^\S\n]+[A-Za-z0-9][A-Za-z0-9'.\-]*?){1,4}?)` +
      String.raw`[^\S\n]+(?:${STREET_SUFFIX})\b\.?` +
      String.raw`(?:,?[^\S\n]+(?:${DIRECTION})\b\.?)?` +
      unit,
    'gi',
  );
}

const ADDRESS = addressPattern(String.raw`(?<![\w$#.,/\-])(\d{1,6}[A-Za-z]?(?:-\d{1,4})?)`, UNIT);
const SPOKEN_ADDRESS = addressPattern(String.raw`\b(${NUMBER_WORD})\b`, SPOKEN_UNIT);
/** A number word that ends a longer reading ("twenty four sixty six"): the view reads that one. */
const AFTER_NUMBER_WORD = new RegExp(String.raw`(?:[$#/\-]|\b(?:${NUMBER_WORD})[\s,.…-]+)$`, 'i');
/** Words that may carry an address cue, or a ZIP: a spoken house number is read only near one. */
const CUE_PREFILTER = /address|addr|live|resid|ship|billing|mail|deliver|send|sent|moved|located|home|street|i'm at|where should|zip|\d{5}/;

/** A ZIP code shortly after, on the same line: "one... cottonwood way, same city, zip 27694". */
const ZIP_AFTER = /^[^\n]*?(?:\bzip\b|(?<![\d-])\d{5}(?![\d]))/i;

const DIRECTION_WORD = new RegExp(`^(?:${DIRECTION})\\.?$`, 'i');
const PO_BOX = /\b(?:p\.? ?o\.? ?box|post office box)\s*#?\s*\d{1,6}\b/gi;

const STOP = new Set(
  `a an the and or of to in on at for with from by my your our their his her its is are was were be been am i you we they he she it this that these those there here
  dollars dollar bucks cents usd items item times time minutes minute hours hour days day weeks week months month years year percent people calls orders order
  boxes pieces more less than about around over under after before per each every only just also all some any no not have has had do did does get got pay paid
  charged call called payments payment charges charge transactions tickets cases accounts cards numbers texts emails messages kids children steps floors stops
  miles blocks units apartments houses homes rooms stores locations branches them me us him if so but as up down out off then than when where which who what
  today tomorrow yesterday am pm please thanks thank yes yeah ok okay um uh like`.split(/\s+/),
);

const ADDRESS_RULE: ContextRule = {
  positive:
    /\b(?:address|addr|live at|live on|lives at|living at|reside|resides|residence|ship(?:ping)? to|shipping|billing|mailing|mail|mailed|deliver(?:y|ed)?(?: to)?|send (?:it|them) to|sent to|moved to|located at|home|street|i'?m at|we'?re at|where should (?:it|they|i send it|we send it) go)\b/g,
  before: 80,
  digitsBlock: false,
};

/** STREET_ADDRESS: house number, street name, suffix (St, Ave, Rd...), optional apartment/unit/suite. */
export class StreetAddressRecognizer implements Recognizer {
  readonly name = 'StreetAddressRecognizer';
  readonly types = ['STREET_ADDRESS'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const out: Span[] = [];
    this.scan(ctx, ADDRESS, false, out);
    // A view keeps single number words as words, so the original text is the only place to read them.
    if (!ctx.view && CUE_PREFILTER.test(ctx.lower)) this.scan(ctx, SPOKEN_ADDRESS, true, out);
    PO_BOX.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PO_BOX.exec(ctx.text)) !== null) {
      out.push(makeSpan('STREET_ADDRESS', m.index, m.index + m[0].length, 0.85, this.name, { note: 'po box' }));
    }
    return out;
  }

  private scan(ctx: AnalysisContext, pattern: RegExp, spokenNumber: boolean, out: Span[]): void {
    const { text } = ctx;
    const lenient = ctx.view === true || ctx.channel === 'asr' || text === ctx.lower;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (spokenNumber && AFTER_NUMBER_WORD.test(text.slice(Math.max(0, start - 12), start))) {
        pattern.lastIndex = start + m[1]!.length;
        continue;
      }
      const words = m[3]!.trim().split(/\s+/);
      let ok = true;
      for (const w of words) {
        const lw = w.toLowerCase().replace(/[.']/g, '');
        if (STOP.has(lw) || (/\d/.test(lw) && !/^\d+(?:st|nd|rd|th)$/.test(lw))) {
          ok = false;
          break;
        }
      }
      if (!ok) {
        // Retry from the next word: "paid 20 dollars at 12 Main St" should still find the address.
        pattern.lastIndex = start + m[1]!.length;
        continue;
      }
      const verdict = judgeContext(ctx, start, end, ADDRESS_RULE);
      // "one linden parkway" is an address only when one was asked for or a ZIP follows; elsewhere it may be a count.
      if (spokenNumber && !verdict.cue && !ZIP_AFTER.test(text.slice(end, end + 60))) continue;
      // A number, a pause, then a street is an address when spoken or asked for; in plain prose it may be a count.
      if (m[2]!.length > 0 && !lenient && !spokenNumber && !verdict.cue) continue;
      const firstName = words.find((w) => !DIRECTION_WORD.test(w)) ?? words[0]!;
      const capitalised = /^[A-Z0-9]/.test(firstName);
      if (!lenient && !capitalised && m[1]!.length < 3 && !verdict.cue) continue;
      out.push(makeSpan('STREET_ADDRESS', start, end, verdict.cue ? 0.95 : 0.85, this.name, verdict.cue ? { context: verdict.cue } : {}));
    }
  }
}

// The house number may be written or spoken ("one, linden parkway, that's in Tacoma, 98447").
const RECENT_STREET = new RegExp(
  String.raw`(?:\d{1,6}[A-Za-z]?|\b(?:${NUMBER_WORD}))` + NUMBER_GAP + String.raw`\s+((?:[A-Za-z0-9'.\-]+\s+){1,5}?)(?:${STREET_SUFFIX})\b`,
  'gi',
);

/**
 * Does an address (house number ... suffix) appear in `window`? Used to read a ZIP code after it.
 * The words between must be a street's name: "four business days denver mattress sq" is no address.
 */
export function mentionsStreet(window: string): boolean {
  RECENT_STREET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RECENT_STREET.exec(window)) !== null) {
    if (!m[2]!.trim().split(/\s+/).some((w) => STOP.has(w.toLowerCase().replace(/[.']/g, '')))) return true;
    RECENT_STREET.lastIndex = m.index + 1;
  }
  return false;
}
