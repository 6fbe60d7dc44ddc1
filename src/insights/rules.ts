/**
 * The rule table: every compliance flag and risk signal as data. A rule names its cue lists
 * (editable by the contact center), the channels and speakers it applies to, its severity, and one
 * or more matchers. Matchers are a handful of generic shapes (a span in a turn, a cue followed by a
 * span, a cue, a required cue missing from the opening, an action before its guard, two things in
 * the same interaction); the engine in `analyze.ts` interprets them.
 */
import type { Channel, EntityType, Severity, Speaker } from './types.js';

export type RuleCategory = 'compliance' | 'risk';

/** A span of one of `spanTypes` inside a turn by one of `speakers`. */
export interface SpanInTurnMatcher {
  kind: 'span_in_turn';
  spanTypes: readonly EntityType[];
  speakers: readonly Speaker[];
}

/** A cue (by `cueSpeakers`) followed, in the same turn or the next `withinTurns`, by a span. */
export interface CueThenSpanMatcher {
  kind: 'cue_then_span';
  /** Cue group names in the rule's `cues`. */
  cue: string;
  /** Cue group that, in the same sentence, cancels the cue ("last four"). */
  unless?: string;
  cueSpeakers: readonly Speaker[];
  spanTypes: readonly EntityType[];
  withinTurns: number;
}

/** A cue said by one of `speakers`. */
export interface CueMatcher {
  kind: 'cue';
  cue: string;
  speakers: readonly Speaker[];
  /** Cue group that cancels a match in the same sentence (negation: "we will never ask for your PIN"). */
  unless?: string;
  /** Cue group that must also appear in the same sentence (a request: "please", "send", "?"). */
  withCue?: string;
  /** Distinct matches needed to fire (default 1) ... */
  minCount?: number;
  /** ... unless one of these cues appears, which fires alone. */
  strong?: string;
  /** Matches count only within `turns` turns of this context (a cue group and/or span types). */
  near?: { cue?: string; spanTypes?: readonly EntityType[]; turns: number };
}

/** None of the cues appear in the first `openingTurns` turns of `speakers` (or the first `openingChars` of an unlabelled stream). */
export interface MissingInOpeningMatcher {
  kind: 'missing_in_opening';
  cue: string;
  speakers: readonly Speaker[];
  openingTurns: number;
  openingChars: number;
}

/** An action cue (by `speakers`) with no guard cue or guard span anywhere before it. */
export interface ActionBeforeGuardMatcher {
  kind: 'action_before_guard';
  action: string;
  unless?: string;
  speakers: readonly Speaker[];
  guard: string;
  guardSpanTypes?: readonly EntityType[];
  /** Cue group for a failed check: if the latest guard-or-failure before the action is a failure, the action is unguarded. */
  guardFailed?: string;
}

/** Every listed cue group appears somewhere in the interaction. */
export interface TogetherMatcher {
  kind: 'together';
  cues: readonly string[];
  unless?: string;
}

export type RuleMatcher =
  | SpanInTurnMatcher
  | CueThenSpanMatcher
  | CueMatcher
  | MissingInOpeningMatcher
  | ActionBeforeGuardMatcher
  | TogetherMatcher;

export interface RuleDefinition {
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** Severity when the rule matched at least `count` times. */
  escalate?: { count: number; severity: Severity };
  description: string;
  /** Channels the rule applies to; all when absent. */
  channels?: readonly Channel[];
  /** Named cue lists referenced by the matchers. */
  cues: Readonly<Record<string, readonly string[]>>;
  /** The rule fires when any matcher fires. */
  match: readonly RuleMatcher[];
}

/** What a center may change per rule without rewriting it. */
export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  /** Replace these cue groups. */
  cues?: Record<string, readonly string[]>;
  /** Add phrases to these cue groups. */
  addCues?: Record<string, readonly string[]>;
  /** Remove phrases from these cue groups. */
  removeCues?: Record<string, readonly string[]>;
}

const CALLS: readonly Channel[] = ['asr', 'call_transcript'];
const TEXT: readonly Channel[] = ['chat', 'email'];
const AGENT_SIDE: readonly Speaker[] = ['agent', 'bot'];
const AGENT_OR_UNKNOWN: readonly Speaker[] = ['agent', 'bot', 'unknown'];
const CUSTOMER_SIDE: readonly Speaker[] = ['customer', 'third_party', 'unknown'];
const ANYONE: readonly Speaker[] = ['agent', 'bot', 'customer', 'third_party', 'system', 'unknown'];

const NEGATIONS = [
  'never', "don't share", 'do not share', 'not share', "don't send", 'do not send', 'not send', "won't ask",
  'will not ask', 'not ask', 'not include', "don't include", 'do not include', "don't type", 'do not type',
  'secure link', 'secure form', 'payment link', 'secure portal', 'secure page', 'last four', 'last 4',
  'remove', 'removed', 'redacted', 'for your safety', 'for your security', 'scam', 'phishing',
];

const VERIFY_CUES = [
  'verify', 'verified', 'verification', 'security question', 'security questions', 'date of birth',
  'last four', 'last 4', 'one-time code', 'one time code', 'verification code', 'passcode', 'pass code',
  'confirm your identity', 'confirmed your identity', 'authenticate', 'authenticated', "mother's maiden name",
  'security word', 'secret word', 'voice id', 'identity confirmed', 'you are verified', "you're verified",
  'that matches', 'thank you for verifying', 'thanks for verifying',
];

const VERIFY_FAILED_CUES = [
  "doesn't match", 'does not match', "don't match", "didn't match", 'did not match', 'not matching',
  'no match', "i don't remember", "i can't remember", "i don't recall", "can't recall", 'cannot recall', "don't have it",
  'could not answer', "couldn't answer", 'unable to answer', "can't answer", 'failed security', 'failed the security', 'i forgot', "i'm not sure what",
  'can we skip', 'can you skip', 'skip the security', 'skip verification', 'skip the verification',
  'skip that', 'skip this part', 'just skip', "i don't have that", "don't know my", "i don't know",
  "that's incorrect", 'that is incorrect', "that's not correct", 'that is not correct', "that's not right",
  'failed verification', 'unable to verify', "couldn't verify", 'could not verify', "can't verify",
  'cannot verify', 'too many attempts', 'another attempt', 'last attempt', 'third attempt', 'try again',
  "why do you need", "i don't have to answer", 'not the answer we have', "isn't what we have", "not what i have",
  'not what we have', "i don't know it", 'wrong answer', 'wrong date',
];

/** Account details changed (mostly as the agent reports doing it). */
const CHANGE_DONE_CUES = [
  'updated * address', 'changed * address', 'updated * email', 'changed * email', 'updated * phone',
  'changed * phone', 'updated * number', 'changed * number', 'reset * password', 'changed * password',
  'updated * password', 'updated * bank', 'changed * bank', 'updated * payout', 'changed * payout',
  'updated * direct deposit', 'changed * direct deposit', 'updated * account details', 'updated * contact',
  'changed * contact', 'added * new address', 'added * new phone', 'added * new email', 'added * new bank',
  'address * updated', 'address * changed', 'email * updated', 'email * changed', 'phone * updated',
  'phone number * updated', 'phone number * changed', 'password * reset', 'password * changed',
  'bank details * updated', 'payout details * updated', 'payout * changed', 'now on file', 'on file now',
  'updating * address', 'updating * email', 'updating * phone', 'changing * address', 'changing * email',
  "it's changed", "it's been changed", "it's updated", "it's been updated", "that's been updated", "that's been changed",
  "that's updated", "that's changed", 'is now changed', 'change is done', 'change has been made',
];

const CHANGE_NEGATIONS = [
  "can't", 'cannot', 'can not', 'unable', "won't", 'will not', 'until', 'before i', 'before we', 'once you',
  'once we', 'after we', 'after you', 'first need', 'need to verify', 'have to verify', 'not able',
  "haven't", 'have not', 'not been', 'no changes', 'nothing has been', 'reset link', 'link to reset',
  // Instructions to the customer, not a change made by the agent.
  'please reset', 'please update', 'please change', 'you can reset', 'you can update', 'you can change', 'to reset',
  'using the link', 'yourself',
];

/** Contact details (not payout details) changing, requested or done. */
const CONTACT_CHANGE_CUES = [
  ...CHANGE_DONE_CUES.filter((c) => /address|email|phone|number|contact/.test(c)), 'change * address', 'update * address', 'change * email', 'update * email',
  'change * phone', 'update * phone', 'new address', 'new phone', 'new email', 'new number', 'moved to',
  'different address', 'different email', 'different number', 'change my number', 'update my number',
];

const PAYOUT_CUES = [
  'new card', 'replacement card', 'replace * card', 'send * card', 'reissue', 're-issue', 'wire', 'wire transfer',
  'payout', 'pay out', 'refund * to * new', 'refund * to * different', 'refund * to * another', 'different account',
  'new account', 'another account', 'new bank', 'transfer the funds', 'transfer * money', 'move the money',
  'expedite', 'overnight', 'rush delivery', 'withdraw', 'withdrawal', 'cash out', 'zelle', 'gift card',
];

export const DEFAULT_RULES: readonly RuleDefinition[] = [
  {
    id: 'pci.sensitive_auth_data',
    category: 'compliance',
    severity: 'critical',
    description: 'Card number or CVV spoken by the customer on a recorded call.',
    channels: CALLS,
    cues: {},
    match: [{ kind: 'span_in_turn', spanTypes: ['CREDIT_CARD', 'CARD_CVV'], speakers: CUSTOMER_SIDE }],
  },
  {
    id: 'pci.card_readback',
    category: 'compliance',
    severity: 'high',
    description: 'The agent read a card number back.',
    cues: {
      readback: [
        'read that back', 'read it back', 'read back', 'reading back', 'repeat that back', 'repeat the card',
        'confirming the card', 'confirm the card', 'to confirm, the card', 'card ending', 'card number is',
        'i have the card as', 'i have your card as', 'just to confirm', 'so that is', "so that's",
      ],
    },
    match: [
      { kind: 'span_in_turn', spanTypes: ['CREDIT_CARD'], speakers: AGENT_SIDE },
      { kind: 'cue_then_span', cue: 'readback', cueSpeakers: AGENT_OR_UNKNOWN, spanTypes: ['CREDIT_CARD'], withinTurns: 0 },
    ],
  },
  {
    id: 'ssn.full_requested',
    category: 'compliance',
    severity: 'high',
    description: 'The agent asked for the full SSN where the last four would do, and a full SSN followed.',
    cues: {
      ask: [
        'social security number', 'social security', 'full social', 'your social', 'full ssn', 'your ssn',
        'ssn', 'entire social', 'complete social', 'social please', 'nine digit', 'nine-digit', 'all nine digits',
      ],
      lastFour: ['last four', 'last 4', 'last four digits', 'final four', 'last few digits', 'only the last'],
    },
    match: [
      { kind: 'cue_then_span', cue: 'ask', unless: 'lastFour', cueSpeakers: AGENT_OR_UNKNOWN, spanTypes: ['US_SSN'], withinTurns: 2 },
    ],
  },
  {
    id: 'disclosure.recording_missing',
    category: 'compliance',
    severity: 'medium',
    description: 'No recording disclosure in the opening agent turns of a call.',
    channels: CALLS,
    cues: {
      disclosure: [
        'may be recorded', 'might be recorded', 'will be recorded', 'is recorded', 'is being recorded',
        'are recorded', 'being recorded', 'recorded for quality', 'recorded for training', 'monitored or recorded',
        'recorded or monitored', 'monitored and recorded', 'recorded and monitored', 'recorded line',
        'call recording', 'this call is recorded', 'calls are recorded', 'may be monitored', 'is monitored',
        'monitored for quality', 'we record', 'record calls', 'record our calls', 'record this call',
        'recording this call', 'call is recorded',
      ],
    },
    match: [{ kind: 'missing_in_opening', cue: 'disclosure', speakers: AGENT_OR_UNKNOWN, openingTurns: 2, openingChars: 400 }],
  },
  {
    id: 'verify.missing_before_change',
    category: 'compliance',
    severity: 'high',
    description: 'Account details were changed before identity was verified.',
    cues: { change: CHANGE_DONE_CUES, notDone: CHANGE_NEGATIONS, verify: VERIFY_CUES, verifyFailed: VERIFY_FAILED_CUES },
    match: [
      {
        kind: 'action_before_guard', action: 'change', unless: 'notDone', speakers: AGENT_OR_UNKNOWN, guard: 'verify',
        guardSpanTypes: ['DATE_OF_BIRTH', 'US_SSN'], guardFailed: 'verifyFailed',
      },
    ],
  },
  {
    id: 'solicit.sensitive_in_text',
    category: 'compliance',
    severity: 'high',
    description: 'An agent or bot asked for sensitive data in chat or email.',
    channels: TEXT,
    cues: {
      sensitive: [
        'card number', 'credit card number', 'debit card number', 'full card', 'card details', 'cvv', 'cvc',
        'security code', 'three digit code', '3 digit code', 'three-digit code', 'code on the back',
        'social security number', 'social security', 'ssn', 'full social', 'your social', 'your password', 'your * password', 'the password',
        'your pin', 'your * pin', 'pin number', 'pin code', 'full account number', 'complete account number', 'bank account number',
        'account and routing', 'routing number', 'online banking login', 'login credentials', 'expiration date and',
      ],
      request: [
        'please', 'can you', 'could you', 'can i have', 'may i have', 'send', 'provide', 'share', 'reply with',
        'type', 'enter', 'what is', "what's", 'need', 'give me', 'confirm', 'include', 'respond with', '?',
        'required', 'require', 'paste', 'post', 'let me have', 'let me know', 'tell me', 'read me', "i'll need",
        'i will need', 'email us', 'email me', 'respond', 'reply',
      ],
      negation: NEGATIONS,
    },
    match: [{ kind: 'cue', cue: 'sensitive', withCue: 'request', unless: 'negation', speakers: AGENT_SIDE }],
  },
  {
    id: 'fraud.verification_failed',
    category: 'risk',
    severity: 'medium',
    escalate: { count: 2, severity: 'high' },
    description: 'Verification failed or was evaded.',
    cues: {
      failed: VERIFY_FAILED_CUES,
      // "I don't know why it was declined" is about the problem, not the caller's identity.
      notAboutIdentity: ["don't know why", "don't know what happened", "don't know how", "don't know where", "don't know when", "don't know if"],
      context: [...VERIFY_CUES, 'zip code', 'postal code', 'pin', 'code we sent', 'code i sent', 'on file',
        'security', 'answer', 'birth', 'dob'],
    },
    match: [
      { kind: 'cue', cue: 'failed', unless: 'notAboutIdentity', speakers: ANYONE, near: { cue: 'context', spanTypes: ['DATE_OF_BIRTH', 'US_SSN', 'POSTAL_CODE'], turns: 2 } },
    ],
  },
  {
    id: 'fraud.contact_change_with_payout',
    category: 'risk',
    severity: 'high',
    description: 'Contact details changed together with a new card, wire, payout or refund to a new account.',
    cues: { contact: CONTACT_CHANGE_CUES, payout: PAYOUT_CUES },
    match: [{ kind: 'together', cues: ['contact', 'payout'] }],
  },
  {
    id: 'fraud.pressure',
    category: 'risk',
    severity: 'medium',
    escalate: { count: 3, severity: 'high' },
    description: 'Pressure, urgency or threats to push the agent.',
    cues: {
      urgency: [
        'emergency', 'right now', 'immediately', 'urgent', 'urgently', 'asap', 'as soon as possible', 'hurry', 'right away',
        'this instant', "i don't have time", 'no time', 'just do it', 'do it now',
        'i need this done', 'i need it now', "i don't care", 'stop wasting', "why is this taking", 'come on',
        'how many times', 'i already told you', "i've told you",
      ],
      threat: [
        'my lawyer', 'my attorney', 'sue you', "i'll sue", 'i will sue', 'lawsuit', 'get you fired',
        'sue', 'suing', 'have you fired', 'report you', "you'll regret", 'you will regret', 'or else', 'better do it',
        'i know people', 'i will close every', 'going to the press', 'call the news',
      ],
      calm: ['not urgent', 'no rush', 'no hurry', 'not in a hurry', 'whenever', 'take your time', "isn't urgent"],
    },
    match: [{ kind: 'cue', cue: 'urgency', strong: 'threat', unless: 'calm', minCount: 2, speakers: CUSTOMER_SIDE }],
  },
  {
    id: 'fraud.coaching',
    category: 'risk',
    severity: 'high',
    description: 'A third party appears to be prompting the caller.',
    cues: {
      coaching: [
        "he's telling me", 'he is telling me', "she's telling me", 'she is telling me', "they're telling me",
        'they are telling me', 'someone is telling me', 'someone in the background', 'somebody in the background',
        'voice in the background', 'background voice', 'what do i say', 'what should i say', 'what do i tell',
        'repeat after', 'he says to say', 'she says to say', 'told me to say', 'tells me to say', 'let me ask him',
        'let me ask her', 'hold on he', 'hold on she', 'he wants me to say', 'she wants me to say',
        '[whispering]', '(whispering)', 'whispers', 'whispering', '[inaudible whisper', 'being told what to say',
        'someone with you', 'who is that talking', "who's that talking", 'who is speaking in the background',
        'reading from a script', 'reading it off', 'he says it', 'she says it', 'someone else there',
        'anyone else there', 'anyone there with you', 'is anyone with you', 'someone there with you',
      ],
    },
    match: [{ kind: 'cue', cue: 'coaching', speakers: ANYONE }],
  },
];

/** Apply a center's overrides to a rule table; returns a new table (the defaults are never mutated). */
export function applyRuleOverrides(
  rules: readonly RuleDefinition[],
  overrides: Readonly<Record<string, RuleOverride>> = {},
): RuleDefinition[] {
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(overrides)) {
    if (!known.has(id)) throw new Error(`unknown rule in overrides: ${id}`);
  }
  const out: RuleDefinition[] = [];
  for (const rule of rules) {
    const o = overrides[rule.id];
    if (!o) {
      out.push(rule);
      continue;
    }
    if (o.enabled === false) continue;
    const cues: Record<string, readonly string[]> = { ...rule.cues };
    for (const [group, list] of Object.entries(o.cues ?? {})) cues[group] = [...list];
    for (const [group, list] of Object.entries(o.addCues ?? {})) cues[group] = [...(cues[group] ?? []), ...list];
    for (const [group, list] of Object.entries(o.removeCues ?? {})) {
      const drop = new Set(list.map((p) => p.toLowerCase()));
      cues[group] = (cues[group] ?? []).filter((p) => !drop.has(p.toLowerCase()));
    }
    out.push({ ...rule, severity: o.severity ?? rule.severity, cues });
  }
  return out;
}
