/**
 * One cheap pass over the words of a text, shared by the name recognizers: it finds the stretches
 * around cue words and listed first names (for PersonNameRecognizer) and around clusters of
 * one-letter words (for SpelledNameRecognizer). Only inside these stretches are tokens built.
 */
import { CUE_TRIGGERS, isStrongFirstName, LINE_START_TRIGGERS } from './lexicon.js';
import { C, classOf, lineCaseless } from './tokens.js';

export interface TextWindows {
  names: [number, number][];
  spelled: [number, number][];
}

const NAME_BEFORE = 60;
const NAME_AFTER = 100;
const SPELLED_BEFORE = 80;
const SPELLED_AFTER = 200;
/** Three one-letter words within this many characters look like spelling. */
const SPELLED_SPREAD = 40;

let lastText: string | null = null;
let lastWindows: TextWindows = { names: [], spelled: [] };

function addWindow(text: string, windows: [number, number][], lineStart: number, from: number, to: number): void {
  from = Math.max(lineStart, from);
  while (from > lineStart && classOf(text.charCodeAt(from - 1)) !== C.Space) from--;
  to = Math.min(text.length, to);
  while (to < text.length && classOf(text.charCodeAt(to)) !== C.Space && text.charCodeAt(to) !== 10) to++;
  const last = windows[windows.length - 1];
  if (last && from <= last[1]) {
    if (to > last[1]) last[1] = to;
  } else {
    windows.push([from, to]);
  }
}

/** Frequent trigger words count only in their phrase: "this is", "i am". */
function triggerHolds(text: string, w: string, s: number, e: number): boolean {
  if (w === 'this') return /^\s+(?:(?:um|uh|er)\s+)?is\b/i.test(text.slice(e, e + 12));
  if (w === 'am') return /\bi\s+$/i.test(text.slice(Math.max(0, s - 3), s));
  return true;
}

/** The windows of `text` (the last answer is kept, since both recognizers ask for the same text). */
export function scanText(text: string): TextWindows {
  if (text === lastText) return lastWindows;
  const names: [number, number][] = [];
  const spelled: [number, number][] = [];
  const n = text.length;
  let caseless = lineCaseless(text, 0);
  let lineStart = 0;
  let letterA = -1000;
  let letterB = -1000;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === C.Newline) {
      i++;
      lineStart = i;
      caseless = lineCaseless(text, i);
      continue;
    }
    if (k !== C.Lower && k !== C.Upper) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      if (i >= n) break;
      const kk = classOf(text.charCodeAt(i));
      if (kk === C.Lower || kk === C.Upper) i++;
      else if (kk === C.Apostrophe && i + 1 < n && classOf(text.charCodeAt(i + 1)) <= C.Upper && classOf(text.charCodeAt(i + 1)) >= C.Lower) i += 2;
      else break;
    }
    const len = i - s;
    if (len === 1) {
      // "spoke w/ Yui Hicks": the ticket shorthand for "with".
      if ((c === 119 || c === 87) && text.charCodeAt(i) === 47) addWindow(text, names, lineStart, s - NAME_BEFORE, i + NAME_AFTER);
      if (s - letterA <= SPELLED_SPREAD) addWindow(text, spelled, 0, letterA - SPELLED_BEFORE, s + SPELLED_AFTER);
      letterA = letterB;
      letterB = s;
      continue;
    }
    if (len > 16) continue;
    let w = text.slice(s, i);
    if (k === C.Upper || caseless) w = w.toLowerCase();
    if (w.indexOf('’') >= 0) w = w.replace(/’/g, "'");
    // A speaker labelled by name: "Tyler (agent):", "[1:32 PM] Vu:", "jose morrison:".
    const labelLike = s - lineStart < 40 && i < n && (text.charCodeAt(i) === 58 || (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) === 40));
    const atLineStart = s - lineStart < 4;
    if (
      labelLike ||
      (CUE_TRIGGERS.has(w) && triggerHolds(text, w, s, i)) ||
      (atLineStart && LINE_START_TRIGGERS.has(w)) ||
      ((k === C.Upper || caseless) && isStrongFirstName(w))
    ) {
      addWindow(text, names, lineStart, s - NAME_BEFORE, i + NAME_AFTER);
    }
  }
  lastText = text;
  lastWindows = { names, spelled };
  return lastWindows;
}
