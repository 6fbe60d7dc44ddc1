import type { Channel } from './types.js';

const SPEAKER_TURN = /^(?:agent|customer|caller|rep|representative|speaker ?\d*|advisor|member|client)\s*:/im;
const EMAIL_HEADER = /^(?:from|to|subject|cc|sent)\s*:/im;

/** A best guess at where the text came from; `undefined` when nothing marks it. */
export function guessChannel(text: string): Channel | undefined {
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  if (EMAIL_HEADER.test(head)) return 'email';
  if (SPEAKER_TURN.test(head)) return 'call_transcript';
  // ASR output: lower case, no punctuation, long enough to tell.
  if (head.length >= 40 && !/[A-Z.,?!;]/.test(head)) return 'asr';
  return undefined;
}
