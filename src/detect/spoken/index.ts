// PLACEHOLDER until the spoken-forms work lands: identity view, no spoken recognizers.
import type { Recognizer } from '../types.js';

export interface OriginalRange { start: number; end: number }

export interface NormalizedView {
  /** Text with spoken numbers as digits and fillers dropped. */
  readonly text: string;
  /** Maps [start,end) of `text` back to one or more ranges of the original text (more than one when a value spans several turns). */
  toOriginal(start: number, end: number): OriginalRange[];
}

/** Views of the text to run the numeric recognizers over, besides the original. Empty when nothing spoken was found. */
export function spokenViews(_text: string): NormalizedView[] {
  return [];
}

export const spokenRecognizers: Recognizer[] = [];
