import type { Channel } from './types.js';

// Sticky forms tried only at line starts: the same answer as a multiline `^` scan, without trying
// a case-insensitive alternation at every character of the text.
const SPEAKER_TURN = /(?:agent|customer|caller|rep|representative|speaker ?\d*|advisor|member|client)\s*:/iy;
const EMAIL_HEADER = /(?:from|to|subject|cc|sent)\s*:/iy;

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** A best guess at where the text came from; `undefined` when nothing marks it. */
export function guessChannel(text: string): Channel | undefined {
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  let speaker = false;
  for (let at = 0; at <= head.length; at++) {
    if (at > 0 && !isLineTerminator(head.charCodeAt(at - 1))) continue;
    EMAIL_HEADER.lastIndex = at;
    if (EMAIL_HEADER.test(head)) return 'email';
    if (!speaker) {
      SPEAKER_TURN.lastIndex = at;
      speaker = SPEAKER_TURN.test(head);
    }
  }
  if (speaker) return 'call_transcript';
  // ASR output: lower case, no punctuation, long enough to tell.
  if (head.length >= 40 && !/[A-Z.,?!;]/.test(head)) return 'asr';
  return undefined;
}
