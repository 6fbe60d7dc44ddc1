/**
 * Names spelled letter by letter: "g o n z a l e z", "S-M-I-T-H", "that's s as in sam m i t h",
 * "double l". The whole spelled stretch (including "as in sam") is PERSON.
 */
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { scanText } from './scan.js';
import { tokenizeNames, tokensOfLastWhole, type NameToken } from './tokens.js';

const SEPARATORS = new Set([',', '-', '.', "'", 'dash', 'hyphen', 'apostrophe', 'space', '/']);
const AS_IN = new Set(['as', 'for', 'like']);
const NUMBER_START = /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)$/;
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
    for (const [from, to] of scanText(ctx.text).spelled) {
      const tokens = tokensOfLastWhole(ctx.text, from, to) ?? tokenizeNames(ctx.text, from, to);
      this.analyzeWindow(ctx.text, tokens, spans);
    }
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
      let spelledOut = '';
      let onlyAI = true;
      let asIn = false;
      let j = i;
      let last = i;
      for (;;) {
        const t = tokens[j];
        if (!t) break;
        if (t.w === 'double' && isLetter(tokens[j + 1])) {
          letters += 2;
          spelledOut += tokens[j + 1]!.w + tokens[j + 1]!.w;
          onlyAI = false;
          last = j + 1;
          j += 2;
        } else if (isLetter(t)) {
          letters++;
          spelledOut += t.w;
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
      // "order o r d six oh eight ...", "it's i n c four two": letters before a number are a reference's prefix.
      const next = tokens[last + 1];
      const reference = !asIn && letters <= 4 && !!next && (NUMBER_START.test(next.w) || (next.kind === 'punct' && /^\d/.test(next.w)));
      if ((letters >= 3 || pair) && !onlyAI && !reference) {
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
      if (letters >= 2 && !reference) this.spokenBefore(tokens, i, spelledOut, spans);
      i = Math.max(j, i + 1);
    }
  }

  /**
   * "lachance is spelled L A C H A N C E", "cust xu, X-U", "sky s k y": the word just before a
   * spelling that it spells out is the name itself.
   */
  private spokenBefore(tokens: NameToken[], first: number, spelledOut: string, spans: Span[]): void {
    let k = first - 1;
    for (let steps = 0; k >= 0 && steps < 5; steps++, k--) {
      const t = tokens[k]!;
      if (t.kind === 'newline') return;
      if (t.kind === 'word' && !BETWEEN_NAME_AND_SPELLING.has(t.w)) break;
      if (t.kind !== 'word' && t.w !== ',' && t.w !== ':' && t.w !== '-') return;
    }
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.w.length < spelledOut.length || foldLetters(t.w) !== spelledOut) return;
    spans.push({ type: 'PERSON', start: t.start, end: t.end, score: 0.85, recognizer: this.name, evidence: { context: 'word before its spelling' } });
  }
}

/** Words between a name and its spelling: "ward, and ward is spelled w a r d", "that's". */
const BETWEEN_NAME_AND_SPELLING = new Set(['is', 'spelled', 'spelt', 'splled', 'speled', "that's", 'thats', 'its', "it's", 'as', 'like', 'so']);

/** Lower-case letters only, accents and apostrophes dropped: "o'sullivan" spells o s u l l i v a n. */
function foldLetters(w: string): string {
  return w.normalize('NFD').replace(/[^a-z]/g, '');
}
