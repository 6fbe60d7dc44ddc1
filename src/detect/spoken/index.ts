/**
 * Spoken forms in ASR text: normalised views where spoken numbers are digits (for the numeric
 * recognizers), and recognizers for what exists only in speech (spoken e-mail addresses).
 */
import type { Recognizer } from '../types.js';
import { SpokenEmailRecognizer } from './email.js';

export { spokenViews } from './view.js';
export type { Echo, NormalizedView, OriginalRange } from './view.js';

export { SpokenEmailRecognizer } from './email.js';

export const spokenRecognizers: Recognizer[] = [new SpokenEmailRecognizer()];
