// PLACEHOLDER until the person-name work lands.
import type { Recognizer } from '../types.js';

export const nameRecognizers: Recognizer[] = [];
