/**
 * Topics: an editable taxonomy of contact reasons, classification of one interaction, discovery of
 * frequent phrases the taxonomy misses, and per-bucket trends.
 */
import { findCues, normalizeForCues } from './cues.js';
import type { SanitizedInteraction } from './types.js';

export interface TaxonomyEntry {
  id: string;
  label: string;
  /** Cue phrases (`*` = a gap of up to three words). */
  phrases: readonly string[];
}
export type Taxonomy = readonly TaxonomyEntry[];

export interface Topic {
  id: string;
  label: string;
  /** 0..1, grows with the number of distinct phrases matched. */
  score: number;
  matched: string[];
}

export const DEFAULT_TAXONOMY: Taxonomy = [
  { id: 'billing_dispute', label: 'Billing dispute', phrases: ['dispute', 'disputing', 'charged twice', 'double charged', 'overcharged', 'wrong amount', "didn't authorize", 'did not authorize', 'unauthorized charge', 'charge i don\'t recognize', "don't recognize * charge", 'billing error', 'incorrect charge', 'chargeback'] },
  { id: 'card_lost_stolen', label: 'Card lost or stolen', phrases: ['lost my card', 'lost * card', 'card was stolen', 'stolen card', 'card stolen', 'wallet was stolen', 'stolen wallet', "can't find my card", 'block my card', 'freeze my card', 'cancel my card', 'lock my card', 'misplaced * card'] },
  { id: 'fraud_report', label: 'Fraud report', phrases: ['fraud', 'fraudulent', 'scam', 'scammed', 'identity theft', 'someone used my', 'hacked', "i didn't make", 'did not make * purchase', 'suspicious activity', 'suspicious transaction', 'phishing'] },
  { id: 'login_password', label: 'Password reset or login', phrases: ['reset my password', 'reset * password', 'forgot my password', 'forgot * password', "can't log in", 'cannot log in', "can't login", 'locked out', 'log in', 'login', 'two-factor', 'verification code', 'sign in', 'username'] },
  { id: 'delivery_shipping', label: 'Delivery or shipping', phrases: ['delivery', 'delivered', 'shipping', 'shipment', 'tracking number', 'tracking', 'package', 'parcel', 'courier', 'where is my order', 'has not arrived', "hasn't arrived", 'never arrived', 'late order', 'out for delivery'] },
  { id: 'refund', label: 'Refund', phrases: ['refund', 'refunded', 'money back', 'reimburse', 'reimbursement', 'credit back', 'return * item', 'return label'] },
  { id: 'cancellation', label: 'Cancellation', phrases: ['cancel my subscription', 'cancel * subscription', 'cancel my plan', 'cancel * membership', 'cancel my order', 'cancellation', 'unsubscribe', 'stop * renewal', 'auto-renew', 'auto renew'] },
  { id: 'address_change', label: 'Address or contact change', phrases: ['change my address', 'change * address', 'update my address', 'update * address', 'new address', 'moved to', 'mailing address', 'change my phone', 'update my email', 'change my email'] },
  { id: 'payment_failure', label: 'Payment failure', phrases: ['payment failed', 'payment * declined', 'card * declined', 'declined', 'payment didn\'t go through', "didn't go through", 'did not go through', 'payment error', 'unable to pay', "can't pay", 'transaction failed', 'insufficient funds'] },
  { id: 'fees', label: 'Fees and charges', phrases: ['late fee', 'overdraft fee', 'annual fee', 'service fee', 'monthly fee', 'fee', 'fees', 'interest charge', 'waive'] },
  { id: 'technical_issue', label: 'Technical issue', phrases: ['app crashes', 'app keeps crashing', 'crash', 'crashing', 'error message', 'not working', "doesn't work", 'does not work', 'bug', 'glitch', 'website is down', 'page won\'t load', 'error code', 'freezes'] },
  { id: 'account_closure', label: 'Account closure', phrases: ['close my account', 'close * account', 'closing my account', 'delete my account', 'delete * account', 'terminate * account', 'deactivate'] },
  { id: 'balance_statement', label: 'Balance or statement', phrases: ['balance', 'statement', 'available credit', 'credit limit', 'minimum payment', 'due date'] },
  { id: 'complaint', label: 'Complaint', phrases: ['complaint', 'complain', 'unacceptable', 'terrible service', 'speak to a manager', 'speak to your manager', 'supervisor', 'escalate'] },
];

/** Matched phrases and score for every taxonomy entry that matched, best first. */
export function classifyTopics(
  interaction: Pick<SanitizedInteraction, 'redactedText'>,
  taxonomy: Taxonomy = DEFAULT_TAXONOMY,
  options: { minScore?: number } = {},
): Topic[] {
  const norm = normalizeForCues(interaction.redactedText);
  const topics: Topic[] = [];
  for (const entry of taxonomy) {
    const hits = findCues(norm, entry.phrases);
    if (hits.length === 0) continue;
    const matched = [...new Set(hits.map((h) => h.phrase))];
    // Distinct phrases are strong evidence; repeats of one phrase add a little.
    const weight = matched.length + 0.25 * (hits.length - matched.length);
    const score = Math.round((1 - Math.exp(-0.7 * weight)) * 1000) / 1000;
    if (score >= (options.minScore ?? 0)) topics.push({ id: entry.id, label: entry.label, score, matched });
  }
  return topics.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves yes yeah ok okay um uh hmm oh hi hello hey thanks thank please sure ' +
    "right well also got get like know just im i'm it's don't can't that's i've i'll you're we're let's let me go going " +
    'one would could agent customer caller rep bot speaker').split(/\s+/),
);

/** Words in order, with entity labels and punctuation acting as phrase breaks. */
function phraseRuns(text: string): string[][] {
  const runs: string[][] = [];
  const pieces = normalizeForCues(text)
    .replace(/\[[a-z_0-9]+\]/g, ' | ')
    .replace(/^\s*[\w ]{1,30}:/gm, ' | ')
    .split(/[|.,!?;:()"\n\r\t\u2013\u2014-]+|\s-\s/);
  for (const piece of pieces) {
    const words = piece.split(/\s+/).map((w) => w.replace(/^'+|'+$/g, '')).filter((w) => /^[a-z][a-z']*$/.test(w));
    if (words.length > 0) runs.push(words);
  }
  return runs;
}

function ngramsOf(text: string, minN: number, maxN: number): Set<string> {
  const grams = new Set<string>();
  for (const run of phraseRuns(text)) {
    for (let n = minN; n <= maxN; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        const words = run.slice(i, i + n);
        if (STOP_WORDS.has(words[0]!) || STOP_WORDS.has(words[n - 1]!)) continue;
        if (words.every((w) => STOP_WORDS.has(w))) continue;
        grams.add(words.join(' '));
      }
    }
  }
  return grams;
}

export interface DiscoveredPhrase {
  phrase: string;
  /** Unmatched interactions containing the phrase. */
  count: number;
  /** How much more common the phrase is among unmatched interactions than among all of them. */
  lift: number;
  /** Up to 5 example interaction ids. */
  exampleIds: string[];
}

/**
 * Frequent 2–4 word phrases in interactions that matched no topic: candidates for new taxonomy
 * entries. Counts are per interaction (document frequency); a shorter phrase is dropped when a
 * longer phrase containing it has the same count. Only letter words are used (no digits), and a
 * phrase must recur in `minCount` interactions, so a one-off value that redaction missed does not
 * surface here.
 */
export function discoverPhrases(
  interactions: readonly Pick<SanitizedInteraction, 'id' | 'redactedText'>[],
  taxonomy: Taxonomy = DEFAULT_TAXONOMY,
  options: { minCount?: number; limit?: number } = {},
): DiscoveredPhrase[] {
  const minCount = options.minCount ?? 3;
  const all = new Map<string, number>();
  const unmatched = new Map<string, { count: number; ids: string[] }>();
  let unmatchedTotal = 0;
  for (const it of interactions) {
    const grams = ngramsOf(it.redactedText, 2, 4);
    for (const g of grams) all.set(g, (all.get(g) ?? 0) + 1);
    if (classifyTopics(it, taxonomy).length > 0) continue;
    unmatchedTotal++;
    for (const g of grams) {
      const entry = unmatched.get(g) ?? { count: 0, ids: [] };
      entry.count++;
      if (entry.ids.length < 5) entry.ids.push(it.id);
      unmatched.set(g, entry);
    }
  }
  const total = interactions.length;
  let found: DiscoveredPhrase[] = [];
  for (const [phrase, { count, ids }] of unmatched) {
    if (count < minCount) continue;
    const lift = unmatchedTotal === 0 ? 0 : count / unmatchedTotal / ((all.get(phrase) ?? count) / total);
    found.push({ phrase, count, lift: Math.round(lift * 100) / 100, exampleIds: ids });
  }
  found = found.filter((p) => !found.some((q) => q !== p && q.count === p.count && ` ${q.phrase} `.includes(` ${p.phrase} `)));
  found.sort((a, b) => b.count - a.count || b.lift - a.lift || b.phrase.split(' ').length - a.phrase.split(' ').length || a.phrase.localeCompare(b.phrase));
  return found.slice(0, options.limit ?? 50);
}

export interface TrendBucket {
  /** ISO date (UTC) the bucket starts on. */
  start: string;
  count: number;
}

export interface TopicTrend {
  topicId: string;
  label: string;
  buckets: TrendBucket[];
  total: number;
  /** Count in the equally long period just before `from`. */
  previousTotal: number;
  change: number;
  /** (total - previous) / previous; null when the previous period had none. */
  changeRatio: number | null;
}

export interface TrendReport {
  bucket: 'day' | 'week';
  from: string;
  to: string;
  topics: TopicTrend[];
  /** Interactions in the window that matched no topic, per bucket. */
  unclassified: TrendBucket[];
  /** Interactions with a missing or unparseable `occurredAt`. */
  skipped: number;
}

const DAY_MS = 86_400_000;

function parseInstant(value: string, what: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not a valid ISO date`);
  return ms;
}

function bucketStart(ms: number, bucket: 'day' | 'week'): number {
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  if (bucket === 'day') return day;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // ISO weeks start on Monday
  return day - weekday * DAY_MS;
}

/**
 * Topic counts per UTC day or ISO week in [from, to), and the change against the equally long
 * period immediately before `from`. Interactions may carry several topics; each counts once per topic.
 */
export function trends(
  interactions: readonly Pick<SanitizedInteraction, 'id' | 'redactedText' | 'occurredAt'>[],
  taxonomy: Taxonomy = DEFAULT_TAXONOMY,
  options: { from: string; to: string; bucket: 'day' | 'week'; minScore?: number },
): TrendReport {
  const from = parseInstant(options.from, 'from');
  const to = parseInstant(options.to, 'to');
  if (to <= from) throw new RangeError('to must be after from');
  const span = to - from;
  const prevFrom = from - span;

  const starts: number[] = [];
  for (let b = bucketStart(from, options.bucket); b < to; b += (options.bucket === 'day' ? 1 : 7) * DAY_MS) starts.push(b);
  const index = new Map(starts.map((s, i) => [s, i]));
  const perTopic = new Map<string, { counts: number[]; previous: number }>();
  for (const t of taxonomy) perTopic.set(t.id, { counts: starts.map(() => 0), previous: 0 });
  const unclassified = starts.map(() => 0);
  let skipped = 0;

  for (const it of interactions) {
    const at = it.occurredAt === undefined ? NaN : Date.parse(it.occurredAt);
    if (Number.isNaN(at)) {
      skipped++;
      continue;
    }
    const inWindow = at >= from && at < to;
    const inPrevious = at >= prevFrom && at < from;
    if (!inWindow && !inPrevious) continue;
    const topics = classifyTopics(it, taxonomy, { minScore: options.minScore ?? 0 });
    const slot = inWindow ? index.get(bucketStart(at, options.bucket)) : undefined;
    if (inWindow && topics.length === 0 && slot !== undefined) unclassified[slot]!++;
    for (const topic of topics) {
      const entry = perTopic.get(topic.id)!;
      if (inPrevious) entry.previous++;
      else if (slot !== undefined) entry.counts[slot]!++;
    }
  }

  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const topics: TopicTrend[] = taxonomy.map((t) => {
    const entry = perTopic.get(t.id)!;
    const total = entry.counts.reduce((a, b) => a + b, 0);
    return {
      topicId: t.id,
      label: t.label,
      buckets: starts.map((s, i) => ({ start: iso(s), count: entry.counts[i]! })),
      total,
      previousTotal: entry.previous,
      change: total - entry.previous,
      changeRatio: entry.previous === 0 ? null : Math.round(((total - entry.previous) / entry.previous) * 1000) / 1000,
    };
  });
  topics.sort((a, b) => b.total - a.total || b.change - a.change || a.topicId.localeCompare(b.topicId));
  return {
    bucket: options.bucket,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    topics,
    unclassified: starts.map((s, i) => ({ start: iso(s), count: unclassified[i]! })),
    skipped,
  };
}
