import { luhnValid } from '../checksums.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

/** A card number: 13-19 digits in groups split by single spaces or dashes. */
const CARD_NUMBER = /(?<![\d.])\d{3,6}(?:(?: {1,2}|-)\d{3,6}){2,4}(?![\d.])/g;
/**
 * What may sit between the card and its expiry, or the expiry and its code: list separators, or a
 * short cue naming the value. Anything else ("charged $42.10 on 09/27") breaks the chain, so a
 * transaction date after a card is never taken for the expiry.
 */
const LINK =
  '[\\s,;|:\\-\\u2013\\u2014]*(?:(?:exp(?:ires|iry|iration)?|runs out|good thr(?:u|ough)|valid thr(?:u|ough)|then|and)\\b[\\s,;|:.\\-]*)?';
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const EXPIRY = `(?:(?:0?[1-9]|1[0-2])\\s?[\\/.\\-\\s]\\s?(?:20)?\\d{2}|${MONTH_NAME}\\s?[\\/\\-\\s]\\s?(?:20)?\\d{2})`;
const AFTER_CARD = new RegExp(`^${LINK}(${EXPIRY})(?![\\d/])(?:${LINK}(?:cvv|cvc|cid|code|security code)?[\\s:#]*(\\d{3,4})(?![\\d/.:\\-]))?`, 'i');
/**
 * "the ninth month of twenty five": the spoken way to read an expiry printed MM/YY. Taken only with
 * an expiry cue or a card before it, so a "month of" in other talk is left alone.
 */
const ORDINAL_MONTH_EXPIRY =
  /\bthe (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:[1-9]|1[0-2])(?:st|nd|rd|th)) month of (?:(?:twenty|thirty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|(?:20)?\d\d)\b/g;
const EXPIRY_CUE_BEFORE = /(?:expir|\bexp\b|valid|good thr|card|new one|\d{4}|(?:one|two|three|four|five|six|seven|eight|nine|zero|oh)\s*$)/;
/** How far after a card number its details may start. */
const WINDOW = 80;

/**
 * CARD_EXPIRY and CARD_CVV given in one breath right after a Luhn-valid card number:
 * "4242 8788 7420 5049 - 10 30 - 995", "cc 4644 ...|Dec 26|518". Only the card's own list counts.
 */
export class CardDetailsRecognizer implements Recognizer {
  readonly name = 'CardDetailsRecognizer';
  readonly types = ['CARD_EXPIRY', 'CARD_CVV'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const out: Span[] = [];
    if (!ctx.view && ctx.lower.includes(' month of ')) this.ordinalMonths(ctx, out);
    // Cheap bail: no run of digits long enough to hold a card.
    if (!/\d{3}/.test(ctx.text)) return out;
    CARD_NUMBER.lastIndex = 0;
    for (let m = CARD_NUMBER.exec(ctx.text); m; m = CARD_NUMBER.exec(ctx.text)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) continue;
      const cardEnd = m.index + m[0].length;
      const tail = ctx.text.slice(cardEnd, cardEnd + WINDOW);
      const found = AFTER_CARD.exec(tail);
      if (!found || !found[1]) continue;
      const expiryStart = cardEnd + found[0].indexOf(found[1]);
      out.push(makeSpan('CARD_EXPIRY', expiryStart, expiryStart + found[1].length, 0.85, this.name, { context: 'after card number' }));
      if (found[2]) {
        const codeStart = cardEnd + found[0].length - found[2].length;
        out.push(makeSpan('CARD_CVV', codeStart, codeStart + found[2].length, 0.85, this.name, { context: 'after card expiry' }));
      }
    }
    return out;
  }

  private ordinalMonths(ctx: AnalysisContext, out: Span[]): void {
    ORDINAL_MONTH_EXPIRY.lastIndex = 0;
    for (let m = ORDINAL_MONTH_EXPIRY.exec(ctx.lower); m; m = ORDINAL_MONTH_EXPIRY.exec(ctx.lower)) {
      const before = ctx.lower.slice(Math.max(0, m.index - 120), m.index);
      if (!EXPIRY_CUE_BEFORE.test(before)) continue;
      out.push(makeSpan('CARD_EXPIRY', m.index, m.index + m[0].length, 0.8, this.name, { context: 'ordinal month of year' }));
    }
  }
}
