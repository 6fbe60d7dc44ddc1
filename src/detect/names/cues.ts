/**
 * Where a name is announced: cue phrases ("my name is", "this is X from", "Mr."), greetings,
 * ticket prefixes, speakers labelled by name ("Tyler (agent):"), answers to "can I have your name?"
 * and signatures under a sign-off line.
 */
import { BUSINESS_WORDS, SURNAME_PARTICLES, CUE_TRIGGERS, isCommonWord, isStopWord, isStrongFirstName, isStrongName, isWeakName, LINE_START_TRIGGERS, TITLES, WordShapes } from './lexicon.js';
import type { NameToken } from './tokens.js';

/** How much a cue vouches for the word after it. */
export type CueStrength =
  /** "my name is", "Mr.", "name on the card", an answer to "your name?": any word but a stop word. */
  | 'strong'
  /** "this is", "speaking with", "i'm": a listed or capitalised name, or an unknown (not everyday) word. */
  | 'intro'
  /** "hi", "thanks", "anything else": as intro, but an everyday-word name only when the phrase ends. */
  | 'greeting'
  /** "Customer:", "agent", "ask for", "my husband": a listed or capitalised name, or an unknown word in caseless text. */
  | 'soft';

export interface Cue {
  /** Index of the first token of the name. */
  at: number;
  strength: CueStrength;
  label: string;
}

const POSSESSIVE_BEFORE_NAME = new Set([
  'my', 'his', 'her', 'your', 'their', 'our', 'the', 'full', 'first', 'last', 'middle', 'maiden', 'legal',
  'sur', 'given', 'family', 'complete', "customer's", "caller's", "cardholder's", 'whose', "husband's",
  "wife's", "son's", "daughter's", "mother's", "father's", "mom's", "dad's", "mum's", "sister's", "brother's",
  "partner's", "spouse's", "grandma's", "grandpa's", "grandmother's", "grandfather's", "aunt's", "uncle's",
  "boyfriend's", "girlfriend's", "fiance's", "fiancee's", "child's", "kid's", "landlord's", "tenant's",
]);
const SKIP_AFTER_NAME_CUE = new Set([
  'is', 'was', "'s", 's', ':', '-', 'on', 'the', 'card', 'account', 'reads', 'says', 'be', 'would', 'should',
  'it', "it's", 'its', 'of', 'please', ',', 'just', 'um', 'uh', 'er', 'hmm', 'like', 'as', 'listed', 'name', 'acct',
]);
const SPEAK_VERBS = new Set(['speaking', 'talking', 'spoke', 'speak', 'talk', 'talked', 'spoken', 'chatting', 'chat', 'chatted', 'connected', 'connect', 'speaks']);
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'bye',
  // Thanks typed in a hurry: "tahnks sky", "thanx Ana", "thks lee".
  'tahnks', 'thanx', 'thankx', 'thnks', 'thks', 'tanks', 'thaks', 'thamks', 'thankyou', 'thanku', 'goodbye', 'morning', 'afternoon', 'evening', 'welcome', 'congratulations', 'sorry', 'cheers']);
const AGENT_WORDS = new Set(['agent', 'rep', 'representative', 'advisor', 'adviser', 'specialist', 'technician', 'associate', 'supervisor', 'manager', 'colleague', 'coworker', 'teammate',
  // Others who act for or on the caller: "tech Ravi came out", "my attorney Ines Roca".
  'tech', 'installer', 'engineer', 'adjuster', 'caseworker', 'nurse', 'pharmacist', 'attorney', 'lawyer', 'accountant', 'realtor', 'broker', 'contractor']);
const FAMILY = new Set(['husband', 'wife', 'son', 'daughter', 'mother', 'mom', 'father', 'dad', 'partner', 'brother', 'sister', 'spouse', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'aunt', 'uncle', 'niece', 'nephew', 'fiance', 'fiancee', 'friend', 'boyfriend', 'girlfriend',
  // People named by how they relate to the caller, as relatives are: "my landlord, Ana Ruiz".
  'landlord', 'landlady', 'neighbour', 'neighbor', 'roommate', 'flatmate', 'tenant', 'caregiver', 'carer']);
const LINE_LABELS = new Set(['cust', 'customer', 'caller', 'cardholder', 'client', 'member', 'contact', 'cx', 'patient', 'requester', 'requestor', 'from', 'to', 'cc', 'attn', 'attention', 'name', 'customer name', 'cm', 'user', 'owner', 'holder', 'signed', 'sender', 'recipient', 'submitted by', 'reported by', 'assigned to', 'agent', 'rep', 'acct holder', 'account holder', 'card holder', 'full name', 'cust name', 'caller name',
  // Payment parties, reviewers, subscribers, address blocks and identity checks in tickets.
  'reviewer', 'approver', 'sub', 'subscriber', 'remitter', 'originator', 'payer', 'ship to', 'bill to', 'sold to', 'deliver to', 'mail to', 'send to', 'shipping to', 'shipped to', 'id verified', 'verified']);
/** Field labels that name the customer anywhere in a ticket line, after punctuation ("| CALLER: ..."). */
const MIDLINE_LABELS = new Set(['cust', 'customer', 'caller', 'cardholder', 'client', 'member', 'patient', 'cx', 'requester', 'requestor', 'agent', 'rep']);
/** "my landlord, Ana Ruiz": a word for how someone relates to the caller. */
export function isRelation(w: string): boolean {
  return FAMILY.has(w);
}
/** Whose relative a ticket note means: "cust spouse Lorcan called in", "caller's son Ade". */
const RELATIVE_OWNERS = new Set(['cust', 'cx', 'customer', 'caller', 'client', 'member', "cust's", "customer's", "caller's", "client's", "member's"]);
/** Words before a relative's name in "... for Soo-jin, my son". */
const RELATIVE_INTRO = new Set(['for', 'to', 'with', 'about', 'is', 'named', 'called', 'and', 'add', ',']);

/** Prefixes that name the customer without a colon in terse tickets: "Cust Ty Eriksson cb ...". */
const BARE_PREFIXES = new Set(['cust', 'cx', 'caller']);

/** Speaker labels that are roles, not people. */
const ROLE_WORDS = new Set([
  'agent', 'customer', 'caller', 'cust', 'client', 'rep', 'representative', 'support', 'you', 'me', 'visitor',
  'guest', 'user', 'speaker', 'spk', 'channel', 'system', 'bot', 'assistant', 'operator', 'advisor', 'specialist',
  'team', 'note', 'notes', 'subject', 'from', 'to', 'cc', 'bcc', 'date', 'sent', 're', 'fw', 'fwd', 'issue',
  'resolution', 'summary', 'name', 'dob', 'addr', 'address', 'phone', 'email', 'acct', 'account', 'card', 'ssn',
  'status', 'priority', 'category', 'action', 'callback', 'cb', 'disposition', 'outcome', 'ticket', 'case',
  'order', 'amount', 'amt', 'zip', 'city', 'state', 'time', 'duration', 'tags', 'type', 'reason', 'details',
  'description', 'comment', 'comments', 'update', 'internal', 'transcript', 'chat', 'call', 'queue', 'owner',
  'assigned', 'assignee', 'reporter', 'requester', 'created', 'updated', 'closed', 'opened', 'source', 'id',
  'ref', 'reference', 'conf', 'confirmation', 'member', 'patient', 'policy', 'claim', 'cardholder', 'cx', 'moderator',
  'host', 'interviewer', 'q', 'a', 'c', 'b', 'unknown', 'other', 'tech', 'technician', 'supervisor', 'manager',
  'escalation', 'follow', 'up', 'next', 'steps', 'product', 'device', 'error', 'message', 'body', 'attachment',
  'exp', 'cvv', 'iban', 'routing', 'bank', 'ip', 'merchant', 'charge', 'transaction', 'auth', 'verified',
  'bic', 'swift', 'sort', 'aba', 'rtn', 'sepa',
  'reviewer', 'approver', 'subscriber', 'remitter', 'originator', 'payer', 'payee', 'beneficiary', 'bday', 'birthday', 'birthdate', 'optional', 'required',
]);

const PAYMENT_VERBS = new Set(['transfer', 'transferred', 'send', 'sent', 'sending', 'pay', 'paid', 'paying', 'wire', 'wired', 'zelle', 'venmo', 'payment', 'money', 'funds', 'payout']);
/** Words of a payment set-up line after which "for X" names the account holder: "ACH setup: RTN ... / acct ... for Ana Ruiz". */
const PAYEE_SETUP = new Set(['ach', 'sepa', 'payout', 'setup', 'wire', 'mandate', 'pmt', 'otp']);
/** The words a question in NAME_QUESTION_MORE ends on. */
export const MORE_QUESTION_ENDS: ReadonlySet<string> = new Set(['name', 'beneficiary', 'recipient', 'payee', 'read']);
/** "name on (the) account", "name on file". */
const ON_WHAT = /^(?:card|account|acct|file|reservation|booking|order|policy)$/;
/** Ticket shorthand whose name follows: "Cx name Ana Ruiz", "searched by name Ruiz, Ana". */
const NAME_OWNERS = new Set(['cx', 'cust', 'customer', 'caller', 'client', 'member', 'by', 'acct', 'account']);
/** What a name is put under: "the acct is under Ana Ruiz", "found acct under Ruiz, Ana". */
const FILED_UNDER = new Set(['acct', 'account', 'card', 'profile', 'booking', 'order', 'policy', 'reservation', 'plan', 'subscription']);
/** Field labels after which the name stands on the next line: "Ship to:\nANA RUIZ\n12 Oak St". */
const ADDRESS_LABELS = new Set(['ship to', 'bill to', 'sold to', 'deliver to', 'mail to', 'send to']);
/** "escalated to Priyanka", "referred to Dr Ruiz": whom a case was handed to. */
const HANDED_TO = new Set(['escalated', 'escalate', 'escalating', 'referred', 'forwarded', 'reassigned', 'routed', 'passed', 'handed']);
/** What is handed on in "transferred call to ...", as opposed to money. */
const HANDED_OVER = new Set(['call', 'caller', 'line', 'chat', 'ticket', 'case', 'customer', 'cust', 'cx', 'her', 'him', 'them']);
/** Verbs of terse agent notes followed by whom they concern: "notified X", "per X", "spoke w/ X". */
const TICKET_VERBS = new Set(['notified', 'per', 'contacted', 'emailed', 'texted', 'advised', 'informed', 'sup', 'cb', 'contact']);
/** Words that end a company's name before its agent introduces themselves: "Acme Bank support, Lee here". */
const DESK_WORDS = new Set(['support', 'care', 'service', 'services', 'desk', 'helpdesk', 'team', 'billing', 'helpline']);
/** Spoken numbers: "it's forty dollars" states an amount, not a name. */
const SPOKEN_AMOUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)$/;

/**
 * "...so I pressed zero. It's Grant Price." / "...pressed zero it's faith okafor" (end of turn): "it's"
 * opening a sentence, or two words after it that close the turn, introduce the speaker.
 */
function saysWhoAfterSentence(tokens: NameToken[], i: number): boolean {
  // "It's Costco Wholesale.": only a given name people use opens the introduction.
  const given = tokens[i + 1]?.w ?? '';
  if (!isStrongFirstName(given) && !isWeakName(given)) return false;
  const before = tokens[i - 1]?.w;
  if ((before === '.' || before === '!' || before === '?') && tokens[i]!.cap) return true;
  if (tokens[i + 1]?.kind !== 'word' || tokens[i + 2]?.kind !== 'word') return false;
  const close = tokens[i + 3];
  return !close || close.kind === 'newline' || close.w === '.';
}

/** "the other driver was Ana Ruiz". */
const CLAIM_PARTIES = new Set(['driver', 'party', 'passenger', 'tenant', 'owner']);
/** Praise before the agent's name at the end of a call: "you've been great, Lee", "so helpful lee". */
const PRAISE = new Set(['great', 'helpful', 'wonderful', 'amazing', 'awesome', 'fantastic', 'lovely', 'brilliant', 'patient', 'kind', 'excellent', 'perfect', 'super']);
/** What a caller says before naming the agent as they close: "no Lee you were ...", "No. Lee, u were ...". */
const REPLY_WORDS = new Set(['no', 'nope', 'nah', 'yes', 'yeah', 'yep', 'ok', 'okay', 'oh', 'and', 'honestly', 'seriously', 'um', 'uh', '.', ',', '!', ':']);
/** What an ASR writes for a spoken title ("Ms." heard as "mix"), or a title only said after a greeting ("thanks doctor Lee"). */
const SPOKEN_TITLES = new Set(['mix', 'doctor', 'miss', 'mister', 'missus', 'mizz', 'mrs', 'ms', 'mr']);
const BEFORE_SPOKEN_TITLE = new Set(['thanks', 'thank', 'you', 'u', 'hi', 'hello', 'hey', 'morning', 'afternoon', 'evening', 'sorry', 'okay', 'ok', 'great', 'perfect', 'bye', 'welcome', 'right']);
const HESITATION = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'mm', 'like']);

/** Only fillers (and a speaker label) stand between the line start and token i. */
function onlyFillersBefore(tokens: NameToken[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !tokens[k + 1]!.lineStart) {
    const t = tokens[k]!;
    if (t.w === ':' || t.w === ']') return true;
    if (!(ANSWER_FILLERS.has(t.w) || t.kind === 'punct')) return false;
    k--;
  }
  return true;
}

function word(tokens: NameToken[], i: number): string | undefined {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.w : undefined;
}

function isDigitToken(t: NameToken): boolean {
  const c = t.w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * "June Powell added as AU", "Łukasz called on behalf of ...": the one to three words before token
 * `verb`, back to the line start or a colon, are the name when nothing else stands there.
 */
function pushNameBefore(tokens: NameToken[], verb: number, cues: Cue[], label: string): void {
  let k = verb - 1;
  let words = 0;
  while (k >= 0 && words < 5) {
    const t = tokens[k]!;
    if (t.kind === 'word') words++;
    else if (t.w !== '-' && t.w !== '.' && t.w !== "'") break;
    k--;
  }
  const first = k + 1;
  const before = tokens[k];
  if (words === 0 || words > 4 || first >= verb) return;
  if (before && before.kind !== 'newline' && before.w !== ':' && before.w !== '.' && before.w !== '|' && before.w !== '/' && before.w !== '-') return;
  if (tokens[first]!.kind !== 'word') return;
  cues.push({ at: first, strength: 'intro', label });
}

/** "the other driver was Ana Ruiz" (not "was fine", "was Hispanic"): a listed name, or a name-like word before one. */
function claimName(tokens: NameToken[], i: number): boolean {
  const a = word(tokens, i);
  if (!a) return false;
  const b = word(tokens, i + 1) ?? '';
  if (isStrongName(a)) return true;
  if (isStopWord(a) || !(isWeakName(a) || !isCommonWord(a))) return false;
  if (isStrongName(b) || (tokens[i]!.cap && !!tokens[i + 1]?.cap && !isCommonWord(a))) return true;
  // "penny king her number is ...": two name-like words, then the sentence turns to them.
  const c = tokens[i + 2];
  return (isWeakName(b) || (b !== '' && !isCommonWord(b))) && !isStopWord(b) && (!c || c.kind !== 'word' || c.w === 'her' || c.w === 'his' || c.w === 'their');
}

/** "(Ana Ruiz)": a few words and nothing else up to the closing bracket (not "(rtg 302270350)"). */
function onlyWordsInBrackets(tokens: NameToken[], open: number): boolean {
  for (let k = open + 1; k < open + 8 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.w === ')') return k > open + 1;
    if (t.kind !== 'word' && t.w !== '.' && t.w !== '-' && t.w !== ',' && t.w !== "'") return false;
  }
  return false;
}

function isWordAt(tokens: NameToken[], i: number): boolean {
  return tokens[i]?.kind === 'word';
}

/** Every word that can start a cue below, so that all other words are passed over with one lookup. */
const CUE_GATE: ReadonlySet<string> = new Set([...CUE_TRIGGERS, ...LINE_START_TRIGGERS, 'to', 'you', 'u', "you've", "u've", 'else', ...DESK_WORDS, ...PRAISE, ...SPOKEN_TITLES, 'appreciate', 'handoff', 'handover', 'hand-off', 'contact', ...FAMILY, 'was', 'for', ...PAYEE_SETUP, ...GREETINGS, ...HANDED_TO, ...AGENT_WORDS, 'read', "name's", 'born', 'by', "he's", "she's", 'hes', 'shes', 'under', 'poa', 'okay', 'ok', 'is', 'req', 'request', 'requested', 'reach']);
const CUE_GATE_SHAPES = new WordShapes(CUE_GATE);

/**
 * The cues of a text. `questionEnds` collects the tokens that may end a question in
 * NAME_QUESTION_MORE, and `lineStarts` the first token of each line, read in the same pass so the
 * tokens are not scanned again for them.
 */
export function findCues(tokens: NameToken[], questionEnds?: number[], lineStarts?: number[]): Cue[] {
  const cues: Cue[] = [];
  /** The last word of a payment set-up seen ("ACH setup: ... for Ana Ruiz"). */
  let lastSetup = -100;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lineStart && lineStarts) lineStarts.push(i);
    if (t.kind !== 'word') continue;
    const w = t.w;
    if (!(CUE_GATE_SHAPES.mayHold(w) && CUE_GATE.has(w))) {
      // Every word tested below is in CUE_GATE: a line's first word outside it can only be a header label.
      if (t.lineStart) pushLineLabel(tokens, i, cues);
      continue;
    }
    if (PAYEE_SETUP.has(w)) lastSetup = i;
    if (questionEnds && MORE_QUESTION_ENDS.has(w)) questionEnds.push(i);
    // Words that only open the cues below: handled before the costlier context is read.
    if (!t.lineStart) {
      if (w === 'under') {
        // "the acct is under BILL WALKER", "found acct under Ruiz, Ana": whose name an account is in.
        const before = word(tokens, i - 1);
        const owner = before === 'is' || before === 'was' ? word(tokens, i - 2) : before;
        if (owner !== undefined && FILED_UNDER.has(owner) && isWordAt(tokens, i + 1)) cues.push({ at: i + 1, strength: 'intro', label: 'under' });
        continue;
      }
      const said = word(tokens, i - 1);
      if (w === 'to' && tokens[i + 1]?.w === ':' && (said === 'ship' || said === 'shipping' || said === 'deliver' || said === 'bill') && isWordAt(tokens, i + 2)) {
        // "Order 123 | Ship to: Ana Ruiz, 12 Oak St | 2 units".
        cues.push({ at: i + 2, strength: 'strong', label: 'line label' });
        continue;
      }
      if (w === 'reach' && said === 'to' && isWordAt(tokens, i + 1)) {
        // "I'm trying to reach Wendy Chaudhry".
        cues.push({ at: i + 1, strength: 'intro', label: 'named' });
        continue;
      }
      if (w === 'okay' || w === 'ok') {
        // "okay wendy one second": the agent names the caller before putting them on hold.
        let j = i + 1;
        if (tokens[j]?.w === ',') j++;
        const hold = word(tokens, j + 2);
        if (isWordAt(tokens, j) && word(tokens, j + 1) === 'one' && (hold === 'second' || hold === 'moment' || hold === 'sec')) cues.push({ at: j, strength: 'greeting', label: 'greeting' });
        continue;
      }
      if (w === 'poa') {
        // "Spoke w/ POA (T. Stone, ph ...)": whoever holds power of attorney, in brackets.
        if (tokens[i + 1]?.w === '(' && isWordAt(tokens, i + 2)) cues.push({ at: i + 2, strength: 'intro', label: 'named' });
        continue;
      }
      if (w === 'is') {
        // "(Bill is my husband)", "caller Dawn is the spouse of ...": a name, then how they relate.
        const whose = word(tokens, i + 1);
        if ((whose === 'my' || whose === 'the' || whose === 'her' || whose === 'his') && FAMILY.has(word(tokens, i + 2) ?? '') && isWordAt(tokens, i - 1)) {
          const open = tokens[i - 2];
          const start = open && open.kind === 'word' && (tokens[i - 3]?.w === '(' || tokens[i - 3]?.kind === 'newline') ? i - 2 : i - 1;
          const before = tokens[start - 1];
          if (!before || before.kind !== 'word' || BARE_PREFIXES.has(before.w)) cues.push({ at: start, strength: 'intro', label: 'family after' });
        }
        continue;
      }
      if (w === 'req' || w === 'request' || w === 'requested') {
        // "ADDR CHG REQ FOR APRIL LOVE": whom a request is for.
        if (word(tokens, i + 1) === 'for' && isWordAt(tokens, i + 2)) cues.push({ at: i + 2, strength: 'intro', label: 'named' });
        continue;
      }
      if (w === 'by') {
        // "he goes by Bartek", "I go by Mo".
        const said = word(tokens, i - 1);
        if (said === 'goes' || said === 'go' || said === 'went') cues.push({ at: i + 1, strength: 'intro', label: 'named' });
        continue;
      }
      if (w === 'born') {
        // "Pearl was born in 1958": whom a date of birth belongs to, opening the sentence.
        if (word(tokens, i - 1) === 'was') pushNameBefore(tokens, i - 1, cues, 'born');
        continue;
      }
      if (w === 'for') {
        if (i - lastSetup <= 10 && isWordAt(tokens, i + 1)) {
          let sameLine = true;
          for (let k = lastSetup + 1; k < i; k++) if (tokens[k]!.kind === 'newline') sameLine = false;
          if (sameLine) cues.push({ at: i + 1, strength: 'intro', label: 'payment to' });
        }
        continue;
      }
      if (DESK_WORDS.has(w)) {
        // "Acme Bank support, Lee here", "acme customer care hyun woo here how can i help".
        let j = i + 1;
        if (tokens[j]?.w === ',') j++;
        if (!isWordAt(tokens, j) || (isStopWord(word(tokens, j)!) && !isWeakName(word(tokens, j)!))) continue;
        for (let e = j + 1; e <= j + 3 && e < tokens.length; e++) {
          const h = word(tokens, e);
          if (h === 'here' || h === 'speaking') {
            cues.push({ at: j, strength: 'intro', label: 'desk here' });
            break;
          }
          if (tokens[e]!.kind !== 'word' && tokens[e]!.w !== '-') break;
        }
        continue;
      }
      if (w === 'was' || PRAISE.has(w)) {
        let p = i - 1;
        while (p > 0 && HESITATION.has(word(tokens, p) ?? '')) p--;
        const said = word(tokens, p);
        if (w === 'was' && said !== undefined && CLAIM_PARTIES.has(said) && claimName(tokens, i + 1)) {
          // "the other driver was Ana Ruiz": whom a claim is about.
          cues.push({ at: i + 1, strength: 'intro', label: 'named' });
        } else if (PRAISE.has(w) && (said === 'been' || ((said === 'so' || said === 'really' || said === 'very' || said === 'super') && word(tokens, p - 1) === 'been'))) {
          let j = i + 1;
          if (tokens[j]?.w === ',') j++;
          cues.push({ at: j, strength: 'greeting', label: 'greeting' });
        }
        continue;
      }
    }
    const prev = word(tokens, i - 1);
    // "thank um you", "anything uh else": hesitations inside the phrase.
    let pf = i - 1;
    while (pf > 0 && HESITATION.has(word(tokens, pf) ?? '')) pf--;
    const prevSaid = word(tokens, pf);
    if ((w === 'you' || w === 'u') && prevSaid === 'thank') {
      let j = i + 1;
      if (tokens[j]?.w === ',') j++;
      if (word(tokens, j) === 'so' && word(tokens, j + 1) === 'much') j += 2;
      if (tokens[j]?.w === ',') j++;
      cues.push({ at: j, strength: 'greeting', label: 'greeting' });
      continue;
    }
    // "no Lee you were really patient", "No. Lee, u were ...", "nope Lee you've been great": the name said to the agent.
    if (((w === 'you' || w === 'u') && word(tokens, i + 1) === 'were') || ((w === "you've" || w === "u've") && word(tokens, i + 1) === 'been')) {
      let p = i - 1;
      if (tokens[p]?.w === ',') p--;
      const before = tokens[p - 1];
      if (isWordAt(tokens, p) && (!before || before.kind === 'newline' || REPLY_WORDS.has(before.w))) cues.push({ at: p, strength: 'greeting', label: 'vocative' });
      continue;
    }
    if (w === 'else' && prevSaid === 'anything') {
      let j = i + 1;
      if (tokens[j]?.w === ',') j++;
      cues.push({ at: j, strength: 'greeting', label: 'greeting' });
      continue;
    }
    // These open only the cues above ("you" is the most frequent word let through).
    if (w === 'you' || w === 'u' || w === "you've" || w === "u've" || w === 'else') {
      if (t.lineStart) pushLineLabel(tokens, i, cues);
      continue;
    }
    if (w === 'name' || w === "name's" || w === 'surname' || w === 'lastname' || w === 'firstname') {
      const labelled = tokens[i + 1]?.w === ':';
      const onCard = word(tokens, i + 1) === 'on' && (ON_WHAT.test(word(tokens, i + 3) ?? '') || ON_WHAT.test(word(tokens, i + 2) ?? ''));
      let pk = i - 1;
      while (HESITATION.has(word(tokens, pk) ?? '')) pk--;
      const owner = word(tokens, pk);
      const atStart = !prev && (t.lineStart || tokens[i - 1]?.kind === 'punct');
      const sentenceStart = atStart && (word(tokens, i + 1) === 'is' || (t.cap && !!tokens[i + 1]?.cap));
      if ((w === 'name' || w === "name's") && !labelled && !onCard && !sentenceStart && !(owner && (POSSESSIVE_BEFORE_NAME.has(owner) || NAME_OWNERS.has(owner))) && prev !== 'under') continue;
      let j = i + 1;
      // "Name: S. Cash": a lone "s" with a dot after it is an initial, not "name's".
      while (j < tokens.length && j < i + 8 && SKIP_AFTER_NAME_CUE.has(tokens[j]!.w) && !(tokens[j]!.w === 's' && tokens[j + 1]?.w === '.')) j++;
      if (isWordAt(tokens, j)) cues.push({ at: j, strength: 'strong', label: 'name' });
      continue;
    }
    if (w === 'holder' || w === 'cardholder' || w === 'accountholder') {
      // "Holder Joy Baker confirms ...": a ticket line opening on the holder's capitalised name.
      if (w === 'holder' && prev !== 'card' && prev !== 'account' && prev !== 'acct' && !(t.lineStart && tokens[i + 1]?.cap)) continue;
      let j = i + 1;
      while (j < tokens.length && j < i + 6 && SKIP_AFTER_NAME_CUE.has(tokens[j]!.w)) j++;
      if (isWordAt(tokens, j)) cues.push({ at: j, strength: 'strong', label: 'card holder' });
      continue;
    }
    if (TITLES.has(w)) {
      let j = i + 1;
      if (tokens[j]?.w === '.') j++;
      // "Dr"/"St" after a house number is a street ("12 Oak Dr").
      let nearNumber = false;
      for (let k = i - 1; k >= 0 && k >= i - 3 && tokens[k]!.kind !== 'newline'; k--) if (isDigitToken(tokens[k]!)) nearNumber = true;
      if (isWordAt(tokens, j) && !(w === 'dr' && nearNumber)) cues.push({ at: j, strength: 'strong', label: 'title' });
      continue;
    }
    if (w === 'this') {
      let j = i + 1;
      while (HESITATION.has(word(tokens, j) ?? '')) j++;
      if (word(tokens, j) === 'is') cues.push({ at: j + 1, strength: 'intro', label: 'this is' });
      continue;
    }
    if (w === "i'm" || w === 'im' || (w === 'am' && prev === 'i')) {
      cues.push({ at: i + 1, strength: 'intro', label: "i'm" });
      continue;
    }
    if (SPEAK_VERBS.has(w)) {
      let j = i + 1;
      while (HESITATION.has(word(tokens, j) ?? '')) j++;
      const n = word(tokens, j);
      if (n === 'with' || n === 'to') {
        j++;
        while (HESITATION.has(word(tokens, j) ?? '')) j++;
        cues.push({ at: j, strength: 'intro', label: 'speaking with' });
      } else if (w === 'speaking' && pf >= 0 && tokens[pf]!.kind === 'word' && !BUSINESS_WORDS.has(tokens[pf]!.w) && !DESK_WORDS.has(tokens[pf]!.w)) {
        // "Lakeside Utilities, Aiko speaking", "evergreen telecom bao er speaking": the name comes before.
        cues.push({ at: pf, strength: 'intro', label: 'speaking' });
      }
      continue;
    }
    if ((w === "it's" || w === 'its') && !SPOKEN_AMOUNT.test(word(tokens, i + 1) ?? '') && (onlyFillersBefore(tokens, i) || prevSaid === 'legally' || prevSaid === 'officially' || saysWhoAfterSentence(tokens, i))) {
      cues.push({ at: i + 1, strength: 'intro', label: "it's" });
      continue;
    }
    if (w === 'w' && tokens[i + 1]?.w === '/' && tokens[i + 1]!.start === t.end) {
      cues.push({ at: i + 2, strength: 'soft', label: 'with' });
      continue;
    }
    if (w === 'add' || w === 'added' || w === 'adding') {
      // "can you add grace wagner as an authorized user"
      for (let k = i + 2; k < i + 6 && k < tokens.length; k++) {
        let a = k + 1;
        while (HESITATION.has(word(tokens, a) ?? '')) a++;
        if (tokens[k]!.w === 'as' && /^(?:an?|authori[sz]ed|joint|secondary|additional)$/.test(word(tokens, a) ?? '')) {
          cues.push({ at: i + 1, strength: 'intro', label: 'authorized user' });
          break;
        }
      }
      // "June Powell added as AU": the name comes before.
      if (w === 'added' && word(tokens, i + 1) === 'as') pushNameBefore(tokens, i, cues, 'authorized user');
      continue;
    }
    // "transferred call to Ines", "routed the ticket to tier 2": a case handed on, not money.
    if (w === 'to' && (HANDED_TO.has(prevSaid ?? '') || (HANDED_OVER.has(prevSaid ?? '') && (PAYMENT_VERBS.has(word(tokens, pf - 1) ?? '') || PAYMENT_VERBS.has(word(tokens, pf - 2) ?? ''))))) {
      cues.push({ at: i + 1, strength: 'intro', label: 'handed to' });
      continue;
    }
    if ((w === "he's" || w === "she's" || w === 'hes' || w === 'shes') && ((tokens[i + 1]?.cap && tokens[i + 2]?.cap) || (t.caseless && isStrongFirstName(word(tokens, i + 1) ?? '') && isWordAt(tokens, i + 2)))) {
      // "my son Teo, he's Teodor Lane on paper": the full name of someone just spoken of.
      cues.push({ at: i + 1, strength: 'soft', label: "he's" });
      continue;
    }
    if (w === 'to' && PAYMENT_VERBS.has(word(tokens, i - 1) ?? '') === false) {
      // "transfer $203.24 to Bo Sun", "send money to maria"
      for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
        if (PAYMENT_VERBS.has(word(tokens, k) ?? '')) {
          cues.push({ at: i + 1, strength: 'intro', label: 'payment to' });
          // "payout to NL37 RABO 5817 ... (Ana Ruiz)": the holder in brackets after the account.
          for (let b = i + 2; b < i + 16 && b < tokens.length && tokens[b]!.kind !== 'newline'; b++) {
            if (tokens[b]!.w === '(' && isWordAt(tokens, b + 1) && onlyWordsInBrackets(tokens, b)) {
              cues.push({ at: b + 1, strength: 'intro', label: 'payment to' });
              break;
            }
          }
          break;
        }
      }
      continue;
    }
    if (TICKET_VERBS.has(w) && !(w === 'contact' && tokens[i + 1]?.w === ':')) {
      let j = i + 1;
      if (tokens[j]?.w === '/' ) j++;
      cues.push({ at: j, strength: 'soft', label: w });
      continue;
    }
    if (w === 'beneficiary' || w === 'payee' || w === 'bene') {
      let j = i + 1;
      while (j < i + 4 && (tokens[j]?.w === ':' || tokens[j]?.w === 'name' || tokens[j]?.w === 'is' || tokens[j]?.w === '-')) j++;
      cues.push({ at: j, strength: 'soft', label: w });
      continue;
    }
    if ((w === 'transfer' || w === 'transferred' || w === 'transferring') && word(tokens, i + 1) === 'you' && word(tokens, i + 2) === 'to') {
      cues.push({ at: i + 3, strength: 'intro', label: 'transfer to' });
      continue;
    }
    if ((w === 'ask' || w === 'asked' || w === 'asking') && word(tokens, i + 1) === 'for') {
      cues.push({ at: i + 2, strength: 'soft', label: 'ask for' });
      continue;
    }
    if (w === 'behalf' && word(tokens, i + 1) === 'of') {
      cues.push({ at: i + 2, strength: 'intro', label: 'on behalf of' });
      // "Łukasz called on behalf of Bill Almeida": the caller is named before.
      if (prev === 'on' && word(tokens, i - 2) === 'called') pushNameBefore(tokens, i - 2, cues, 'called on behalf');
      continue;
    }
    if (w === 'named') {
      cues.push({ at: i + 1, strength: 'intro', label: 'named' });
      continue;
    }
    if (w === 'called' && (prev === 'someone' || prev === 'guy' || prev === 'lady' || prev === 'woman' || prev === 'man' || prev === 'person')) {
      cues.push({ at: i + 1, strength: 'soft', label: 'called' });
      continue;
    }
    if (SPOKEN_TITLES.has(w) && !TITLES.has(w) && BEFORE_SPOKEN_TITLE.has(prevSaid ?? '') && isWordAt(tokens, i + 1)) {
      cues.push({ at: i + 1, strength: 'strong', label: 'title' });
      continue;
    }
    if (w === 'appreciate' && word(tokens, i + 1) === 'it') {
      let j = i + 2;
      if (tokens[j]?.w === ',') j++;
      cues.push({ at: j, strength: 'greeting', label: 'greeting' });
      continue;
    }
    if ((w === 'handoff' || w === 'handover' || w === 'hand-off') && word(tokens, i + 1) === 'from') {
      // "Handoff from Lee to Ana: ...": both are agents (not "from Tier 1", a desk and its number).
      if (!/^\d/.test(tokens[i + 3]?.w ?? '')) cues.push({ at: i + 2, strength: 'intro', label: 'handoff' });
      let bracketed = false;
      for (let k = i + 3; k < i + 12 && k < tokens.length; k++) {
        if (tokens[k]!.kind === 'newline' || tokens[k]!.w === ':') break;
        // "Handoff from Tier 1 (Marco) to Tier 2": the agent in brackets after the desk.
        if (tokens[k]!.w === '(' && isWordAt(tokens, k + 1) && onlyWordsInBrackets(tokens, k)) {
          cues.push({ at: k + 1, strength: 'intro', label: 'handoff' });
          bracketed = true;
        }
        // "... to Ana:", but not "(Marco) to Tier 2": after a bracketed agent, the desk handed to is no person.
        if (tokens[k]!.w === 'to') {
          if (!bracketed) cues.push({ at: k + 1, strength: 'intro', label: 'handoff' });
          break;
        }
      }
      continue;
    }
    if (GREETINGS.has(w)) {
      let j = i + 1;
      if (tokens[j]?.w === ',') j++;
      if (word(tokens, j) === 'again' || word(tokens, j) === 'so') j++;
      if (tokens[j]?.w === ',') j++;
      cues.push({ at: j, strength: 'greeting', label: 'greeting' });
      continue;
    }
    // "3rd party (Penny, roommate)": a name in brackets with how they relate.
    if (FAMILY.has(w) && tokens[i - 1]?.w === ',' && tokens[i + 1]?.w === ')') {
      let k = i - 2;
      while (k > i - 6 && isWordAt(tokens, k - 1)) k--;
      if (tokens[k - 1]?.w === '(' && isWordAt(tokens, k)) cues.push({ at: k, strength: 'intro', label: 'family after' });
      continue;
    }
    if (FAMILY.has(w) && (prev === 'my' || prev === 'our' || prev === 'his' || prev === 'her' || prev === 'for' || RELATIVE_OWNERS.has(prev ?? ''))) {
      let j = i + 1;
      if (tokens[j]?.w === ',') j++;
      // "my neighbor is Rose Szymanski".
      if ((word(tokens, j) === 'is' || word(tokens, j) === 'was') && tokens[j + 1]?.kind === 'word' && (tokens[j + 1]!.cap || isStrongName(tokens[j + 1]!.w))) j++;
      while (HESITATION.has(word(tokens, j) ?? '')) j++;
      cues.push({ at: j, strength: 'soft', label: 'family' });
      // "an appointment for Soo-jin, my son": the relative is named just before.
      if (prev !== 'for') {
        let k = i - 2;
        if (tokens[k]?.w === ',') k--;
        let first = k;
        while (first > 0 && tokens[first - 1]?.w === '-' && tokens[first - 2]?.kind === 'word') first -= 2;
        if (isWordAt(tokens, first) && !isStopWord(word(tokens, first)!) && RELATIVE_INTRO.has(word(tokens, first - 1) ?? '')) {
          cues.push({ at: first, strength: 'intro', label: 'family after' });
        } else if (isWordAt(tokens, first - 1) && !isStopWord(word(tokens, first - 1)!) && RELATIVE_INTRO.has(word(tokens, first - 2) ?? '')) {
          cues.push({ at: first - 1, strength: 'intro', label: 'family after' });
        }
      }
      continue;
    }
    if (AGENT_WORDS.has(w) && tokens[i + 1]?.w !== ':' && tokens[i + 1]?.w !== ')') {
      // "the tech is Kofi", "an adjuster named Hope Jefferson".
      const j = word(tokens, i + 1) === 'is' || word(tokens, i + 1) === 'named' ? i + 2 : i + 1;
      cues.push({ at: j, strength: 'soft', label: 'agent' });
      continue;
    }
    // "... dollars. CALLER: Soo-jin Suzuki | DOB ...": a ticket field label inside the line.
    if (!t.lineStart && MIDLINE_LABELS.has(w) && tokens[i + 1]?.w === ':' && (tokens[i - 1]?.kind === 'punct' || tokens[i - 1]?.kind === 'newline')) {
      cues.push({ at: i + 2, strength: 'soft', label: 'line label' });
      continue;
    }
    // "returned cust KOFI EDWARDS": the prefix also counts mid-line before a capitalised word.
    // "Customer Thandiwe Mokoena called ...": a note opening on the customer's capitalised name.
    if ((w === 'customer' || w === 'client') && t.lineStart && t.cap && !t.upper && tokens[i + 1]?.cap && tokens[i + 2]?.cap) {
      cues.push({ at: i + 1, strength: 'soft', label: 'line label' });
      continue;
    }
    if (BARE_PREFIXES.has(w) && tokens[i + 1]?.w !== ':' && (t.lineStart || tokens[i - 1]?.kind === 'punct' || (!!tokens[i + 1]?.cap && !t.cap))) {
      cues.push({ at: i + 1, strength: 'soft', label: 'line label' });
      continue;
    }
    if (t.lineStart) pushLineLabel(tokens, i, cues);
  }
  return cues;
}

/** Ticket and e-mail header prefixes at a line start: "Cust: JOHN SMITH", "Customer name: ...", "From: ...". */
function pushLineLabel(tokens: NameToken[], i: number, cues: Cue[]): void {
  let j = i;
  let label = tokens[i]!.w;
  if (isWordAt(tokens, i + 1) && tokens[i + 2]?.w === ':') {
    label = `${label} ${tokens[i + 1]!.w}`;
    j = i + 1;
  }
  if (tokens[j + 1]?.w === ':' && LINE_LABELS.has(label)) {
    let at = j + 2;
    if (ADDRESS_LABELS.has(label) && tokens[at]?.kind === 'newline') at++;
    // "cust:bill price ph:..." : a field glued to its label holds the value whatever its case.
    const glued = tokens[at]?.start === tokens[j + 1]!.end && tokens[at]?.kind === 'word';
    // The line under "Ship to:" is the addressee's alone.
    const ownLine = at > j + 2;
    cues.push({ at, strength: label.includes('name') || label.includes('holder') || glued || ownLine ? 'strong' : 'soft', label: 'line label' });
  }
}

function isRole(tokens: NameToken[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokens[k]!.kind === 'word' && !(isInitial(tokens, k) && k < b) && (ROLE_WORDS.has(tokens[k]!.w) || tokens[k]!.w.length < 2)) return true;
  return false;
}

/** "R." in "R. Le", "St." in "St. James": one letter (or a particle) written with a capital and a dot right after. */
export function isInitial(tokens: NameToken[], k: number): boolean {
  const t = tokens[k]!;
  const dot = tokens[k + 1];
  if (!dot || dot.w !== '.' || dot.start !== t.end) return false;
  return (t.w.length === 1 && (t.cap || t.upper || t.caseless)) || (t.w === 'st' && (t.cap || t.upper || t.caseless));
}

const TIMESTAMP_TOKENS = new Set(['[', ']', '(', ')', ':', '.', ',', '-', 'am', 'pm', '|']);

/**
 * Reads a speaker label at the line start `i`: optional timestamp, one to three words, an optional
 * "(role)", then ":". Returns the word range of a label that names a person (not a role), and where
 * the utterance starts.
 */
export function readSpeakerLabel(
  tokens: NameToken[],
  i: number,
): { first: number; last: number; next: number; role?: boolean } | null {
  let j = i;
  while (j < tokens.length && j < i + 12) {
    const t = tokens[j]!;
    if (t.kind === 'newline') return null;
    if (t.kind === 'punct' && (TIMESTAMP_TOKENS.has(t.w) || /^\d/.test(t.w))) {
      j++;
      continue;
    }
    if (t.kind === 'word' && (t.w === 'am' || t.w === 'pm') && j > i) {
      j++;
      continue;
    }
    break;
  }
  const first = j;
  let last = -1;
  let words = 0;
  while (j < tokens.length && words < 3) {
    const t = tokens[j]!;
    if (t.kind === 'word') {
      // "S. de la Cruz:": particles do not count against the label's length.
      if (!SURNAME_PARTICLES.has(t.w) || last < 0) words++;
      last = j++;
    } else if (t.w === '-' && last >= 0 && t.start === tokens[last]!.end && tokens[j + 1]?.kind === 'word') {
      j++;
    } else if (t.w === '.' && last >= 0 && isInitial(tokens, last) && tokens[j + 1]?.kind === 'word') {
      // "R. Le:", "St. James:": the dot of an initial or a particle inside the label.
      j++;
    } else {
      break;
    }
  }
  if (last < 0) return null;
  let inner: { first: number; last: number } | null = null;
  if (tokens[j]?.w === '(') {
    let k = j + 1;
    while (k < tokens.length && k < j + 6 && tokens[k]!.w !== ')') k++;
    if (tokens[k]?.w !== ')') return null;
    if (k > j + 1) inner = { first: j + 1, last: k - 1 };
    j = k + 1;
  }
  if (tokens[j]?.w !== ':') return null;
  // "Customer (François Salazar):", "Agent (Stephanie):": the name is in the brackets.
  if (isRole(tokens, first, last)) {
    if (!inner || isRole(tokens, inner.first, inner.last)) return null;
    for (let k = inner.first; k <= inner.last; k++) if (tokens[k]!.kind !== 'word' && tokens[k]!.w !== '-' && tokens[k]!.w !== '.') return null;
    // The brackets after a role hold the speaker's name, whatever else its words mean ("Lan", "Jun").
    return { first: inner.first, last: inner.last, next: j + 1, role: true };
  }
  // "Chase (Support):": a role in brackets after the words says they are a person's name.
  return { first, last, next: j + 1, role: !!inner && isRole(tokens, inner.first, inner.last) };
}

/** Things said before the name in an answer to "can I have your name?". */
const ANSWER_FILLERS = new Set([
  'yes', 'yeah', 'yep', 'sure', 'hi', 'hello', 'hey', 'um', 'umm', 'uh', 'er', 'erm', 'hmm', 'mm', 'like', 'so',
  'okay', 'ok', 'oh', 'well', "it's", 'its', 'it', 'is', 'this', 'my', 'name', "name's", 'names', "i'm", 'im',
  'i', 'am', "that's", 'thats', 'that', 'the', 'on', 'account', 'card', 'for', 'of', 'course', 'good', 'morning',
  'afternoon', 'evening', 'absolutely', 'certainly', ',', '.', '!', '-', 'full', 'right', 'there', 'speaking', 'to',
  'should', 'be',
]);

/** Token index where the name in an answer line starts (after timestamp, label and fillers), or -1. */
export function answerStart(tokens: NameToken[]): number {
  const label = readSpeakerLabel(tokens, 0);
  let i = label ? label.next : skipRoleLabel(tokens);
  while (i < tokens.length && ANSWER_FILLERS.has(tokens[i]!.w)) i++;
  const t = tokens[i];
  // "E. Short": an initial before a surname is an answer too.
  if (!t || t.kind !== 'word' || (t.w.length < 2 && !(tokens[i + 1]?.w === '.' && tokens[i + 1]!.start === t.end && tokens[i + 2]?.kind === 'word'))) return -1;
  return i;
}

/** Skips "[00:00:31] channel 2:", "00:52 Caller:", "[Customer]", "spk_1:" at the start of a line. */
export function skipRoleLabel(tokens: NameToken[], from = 0): number {
  let i = from;
  // Timestamps and bracketed roles.
  for (let guard = 0; guard < 4; guard++) {
    const t = tokens[i];
    if (!t) return i;
    if (t.w === '[' || t.w === '(') {
      const close = t.w === '[' ? ']' : ')';
      let k = i + 1;
      while (k < tokens.length && k < i + 10 && tokens[k]!.w !== close) k++;
      if (tokens[k]?.w !== close) break;
      i = k + 1;
      continue;
    }
    if (t.kind === 'punct' && /^\d/.test(t.w)) {
      while (i < tokens.length && tokens[i]!.kind === 'punct' && (/^\d/.test(tokens[i]!.w) || tokens[i]!.w === ':' || tokens[i]!.w === '.')) i++;
      if (word(tokens, i) === 'am' || word(tokens, i) === 'pm') i++;
      continue;
    }
    break;
  }
  // A role label: a few words, underscores or digits, then a colon.
  for (let k = i; k < tokens.length && k < i + 5; k++) {
    const t = tokens[k]!;
    if (t.w === ':') return k + 1;
    if (t.kind === 'word' ? !ROLE_WORDS.has(t.w) && k > i + 1 : !(t.w === '_' || /^\d/.test(t.w) || t.w === '(' || t.w === ')')) break;
  }
  if (tokens[i - 1]?.w === ']' && tokens[i]?.w === ':') return i + 1;
  return i;
}

/** A line asking for the caller's name (not its spelling). */
export const NAME_QUESTION = new RegExp(
  String.raw`\b(?:(?:your|the|ur)(?:\s+(?:um|uh|er|hmm|like))*\s+(?:full(?:\s+(?:um|uh|er|hmm|like))*\s+|first(?:\s+(?:um|uh|er|hmm|like))*\s+|last(?:\s+(?:um|uh|er|hmm|like))*\s+|complete(?:\s+(?:um|uh|er|hmm|like))*\s+|legal(?:\s+(?:um|uh|er|hmm|like))*\s+|first(?:\s+(?:um|uh|er|hmm|like))*\s+and(?:\s+(?:um|uh|er|hmm|like))*\s+last(?:\s+(?:um|uh|er|hmm|like))*\s+)?name|name(?:\s+(?:um|uh|er|hmm|like))*\s+on(?:\s+(?:um|uh|er|hmm|like))*\s+the(?:\s+(?:um|uh|er|hmm|like))*\s+(?:account|card)|(?:account|card)\s*holder(?:'s)?(?:\s+(?:um|uh|er|hmm|like))*\s+name|name\s+of\s+the\s+(?:account\s*holder|card\s*holder|beneficiary|recipient|payee)|who(?:\s+(?:um|uh|er|hmm|like))*\s+(?:am(?:\s+(?:um|uh|er|hmm|like))*\s+i|do(?:\s+(?:um|uh|er|hmm|like))*\s+i(?:\s+(?:um|uh|er|hmm|like))*\s+have(?:\s+(?:um|uh|er|hmm|like))*\s+the(?:\s+(?:um|uh|er|hmm|like))*\s+pleasure)|(?:speaking|chatting|talking)(?:\s+(?:um|uh|er|hmm|like))*\s+(?:with|to)(?:\s+(?:um|uh|er|hmm|like))*\s+today|whom?(?:\s+(?:um|uh|er|hmm|like))*\s+(?:am(?:\s+(?:um|uh|er|hmm|like))*\s+)?i'?m?(?:\s+(?:um|uh|er|hmm|like))*\s+speaking)\b`,
  'gi',
);

/**
 * Questions for someone else's name, or how a name should read, tried only on the text just before
 * one of MORE_QUESTION_ENDS (the word each question ends on).
 */
export const NAME_QUESTION_MORE =
  /\b(?:(?:his|her|their)\s+(?:full\s+)?name|(?:patient|passenger|traveller|traveler|child|son|daughter|policyholder|driver|recipient|beneficiary|payee)'?s\s+(?:full\s+)?name|who(?:'s|\s+is|\s+was)\s+the\s+(?:new\s+)?(?:beneficiary|payee|recipient)|intended\s+recipient|how\s+should\s+(?:it|the\s+name|your\s+name)\s+read)$/i;

export const SIGN_OFF_RE =
  /^[ \t]*(?:--|thanks(?: again)?|thank you|(?:(?:best|kind|warm|warmest)[ \t]+)?regards|best(?: wishes)?|sincerely|yours(?: truly| sincerely)?|cheers|respectfully|many thanks|all the best|take care|warmly|thx|rgds)[ \t]*[,!.]?[ \t]*\r?$/gim;
