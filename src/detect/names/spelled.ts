/**
 * Names spelled letter by letter: "g o n z a l e z", "S-M-I-T-H", "that's s as in sam m i t h",
 * "double l". The whole spelled stretch (including "as in sam") is PERSON.
 */
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { scanText } from './scan.js';
import { tokenizeNames, type NameToken } from './tokens.js';

const SEPARATORS = new Set([',', '-', '.', "'", 'dash', 'hyphen', 'apostrophe', 'space', '/']);
const AS_IN = new Set(['as', 'for', 'like']);
const SPELL_REQUEST = /\bspell/i;
const CUE = /\b(?:name|spell|spelled|spelling|surname|last|first|middle|that's|thats|it's|its|letters?)\b/i;

/** The spelling is all the speaker says: the line or the sentence ends after it. */
function spellingEnds(tokens: NameToken[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.w === '.') k++;
  const t = tokens[k];
  return !t || t.kind === 'newline' || t.w === '.' || t.w === ',' || t.w === '!';
}

function isLetter(t: NameToken | undefined): boolean {
  return !!t && t.kind === 'word' && t.w.length === 1 && t.w >= 'a' && t.w <= 'z';
}

export class SpelledNameRecognizer implements Recognizer {
  readonly name = 'SpelledNameRecognizer';
  readonly types = ['PERSON'] as const;

  analyze(ctx: AnalysisContext): Span[] {
    const spans: Span[] = [];
    for (const [from, to] of scanText(ctx.text).spelled) this.analyzeWindow(ctx.text, tokenizeNames(ctx.text, from, to), spans);
    return spans;
  }

  private analyzeWindow(text: string, tokens: NameToken[], spans: Span[]): void {
    let i = 0;
    while (i < tokens.length) {
      if (!isLetter(tokens[i]) && !(tokens[i]?.w === 'double' && isLetter(tokens[i + 1]))) {
        i++;
        continue;
      }
      let letters = 0;
      let onlyAI = true;
      let asIn = false;
      let j = i;
      let last = i;
      for (;;) {
        const t = tokens[j];
        if (!t) break;
        if (t.w === 'double' && isLetter(tokens[j + 1])) {
          letters += 2;
          onlyAI = false;
          last = j + 1;
          j += 2;
        } else if (isLetter(t)) {
          letters++;
          if (t.w !== 'a' && t.w !== 'i') onlyAI = false;
          last = j;
          j++;
          // "s as in sam", "s for sam": the example word is part of the spelling.
          if (AS_IN.has(tokens[j]?.w ?? '')) {
            let k = j + 1;
            if (tokens[j]!.w === 'as' && tokens[k]?.w === 'in') k++;
            if (tokens[k]?.kind === 'word' && tokens[k]!.w.length > 1 && (tokens[j]!.w === 'as' || letters > 1 || isLetter(tokens[k + 1]))) {
              asIn = asIn || tokens[j]!.w === 'as';
              last = k;
              j = k + 1;
            }
          }
        } else {
          break;
        }
        // Separators between letters.
        let k = j;
        while (tokens[k] && SEPARATORS.has(tokens[k]!.w) && k < j + 3) k++;
        if (isLetter(tokens[k]) || (tokens[k]?.w === 'double' && isLetter(tokens[k + 1]))) {
          j = k;
          continue;
        }
        break;
      }
      // "could you spell that please / v o": two letters are a name only as the answer to a spelling request.
      const pair = letters === 2 && !onlyAI && SPELL_REQUEST.test(text.slice(Math.max(0, tokens[i]!.start - 100), tokens[i]!.start)) && spellingEnds(tokens, last);
      if ((letters >= 3 || pair) && !onlyAI) {
        const start = tokens[i]!.start;
        // "k. a. p. o. o. r." : the dot after the last letter belongs to the spelling.
        const dots = tokens[i + 1]?.w === '.' && tokens[last + 1]?.w === '.';
        const end = dots ? tokens[last + 1]!.end : tokens[last]!.end;
        const before = text.slice(Math.max(0, start - 80), start);
        const cued = CUE.test(before);
        const score = asIn ? 0.85 : cued ? 0.8 : letters >= 4 ? 0.5 : 0.35;
        spans.push({
          type: 'PERSON',
          start,
          end,
          score,
          recognizer: this.name,
          evidence: { normalized: 'spelled', ...(cued ? { context: 'spelling cue' } : {}) },
        });
      }
      i = Math.max(j, i + 1);
    }
  }
}
