/** Words of spoken numbers, fillers and months, as ASR engines write them (lower case). */

export const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'],
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
]);

/**
 * Words ASR writes for a digit said among other digits ("five won seven", "ate", "too", "to",
 * "for"). They are ordinary words everywhere else, so a run reads them only between digits and
 * keeps them only when it reads a long number (see findRuns).
 */
export const HOMOPHONE_DIGITS: ReadonlyMap<string, string> = new Map([
  ['won', '1'],
  ['to', '2'],
  ['too', '2'],
  ['for', '4'],
  ['fore', '4'],
  ['ate', '8'],
]);

/** "oh" and "o" are zero only next to other digits; alone they are interjections or letters. */
export const ZERO_LETTERS: ReadonlySet<string> = new Set(['oh', 'o']);

export const TEEN_WORDS: ReadonlyMap<string, number> = new Map([
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fourty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

export const REPEAT_WORDS: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['thirtieth', 30],
]);

export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);

/**
 * Hesitations a caller makes while reading a number out. Each entry is a word sequence; they are
 * dropped only when more digits follow, so an "um" after the last digit stays. The longest sequence
 * at a place wins ("hold on a sec" over "hold on").
 */
export const HESITATIONS: readonly (readonly string[])[] = [
  ['let', 'me', 'see'],
  ['let', 'me', 'check'],
  ['let', 'me', 'think'],
  ['let', 'me', 'look'],
  ['let', 'me', 'find', 'it'],
  ['hold', 'on'],
  ['hold', 'on', 'a', 'sec'],
  ['hold', 'on', 'a', 'second'],
  ['hang', 'on'],
  ['hang', 'on', 'a', 'sec'],
  ['hang', 'on', 'a', 'second'],
  ['one', 'sec'],
  ['one', 'second'],
  ['one', 'moment'],
  ['just', 'a', 'sec'],
  ['just', 'a', 'second'],
  ['just', 'a', 'moment'],
  ['give', 'me', 'a', 'sec'],
  ['give', 'me', 'a', 'second'],
  ['bear', 'with', 'me'],
  ['where', 'was', 'i'],
  ['uh', 'huh'],
  ['i', 'think'],
  ['um'], ['umm'], ['uh'], ['uhh'], ['uhm'], ['er'], ['erm'], ['ah'], ['hmm'], ['hm'], ['mm'],
  ['mhm'], ['like'],
  ...corrections(),
];

/**
 * Words a caller puts between a wrong digit and the right one ("six three seven, sorry, six three
 * nine"): the digits after it replace those before, from where the two readings agree.
 */
function corrections(): string[][] {
  return [
    ['i', 'mean'],
    ['sorry'],
    ['no', 'no'],
    ['no', 'wait'],
    // "five four, wait, five four three...": a restart more often than a link.
    ['wait'],
    ['no', 'sorry'],
    ['wait', 'no'],
    ['scratch', 'that'],
    ['strike', 'that'],
    ['my', 'bad'],
    ['my', 'mistake'],
    ['oops'],
    ['correction'],
    ['let', 'me', 'start', 'again'],
    ['let', 'me', 'start', 'over'],
    ['let', 'me', 'try', 'again'],
    ['start', 'again'],
    ['start', 'over'],
  ];
}

export const CORRECTION_WORDS: ReadonlySet<string> = new Set(corrections().map((seq) => seq.join(' ')));

/**
 * Linking words that sit inside a digit-by-digit reading ("four one one one and then one one...")
 * but also between separate numbers ("two thousand five and twenty ten"): they join only digits
 * read one by one.
 */
export const DIGIT_LINKERS: readonly (readonly string[])[] = [
  ['that', 'is'],
  ['after', 'that'],
  ['it', 'is'],
  ['and', 'then'],
  // The other side's "go ahead", "got it, and the rest" inside one unpunctuated ASR line.
  ['go', 'ahead'],
  ['go', 'on'],
  ['got', 'it'],
  ['and', 'the', 'rest'],
  ["that's"], ['thats'], ["it's"], ['its'], ['okay'], ['ok'], ['so'], ['and'], ['then'], ['yeah'],
  ['yes'], ['actually'], ['like'], ['right'], ['next'], ['that'],
];

/** Spoken and written separators between digit groups. */
export const PAUSE_WORDS: ReadonlySet<string> = new Set(['dash', 'hyphen', ',', '-', '.', '…', ';']);
export const SLASH_WORDS: ReadonlySet<string> = new Set(['slash', '/']);

/** Words a run of spoken digits can start with (single letters open IBANs and spelled prefixes). */
export const RUN_START_WORDS: ReadonlySet<string> = new Set([
  ...DIGIT_WORDS.keys(), ...TEEN_WORDS.keys(), ...TENS_WORDS.keys(), ...REPEAT_WORDS.keys(), ...ZERO_LETTERS,
  ...ORDINAL_WORDS.keys(), ...HOMOPHONE_DIGITS.keys(), 'plus', ...'abcdefghijklmnopqrstuvwxyz',
]);

const LONGEST_RUN_START = Math.max(...[...RUN_START_WORDS].map((w) => w.length));

function shapeKey(first: number, last: number, length: number): number {
  return ((first - 97) * 26 + (last - 97)) * (LONGEST_RUN_START + 1) + length;
}

/** First letter, last letter and length of every run start word. */
const RUN_START_SHAPES = new Uint8Array(26 * 26 * (LONGEST_RUN_START + 1));
for (const w of RUN_START_WORDS) RUN_START_SHAPES[shapeKey(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;

/**
 * Is the lower-case word one of the run start words? Its shape rules out nearly every other word
 * by character codes, before a set lookup hashes the fresh string.
 */
export function opensRunWord(lowerWord: string): boolean {
  const n = lowerWord.length;
  if (n === 1) return RUN_START_WORDS.has(lowerWord);
  if (n > LONGEST_RUN_START) return false;
  const first = lowerWord.charCodeAt(0);
  const last = lowerWord.charCodeAt(n - 1);
  if (first < 97 || first > 122 || last < 97 || last > 122) return RUN_START_WORDS.has(lowerWord);
  return RUN_START_SHAPES[shapeKey(first, last, n)] === 1 && RUN_START_WORDS.has(lowerWord);
}

/** Cheap test run before any tokenising: does the text contain any spoken number at all? */
export const NUMBER_WORD_TEST =
  /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|double|triple|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/i;
