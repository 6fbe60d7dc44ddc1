/**
 * One cheap pass over the words of a text that finds the stretches around clusters of one-letter
 * words, where SpelledNameRecognizer looks for spelled names. Only inside these are tokens built.
 */
import { C, classOf, oneLetterWords } from './tokens.js';

export interface TextWindows {
  spelled: [number, number][];
}

const SPELLED_BEFORE = 80;
const SPELLED_AFTER = 200;
/** Three one-letter words within this many characters look like spelling. */
const SPELLED_SPREAD = 40;
const PAIR_SPREAD = 4;
const SPELL_REQUEST = /\bspell/i;

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

/** The stretches of `text` that may hold a spelled name. */
export function scanText(text: string): TextWindows {
  const spelled: [number, number][] = [];
  let letterA = -1000;
  let letterB = -1000;
  for (const s of oneLetterWords(text)) {
    if (s - letterA <= SPELLED_SPREAD) addWindow(text, spelled, 0, letterA - SPELLED_BEFORE, s + SPELLED_AFTER);
    // Two letters close together after a spelling request ("could you spell that? / v o").
    else if (s - letterB <= PAIR_SPREAD && SPELL_REQUEST.test(text.slice(Math.max(0, letterB - SPELLED_BEFORE - 20), letterB))) addWindow(text, spelled, 0, letterB - SPELLED_BEFORE, s + SPELLED_AFTER);
    letterA = letterB;
    letterB = s;
  }
  return { spelled };
}
