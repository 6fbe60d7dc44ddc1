/**
 * Person names (PERSON): cue phrases, a bundled name list confirmed by case and context, surnames
 * kept with their first names, and names spelled letter by letter.
 */
import type { Recognizer } from '../types.js';
import { PersonNameRecognizer } from './person.js';
import { SpelledNameRecognizer } from './spelled.js';

export { PersonNameRecognizer } from './person.js';
export { SpelledNameRecognizer } from './spelled.js';

export const nameRecognizers: Recognizer[] = [new PersonNameRecognizer(), new SpelledNameRecognizer()];
