/**
 * What a turn of a dialog (or a line of an e-mail or ticket) is made of before a channel renders
 * it: plain words, personal values, must-survive strings and neutral text.
 */
import type { SurviveKind } from '../corpus/document.js';
import type { Val } from './values.js';

export interface PiiPiece {
  kind: 'pii';
  val: Val;
  /** Said or typed letter by letter (names). */
  spelled?: boolean;
}

export interface KeepPiece {
  kind: 'keep';
  what: SurviveKind;
  written: string;
  spoken: string;
}

/** Text that identifies nobody but a detector may take for personal data (a card's last four). */
export interface NeutralPiece {
  kind: 'neutral';
  written: string;
  spoken: string;
}

/** Plain words that are written one way and said another ("TX" / "texas"). */
export interface SaidPiece {
  kind: 'said';
  written: string;
  spoken: string;
}

export type Piece = string | PiiPiece | KeepPiece | NeutralPiece | SaidPiece;
export type Who = 'agent' | 'customer';

export interface Turn {
  who: Who;
  says: Piece[];
}

export const pii = (val: Val): PiiPiece => ({ kind: 'pii', val });
export const spelled = (val: Val): PiiPiece => ({ kind: 'pii', val, spelled: true });
export const kept = (what: SurviveKind, written: string, spoken = written.toLowerCase()): KeepPiece => ({ kind: 'keep', what, written, spoken });
export const saidPiece = (written: string, spoken: string): SaidPiece => ({ kind: 'said', written, spoken });
export const neutralPiece = (written: string, spoken: string): NeutralPiece => ({ kind: 'neutral', written, spoken });

type Slot = Piece | Val | readonly Piece[];

function toPieces(x: Slot): Piece[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return [...(x as Piece[])];
  if ('kind' in (x as object)) return [x as Piece];
  return [pii(x as Val)];
}

/** Tagged template: `say\`my card is ${card}\`` -> pieces; a Val slot becomes a personal value. */
export function say(strings: TemplateStringsArray, ...slots: Slot[]): Piece[] {
  const out: Piece[] = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < slots.length) out.push(...toPieces(slots[i]!));
  });
  return out;
}

export const agentSays = (strings: TemplateStringsArray, ...slots: Slot[]): Turn => ({ who: 'agent', says: say(strings, ...slots) });
export const customerSays = (strings: TemplateStringsArray, ...slots: Slot[]): Turn => ({ who: 'customer', says: say(strings, ...slots) });
