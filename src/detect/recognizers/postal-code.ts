import { IDENTIFIER_CUES, judgeContext, type ContextRule } from '../context.js';
import { numberRuns } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';
import { mentionsStreet } from './street-address.js';

const STATE_ABBR =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI';
const STATE_NAMES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|district of columbia|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico';
const AFTER_STATE_ABBR = new RegExp(String.raw`\b(?:${STATE_ABBR})\.?,?\s*$`);
const AFTER_STATE_ABBR_ANY_CASE = new RegExp(AFTER_STATE_ABBR.source, 'i');
const AFTER_STATE_NAME = new RegExp(String.raw`\b(?:${STATE_NAMES})\.?,?\s*$`, 'i');
/** ASR: "kansas city m o 64141", "springfield il 62704". */
const AFTER_STATE_SPOKEN = new RegExp(String.raw`\b(?:${STATE_ABBR.toLowerCase().replace(/([a-z])([a-z])/g, '$1 ?$2')})\.?,?\s*$`);

/** "customer id 12345", "member ID: 12345": an identifier, not the state of Idaho. */
const ID_NOUN_BEFORE =
  /\b(?:customer|user|account|member|employee|order|case|ticket|transaction|session|login|reference|ref|client|patient|policy|claim|device|tax|student|subscriber|your|my|the|an?|with|no|new|card|caller)\s+id\.?,?\s*$/i;

const ZIP_RULE: ContextRule = {
  // "postal_code:", "zip_code:": a form's field names.
  positive: /\b(?:zip|zip code|zipcode|zip_code|zip\+4|postal|postal code|postal_code|post code|postcode)\b/g,
  negative: new RegExp(
    IDENTIFIER_CUES.source.slice(0, -1) + String.raw`|\b(?:charged?|charges|balance|payment|paid|refund(?:ed)?|credit|amount|fee|total|cost|price|dollars?|bucks)\b`,
    'g',
  ),
  before: 80,
  // "Date of birth and the ZIP on the account?" / "15th September 1941 and 01838".
  answers: true,
};

/** "P.O. Box 3827 93705", "P O BOX 90321, Lansing 48985": a ZIP after a PO box, a city name between or none. */
const AFTER_PO_BOX = new RegExp(
  String.raw`\b(?:p\.? ?o\.? ?box|post office box)\s*#?\s*\d{1,6},?(?:[^\S\n]+[A-Za-z][A-Za-z.'\-]*){0,3},?(?:[^\S\n]+(?:${STATE_ABBR})\.?,?)?[^\S\n]*$`,
  'i',
);

/** A ZIP said, then taken back, right before the value. */
const FALSE_START =
  /(?<![\d-])\d{5}[ ,.…]*(?:(?:no|sorry|i mean|scratch that|wait|actually|correction|um+|uh+|hold on|hang on)[ ,.…]+)+$/i;

/**
 * The index of a five-digit group inside a spoken run that a street address read back continues
 * ("... 43615 2 11 birch street"): the ZIP ended where the read-back began. -1 when there is none.
 */
function zipBeforeReadBack(text: string, g: readonly { start: number; end: number }[], lens: readonly number[], runEnd: number): number {
  for (let k = 0; k < lens.length - 1; k++) {
    if (lens[k] !== 5 || text[g[k]!.end] !== ' ') continue;
    return mentionsStreet(text.slice(g[k + 1]!.start, runEnd + 40)) ? k : -1;
  }
  return -1;
}

/** POSTAL_CODE: US ZIP and ZIP+4, inside an address (after a state or a street) or named as a ZIP. */
export class PostalCodeRecognizer implements Recognizer {
  readonly name = 'PostalCodeRecognizer';
  readonly types = ['POSTAL_CODE'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const { text } = ctx;
    const out: Span[] = [];
    // Transcribed speech: a view, or ASR-like text in one case.
    const spoken = ctx.view === true || ctx.channel === 'asr' || text === ctx.lower;
    for (const run of numberRuns(ctx)) {
      if (run.glued || run.amount || run.plus || run.digitCount < 5) continue;
      // A ZIP is a whole run, or the tail of a spoken run ("... 6 2 7 0 4" read as one group).
      const g = run.groups;
      const lens = g.map((x) => x.end - x.start);
      let start: number;
      let end: number;
      let plus4 = false;
      let beforeReadBack = false;
      const n = lens.length;
      // A spoken "dash" is a pause, which a view writes as a space.
      const plusSeparator = n >= 2 ? text[g[n - 2]!.end] : undefined;
      if (n >= 2 && lens[n - 2] === 5 && lens[n - 1] === 4 && (plusSeparator === '-' || (spoken && plusSeparator === ' '))) {
        start = g[n - 2]!.start;
        end = g[n - 1]!.end;
        plus4 = true;
      } else if (lens[n - 1] === 5 && (n === 1 || text[g[n - 2]!.end] === ' ')) {
        // Alone, or after a unit number read in the same breath: "Unit 5 74100".
        start = g[n - 1]!.start;
        end = g[n - 1]!.end;
      } else {
        // "toledo 43615 so 211 birch street": a view joins the ZIP to the street read back after it.
        const k = spoken ? zipBeforeReadBack(text, g, lens, run.end) : -1;
        if (k < 0) continue;
        start = g[k]!.start;
        end = g[k]!.end;
        beforeReadBack = true;
      }
      // A caller who corrects a ZIP says it twice ("1 3 2 5 6 sorry 1 3 2 5 9"): the first try is the ZIP too.
      const first = plus4 ? n - 2 : n - 1;
      if (!beforeReadBack && first >= 1 && lens[first - 1] === 5 && text.startsWith(text.slice(g[first]!.start, g[first]!.start + 3), g[first - 1]!.start)) {
        start = g[first - 1]!.start;
      }
      const before = text.slice(Math.max(0, start - 30), start);
      let score = 0;
      let cue: string | undefined;
      let verdict = judgeContext(ctx, start, end, ZIP_RULE);
      if (!verdict.cue && !verdict.blocked) {
        // "three one four five zero no no three one four five six": the first try was the ZIP too.
        const retry = FALSE_START.exec(text.slice(Math.max(0, start - 40), start));
        if (retry) {
          const again = judgeContext(ctx, start - retry[0].length, end, ZIP_RULE);
          if (again.cue) {
            start -= retry[0].length;
            verdict = again;
          }
        }
      }
      // "Boise ID 83738": a state right before the number outranks "id" read as an identifier cue.
      const stateBefore =
        AFTER_STATE_ABBR_ANY_CASE.test(before) &&
        !ID_NOUN_BEFORE.test(before) &&
        (AFTER_STATE_ABBR.test(before) || mentionsStreet(text.slice(Math.max(0, start - 90), start)));
      if (verdict.cue) {
        score = 0.9;
        cue = verdict.cue;
      } else if (verdict.blocked && !stateBefore) {
        continue;
      } else if (
        stateBefore ||
        AFTER_STATE_ABBR.test(before) ||
        AFTER_STATE_NAME.test(before) ||
        ((ctx.view || ctx.channel === 'asr') && AFTER_STATE_SPOKEN.test(before))
      ) {
        score = 0.85;
        cue = 'state';
      } else if (AFTER_PO_BOX.test(text.slice(Math.max(0, start - 60), start))) {
        score = 0.8;
        cue = 'po box';
      } else if (mentionsStreet(text.slice(Math.max(0, start - 90), start))) {
        score = 0.75;
        cue = 'street address';
      } else if (plus4 && text[g[n - 2]!.end] === '-') {
        // 12345-6789 alone looks like a ZIP+4; nine digits read with a pause could be anything.
        score = 0.5;
      }
      if (score > 0) out.push(makeSpan('POSTAL_CODE', start, end, score, this.name, cue ? { context: cue } : {}));
    }
    return out;
  }
}
