/**
 * PERSON names, in layers: cue phrases ("my name is", "this is X from", "Mr.", "Dear X,", signatures,
 * ticket prefixes), a name list confirmed by case and context, and extension over the surname so
 * that a first name never leaves its surname behind.
 */
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { answerStart, findCues, isInitial, isRelation, NAME_QUESTION, NAME_QUESTION_MORE, readSpeakerLabel, SIGN_OFF_RE, skipRoleLabel, type Cue } from './cues.js';
import {
  BUSINESS_WORDS,
  firstNameShapes,
  isCommonWord,
  isStopWord,
  isStrongFirstName,
  isStrongName,
  isWeakName,
  MULTIWORD_BRANDS,
  PLACE_PREFIXES,
  STREET_WORDS,
  SURNAME_PARTICLES,
} from './lexicon.js';
import { onlyOrganisationWords, ownOrganisationWords } from './organisations.js';
import { C, classOf, tokenizeNames, type NameToken } from './tokens.js';

const INTRO_FOLLOWERS = new Set(['from', 'with', 'calling', 'at', 'speaking', 'here', 'on', 'and', 'in', 'over', 'for', 'your', 'the', 'how', 'thank', 'thanks', 'um', 'uh', 'who', 'what', "i'm", 'im']);
const INTRODUCES_PERSON = new Set(['from', 'with', 'calling', 'speaking', 'here']);
/** "thanks max you should...", "my wife leo is...": what follows a cued name that is also a word. */
const FOLLOWERS = new Set(['he', 'she', 'you', 'for', 'bye',
  // "ok thanks jasmine let me look", "thank you hope give me a second": the agent moves on after the name.
  'let', "let's", 'give', 'hold', 'bear', 'have', 'i', "i'll", 'we', 'your', 'so', 'again', 'how', 'good', 'take', 'is', 'was', 'has', 'and', 'who', 'what', 'from', 'with', 'calling', 'speaking', 'here']);
/** A name followed by these is a place: "in Columbus zip ...", "Austin, TX". */
const PLACE_FOLLOWERS = new Set(['zip', 'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me', 'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'dc']);
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'its']);
const TIME_WORDS = new Set(['today', 'now', 'tonight', 'this', 'again', 'last', 'yesterday', 'earlier']);

function word(tokens: NameToken[], i: number): string | undefined {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.w : undefined;
}

/** Punctuation, a line end or the end of text after i: the name was the last thing said. */
function endsPhrase(tokens: NameToken[], i: number): boolean {
  const t = tokens[i];
  return !t || t.kind !== 'word' || t.w === 'and' || t.w === 'here' || t.w === 'speaking' || t.w === 'bye';
}

const NAME_CHARS = /^[a-z\u00C0-\u024F\u1E00-\u1EFF][a-z\u00C0-\u024F\u1E00-\u1EFF'-]*$/;

/** A word nobody uses every day, that could be a name nobody listed ("xochitl", "ramaswamy"). */
function unknownWord(w: string): boolean {
  return w.length >= 2 && !isCommonWord(w) && !isWeakName(w) && NAME_CHARS.test(w);
}

/** The first token at or after i that is not a hesitation ("um", "like"): "mark like calling about". */
function pastFillers(tokens: NameToken[], i: number): number {
  while (HESITATIONS.has(tokens[i]?.w ?? '') && tokens[i]!.kind === 'word') i++;
  return i;
}
const HESITATIONS = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'mm', 'like']);

/** "sorry can you repeat", "hi will you ...": a verb asking a question, not a name (Can, Will). */
const AUXILIARIES = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'shall', 'should', 'do', 'did', 'does', 'is', 'are']);
const SUBJECTS = new Set(['you', 'u', 'i', 'we', 'they', 'he', 'she', 'it', 'someone', 'somebody']);
/** "I'll ask for Lee next time": what follows the agent's name asked for again. */
/** "my daughter Ana can talk for me". */
const RELATIVE_FOLLOWERS = new Set(['can', 'will', 'would', 'wants', 'needs', 'said', 'says', 'called', 'saw']);
/** What someone named did: "your agent Will promised a refund". */
const ACTS_AFTER_NAME = new Set(['promised', 'told', 'was', 'had', 'has', 'gave', 'sent', 'hung', 'put', 'assured', 'offered', 'mentioned', 'explained', 'helped', 'transferred', 'confirmed', 'agreed']);
const ASK_FOR_AFTER = new Set(['next', 'again', 'tomorrow', 'instead', 'when', 'if', 'please', 'thanks', 'thx']);
/** Words after a name that make it an organisation: "Acme Air customer care", "Dear Acme team", "the Tim Hortons downtown". */
const ORG_TAILS = new Set(['onboarding', 'queue', 'billing', 'team', 'care', 'support', 'services', 'service', 'helpdesk', 'desk', 'downtown', 'branch', 'headquarters', 'hq', 'location', 'staff', 'department', 'dept']);

/** Everyday words inside a company's name: "Acme Card Services", "Acme customer care". */
const ORG_MIDDLES = new Set(['customer', 'card', 'client', 'member', 'guest', 'credit', 'bank', 'account']);
/** The company, not a person, when a few words after the name say team, care, support... */
function organisationFollows(tokens: NameToken[], last: number): boolean {
  for (let k = last + 1; k <= last + 3; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || (isStopWord(t.w) && !ORG_TAILS.has(t.w) && !BUSINESS_WORDS.has(t.w) && !ORG_MIDDLES.has(t.w))) return false;
    // "you are welcome sky take care": a farewell, not a desk.
    if (t.w === 'care' && tokens[k - 1]?.w === 'take') return false;
    if (ORG_TAILS.has(t.w) || BUSINESS_WORDS.has(t.w)) return true;
  }
  return false;
}

/** "contact sky +1 315 ...", "contact Jiho 646-...": a name-like word with a phone number right after it. */
function contactName(tokens: NameToken[], i: number): boolean {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (!n || n.kind !== 'punct' || !(/^\d/.test(n.w) || n.w === '+' || n.w === '(')) return false;
  if (isMonthOrBrand(t.w) || BUSINESS_WORDS.has(t.w) || AUXILIARIES.has(t.w) || (isStopWord(t.w) && !isWeakName(t.w))) return false;
  return isStrongName(t.w) || isWeakName(t.w) || unknownWord(t.w);
}

/** Cues after which a name may come surname first, with a comma. */
function takesInverted(cue: Cue): boolean {
  // Not after a greeting: "Hi Rivera, Chase here" is rarer than "Thanks Lee, Ana here".
  return cue.strength !== 'greeting';
}

/** "W. Fox", "o. abernathy": an initial, its dot, then a surname; the surname's index or -1. */
function initialSurname(tokens: NameToken[], i: number): number {
  const t = tokens[i];
  const dot = tokens[i + 1];
  const s = tokens[i + 2];
  if (!t || t.kind !== 'word' || t.w.length !== 1 || !dot || dot.w !== '.' || dot.start !== t.end || !s || s.kind !== 'word') return -1;
  // "D. da Silva", "J. St. James": a particle (with its own dot), then the surname.
  if (SURNAME_PARTICLES.has(s.w)) {
    const k = pastDot(tokens, i + 3);
    return tokens[k]?.kind === 'word' && !isStopWord(tokens[k]!.w) && !STREET_WORDS.has(tokens[k]!.w) ? i + 2 : -1;
  }
  if (s.w.length < 2 || BUSINESS_WORDS.has(s.w) || STREET_WORDS.has(s.w) || DAYS.has(s.w) || isMonthOrBrand(s.w)) return -1;
  if (isStopWord(s.w) && !isWeakName(s.w)) return -1;
  // "Plan B. Then": the initial is written as a capital, and the surname matches its case.
  const initialUpper = classOf(t.w.charCodeAt(0)) !== C.Lower || t.upper || t.cap;
  if (t.caseless || s.caseless || (!initialUpper && !s.cap)) return isStrongName(s.w) || isWeakName(s.w) || unknownWord(s.w) ? i + 2 : -1;
  return initialUpper && s.cap ? i + 2 : -1;
}

/**
 * "Short, Aiko", "BANKS, PRIYANKA", "Takahashi, Will.": a surname, a comma and the given name, where
 * the name ends; the given name's last index or -1.
 */
function invertedGiven(tokens: NameToken[], last: number): number {
  const sur = tokens[last]!;
  if (tokens[last + 1]?.w !== ',') return -1;
  const g = last + 2;
  const t = tokens[g];
  if (!t || t.kind !== 'word' || t.w.length < 2) return -1;
  if (sur.upper ? !t.upper : sur.cap ? !t.cap : t.cap || t.upper) return -1;
  // "SÁNCHEZ, JUNE": a month as a given name where both are written alike in capitals, not "Target, June 5".
  const dateAfter = /^\d/.test(tokens[g + 1]?.w ?? '');
  // "Rivera, Chase": a brand as a given name after a listed surname.
  const brandGiven = !DAYS.has(t.w) && isStrongName(sur.w) && !dateAfter && (sur.cap || sur.upper);
  if (BUSINESS_WORDS.has(t.w) || DAYS.has(t.w) || (isMonthOrBrand(t.w) && (dateAfter || !(sur.upper && t.upper)) && !brandGiven) || ADDRESSEES.has(t.w)) return -1;
  if (!(isStrongFirstName(t.w) || isWeakName(t.w) || unknownWord(t.w))) return -1;
  // "Takahashi, Will.": a given name that is also a verb only where the name plainly ends.
  if (AUXILIARIES.has(t.w) && (tokens[g + 1]?.kind === 'word' || (tokens[g + 1]?.w === ',' && tokens[g + 2]?.kind === 'word' && !tokens[g + 2]!.cap))) return -1;
  let end = g;
  const h = tokens[g + 1];
  if (h && h.w === '-' && h.start === t.end && tokens[g + 2]?.kind === 'word' && tokens[g + 2]!.start === h.end) end = g + 2;
  // "BELL, KWAME S.": a middle initial after the given name.
  if (tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.w.length === 1 && tokens[end + 2]?.w === '.' && tokens[end + 2]!.start === tokens[end + 1]!.end) end += 1;
  const after = tokens[end + 1];
  if (!after || after.kind === 'newline') return end;
  // "CUST BANKS, PRIYANKA CALLED", "caller Hoang, Darnell re outage".
  // "verified caller Bishop, Grant w/ D.O.B.": the shorthand for "with" ends the name.
  if (after.w === 'w' && tokens[end + 2]?.w === '/') return end;
  if (after.kind === 'word') return isStopWord(after.w) && (sur.upper || isStrongFirstName(t.w)) ? end : -1;
  // "TREMBLAY, OSCAR - card ending ...": a dash after a name in capitals or a listed given name.
  if (after.w === '-') return (sur.upper && t.upper) || isStrongFirstName(t.w) ? end : -1;
  return after.w === ':' ? -1 : end;
}

/** Past a dot at i ("st. clair"): the index of the next token. */
function pastDot(tokens: NameToken[], i: number): number {
  return tokens[i]?.w === '.' ? i + 1 : i;
}

/** Two-letter surnames that are also words ("Vu He", "ebony ho", "Mrs. Do"): a surname only right after a name. */
const SHORT_SURNAMES = new Set(['he', 'ho', 'do', 'vo', 'vu', 'wu', 'xu', 'le', 'li', 'ly', 'ma', 'mo', 'ng', 'yu', 'an', 'bo', 'ha', 'lu', 'hu', 'su', 'ko', 'ku', 'ye']);

/** "ebony ho", "Tendai He.": a short surname that is also a word, where the name plainly ends after it. */
function shortSurnameAt(tokens: NameToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !SHORT_SURNAMES.has(t.w)) return false;
  // "Columbus MA 02134": a state before a zip code.
  const c = tokens[i + 1]?.w.charCodeAt(0) ?? 0;
  if (c >= 48 && c <= 57) return false;
  if (t.cap) return true;
  const k = pastFillers(tokens, i + 1);
  return endsPhrase(tokens, k) || AFTER_INTRODUCED_NAME.has(word(tokens, k) ?? '') || word(tokens, k) === 'last';
}

/** Ticket shorthand after which a capitalised word is whom the note is about: "Cust Hall irate", "per sup IRIS". */
const TERSE_PREFIXES = new Set(['cust', 'cx', 'sup']);

/**
 * "per sup April", "Per WILL: Tyler Salazar added as AU": a capitalised word after ticket shorthand
 * for a person, or alone before the colon of "Per X:".
 */
function terseName(tokens: NameToken[], i: number): boolean {
  const t = tokens[i]!;
  if (!(t.cap || allCapitals(tokens, i)) || isBrand(t.w) || DAYS.has(t.w) || !(isWeakName(t.w) || unknownWord(t.w) || !isCommonWord(t.w))) return false;
  const prev = word(tokens, i - 1) ?? '';
  return TERSE_PREFIXES.has(prev) || (prev === 'per' && tokens[i + 1]?.w === ':');
}

/** "ACH", "ATM": three capitals or fewer that are no listed name. */
function isAcronym3(tokens: NameToken[], i: number): boolean {
  const t = tokens[i]!;
  return t.upper && t.end - t.start <= 3 && !isStrongName(t.w) && !isWeakName(t.w);
}

/** Cues whose phrase can only be about a person ("add X as an authorized user", "for X, my son"). */
const NAMING_LABELS = new Set(['family after', 'authorized user', 'called on behalf', 'handoff']);

/** Words that follow a greeting without being a name: "Hello Everyone,", "Hi Folks". */
const ADDRESSEES = new Set(['everyone', 'everybody', 'folks', 'guys', 'all', 'team', 'friend', 'friends', 'there', 'sir', 'madam', 'valued', 'again', 'back', 'both', 'y\'all', 'yall', 'world']);

/**
 * "Jun Aydin", "lan vargas", "Chase Bhatt": a listed surname (or a short one) after the word at i;
 * `next` is the word after any fillers. Asked only where an answer is needed: it reads several lists.
 */
function surnameNext(tokens: NameToken[], i: number, next: string): boolean {
  return acceptsNext(tokens, i + 1, 0, true) && ((isStrongName(next) && !isStrongFirstName(next)) || shortSurnameAt(tokens, i + 1));
}

/** May the token at i open a name, given how strongly the cue vouches for it? */
function acceptsFirst(tokens: NameToken[], i: number, cue: Cue): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.w;
  const strength = cue.strength;
  // "Customer: rtn: 2177...": a field's key, not a name; "Cx notified Mon 12/19": a day.
  if (tokens[i + 1]?.w === ':' && tokens[i + 1]!.start === t.end && cue.label === 'line label') return false;
  if (DAYS.has(w) && strength !== 'strong') return false;
  // "it's W. Fox", "What's his name? / O. Abernathy.": an initial and a surname.
  if (w.length === 1 && initialSurname(tokens, i) >= 0) return strength !== 'soft' || t.cap || t.caseless || cue.label === 'line label';
  // "contact Ana 555-0100": whom to call, right before the number (not "contact Verizon at ...").
  if (cue.label === 'contact') return contactName(tokens, i);
  // "escalated to tier 2", "referred to collections": a desk, unless a listed or capitalised name.
  if (cue.label === 'handed to' && !isStrongName(w) && !(t.cap && !t.caseless && (isWeakName(w) || !isCommonWord(w)) && !isMonthOrBrand(w))) return false;
  // "ACH setup: done for March": a date, not a payee.
  if (cue.label === 'payment to' && isMonthOrDay(w)) return false;
  // "CUST HILL, OLUWASEUN", "for Okafor, Ines": surname first, where a label or a payee names someone.
  if (tokens[i + 1]?.w === ',' && takesInverted(cue) && (!isStopWord(w) || isWeakName(w)) && !AUXILIARIES.has(w) && !isMonthOrBrand(w) && (isStrongName(w) || isWeakName(w) || unknownWord(w) || t.cap) && invertedGiven(tokens, i) >= 0) return true;
  // "Customer: My Kindle Paperwhite was...": a possessive opening the line, not a name ("My" is also a given name).
  if (POSSESSIVES.has(w) && (cue.label === 'line label' || strength !== 'strong')) return false;
  const after = pastFillers(tokens, i + 1);
  const next = word(tokens, after) ?? '';
  const ends = endsPhrase(tokens, after);
  if (isStopWord(w)) {
    if ((AUXILIARIES.has(w) && SUBJECTS.has(next)) || w === 'hi' || w === 'hello' || w === 'hey') return false;
    // "Your agent Will promised ...", "my son Will said ...": a capitalised everyday name, then what they did.
    if ((cue.label === 'agent' || cue.label === 'family') && t.cap && !t.upper && isWeakName(w) && (!isBrand(w) || cue.label === 'family') && (RELATIVE_FOLLOWERS.has(next) || ACTS_AFTER_NAME.has(next))) return true;
    // "I'll ask for Will next time".
    if (cue.label === 'ask for' && isWeakName(w) && !isBrand(w) && (ends || ASK_FOR_AFTER.has(next))) return true;
    // "ID verified: DE LA CRUZ, AISHA": a capitalised particle opening a capitalised surname.
    if (strength !== 'greeting' && SURNAME_PARTICLES.has(w) && (t.cap || t.upper) && acceptsNext(tokens, i, 0, true)) return true;
    // "last name st clair", "surname de la cruz": a particle opening the surname.
    if (strength === 'strong' && SURNAME_PARTICLES.has(w) && tokens[pastDot(tokens, i + 1)]?.kind === 'word' && !isStopWord(word(tokens, pastDot(tokens, i + 1)) ?? 'the')) return true;
    // "Mrs. Do": a short surname after a title.
    if (cue.label === 'title' && SHORT_SURNAMES.has(w)) return true;
    // "my name is will", "my name is june": a strongly cued everyday word, unless a date follows.
    if (strength === 'strong') return isWeakName(w) && !/^\d/.test(tokens[i + 1]?.w ?? '');
    // "thank you june bye", "hi june i have...": a month name said as a name after a greeting.
    if (!isWeakName(w) || isBrand(w)) return false;
    if (surnameNext(tokens, i, next) || terseName(tokens, i)) return true;
    // "it's june long i was ...": an everyday surname where the introduction ends.
    if ((strength === 'intro' || strength === 'greeting') && surnameBeforeBoundary(tokens, after)) return true;
    // "cust April Vargas": a capitalised month before a capitalised surname.
    if (t.cap && tokens[i + 1]?.cap && acceptsNext(tokens, i + 1, 0, true)) return true;
    return (strength === 'greeting' || strength === 'intro' || NAMING_LABELS.has(cue.label)) && (ends || FOLLOWERS.has(next) || NAMING_LABELS.has(cue.label));
  }
  // "my name is misspelled on the account": a participle, not a name.
  if (strength === 'strong' && /(?:ed|ing)$/.test(w) && !isWeakName(w) && !isStrongName(w)) return false;
  if (strength === 'strong') return w.length > 1 || tokens[i + 1]?.w === '.' || SURNAME_PARTICLES.has(w);
  if (startsBrand(tokens, i)) return false;
  if (isStrongName(w)) return true;
  const weak = isWeakName(w);
  // "Ji-hoon", "Ha-eun": a hyphenated given name after an introduction or a label.
  const h = tokens[i + 1];
  if (h && h.w === '-' && h.start === t.end && tokens[i + 2]?.kind === 'word' && tokens[i + 2]!.start === h.end && (strength !== 'soft' || cue.label === 'line label')) return true;
  // "this is Chase from billing": a brand-like name introduced as a person.
  if (strength === 'intro' && weak && INTRODUCES_PERSON.has(next)) return true;
  if (!ADDRESSEES.has(w) && surnameNext(tokens, i, next)) return true;
  // "Thank you Chase, bye", "this is chase" at the end of the phrase: a brand said as a name.
  if (weak && isBrand(w) && (strength === 'greeting' || strength === 'intro') && cue.label !== "it's" && (ends || next === 'you' || next === 'bye' || NAMING_LABELS.has(cue.label))) return true;
  // "it's chase ray i was ...": a brand-like first name before an everyday surname that ends the introduction.
  if (weak && isBrand(w) && (strength === 'greeting' || strength === 'intro') && surnameBeforeBoundary(tokens, after)) return true;
  // "Cust Hall irate", "per sup IRIS": the word after a terse ticket prefix, written with a capital.
  if (TERSE_PREFIXES.has(tokens[i - 1]?.w ?? '') && (t.cap || allCapitals(tokens, i)) && (!isCommonWord(w) || weak) && !isBrand(w) && !BUSINESS_WORDS.has(w) && !isAcronym3(tokens, i)) return true;
  // After a bare label ("Caller: Autopay ...") a word not listed as a name needs a surname after it,
  // unless it is written in capitals in a mixed-case line ("Cust BROWN verified").
  if (cue.label === 'line label' && !isStrongName(w) && !acceptsNext(tokens, i + 1, 0, true) && tokens[i + 1]?.kind === 'word' && !allCapitals(tokens, i)) return false;
  const lineEndsAfter = !tokens[after] || tokens[after]!.kind === 'newline';
  if (t.cap) {
    // "Customer: Wait, is that...": after a bare label a capitalised everyday word needs a surname or the line to itself.
    if (weak && cue.label === 'line label' && !lineEndsAfter && !(tokens[i + 1]?.cap && acceptsNext(tokens, i + 1, 0, true))) return false;
    // "beneficiary CHASE FITZGERALD": a brand as a given name before a listed surname.
    if (weak) return !isMonthOrBrand(w) || (!isBrand(w) && !!tokens[i + 1]?.cap && acceptsNext(tokens, i + 1, 0, true)) || (isBrand(w) && !!tokens[i + 1]?.cap && (isStrongName(next) || (unknownWord(next) && strength !== 'greeting')));
    if (!isCommonWord(w)) return true;
    // "I'm Lan.", "chatting with Lan from ...", "Thanks Lan,": a capitalised word named by the cue, where the phrase ends.
    return (strength === 'intro' && cue.label !== "it's" && (ends || INTRODUCES_PERSON.has(next))) || (strength === 'greeting' && ends && !ADDRESSEES.has(w));
  }
  if (weak) {
    if (isMonthOrBrand(w)) return false;
    // "amber al-masri", "connor van dyke": a particle opens the surname.
    if (strength !== 'greeting' && SURNAME_PARTICLES.has(next) && next.length >= 2 && (tokens[after + 1]?.w === '-' || (tokens[after + 1]?.kind === 'word' && !isStopWord(tokens[after + 1]!.w)))) return true;
    // "li suzuki": a short or everyday first name with a listed surname after it; "amber p. rodriguez".
    if (isStrongName(next) && !isStrongFirstName(next)) return true;
    if (next.length === 1 && tokens[after + 1]?.w === '.') return true;
    // "this is guadalupe west i'm calling": an everyday surname where the introduction ends.
    if ((strength === 'intro' || strength === 'greeting' || cue.label === 'family') && surnameBeforeBoundary(tokens, after)) return true;
    // "my wife faith mansour is ...": a surname nobody listed, then the sentence goes on about them.
    // "transfer seventy dollars to bo søndergaard the iban is": a payee with a surname nobody listed.
    if (cue.label === 'payment to' && unknownWord(next) && acceptsNext(tokens, after, 0, true)) return true;
    if ((cue.label === 'family' || strength === 'intro') && unknownWord(next) && acceptsNext(tokens, after, 0, true)) {
      const k = pastFillers(tokens, after + 1);
      if (endsPhrase(tokens, k) || FOLLOWERS.has(word(tokens, k) ?? '') || AFTER_INTRODUCED_NAME.has(word(tokens, k) ?? '')) return true;
    }
    // "okay wendy one second": the agent names the caller before putting them on hold.
    if (strength === 'greeting' && next === 'one' && (word(tokens, after + 1) === 'second' || word(tokens, after + 1) === 'moment' || word(tokens, after + 1) === 'sec')) return true;
    // "Customer: Wait, is that...": after a bare label an everyday word is a name only when it is all the line says.
    const endsName = ends && (cue.label !== 'line label' || lineEndsAfter);
    return (
      endsName ||
      NAMING_LABELS.has(cue.label) ||
      (strength === 'intro' && (INTRO_FOLLOWERS.has(next) || TIME_WORDS.has(next))) ||
      (strength !== 'soft' && FOLLOWERS.has(next)) ||
      (cue.label === 'family' && (FOLLOWERS.has(next) || RELATIVE_FOLLOWERS.has(next))) ||
      (cue.label === 'ask for' && ASK_FOR_AFTER.has(next)) ||
      (cue.label === 'line label' && t.caseless && unknownWord(next) && acceptsNext(tokens, i + 1, 0, true))
    );
  }
  if (!unknownWord(w)) return false;
  if (strength === 'intro' || strength === 'greeting') return true;
  // "contact saoirse 1-402-...": whom to call back, before the number.
  if (cue.label === 'contact' && ends) return true;
  if (cue.label === 'line label') return t.caseless || allCapitals(tokens, i);
  // Soft cues ("Customer:", "my husband", "agent"): an unknown word in an all-caps or all-lower line.
  return t.caseless || cue.label === 'family' || cue.label === 'agent';
}

/**
 * "the acct is under BILL WALKER", "ADDR CHG REQ FOR APRIL LOVE": a short word in capitals that is a
 * name, before a surname in capitals, after a cue that names someone.
 */
function capitalsName(tokens: NameToken[], i: number, cue: Cue): boolean {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (cue.strength === 'greeting' || !(isWeakName(t.w) || isStrongName(t.w)) || isBrand(t.w)) return false;
  return !!n && n.kind === 'word' && n.upper && n.end - n.start >= 3 && !BUSINESS_WORDS.has(n.w) && !isStopWord(n.w);
}

/** "BROWN" in "Cust BROWN verified": a word of three or more capitals in a mixed-case line. */
function allCapitals(tokens: NameToken[], i: number): boolean {
  const t = tokens[i]!;
  return t.cap && t.end - t.start >= 3 && t.upper;
}

/** May the token at i continue a name (a middle name or surname)? `slot` 0 is the one right after the first name. */
function acceptsNext(tokens: NameToken[], i: number, slot: number, cued: boolean): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.w;
  if (slot === 0 && shortSurnameAt(tokens, i)) return true;
  // "Faith de la Cruz", "June St. James": a particle opening the surname.
  if (SURNAME_PARTICLES.has(w) && w.length >= 2) {
    let k = pastDot(tokens, i + 1);
    while (SURNAME_PARTICLES.has(word(tokens, k) ?? '') && k < i + 4) k = pastDot(tokens, k + 1);
    const nt = tokens[k];
    if (nt && nt.kind === 'word' && (nt.cap || nt.upper || isStrongName(nt.w))) return true;
  }
  // "Fatima Swift", "arjun swift.": a surname that is also a stop word, right after a listed first name.
  if (slot === 0 && isStopWord(w) && isWeakName(w) && !AUXILIARIES.has(w) && !isMonthOrDay(w) && (t.cap || endsPhrase(tokens, i + 1)) && isStrongFirstName(tokens[i - 1]?.w ?? '')) return true;
  if (isStopWord(w) || isMonthOrBrand(w) || BUSINESS_WORDS.has(w)) return false;
  if (isStrongName(w)) return true;
  // Capitalised mid-sentence after a name: a surname, even when it is also a word ("Sarah Long").
  if (t.cap) return !BUSINESS_WORDS.has(w);
  // "freya ward", "john white": a listed surname that is also a word, right after the first name.
  if (isWeakName(w)) return slot === 0 || (cued && endsPhrase(tokens, i + 1));
  // Lower-case or caseless text: an unknown word right after a first name is its surname
  // (not after a capitalised one in mixed text: "Cust Hall irate").
  if (slot === 0) return unknownWord(w) && !tokens[i - 1]?.cap;
  // "NGUYEN THI HUONG", "tran van an": a third part nobody listed, where a cued name ends the phrase.
  return slot === 1 && cued && unknownWord(w) && !tokens[i - 1]?.cap && endsPhrase(tokens, i + 1) && tokens[i + 1]?.w !== "'";
}

/** What follows a full name in an introduction: "hi this is justin woods i'm calling", "... woods here". */
const NOT_SURNAMES = new Set(['yesterday', 'tomorrow', 'earlier', 'later', 'recently', 'already', 'too', 'also', 'please', 'thanks', 'thank', 'sorry', 'yes', 'yeah', 'okay', 'ok', 'hello', 'hi', 'hey', 'there', 'then', 'back', 'last', 'next', 'before', 'after', 'ago', 'about', 'regarding', 're', 'said', 'says', 'told', 'asked', 'called', 'again', 'again', 'instead', 'myself', 'herself', 'himself', 'speaking', 'just', 'only', 'still', 'now', 'well']);
const AFTER_INTRODUCED_NAME = new Set(['i', "i'm", 'im', 'calling', 'here', 'speaking', 'um', 'uh', 'er', 'from', 'and', 'last', 'yesterday', 'her', 'his', 'their']);

/**
 * "this is justin woods i'm calling": after a cued first name, a word that is also an everyday word
 * (woods, butler) is the surname when the introduction clearly ends right after it.
 */
function surnameBeforeBoundary(tokens: NameToken[], n: number): boolean {
  const t = tokens[n];
  if (!t || t.kind !== 'word' || t.w.length < 3 || !/^[a-z\u00C0-\u024F'-]+$/.test(t.w)) return false;
  const w = t.w;
  if (isStopWord(w) || NOT_SURNAMES.has(w) || /(?:ly|ed|ing)$/.test(w) || BUSINESS_WORDS.has(w) || STREET_WORDS.has(w) || INTRO_FOLLOWERS.has(w) || FOLLOWERS.has(w) || TIME_WORDS.has(w) || (NUMBER_WORD.test(w) && !isWeakName(w))) return false;
  const after = tokens[n + 1];
  if (!after || after.kind === 'newline') return true;
  // "cx david sharp 896-560-1040": a callback number right after the name.
  if (after.kind !== 'word') return after.w === ',' || after.w === '.' || (after.w === '(' && after.start === t.end) || /^\d{3}/.test(after.w);
  return AFTER_INTRODUCED_NAME.has(after.w);
}

/** "Ben & Jerry's", "Harris Teeter": a brand that starts with a name. */
function startsBrand(tokens: NameToken[], i: number): boolean {
  for (const brand of MULTIWORD_BRANDS) {
    if (brand[0] !== tokens[i]?.w) continue;
    let k = i;
    let ok = true;
    for (const part of brand) {
      while (tokens[k] && tokens[k]!.kind === 'punct' && tokens[k]!.w !== '&') k++;
      if (tokens[k]?.w !== part) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok) return true;
  }
  return false;
}

const MONTH_OR_BRAND = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'amazon', 'walmart', 'visa', 'netflix', 'apple', 'target', 'chase', 'google', 'paypal', 'venmo',
]);
function isMonthOrDay(w: string): boolean {
  return MONTH_OR_BRAND.has(w) || DAYS.has(w);
}
function isMonthOrBrand(w: string): boolean {
  return MONTH_OR_BRAND.has(w);
}
const BRANDS = new Set(['amazon', 'walmart', 'visa', 'netflix', 'apple', 'target', 'chase', 'google', 'paypal', 'venmo']);
function isBrand(w: string): boolean {
  return BRANDS.has(w);
}

/** Extends a name that starts at `first` over middle names, initials, particles and surnames. */
function extendName(tokens: NameToken[], first: number, cued: boolean): number {
  let last = first;
  let slot = 0;
  const surname = initialSurname(tokens, first);
  if (surname >= 0) {
    last = surname;
    slot = 1;
    // "J. St. James", "G. de la Cruz": past the particles to the surname.
    if (SURNAME_PARTICLES.has(tokens[surname]!.w)) {
      let k = pastDot(tokens, surname + 1);
      while (SURNAME_PARTICLES.has(word(tokens, k) ?? '') && k < surname + 4) k = pastDot(tokens, k + 1);
      if (tokens[k]?.kind === 'word') last = k;
    }
  } else if (SURNAME_PARTICLES.has(tokens[first]!.w)) {
    // "St. Claire", "de la Cruz", "Ó Ceallaigh" opening the name: the particles, then the surname.
    let k = pastDot(tokens, first + 1);
    while (SURNAME_PARTICLES.has(word(tokens, k) ?? '') && k < first + 4) k = pastDot(tokens, k + 1);
    const nt = tokens[k];
    if (nt && nt.kind === 'word' && !isStopWord(nt.w)) {
      last = k;
      slot = 1;
    }
  }
  for (let guard = 0; guard < 6 && slot < 4; guard++) {
    const n = last + 1;
    const t = tokens[n];
    if (!t) break;
    // "Smith-Jones": a hyphen with no space on either side joins the next word.
    if (t.w === '-' && t.start === tokens[last]!.end && tokens[n + 1]?.kind === 'word' && tokens[n + 1]!.start === t.end) {
      last = n + 1;
      continue;
    }
    if (t.kind !== 'word') break;
    // A middle initial: "John Q. Public", "JOHN Q PUBLIC".
    const dotted = tokens[n + 1]?.w === '.';
    if (t.w.length === 1 && (t.cap || t.caseless || cued || dotted) && ((t.w !== 'i' && t.w !== 'a') || dotted)) {
      let k = n + 1;
      if (tokens[k]?.w === '.') k++;
      const after = tokens[k];
      // "carol r. st. john": the particle after the initial is read by the loop, with its dot.
      if (after && SURNAME_PARTICLES.has(after.w) && after.kind === 'word') {
        last = k - 1;
        slot++;
        continue;
      }
      const particle = cued && shortSurnameAt(tokens, k);
      if (after && after.kind === 'word' && after.w.length > 1 && (!isStopWord(after.w) || particle) && (cued || acceptsNext(tokens, k, slot, cued) || particle)) {
        last = k;
        slot++;
        continue;
      }
      break;
    }
    if (SURNAME_PARTICLES.has(t.w)) {
      // "Al-Sayed": the hyphen join takes the rest.
      if (tokens[n + 1]?.w === '-' && tokens[n + 1]!.start === t.end) {
        last = n;
        continue;
      }
      let k = n + 1;
      if (tokens[k]?.w === '.') k++;
      while (SURNAME_PARTICLES.has(word(tokens, k) ?? '') && k < n + 3) k++;
      const nt = tokens[k];
      // After a particle comes the surname, even one that is also a word ("connor van dyke") when cued.
      if (nt && nt.kind === 'word' && (isStrongName(nt.w) || nt.cap || (!isCommonWord(nt.w) && !isStopWord(nt.w)) || (cued && !isStopWord(nt.w) && endsPhrase(tokens, k + 1)))) {
        last = k;
        slot++;
        continue;
      }
      // "Zoë Le, ph ...", "BJÖRN LE,": a short surname that is also a particle, where the name ends.
      if (slot === 0 && shortSurnameAt(tokens, n) && (t.cap || endsPhrase(tokens, n + 1) || fieldKeyAt(tokens, n + 1))) last = n;
      break;
    }
    if (acceptsNext(tokens, n, slot, cued) || (cued && slot === 0 && surnameBeforeBoundary(tokens, n))) {
      last = n;
      slot++;
      continue;
    }
    break;
  }
  return last;
}

/** A listed surname (or "SMITH," in a ticket) just before a first name belongs to it. */
function extendBack(tokens: NameToken[], first: number): number {
  // "Jean-Luc": a hyphen with no space joins the word before.
  const h = tokens[first - 1];
  const hw = tokens[first - 2];
  if (h && hw && h.w === '-' && h.end === tokens[first]!.start && hw.kind === 'word' && hw.end === h.start) {
    return extendBack(tokens, first - 2);
  }
  // "LOPEZ, JENNIFER" at the start of a line or after a label.
  const c = tokens[first - 2];
  if (h && c && h.w === ',' && c.kind === 'word' && isStrongName(c.w) && (c.lineStart || tokens[first - 3]?.w === ':')) {
    return first - 2;
  }
  const p = tokens[first - 1];
  if (p && p.kind === 'word' && p.end < tokens[first]!.start && !isStopWord(p.w)) {
    if (isStrongName(p.w) || (p.cap && !isCommonWord(p.w))) return first - 1;
  }
  return first;
}

interface Found {
  start: number;
  end: number;
  score: number;
  context?: string;
}

/** Sign-off lines ("Thanks,", "Best regards,") followed by a short line of names: a signature. */
function findSignatures(text: string, out: Found[]): void {
  SIGN_OFF_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIGN_OFF_RE.exec(text)) !== null) {
    if (m[0].length === 0) {
      SIGN_OFF_RE.lastIndex++;
      continue;
    }
    findNameBefore(text, m.index, out);
    let from = m.index + m[0].length;
    while (from < text.length && /\s/.test(text[from]!)) from++;
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    // "B. Ruiz | +1 555 ... | b.ruiz@...": the name is the first field.
    const bar = text.indexOf('|', from);
    if (bar >= 0 && bar < to) to = bar;
    if (to - from > 60 || to <= from) continue;
    const tokens = tokenizeNames(text, from, to);
    let words = 0;
    let named = false;
    let bad = false;
    let commas = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'word') {
        words++;
        // "Min-jun", "April S. Owusu": parts of a joined name and names that are also months pass.
        const joined = tokens[k - 1]?.w === '-' || tokens[k + 1]?.w === '-';
        // A one-word line says nothing about case: the capital is read from the text ("Best, / Will").
        const capital = t.cap || classOf(text.charCodeAt(t.start)) === C.Upper;
        if ((isStopWord(t.w) && !SURNAME_PARTICLES.has(t.w) && !joined && !(isWeakName(t.w) && !isBrand(t.w) && capital)) || BUSINESS_WORDS.has(t.w)) bad = true;
        if (isStrongName(t.w) || t.cap || isWeakName(t.w) || unknownWord(t.w)) named = true;
      } else if (t.w === ',' && k > 0 && tokens[k + 1]?.kind === 'word' && commas === 0) {
        // "Ruiz, Ana": surname first.
        commas++;
      } else if (t.w !== '.' && t.w !== '-' && t.w !== "'") {
        bad = true;
      }
    }
    if (bad || !named || words === 0 || words > 4 || (commas > 0 && words !== 2)) continue;
    // "Best, / Monday": a day alone is no signature; "Sincerely, / June" with a capital is the writer.
    // ("Thanks,\nChase" is a name: a brand alone under a sign-off signs the message.)
    const onlyToken = tokens.find((t) => t.kind === 'word')!;
    const only = onlyToken.w;
    if (words === 1 && isMonthOrDay(only) && !isBrand(only) && (DAYS.has(only) || classOf(text.charCodeAt(onlyToken.start)) !== C.Upper || onlyToken.upper)) continue;
    let last = tokens.length - 1;
    while (last > 0 && tokens[last]!.kind !== 'word') last--;
    out.push({ start: tokens[0]!.start, end: tokens[last]!.end, score: 0.85, context: 'signature' });
  }
}

/** A sign-off opening a signature line: "Thx ", "Best, ", "Regards - ". */
const INLINE_SIGN_OFF = /^[ \t>]*(?:thx|thanks|thank you|best|regards|kind regards|best regards|cheers|sincerely|rgds)[ \t]*[,!.-]?[ \t]+/i;

/** Where a sent-from line ("Sent from my iPhone") follows a message: the name just above it signs it. */
const SENT_FROM = 'Sent from my';

/**
 * "R. Ng\n\nSent from my Galaxy", "-- C. Al-Masri | +1 322 ... | c@...": a name on the line above a
 * sent-from line, or after a dash-dash signature mark, signs the message.
 */
function findBareSignatures(text: string, out: Found[]): void {
  for (let at = text.indexOf(SENT_FROM); at >= 0; at = text.indexOf(SENT_FROM, at + SENT_FROM.length)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    // The last non-empty line above, within two blank lines.
    let e = at - 1;
    while (e > 0 && (text[e - 1] === '\n' || text[e - 1] === ' ' || text[e - 1] === '\r') && at - e < 6) e--;
    const s = text.lastIndexOf('\n', e - 1) + 1;
    if (e <= s || e - s > 40) continue;
    signatureLine(text, s, e, out);
  }
  // "Thx A. Church | +1 810 ... | church@...", "Best, Hope de la Cruz | ...": a sign-off and the name before the first bar.
  for (let bar = text.indexOf(' | '); bar >= 0; ) {
    const lineStart = text.lastIndexOf('\n', bar) + 1;
    let lineEnd = text.indexOf('\n', bar);
    if (lineEnd < 0) lineEnd = text.length;
    const m = INLINE_SIGN_OFF.exec(text.slice(lineStart, Math.min(bar, lineStart + 60)));
    if (m !== null) signatureLine(text, lineStart + m[0].length, bar, out);
    bar = text.indexOf(' | ', lineEnd);
  }
  for (let at = text.indexOf('-- '); at >= 0; at = text.indexOf('-- ', at + 3)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let p = lineStart;
    while (p < at && (text[p] === '>' || text[p] === ' ')) p++;
    if (p !== at) continue;
    let e = text.indexOf('\n', at);
    if (e < 0) e = text.length;
    const bar = text.indexOf(' | ', at);
    if (bar >= 0 && bar < e) e = bar;
    while (e > at && (text[e - 1] === ' ' || text[e - 1] === '\r')) e--;
    if (e - at > 45) continue;
    signatureLine(text, at + 3, e, out);
  }
}

/**
 * "> On 7 Jul Grant Al-Masri wrote:", "On 2025-03-08 Penny Rivera wrote:": the writer of a quoted
 * message, the capitalised words just before "wrote:" (an address in brackets is read elsewhere).
 */
function findWroteHeaders(text: string, out: Found[]): void {
  for (let at = text.indexOf(' wrote:'); at >= 0; at = text.indexOf(' wrote:', at + 7)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (text[at - 1] === '>') continue;
    const tokens = tokenizeNames(text, wordStartAt(text, Math.max(lineStart, at - 60)), at);
    let first = -1;
    let words = 0;
    for (let k = tokens.length - 1; k >= 0 && words <= 4; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word') {
        if (t.w === '-' || t.w === "'" || (t.w === '.' && tokens[k - 1]?.kind === 'word')) continue;
        break;
      }
      const capital = classOf(text.charCodeAt(t.start)) === C.Upper;
      const particle = SURNAME_PARTICLES.has(t.w) || (t.w.length === 1 && tokens[k + 1]?.w === '.');
      if (!particle && (!capital || isMonthOrDay(t.w) || MONTH_ABBREVIATIONS.has(t.w) || BUSINESS_WORDS.has(t.w) || MAILBOX_WORDS.has(t.w) || t.w === 'am' || t.w === 'pm' || (isStopWord(t.w) && !isWeakName(t.w)))) break;
      first = k;
      if (tokens[k - 1]?.w !== '-') words++;
    }
    if (first < 0 || words === 0 || words > 4) continue;
    out.push({ start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end, score: 0.85, context: 'quoted header' });
  }
}
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** The start of the word that holds `from` (or `from` itself between words). */
function wordStartAt(text: string, from: number): number {
  while (from > 0 && classOf(text.charCodeAt(from - 1)) !== C.Space && classOf(text.charCodeAt(from - 1)) !== C.Newline && from < text.length && classOf(text.charCodeAt(from)) !== C.Space) from++;
  return from;
}

/**
 * "Grant de la Cruz\n755 Ridgewood Dr\nAlbany NY 12291": the line right above a street line (a house
 * number, then words ending in a street word) is the addressee when it reads as a name.
 */
function findAddressBlocks(text: string, out: Found[]): void {
  for (let nl = text.indexOf('\n'); nl >= 0 && nl + 1 < text.length; nl = text.indexOf('\n', nl + 1)) {
    const c = text.charCodeAt(nl + 1);
    if (c < 48 || c > 57) continue;
    let end = text.indexOf('\n', nl + 1);
    if (end < 0) end = text.length;
    if (end - nl > 60) continue;
    const street = tokenizeNames(text, nl + 1, end);
    if (!street.some((t, k) => t.kind === 'word' && STREET_WORDS.has(t.w) && k > 1)) continue;
    const s = text.lastIndexOf('\n', nl - 1) + 1;
    if (nl - s > 40 || nl <= s) continue;
    const tokens = tokenizeNames(text, s, nl);
    if (tokens.length === 0 || tokens.some((t) => t.kind === 'word' && (BUSINESS_WORDS.has(t.w) || MAILBOX_WORDS.has(t.w) || (isStopWord(t.w) && !isWeakName(t.w) && !SURNAME_PARTICLES.has(t.w) && !SHORT_SURNAMES.has(t.w))))) continue;
    if (!readsAsName(text, tokens)) continue;
    out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, score: 0.8, context: 'address block' });
  }
}

function signatureLine(text: string, s: number, e: number, out: Found[]): void {
  const tokens = tokenizeNames(text, s, e);
  if (tokens.length === 0 || tokens.some((t, k) => t.kind === 'word' && (ADDRESSEES.has(t.w) || (isStopWord(t.w) && !isWeakName(t.w) && !SURNAME_PARTICLES.has(t.w) && !SHORT_SURNAMES.has(t.w) && !(t.w.length === 1 && tokens[k + 1]?.w === '.'))))) return;
  // "S. Church": after an initial, any capitalised word is the surname.
  const initialled = tokens[0]!.w.length === 1 && tokens[1]?.w === '.' && tokens.every((t) => t.kind !== 'word' || classOf(text.charCodeAt(t.start)) === C.Upper || SURNAME_PARTICLES.has(t.w));
  if (!initialled && !readsAsName(text, tokens)) return;
  out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, score: 0.85, context: 'signature' });
}

/**
 * "... never came.\nAna\n\nThanks,\nBo": a name alone on the last line of the body, a blank line
 * before the sign-off, signs the message too.
 */
function findNameBefore(text: string, signOff: number, out: Found[]): void {
  let e = signOff - 1;
  if (e < 1 || text[e] !== '\n') return;
  let blank = e - 1;
  while (blank >= 0 && (text[blank] === ' ' || text[blank] === '\t' || text[blank] === '\r')) blank--;
  if (blank < 1 || text[blank] !== '\n') return;
  const lineEnd = blank;
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  if (lineEnd - lineStart > 30 || lineStart < 2 || text[lineStart - 2] === '\n') return;
  const tokens = tokenizeNames(text, lineStart, lineEnd);
  if (tokens.length === 0 || tokens.length > 3 || !readsAsName(text, tokens) || tokens.some((t) => t.kind === 'word' && (ADDRESSEES.has(t.w) || isStopWord(t.w) && !isWeakName(t.w)))) return;
  out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, score: 0.8, context: 'signature' });
}

/** "> Ana Ruiz", "> Ruiz, Ana": the last line of a quoted message is its writer's name. */
function findQuotedSignatures(text: string, out: Found[]): void {
  if (text.indexOf('\n>') < 0) return;
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const lineFrom = from;
    from = end + 1;
    let s0 = lineFrom;
    while (s0 < end && text[s0] === ' ') s0++;
    if (text[s0] !== '>') continue;
    let next = from;
    while (next < text.length && text[next] === ' ') next++;
    if (next < text.length && text[next] === '>') continue;
    let c = s0 + 1;
    while (c < end && text[c] === ' ') c++;
    let e = end;
    while (e > c && (text[e - 1] === ' ' || text[e - 1] === '\r')) e--;
    if (e - c > 40 || e <= c) continue;
    const comma = text.indexOf(',', c);
    const parts = comma >= 0 && comma < e ? [[c, comma], [comma + 1, e]] : [[c, e]];
    let ok = true;
    for (const [a, b] of parts) {
      const tokens = tokenizeNames(text, a!, b!);
      if (!readsAsName(text, tokens)) ok = false;
    }
    if (ok) out.push({ start: c, end: e, score: 0.8, context: 'signature' });
  }
}

/** Words of a mailbox's display name that make it a company's or a role's. */
const MAILBOX_WORDS = new Set(['team', 'care', 'support', 'help', 'helpdesk', 'desk', 'billing', 'noreply', 'no-reply', 'info', 'notifications', 'alerts', 'admin', 'office', 'sales', 'accounts', 'service', 'services', 'customer', 'mailer', 'daemon']);

/**
 * The display name before an e-mail address in angle brackets is its owner's name: read backwards
 * from the bracket over words that could be a name, stopping at a time, a label or a company word.
 */
function findDisplayNames(text: string, out: Found[]): void {
  if (text.indexOf('@') < 0) return;
  // Only the few characters before each "<" of an address are read.
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
    const close = text.indexOf('>', lt);
    if (close < 0 || close - lt > 80) continue;
    const at = text.indexOf('@', lt);
    if (at < 0 || at > close) continue;
    let from = Math.max(0, lt - 60);
    while (from > 0 && from < lt && text.charCodeAt(from - 1) !== 32 && text.charCodeAt(from - 1) !== 10) from++;
    const lineStart = text.lastIndexOf('\n', lt) + 1;
    if (lineStart > from) from = lineStart;
    let to = lt;
    while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9 || text.charCodeAt(to - 1) === 34)) to--;
    if (to <= from) continue;
    const tokens = tokenizeNames(text, from, to);
    const mailbox = text.slice(lt + 1, at).toLowerCase();
    let first = -1;
    let words = 0;
    for (let k = tokens.length - 1; k >= 0; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word') {
        if (t.w === '.' || t.w === '-' || t.w === "'" || (t.w === ',' && words === 1)) continue;
        break;
      }
      // "de la Cruz, Joy", "Sky St. James": particles pass whatever their case.
      const initial = (t.w.length === 1 && tokens[k + 1]?.w === '.') || SURNAME_PARTICLES.has(t.w);
      const capital = classOf(text.charCodeAt(t.start)) === C.Upper;
      if (!initial && (!capital || MAILBOX_WORDS.has(t.w) || BUSINESS_WORDS.has(t.w) || DAYS.has(t.w) || t.w === 'am' || t.w === 'pm' || (isStopWord(t.w) && !isWeakName(t.w)))) break;
      // "Will Sharp <willsharp23@...>": an everyday word the mailbox spells is its owner's name.
      const inMailbox = t.w.length >= 3 && mailbox.includes(t.w);
      if (!initial && !(isStrongName(t.w) || isWeakName(t.w) || unknownWord(t.w) || SHORT_SURNAMES.has(t.w) || inMailbox || tokens[k - 1]?.w === '-')) break;
      first = k;
      if (tokens[k - 1]?.w !== '-') words++;
    }
    if (first < 0 || words > 4) continue;
    while (first < tokens.length && tokens[first]!.kind !== 'word') first++;
    let last = tokens.length - 1;
    while (last > first && tokens[last]!.kind !== 'word') last--;
    if (first > last) continue;
    // "Acme Air <care@acme.example>": one word that is no listed name is a company's mailbox.
    if (words === 1 && !isStrongName(tokens[first]!.w) && !isWeakName(tokens[first]!.w)) continue;
    out.push({ start: tokens[first]!.start, end: tokens[last]!.end, score: 0.85, context: 'e-mail display name' });
  }
}

/** "Ticket CS123 | Ana | fraud claim": a pipe-separated summary whose field after the reference is a name. */
/** Header cells of a table column that lists people ("cardholder | card | exp"). */
const PEOPLE_COLUMNS = new Set([
  'cardholder', 'card holder', 'cardholder name', 'holder', 'account holder', 'acct holder', 'name', 'full name',
  'customer', 'customer name', 'client', 'client name', 'member', 'member name', 'cardmember', 'card member',
  'payee', 'beneficiary', 'recipient', 'caller', 'contact', 'agent', 'agent name', 'employee', 'authorized user',
]);

/** "|---|---|" alone between a header and its rows keeps them one table. */
function ruleBetween(text: string, from: number, to: number): boolean {
  if (from <= 0 || to - from < 3 || to - from > 200) return false;
  for (let k = from; k < to - 1; k++) if ('-|:+ \t'.indexOf(text[k]!) < 0) return false;
  return text[to - 1] === '\n';
}

/** "Joy Baker | 6011 ...": the first cell of a row under a people header, when it reads as a name. */
function firstCellName(text: string, from: number, to: number, out: Found[]): void {
  const tokens = tokenizeNames(text, text[from] === '|' ? from + 1 : from, to);
  if (tokens.length === 0 || tokens.length > 6 || !readsAsName(text, tokens) || tokens.some((t) => t.kind === 'word' && isAcronym(text, t))) return;
  out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, score: 0.8, context: 'table of people' });
}

function findPipeFields(text: string, out: Found[]): void {
  // A table is a run of adjacent lines with bars; its first line is the header.
  let tableEnd = -2;
  let peopleColumn = false;
  // Only lines with a bar are read: from each first " | " to the end of its line.
  for (let a = text.indexOf(' | '); a >= 0; ) {
    const lineFrom = text.lastIndexOf('\n', a) + 1;
    let end = text.indexOf('\n', a);
    if (end < 0) end = text.length;
    const b = text.indexOf(' | ', a + 3);
    const at = a;
    a = b < 0 ? -1 : b < end ? text.indexOf(' | ', end) : b;
    // A header may follow straight on another table's rows: its first cell says so, not a blank line.
    const header = at - lineFrom <= 24 && PEOPLE_COLUMNS.has(text.slice(lineFrom, at).replace(/^[\s|]+/, '').trim().toLowerCase());
    if (header || (lineFrom !== tableEnd + 1 && !ruleBetween(text, tableEnd + 1, lineFrom))) peopleColumn = header;
    else if (peopleColumn && at - lineFrom <= 48) firstCellName(text, lineFrom, at, out);
    tableEnd = end;
    if (b < 0 || b >= end || b - at > 40) continue;
    // The first field is a reference: it holds a digit.
    let digit = false;
    for (let k = lineFrom; k < at && !digit; k++) digit = text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
    if (!digit) continue;
    const tokens = tokenizeNames(text, at + 3, b);
    if (tokens.length === 0 || tokens.length > 5) continue;
    const caseless = tokens[0]!.caseless || tokens.every((t) => t.kind !== 'word' || classOf(text.charCodeAt(t.start)) === C.Lower);
    const named = tokens.every((t) => t.kind !== 'word' || isStrongName(t.w) || (isWeakName(t.w) && !isMonthOrBrand(t.w) && !DAYS.has(t.w) && !AUXILIARIES.has(t.w)));
    if ((readsAsName(text, tokens) && !tokens.some((t) => t.kind === 'word' && isAcronym(text, t))) || (caseless && named && tokens[0]!.kind === 'word')) {
      out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, score: 0.8, context: 'ticket field' });
    }
  }
}

/**
 * "jun aydin", "will c. aziz" in an answer: an everyday word that is also a name, with more of the
 * name after it (not "may I have ...").
 */
function nameFollows(tokens: NameToken[], at: number): boolean {
  if (!isWeakName(tokens[at]!.w)) return false;
  const n = tokens[at + 1];
  if (!n || n.kind !== 'word') return false;
  if (n.w.length === 1) return tokens[at + 2]?.w === '.' && n.w !== 'i';
  return !isStopWord(n.w) || SHORT_SURNAMES.has(n.w);
}

/** "lan duong": a listed surname or a word nobody uses every day right after. */
function surnameAfter(tokens: NameToken[], at: number): boolean {
  const n = word(tokens, at + 1);
  return !!n && ((isStrongName(n) && !isStrongFirstName(n)) || (unknownWord(n) && endsPhrase(tokens, at + 2)));
}

/** "ha-eun": joined to the next word by a hyphen with no space. */
function hyphenJoined(tokens: NameToken[], at: number): boolean {
  const h = tokens[at + 1];
  return !!h && h.w === '-' && h.start === tokens[at]!.end && tokens[at + 2]?.kind === 'word' && tokens[at + 2]!.start === h.end;
}

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/**
 * "Tuan,", "Mirosław," alone on a line: an e-mail opening with the name and no "Dear". One or two
 * capitalised words that are names or no everyday word ("Team," and "Thanks," are not).
 */
function findSalutations(text: string, out: Found[]): void {
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const lineFrom = from;
    from = end + 1;
    let e = end;
    while (e > lineFrom && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 9)) e--;
    if (e - lineFrom > 40 || text.charCodeAt(e - 1) !== 44) continue;
    const tokens = tokenizeNames(text, lineFrom, e - 1);
    let words = 0;
    let ok = tokens.length > 0;
    for (let k = 0; k < tokens.length && ok; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') {
        ok = t.w === '-' || t.w === '.';
        continue;
      }
      words++;
      const capital = classOf(text.charCodeAt(t.start)) === C.Upper;
      const joined = tokens[k - 1]?.w === '-' || tokens[k + 1]?.w === '-';
      ok = capital || joined
        ? !isStopWord(t.w) && !BUSINESS_WORDS.has(t.w) && !DAYS.has(t.w) && !ADDRESSEES.has(t.w) && (isStrongName(t.w) || unknownWord(t.w) || joined || (isWeakName(t.w) && !isBrand(t.w)))
        : false;
    }
    if (!ok || words === 0 || words > 2 || tokens[0]!.kind !== 'word') continue;
    out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, score: 0.8, context: 'salutation' });
  }
}

/** Fields of a ticket summary line: "Max Nair - CB# (513) 951-9912 - declined payment", "ESCALATION - Ji-hoon - wrong item". */
const DASH_FIELD = /[ \t]+-[ \t]+/g;
const CALLBACK_FIELD = /^(?:cb|callback|call back|ph|phone|tel)\b/i;
const PHONE_FIELD = /^\+?[\d(][\d\s().-]{8,16}$/;
/** A ticket's tag in capitals, with its reference: "ESCALATION", "CB REQ", "FRAUD ESC CS-37240". */
const TAG_FIELD = /^[ \t]*(?:[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,3}(?:[ \t]+#?[A-Z]*-?\d[\w-]*)?|\d{1,2}(?::\d{2})?[ \t]?(?:[AaPp][Mm])?)[ \t]*$/;

/**
 * In a summary line of " - " separated fields, the field before a callback number, or the one after
 * a tag in capitals ("ESCALATION", "URGENT"), is whom the ticket is about when it reads as a name:
 * one to three capitalised words, no digits, none an everyday word that is no name.
 */
function findDashFields(text: string, out: Found[]): void {
  if (text.indexOf(' - ') < 0) return;
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const lineFrom = from;
    from = end + 1;
    const line = text.slice(lineFrom, end);
    const first = line.indexOf(' - ');
    if (first < 0) continue;
    // "FRAUD ESC CS-37240 - Georgia Delgado": one dash after a tag and its reference.
    const single = line.indexOf(' - ', first + 3) < 0;
    const topic = single && caseTopic(line.slice(0, first));
    if (single && !topic && !TAG_FIELD.test(line.slice(0, first))) continue;
    const fields: { start: number; end: number }[] = [];
    let at = 0;
    DASH_FIELD.lastIndex = 0;
    for (let m = DASH_FIELD.exec(line); m !== null; m = DASH_FIELD.exec(line)) {
      fields.push({ start: at, end: m.index });
      at = m.index + m[0].length;
    }
    fields.push({ start: at, end: line.length });
    for (let k = 0; k < fields.length - (single ? 0 : 1); k++) {
      const f = fields[k]!;
      // The next field a callback: "cb 555-...", or the number itself ("CB REQ - Hiroshi - 207.879.9242").
      const callbackNext = k + 1 < fields.length && (CALLBACK_FIELD.test(line.slice(fields[k + 1]!.start, fields[k + 1]!.end)) || PHONE_FIELD.test(line.slice(fields[k + 1]!.start, fields[k + 1]!.end)));
      const afterTag = k === 1 && (topic || TAG_FIELD.test(line.slice(fields[0]!.start, fields[0]!.end)));
      if (!callbackNext && !afterTag) continue;
      let s = f.start;
      while (s < f.end && (line.charCodeAt(s) === 32 || line.charCodeAt(s) === 9)) s++;
      if (f.end - s > 40 || f.end <= s) continue;
      const tokens = tokenizeNames(text, lineFrom + s, lineFrom + f.end);
      // After a case topic the field must hold a listed name: "Lost/stolen - Golden Corral" is a merchant.
      if (topic && !tokens.some((t) => t.kind === 'word' && isStrongName(t.w))) continue;
      if (readsAsName(text, tokens)) out.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, score: 0.8, context: 'ticket field' });
    }
  }
}

/** Words of a ticket's case type: "Lost/stolen - Ana Ruiz", "Card replacement - Ana Ruiz". */
const CASE_TOPIC_WORDS = new Set(['lost', 'stolen', 'dispute', 'disputed', 'chargeback', 'fraud', 'replacement', 'card', 'reissue', 'closure', 'close', 'account', 'acct', 'kba', 'verification', 'verify', 'id', 'callback', 'complaint', 'escalation', 'refund', 'request', 'update', 'new', 'address', 'change', 'payment', 'autopay', 'lock', 'locked', 'unlock', 'travel', 'notice', 'limit', 'increase', 'hardship']);

function caseTopic(field: string): boolean {
  const words = field.trim().toLowerCase().split(/[\s/&]+/);
  if (words.length === 0 || words.length > 3) return false;
  for (const w of words) if (!CASE_TOPIC_WORDS.has(w)) return false;
  return true;
}

/** One to three capitalised words (hyphen-joined parts count as one), each a name or no everyday word. */
function readsAsName(text: string, tokens: NameToken[]): boolean {
  let words = 0;
  if (tokens.length === 0 || tokens[0]!.kind !== 'word' || tokens[tokens.length - 1]!.kind !== 'word') return false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.w !== '-' && t.w !== '.' && t.w !== "'") return false;
      continue;
    }
    // "Al-Masri": the part after a hyphen belongs to the word before, unless that was a particle.
    const joined = tokens[k - 1]?.w === '-' && !SURNAME_PARTICLES.has(tokens[k - 2]?.w ?? '');
    // "R. Ng", "J. St. James": an initial before the surname.
    if (t.w.length === 1 && tokens[k + 1]?.w === '.' && k < tokens.length - 2 && classOf(text.charCodeAt(t.start)) === C.Upper) continue;
    // "Ana da Silva", "Uchenna St. Clair", "G. de la Cruz": a particle inside the name.
    if ((SURNAME_PARTICLES.has(t.w) || t.w === 'ó') && k < tokens.length - 1 && (k > 0 || tokens[k + 1]?.w === '.')) continue;
    if (!joined) words++;
    if (!joined && classOf(text.charCodeAt(t.start)) !== C.Upper) return false;
    if (BUSINESS_WORDS.has(t.w) || isBrand(t.w) || DAYS.has(t.w) || ADDRESSEES.has(t.w)) return false;
    if (!joined && !(isStrongName(t.w) || isWeakName(t.w) || unknownWord(t.w) || SHORT_SURNAMES.has(t.w))) return false;
    if (isStopWord(t.w) && !isWeakName(t.w) && !SHORT_SURNAMES.has(t.w)) return false;
  }
  return words >= 1 && words <= 3;
}

/** The line after a question for the caller's name is the answer: its first name-like words are a name. */
function findAnswers(text: string, lower: string, tokens: NameToken[], questionEnds: readonly number[], out: Found[]): void {
  if (lower.indexOf('name') >= 0 || lower.indexOf('speaking') >= 0 || lower.indexOf('chatting') >= 0) {
    const at: number[] = [];
    NAME_QUESTION.lastIndex = 0;
    for (let m = NAME_QUESTION.exec(text); m !== null; m = NAME_QUESTION.exec(text)) at.push(m.index);
    answersTo(at, text, out);
  }
  if (questionEnds.length > 0) answersTo(moreQuestions(text, tokens, questionEnds), text, out);
}

/** Where NAME_QUESTION_MORE asks, read only around the words it ends on (most texts hold none). */
function moreQuestions(text: string, tokens: NameToken[], questionEnds: readonly number[]): number[] {
  const at: number[] = [];
  for (const i of questionEnds) {
    const t = tokens[i]!;
    const from = Math.max(0, t.start - 40);
    const m = NAME_QUESTION_MORE.exec(text.slice(from, t.end));
    if (m !== null) at.push(from + m.index);
  }
  return at;
}

/** The answer on the line after each question, given by where the question starts. */
function answersTo(questions: readonly number[], text: string, out: Found[]): void {
  let doneTo = -1;
  for (const q of questions) {
    const lineEnd = text.indexOf('\n', q);
    if (lineEnd < 0 || lineEnd < doneTo) continue;
    doneTo = lineEnd;
    const lineStart = text.lastIndexOf('\n', q) + 1;
    if (/spell/i.test(text.slice(lineStart, lineEnd))) continue;
    // The next non-empty line.
    let from = lineEnd + 1;
    while (from < text.length && (text[from] === '\n' || text[from] === '\r')) from++;
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to <= from) continue;
    const tokens = tokenizeNames(text, from, Math.min(to, from + 200));
    let at = answerStart(tokens);
    // "My landlord, Ana Ruiz.": the relation before the name.
    if (at >= 0 && isRelation(tokens[at]!.w)) {
      at++;
      if (tokens[at]?.w === ',') at++;
      if (tokens[at]?.kind !== 'word') continue;
    }
    // "hi i see two charges": a verb after "i", not a name.
    if (at > 0 && (tokens[at - 1]!.w === 'i' || tokens[at - 1]!.w === 'the' || (tokens[at - 1]!.w === 'my' && !isStrongName(tokens[at]!.w)))) continue;
    // Another question ("may I have the name...") is no answer.
    if (at < 0 || (isStopWord(tokens[at]!.w) && !nameFollows(tokens, at)) || !acceptsFirst(tokens, at, { at, strength: 'strong', label: 'answer' })) continue;
    if (tokens[at]!.kind !== 'word' || (isCommonWord(tokens[at]!.w) && !isWeakName(tokens[at]!.w) && !tokens[at]!.cap && !hyphenJoined(tokens, at) && !surnameAfter(tokens, at))) continue;
    let last = extendName(tokens, at, true);
    if (last === at) {
      const given = invertedGiven(tokens, last);
      if (given >= 0) last = given;
    }
    out.push({ start: tokens[at]!.start, end: tokens[last]!.end, score: 0.85, context: 'answer to name question' });
  }
}

export class PersonNameRecognizer implements Recognizer {
  readonly name = 'PersonNameRecognizer';
  readonly types = ['PERSON'] as const;
  /** Token objects reused from one document to the next (see tokenizeNames). */
  private readonly tokenPool: NameToken[] = [];

  analyze(ctx: AnalysisContext): Span[] {
    const text = ctx.text;
    const found: Found[] = [];
    const tokens = tokenizeNames(text, 0, text.length, ctx.lower, this.tokenPool);
    const questionEnds: number[] = [];
    analyzeWindow(text, tokens, found, questionEnds);
    findSignatures(text, found);
    findBareSignatures(text, found);
    findWroteHeaders(text, found);
    findAddressBlocks(text, found);
    findDisplayNames(text, found);
    findQuotedSignatures(text, found);
    findPipeFields(text, found);
    findSalutations(text, found);
    findDashFields(text, found);
    // Without the lower-cased text, the hints are looked for as written.
    findAnswers(text, ctx.lower ?? text, tokens, questionEnds, found);
    // The company's own name ("Thank you for calling Lumen Air") is no person: it is neither kept nor spread.
    const org = ownOrganisationWords(text, ctx.lower ?? text.toLowerCase());
    const notOrg = (f: Found): boolean => !onlyOrganisationWords(text, f.start, f.end, org);
    const kept = org.size > 0 ? found.filter(notOrg) : found;
    propagateNames(text, ctx.lower, kept);
    return mergeFound(org.size > 0 ? kept.filter(notOrg) : kept).map((f) => ({
      type: 'PERSON' as const,
      start: f.start,
      end: f.end,
      score: f.score,
      recognizer: this.name,
      evidence: f.context ? { context: f.context } : {},
    }));
  }
}

/** Words that cannot be a name even before "(Support):". */
const STOP_IN_LABEL = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'live', 'chat', 'bot', 'system', 'virtual', 'assistant', 'auto', 'automated']);

const CUE_SCORE: Record<Cue['strength'], number> = { strong: 0.9, intro: 0.85, greeting: 0.75, soft: 0.8 };

/** "6722 ventura lane", "Monroe Road", "Spruce Circle": a street, not a person. */
function isStreet(tokens: NameToken[], last: number): boolean {
  return STREET_WORDS.has(tokens[last]!.w) || STREET_WORDS.has(word(tokens, last + 1) ?? '');
}

/** "my wife Folasade Lane", "From: Rukmini Lane <...>": after a cue, a street needs a house number before it. */
function isCuedStreet(tokens: NameToken[], first: number, last: number, person: boolean): boolean {
  if (!isStreet(tokens, last)) return false;
  for (let k = first - 1; k >= 0 && k >= first - 4 && tokens[k]!.kind !== 'newline'; k--) {
    const c = tokens[k]!.w.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
  }
  // "I'll transfer you to Kofi Lane", "he's Eamon Lane on paper": an introduction names a person.
  if (person) return false;
  return !isStrongFirstName(tokens[first]!.w) && !(tokens[first]!.cap && tokens[last + 1]?.w === '<');
}

/** Short all-capital words in mixed-case text are acronyms (CVV, ABA, IP), not names. */
function isAcronym(text: string, t: NameToken): boolean {
  if (!t.cap || t.end - t.start > 4 || isStrongName(t.w)) return false;
  const s = text.slice(t.start, t.end);
  return s === s.toUpperCase();
}

function take(tokens: NameToken[], covered: Uint8Array, found: Found[], first: number, last: number, score: number, context: string): void {
  found.push({ start: tokens[first]!.start, end: tokens[last]!.end, score, context });
  for (let k = first; k <= last; k++) covered[k] = 1;
}

/**
 * Which tokens a name already covers, kept from one document to the next: allocating a typed array
 * per document cost more than clearing one.
 */
let coveredBuffer = new Uint8Array(1024);

function coveredFlags(n: number): Uint8Array {
  if (coveredBuffer.length < n) coveredBuffer = new Uint8Array(Math.max(n, coveredBuffer.length * 2));
  const covered = coveredBuffer.subarray(0, n);
  covered.fill(0);
  return covered;
}

/** What a chat turn may say before the writer's name: "Guest: yeah Amber Brooks, my card ...". */
const TURN_OPENERS = new Set(['yeah', 'yes', 'yep', 'hi', 'hello', 'hey', 'um', 'uh', 'oh', 'so', 'ok', 'okay']);

/**
 * "Guest: Faith Okoro, paying by Visa today.", "You: Ngozi Young. I'm locked out": a turn opening on
 * a capitalised given name and surname that stand alone as a phrase (before ",", "." or "here").
 */
function turnOpeningName(text: string, tokens: NameToken[], at: number, covered: Uint8Array, found: Found[]): void {
  let i = at;
  while (i < at + 2 && TURN_OPENERS.has(word(tokens, i) ?? '')) i++;
  if (tokens[i - 1]?.w === ',' && i > at) i++;
  const given = tokens[i];
  const surname = tokens[i + 1];
  if (!given || !surname || given.kind !== 'word' || surname.kind !== 'word' || covered[i] || covered[i + 1]) return;
  if (classOf(text.charCodeAt(given.start)) !== C.Upper || classOf(text.charCodeAt(surname.start)) !== C.Upper || given.upper) return;
  const close = tokens[i + 2];
  if (close && close.kind !== 'newline' && close.w !== ',' && close.w !== '.' && close.w !== 'here') return;
  // A given name that is also a word ("Golden Corral") or nobody listed ("Ngozi") needs a listed surname.
  const weakGiven = isWeakName(given.w) && !isMonthOrBrand(given.w) && !DAYS.has(given.w);
  const listedSurname = isStrongName(surname.w) || close?.w === 'here';
  if (!isStrongFirstName(given.w) && !((weakGiven || unknownWord(given.w)) && listedSurname)) return;
  if (isStopWord(surname.w) && !isWeakName(surname.w)) return;
  if (!(isStrongName(surname.w) || isWeakName(surname.w) || unknownWord(surname.w)) || BUSINESS_WORDS.has(surname.w) || isMonthOrDay(surname.w)) return;
  if (startsBrand(tokens, i) || isBrand(given.w)) return;
  take(tokens, covered, found, i, i + 1, 0.8, 'turn opening');
}

function analyzeWindow(text: string, tokens: NameToken[], found: Found[], questionEnds: number[]): void {
  const covered = coveredFlags(tokens.length);

  const labels: { at: number; label: NonNullable<ReturnType<typeof readSpeakerLabel>> }[] = [];
  /** How many lines each one-word label starts: "April:" on line after line is a speaker, not a month. */
  const labelCount = new Map<string, number>();
  // The cues are read first (they depend on nothing found yet), in a pass that also notes the lines' first tokens.
  const lineStarts: number[] = [];
  const cues = findCues(tokens, questionEnds, lineStarts);
  /** Where the turns of role labels ("[20:39] Guest:", "You:") start. */
  const roleTurns: number[] = [];
  for (const i of lineStarts) {
    const label = readSpeakerLabel(tokens, i);
    if (!label) {
      const next = skipRoleLabel(tokens, i);
      if (next > i && tokens[next - 1]!.w === ':') roleTurns.push(next);
      continue;
    }
    labels.push({ at: i, label });
    if (label.first === label.last) labelCount.set(tokens[label.first]!.w, (labelCount.get(tokens[label.first]!.w) ?? 0) + 1);
  }
  for (const { label } of labels) {
    let ok = true;
    if (isInitial(tokens, label.first) && label.last > label.first + 1) {
      // "R. Le:", "J. St. James:": an initial before capitalised words is a person's label.
      if (!label.role) {
        for (let k = label.first + 2; k <= label.last; k++) {
          const t = tokens[k]!;
          // The label's own capitals count even where the line after it is all lower case.
          if (t.kind === 'word' && !SURNAME_PARTICLES.has(t.w) && (classOf(text.charCodeAt(t.start)) !== C.Upper || BUSINESS_WORDS.has(t.w) || STOP_IN_LABEL.has(t.w))) ok = false;
        }
        if (ok) take(tokens, covered, found, label.first, label.last, 0.85, 'speaker label');
        continue;
      }
    }
    for (let k = label.first; k <= label.last; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') continue;
      // Parts of a hyphenated name ("Ha-eun") are judged together.
      if (tokens[k + 1]?.w === '-' || tokens[k - 1]?.w === '-') continue;
      if (isStopWord(t.w) || BUSINESS_WORDS.has(t.w) || isAcronym(text, t)) ok = false;
      else if (!(isStrongName(t.w) || (t.cap && !isCommonWord(t.w)) || unknownWord(t.w) || (isWeakName(t.w) && !isMonthOrBrand(t.w)))) ok = false;
    }
    if (!ok && !label.role) {
      // "Jun Bradley:": two or three words, one of them a listed surname or name, is a person's label.
      let words = 0;
      let named = false;
      let bad = false;
      for (let k = label.first; k <= label.last; k++) {
        const t = tokens[k]!;
        if (t.kind !== 'word') continue;
        words++;
        if (isStrongName(t.w)) named = true;
        if (STOP_IN_LABEL.has(t.w) || BUSINESS_WORDS.has(t.w) || isAcronym(text, t) || NUMBER_WORD.test(t.w)) bad = true;
      }
      if (words >= 2 && named && !bad) ok = true;
    }
    if (!ok && !label.role && label.first === label.last && (labelCount.get(tokens[label.first]!.w) ?? 0) >= 2) {
      // "[9:37 AM] April:", "Chase:", "Will:" starting several lines: a speaker whose name is also a word.
      const t = tokens[label.first]!;
      ok = isWeakName(t.w) && !DAYS.has(t.w) && (t.cap || t.caseless) && !BUSINESS_WORDS.has(t.w) && !isAcronym(text, t);
    }
    if (!ok && label.role) {
      ok = true;
      for (let k = label.first; k <= label.last; k++) if (tokens[k]!.kind === 'word' && (STOP_IN_LABEL.has(tokens[k]!.w) || BUSINESS_WORDS.has(tokens[k]!.w))) ok = false;
    }
    if (ok) take(tokens, covered, found, label.first, label.last, 0.85, 'speaker label');
  }
  for (const at of roleTurns) turnOpeningName(text, tokens, at, covered, found);

  for (const cue of cues) {
    if (covered[cue.at] || !acceptsFirst(tokens, cue.at, cue)) continue;
    const t = tokens[cue.at]!;
    // "KOFI EDWARDS": four capitals before a listed surname are a name, not an acronym.
    if (cue.strength !== 'strong' && isAcronym(text, t) && initialSurname(tokens, cue.at) < 0 && !isStrongName(word(tokens, cue.at + 1) ?? '') && !(terseName(tokens, cue.at) && t.end - t.start >= 3) && invertedGiven(tokens, cue.at) < 0 && !capitalsName(tokens, cue.at, cue)) continue;
    let last = extendName(tokens, cue.at, true);
    // "my son Priya, he's Priya Day on paper": the word after the name said again is the surname, whatever else it means.
    if (cue.label === "he's" && last === cue.at) {
      const sw = word(tokens, last + 1);
      if (sw && sw.length > 1 && !isStopWord(sw) && !/(?:ing|ed|ly)$/.test(sw) && !isMonthOrDay(sw)) last++;
    }
    if (cue.strength !== 'strong' && isCuedStreet(tokens, cue.at, last, (cue.strength === 'intro' && cue.label !== "it's") || cue.label === "he's")) continue;
    // "CALLER: CS6552342", "Customer: ORD-790949": letters glued to a number are a reference.
    const glued = tokens[last + 1]?.start === tokens[last]!.end ? tokens[last + 1]!.w === '-' && tokens[last + 2]?.start === tokens[last + 1]!.end ? tokens[last + 2] : tokens[last + 1] : undefined;
    if (glued && glued.kind === 'punct' && /^\d/.test(glued.w)) continue;
    if (cue.strength !== 'strong' && organisationFollows(tokens, last)) continue;
    // "Agent: Acme Air, this is Lee speaking": the company the agent answers for.
    if (cue.label === 'line label' && tokens[last + 1]?.w === ',' && word(tokens, last + 2) === 'this' && word(tokens, last + 3) === 'is') continue;
    // "My name is Dillard, Dillard Okafor.", "it's ngozi ngozi ramirez": the name said again with the surname.
    if (last === cue.at) {
      const again = tokens[last + 1]?.w === ',' ? last + 2 : last + 1;
      const a = tokens[again];
      const sur = tokens[again + 1];
      if (a && a.kind === 'word' && a.w === t.w && sur && sur.kind === 'word' && !isStopWord(sur.w) && !BUSINESS_WORDS.has(sur.w) && !NOT_SURNAMES.has(sur.w) && (sur.cap || sur.caseless || isStrongName(sur.w) || unknownWord(sur.w))) {
        last = extendName(tokens, again + 1, true);
      }
    }
    // "Ruiz, Ana", "Al-Masri, Grant", "van der Berg, Will": a surname, then the given name after a comma.
    if ((last === cue.at || SURNAME_PARTICLES.has(t.w) || tokens[cue.at + 1]?.w === '-' || tokens[cue.at + 1]?.w === '.') && takesInverted(cue)) {
      const given = invertedGiven(tokens, last);
      if (given >= 0) last = given;
    }
    // "lakeside utilities", "Pinnacle Mortgage": a business, not a person.
    if (cue.strength !== 'strong' && (BUSINESS_WORDS.has(word(tokens, last + 1) ?? '') || BUSINESS_WORDS.has(word(tokens, cue.at + 1) ?? ''))) continue;
    const unknown = !isStrongName(t.w) && !t.cap;
    const h = tokens[cue.at - 1];
    const start = h && h.w === '-' && h.end === t.start && tokens[cue.at - 2]?.end === h.start ? cue.at - 2 : cue.at;
    take(tokens, covered, found, start, last, CUE_SCORE[cue.strength] - (unknown && cue.strength === 'greeting' ? 0.05 : 0), cue.label);
  }

  const firstShapes = firstNameShapes();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.w.length === 1 && !covered[i] && initialName(text, tokens, i)) {
      // "D. Moody wants callback", "pls call back G. Okafor at ...": an initial and a listed surname.
      const last = extendName(tokens, i, false);
      take(tokens, covered, found, i, last, 0.8, 'initial and surname');
      i = last;
      continue;
    }
    if (t.kind !== 'word' || covered[i] || (t.ascii && !firstShapes.mayHold(t.w)) || !isStrongFirstName(t.w)) continue;
    if (isAcronym(text, t) || startsBrand(tokens, i) || insideBrand(tokens, i)) continue;
    // "eero Pro 6", "Jordan Max": a product line, not a person.
    if (PRODUCT_TAILS.has(word(tokens, i + 1) ?? '')) continue;
    // "San Jose", "St. Louis": a place, not a person.
    let p = i - 1;
    if (tokens[p]?.w === '.') p--;
    if (PLACE_PREFIXES.has(word(tokens, p) ?? '')) continue;
    const last = extendName(tokens, i, false);
    if (isStreet(tokens, last)) continue;
    // "declined at Fred Meyer for $16", "used at Tory Burch $290.98": a merchant where money was spent.
    if (word(tokens, first0(tokens, i) - 1) === 'at' && amountAfter(tokens, last + 1)) continue;
    // "Pinnacle Mortgage", "Lincoln Financial": a business; "Columbus zip", "Austin, TX": a place.
    if (BUSINESS_WORDS.has(word(tokens, last + 1) ?? '') || ORG_TAILS.has(word(tokens, last + 1) ?? '')) continue;
    // "Columbus OH 43262": a state code and a zip after the name.
    const stateZip = PLACE_FOLLOWERS.has(word(tokens, i + 1) ?? '') && (/^\d/.test(tokens[i + 2]?.w ?? '') || NUMBER_WORD.test(word(tokens, i + 2) ?? ''));
    if (stateZip) continue;
    // "Apt 22, Lowell 01810", "City: Lowell": a town before its zip code or after a city label.
    if (last === i && /^\d{5}$/.test(tokens[i + 1]?.w ?? '')) continue;
    if (tokens[i - 1]?.w === ':' && (word(tokens, i - 2) === 'city' || word(tokens, i - 2) === 'town')) continue;
    // "Kestrel Way, Dayton", "birchwood avenue dayton ohio": a town after a street or before its state.
    const beforeTown = tokens[i - 1]?.w === ',' ? word(tokens, i - 2) : word(tokens, i - 1);
    if (STREET_WORDS.has(beforeTown ?? '') || US_STATES.has(word(tokens, last + 1) ?? '')) continue;
    // "that's in dayton four five four ...": a town before its zip code.
    if (last === i && word(tokens, i - 1) === 'in' && (/^\d/.test(tokens[i + 1]?.w ?? '') || NUMBER_WORD.test(word(tokens, i + 1) ?? ''))) continue;
    const spelledState = word(tokens, i + 1)?.length === 1 && word(tokens, i + 2)?.length === 1 && PLACE_FOLLOWERS.has(`${word(tokens, i + 1)}${word(tokens, i + 2)}`);
    if (last === i && (spelledState || word(tokens, i + 1) === 'zip' || (tokens[i + 1]?.w === ',' && PLACE_FOLLOWERS.has(word(tokens, i + 2) ?? '') && (tokens[i + 2]!.end - tokens[i + 2]!.start === 2)))) continue;
    const first = extendBack(tokens, i);
    if (startsBrand(tokens, first)) continue;
    const full = last > i || first < i;
    // A title-case word in mixed text, or any case in caseless text; lower case in mixed text is weaker.
    const lowerInMixed = !t.cap && !t.caseless;
    const score = (full ? 0.8 : 0.6) - (lowerInMixed ? 0.15 : 0);
    take(tokens, covered, found, first, last, score, full ? 'first name + surname' : 'first name');
    i = last;
  }
}

/**
 * A capital initial, its dot and a capitalised surname that is a listed name, in mixed-case text, not
 * after another capitalised word ("Plan B. Moody" is a sentence break).
 */
function initialName(text: string, tokens: NameToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.caseless || classOf(text.charCodeAt(t.start)) !== C.Upper || t.w === 'i' || t.w === 'a') return false;
  const s = initialSurname(tokens, i);
  if (s < 0) return false;
  const sur = tokens[s]!;
  if (!sur.cap || sur.upper || isStopWord(sur.w) || STREET_WORDS.has(sur.w) || BUSINESS_WORDS.has(sur.w)) return false;
  // Not after a capitalised word or a number ("Plan B. Moody", "Section 3 B. Great").
  const p = tokens[i - 1];
  return !p || (p.kind === 'word' ? !p.cap : !/^\d/.test(p.w));
}

/** "ph#:", "email:": the key of the next field in a "cust:ana le ph#:..." line. */
function fieldKeyAt(tokens: NameToken[], k: number): boolean {
  const t = tokens[k];
  const n = tokens[k + 1];
  return !!t && t.kind === 'word' && !!n && n.start === t.end && (n.w === ':' || (n.w === '#' && tokens[k + 2]?.w === ':'));
}

/** "Jackson Hewitt", "Harry & David": the word ends a brand that starts a word or two before it. */
function insideBrand(tokens: NameToken[], i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) if (tokens[k]!.kind === 'word' && startsBrand(tokens, k)) return true;
  return false;
}

/** Words that make the name before them a product: "eero Pro 6", "Galaxy Ultra". */
const PRODUCT_TAILS = new Set(['pro', 'max', 'plus', 'mini', 'ultra', 'lite']);

/** The start of a name read back over a hyphen join ("Sherwin-Williams" from "williams"). */
function first0(tokens: NameToken[], i: number): number {
  return tokens[i - 1]?.w === '-' && tokens[i - 1]!.end === tokens[i]!.start && tokens[i - 2]?.kind === 'word' ? i - 2 : i;
}

/** "$290.98", "for 134.41 dollars", "for sixteen oh one": an amount right after a merchant's name. */
function amountAfter(tokens: NameToken[], k: number): boolean {
  if (tokens[k]?.w === 'for') k++;
  const t = tokens[k];
  if (!t) return false;
  return t.w === '$' || t.w === '€' || t.w === '£' || /^\d/.test(t.w) || (t.kind === 'word' && NUMBER_WORD.test(t.w) && !t.w.endsWith('th'));
}

const US_STATES = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'wisconsin', 'wyoming']);

/** Overlapping finds become one span with the highest score. */
export function mergeFound(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) last.end = f.end;
      if (f.score > last.score) {
        last.score = f.score;
        if (f.context) last.context = f.context;
      }
    } else {
      out.push({ ...f });
    }
  }
  return out;
}

/** Where a speaker label sits: "[5:07 PM] Lan:", "02:02 Customer (Lan Stewart):", "Lan Wu:". */
const LABEL_AT_LINE_START =
  /^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?[ \t]*)?([^\n:()\[\]]{1,40}?)[ \t]*(?:\(([^)\n]{1,40})\))?[ \t]*:/my;
/** How far into a line the colon of such a label can be. */
const LABEL_REACH = 140;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function colonWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 58) return true;
  return false;
}

/** Notes the line of an occurrence of a label word at `at`, when it stands near the line start. */
function noteLabelLine(text: string, lower: string, w: string, at: number, starts: Set<number>): void {
  // Inside a longer word ("do" in "document"): no label word here.
  if (isAsciiLetter(lower.charCodeAt(at - 1)) || isAsciiLetter(lower.charCodeAt(at + w.length))) return;
  const from = text.lastIndexOf('\n', at) + 1;
  if (at - from < LABEL_REACH) starts.add(from);
}

/**
 * Starts of the lines that may begin with a label holding one of `words`, in no set order: only
 * where a word occurs near a line start (found with indexOf, as most lines hold none), or every line
 * with a colon near its start when lower-casing moved offsets. `scanned` words were looked for by
 * the caller already, which put their lines in `starts`.
 */
function labelLinesWith(text: string, lower: string, sameOffsets: boolean, words: ReadonlySet<string>, scanned: ReadonlySet<string> | undefined, starts: Set<number>): number[] {
  if (sameOffsets) {
    for (const w of words) {
      if (scanned?.has(w)) continue;
      for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) noteLabelLine(text, lower, w, at, starts);
    }
  } else {
    for (let from = 0; from < text.length; ) {
      let end = text.indexOf('\n', from);
      if (end < 0) end = text.length;
      starts.add(from);
      from = end + 1;
    }
  }
  const out: number[] = [];
  for (const from of starts) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    if (colonWithin(text, from, Math.min(end, from + LABEL_REACH))) out.push(from);
  }
  return out;
}
const LETTER = /[\p{L}\p{M}\d]/u;

/** No letter or digit touches `[start, end)` on either side. */
function wholeWordAt(text: string, start: number, end: number): boolean {
  return (start === 0 || !isLetterAt(text, start - 1)) && (end >= text.length || !isLetterAt(text, end));
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(text[i]!);
}

/** A spoken number misread as a name must not spread to every number said in the document. */
const NUMBER_WORD =
  /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|double|triple|\w+(?:th|st|nd|rd))$/;
const NAME_WORD = /[\p{L}][\p{L}\p{M}'\u2019]*/gu;


/**
 * Start and end of each NAME_WORD match in text[from, to) (`part` is that stretch), in pairs. ASCII
 * text, nearly every label, is read by hand: a letter, then letters and apostrophes.
 */
function nameWordBounds(text: string, from: number, to: number, part: string): number[] {
  const bounds: number[] = [];
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) > 127) {
      for (const m of part.matchAll(NAME_WORD)) bounds.push(from + m.index, from + m.index + m[0].length);
      return bounds;
    }
  }
  for (let k = from; k < to; ) {
    if (!isAsciiLetter(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    k++;
    while (k < to && (isAsciiLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 39)) k++;
    bounds.push(start, k);
  }
  return bounds;
}

/** "Ward is spelled", "ward, spelled": the name said again before its spelling. */
const SPELLED_AFTER = /^,?[ \t]+(?:is[ \t]+|it's[ \t]+)?(?:spelled|spelt|splled|speled|spelling)\b/;

/**
 * A name that is also an everyday word ("Joy", "ward"), once found, is that person again where it
 * reads as a name: before "'s" ("Joy's notes"), before its spelling ("ward is spelled w a r d"),
 * or written with a capital inside a sentence ("I spoke to Joy yesterday").
 */
function spreadWordName(text: string, lower: string, w: string, found: Found[]): void {
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
    const end = at + w.length;
    if (!wholeWordAt(lower, at, end)) {
      // "Joy's": the apostrophe is no letter, so only a letter before stops it.
      if (at > 0 && isLetterAt(lower, at - 1)) continue;
      if (!(lower.charCodeAt(end) === 39 || lower.charCodeAt(end) === 0x2019) || lower.charCodeAt(end + 1) !== 115 || isLetterAt(lower, end + 2)) continue;
    }
    const c = lower.charCodeAt(end);
    if ((c === 39 || c === 0x2019) && lower.charCodeAt(end + 1) === 115 && !isLetterAt(lower, end + 2)) {
      found.push({ start: at, end, score: 0.8, context: 'same name elsewhere' });
      continue;
    }
    const sp = lower.indexOf('sp', end);
    if (sp >= 0 && sp - end <= 10 && SPELLED_AFTER.test(lower.slice(end, end + 24))) {
      found.push({ start: at, end, score: 0.8, context: 'same name elsewhere' });
      continue;
    }
    const cc = text.charCodeAt(at);
    if (!(cc >= 65 && cc <= 90) || text.charCodeAt(at + 1) < 97) continue;
    // Stop words ("Will", "Jun") and brands stay words when only a capital speaks for them.
    if (isMonthOrBrand(w) || DAYS.has(w) || isStopWord(w)) continue;
    // Inside a sentence: a lower-case word or a comma before it.
    let p = at - 1;
    while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
    const pc = text.charCodeAt(p);
    if (!((pc >= 97 && pc <= 122) || pc === 44)) continue;
    const next = /^[ \t]+([a-z]+)/.exec(lower.slice(end, end + 20))?.[1] ?? '';
    if (BUSINESS_WORDS.has(next) || ORG_TAILS.has(next) || STREET_WORDS.has(next) || /^[ \t]*\d/.test(text.slice(end, end + 3))) continue;
    found.push({ start: at, end, score: 0.8, context: 'same name elsewhere' });
  }
}

/**
 * A name found once with good evidence is the same person wherever else it is written: the whole
 * name anywhere, a part of it that is no everyday word anywhere, and any part (even "Lan", "Do")
 * where it stands as a speaker label. Without this, a name cued once leaks in every later label.
 */
function propagateNames(text: string, lowerText: string | undefined, found: Found[]): void {
  /** Whole names by their first word, lower-cased. */
  const phrases = new Map<string, string[][]>();
  const plainWords = new Set<string>();
  const labelWords = new Set<string>();
  /** Parts of found names that are also everyday words ("Joy", "Ward"): spread only where they read as names. */
  const wordNames = new Set<string>();
  // A name is usually found many times (every line its speaker label starts): read each once.
  const seen = new Set<string>();
  for (const f of found) {
    if (f.score < 0.8) continue;
    const name = text.slice(f.start, f.end);
    if (seen.has(name)) continue;
    seen.add(name);
    const words = (name.match(NAME_WORD) ?? []).map((w) => w.toLowerCase());
    if (words.length === 0 || words.length > 5) continue;
    if (words.length >= 2) {
      const list = phrases.get(words[0]!) ?? [];
      list.push(words);
      phrases.set(words[0]!, list);
      // "Mei St. James" then "St. James is spelled ...", "amber al-masri" then "Is that Al-Masri?": the surname with its particle.
      for (let p = 1; p < words.length - 1; p++) {
        if (!SURNAME_PARTICLES.has(words[p]!)) continue;
        const tail = words.slice(p);
        const tails = phrases.get(tail[0]!) ?? [];
        tails.push(tail);
        phrases.set(tail[0]!, tails);
        break;
      }
    }
    for (const w of words) {
      if (w.length < 2 || BUSINESS_WORDS.has(w) || NUMBER_WORD.test(w)) continue;
      // "You've been connected to Chase." then "Chase:" on every line: a month or brand said as a
      // name by a cue is that speaker's label, though it is spread nowhere else.
      if (isMonthOrBrand(w)) {
        if (f.score >= 0.85 && f.context !== 'same name elsewhere') labelWords.add(w);
        continue;
      }
      labelWords.add(w);
      if (w.length >= 3 && !isCommonWord(w) && !isStopWord(w)) plainWords.add(w);
      else if (w.length >= 3 && !SURNAME_PARTICLES.has(w) && (!isStopWord(w) || isWeakName(w))) wordNames.add(w);
    }
    // "tyrone le" then "Is that Le?": a two-letter surname is that person where it is written with a capital.
    const surname = words[words.length - 1]!;
    if (words.length >= 2 && surname.length === 2 && SHORT_SURNAMES.has(surname)) wordNames.add(surname);
  }
  if (labelWords.size === 0) return;
  const lower = lowerText ?? text.toLowerCase();
  // toLowerCase keeps offsets for all but a few letters; when it does not, skip the spreading.
  const sameOffsets = lower.length === text.length;
  /** Starts of the lines a label word occurs near the start of (see labelLinesWith). */
  const labelStarts = new Set<number>();
  if (plainWords.size > 0 || phrases.size > 0) {
    if (sameOffsets) {
      for (const w of plainWords) {
        for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
          if (wholeWordAt(lower, at, at + w.length)) found.push({ start: at, end: at + w.length, score: 0.8, context: 'same name elsewhere' });
          // Plain words are label words too: the lines they may label are noted in this same scan.
          noteLabelLine(text, lower, w, at, labelStarts);
        }
      }
      for (const [head, list] of phrases) {
        for (let at = lower.indexOf(head); at >= 0; at = lower.indexOf(head, at + head.length)) {
          if (!wholeWordAt(lower, at, at + head.length)) continue;
          for (const words of list) {
            let end = at + head.length;
            let k = 1;
            for (; k < words.length; k++) {
              let p = end;
              while (p < lower.length && p - end < 3 && /[\s.,-]/.test(lower[p]!)) p++;
              if (p === end || !lower.startsWith(words[k]!, p) || !wholeWordAt(lower, p, p + words[k]!.length)) break;
              end = p + words[k]!.length;
            }
            if (k === words.length) found.push({ start: at, end, score: 0.8, context: 'same name elsewhere' });
          }
        }
      }
    }
  }
  if (sameOffsets) for (const w of wordNames) spreadWordName(text, lower, w, found);
  // Each line is read on its own, so the order of the lines does not matter.
  for (const from of labelLinesWith(text, lower, sameOffsets, labelWords, sameOffsets ? plainWords : undefined, labelStarts)) {
    LABEL_AT_LINE_START.lastIndex = from;
    const m = LABEL_AT_LINE_START.exec(text);
    if (m === null || m[0].length === 0) continue;
    for (const group of [1, 2]) {
      const part = m[group];
      if (!part) continue;
      const partStart = m.index + m[0].indexOf(part, group === 2 ? m[0].indexOf('(') : 0);
      const bounds = nameWordBounds(text, partStart, partStart + part.length, part);
      // A label is a name or a role, a few words at most: "Customer", "Agent (Support)".
      if (bounds.length === 0 || bounds.length > 8) continue;
      for (let k = 0; k < bounds.length; k += 2) {
        const start = bounds[k]!;
        const end = bounds[k + 1]!;
        if (labelWords.has(text.slice(start, end).toLowerCase())) found.push({ start, end, score: 0.8, context: 'same name as label' });
      }
    }
  }
}
