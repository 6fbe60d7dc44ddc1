/**
 * Speaker turns from redacted text. Labels come in many house styles (`Agent:`, `[agent]`,
 * `Speaker 1:`, `12:01 Agent Maria:`, `[PERSON_2]:`); when the role is not written down it is
 * inferred from what the speaker says (agents greet, verify and offer help), and marked `inferred`.
 * Text without any label is returned as one turn with speaker `unknown` (calls, chats) or a guessed
 * author (emails, tickets), so rules can say in their evidence that the speaker was not known.
 */
import { findCues, normalizeForCues } from './cues.js';
import type { Channel, Speaker, Turn } from './types.js';

/** Phrases that mark a speaker as the contact center's side when no label says so. */
export const AGENT_STYLE_CUES: readonly string[] = [
  'thank you for calling', 'thanks for calling', 'how can i help', 'how may i help', 'how can i assist',
  'how may i assist', 'my name is', 'may be recorded', 'is recorded', 'calling from', 'for security purposes',
  'can i have your', 'may i have your', 'can you verify', 'can you confirm', 'let me pull up', 'i can help',
  'thank you for contacting', 'thanks for reaching out', 'thank you for reaching out', 'our records',
  'our team', 'support team', 'customer service', 'customer care', 'we have received', 'reply with',
  'to proceed', 'please provide', 'please confirm', 'is there anything else', 'on file', 'let me check',
  'thanks for contacting', 'email us', 'call us', 'contact us', 'send us', 'reply to this email', 'claims team',
  'service team', 'care team', 'your request', 'your claim', 'your case',
];

const CUSTOMER_STYLE_CUES: readonly string[] = [
  'my account', 'my order', 'my card', 'i want', 'i need', 'i would like', "i'd like", 'i was charged',
  'please help', 'why was i', 'i have been', "i've been", 'my package', 'my password', 'my refund',
];

const ROLE_WORDS: ReadonlyArray<[RegExp, Speaker]> = [
  [/^(?:agent|rep|representative|advisor|adviser|operator|csr|associate|specialist|support|staff|human agent|live agent)\b/, 'agent'],
  [/^(?:customer|caller|client|member|user|visitor|guest|cardholder|account holder|consumer)\b/, 'customer'],
  [/^(?:bot|chatbot|assistant|virtual assistant|virtual agent|va|ivr)\b/, 'bot'],
  [/^(?:system|auto|automated message)\b/, 'system'],
  [/^(?:third party|other party|background|other voice|unknown voice)\b/, 'third_party'],
];

const ROLE_ALTERNATION =
  'agent|rep|representative|advisor|adviser|operator|csr|associate|specialist|support|customer|caller|client|member|user|visitor|guest|cardholder|bot|chatbot|assistant|virtual assistant|virtual agent|ivr|system|third party|other party|background|speaker\\s?\\d+|spk_?\\d+';

const TIMESTAMP = String.raw`(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?[\])]?\s*(?:[-\u2013|]\s*)?)?`;
/** `[agent]`, `[Customer]` */
const BRACKET_ROLE = new RegExp(String.raw`^[ \t]*${TIMESTAMP}\[(${ROLE_ALTERNATION})\][ \t]*:?`, 'i');
/** `Agent:`, `Agent Maria:`, `Customer (John):`, `**Rep**:` */
const ROLE_LABEL = new RegExp(
  String.raw`^[ \t]*${TIMESTAMP}\**((?:${ROLE_ALTERNATION})(?:[ \t]+(?:\[[A-Z_0-9]+\]|[A-Z][\w'-]*)){0,2}(?:[ \t]*\([^)\n]{1,40}\))?)\**[ \t]*:`,
  'i',
);
/** A name used as a label: `Maria:`, `[PERSON_1]:`, `12:01 John Smith:` (accepted only when it recurs). */
const NAME_LABEL = new RegExp(String.raw`^[ \t]*${TIMESTAMP}((?:\[[A-Z_0-9]+\]|[A-Z][\w'-]*)(?:[ \t]+(?:\[[A-Z_0-9]+\]|[A-Z][\w'-]*)){0,2})[ \t]*:(?!\/)`);
/** Role labels inside a line (one-line ASR exports): `... okay. Customer: yes ...` */
const INLINE_ROLE = new RegExp(String.raw`(?<=[.!?,]\s+|\s{2,})\[?(agent|rep|customer|caller|bot)\]?[ \t]*:|(?<=\s)(speaker\s?\d+|spk_?\d+)[ \t]*:`, 'gi');

const NOT_SPEAKERS = new Set([
  'subject', 'from', 'to', 'cc', 'bcc', 'date', 'sent', 're', 'fw', 'fwd', 'note', 'notes', 'ps', 'order',
  'ticket', 'address', 'phone', 'email', 'status', 'priority', 'account', 'card', 'reference', 'ref', 'time',
  'total', 'amount', 'summary', 'description', 'resolution', 'category', 'name', 'issue', 'update', 'internal note',
  'http', 'https', 'warning', 'error', 'tags', 'tag', 'channel', 'queue', 'product', 'attachment',
]);

interface Marker {
  start: number;
  textStart: number;
  key: string;
  label: string;
  role: Speaker | null;
  fromName: boolean;
}

const ROLE_PREFIX = new RegExp(`^(?:${ROLE_ALTERNATION})`, 'i');

/** `Agent Maria` yes, `Caller confirmed the address` no: words after the role must look like a name. */
function namePartLooksLikeName(label: string): boolean {
  const rest = label.replace(ROLE_PREFIX, '').replace(/\([^)]*\)/, '').trim();
  return rest === '' || rest.split(/\s+/).every((w) => /^(?:\[|[A-Z0-9])/.test(w));
}

function roleOfLabel(label: string): Speaker | null {
  const key = label.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [re, role] of ROLE_WORDS) if (re.test(key)) return role;
  return null;
}

/** `Agent Maria` and `Agent` are the same speaker for role purposes; numbered speakers are distinct. */
function speakerKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').replace(/\s*\(.*\)$/, '').trim();
}

function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  const nameMarkers: Marker[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const bracket = BRACKET_ROLE.exec(line);
    const role = bracket ? null : ROLE_LABEL.exec(line);
    const m = bracket ?? (role && namePartLooksLikeName(role[1]!) ? role : null);
    if (m) {
      const label = m[1]!.trim();
      markers.push({ start: lineStart, textStart: lineStart + m[0].length, key: speakerKey(label), label, role: roleOfLabel(label), fromName: false });
    } else {
      const name = NAME_LABEL.exec(line);
      if (name && !NOT_SPEAKERS.has(name[1]!.toLowerCase()) && !/^\d/.test(line.slice(name[0].length).trim())) {
        const label = name[1]!.trim();
        nameMarkers.push({ start: lineStart, textStart: lineStart + name[0].length, key: speakerKey(label), label, role: null, fromName: true });
      }
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  // A capitalised word before a colon is often a header ("Subject:"); trust it as a speaker only
  // when it recurs or sits beside real role labels.
  const nameCounts = new Map<string, number>();
  for (const n of nameMarkers) nameCounts.set(n.key, (nameCounts.get(n.key) ?? 0) + 1);
  for (const n of nameMarkers) if (markers.length > 0 || (nameCounts.get(n.key) ?? 0) >= 2) markers.push(n);

  const inline: Marker[] = [];
  INLINE_ROLE.lastIndex = 0;
  for (let m = INLINE_ROLE.exec(text); m !== null; m = INLINE_ROLE.exec(text)) {
    const label = m[1] ?? m[2]!;
    inline.push({ start: m.index, textStart: m.index + m[0].length, key: speakerKey(label), label, role: roleOfLabel(label), fromName: false });
  }
  if (markers.length > 0 || inline.length >= 2) markers.push(...inline);
  markers.sort((a, b) => a.start - b.start);
  return markers.filter((m, i) => i === 0 || m.start >= markers[i - 1]!.textStart);
}

function agentStyleScore(normalized: string, ranges: ReadonlyArray<{ start: number; end: number }>): number {
  let score = 0;
  for (const r of ranges) score += findCues(normalized, AGENT_STYLE_CUES, r.start, r.end).length;
  return score;
}

/**
 * Split redacted text into speaker turns. Offsets are into `text`. Every character of the text
 * belongs to at most one turn; leading text before the first label becomes its own turn.
 */
export function parseTurns(text: string, channel?: Channel): Turn[] {
  const normalized = normalizeForCues(text);
  const markers = findMarkers(text);
  if (markers.length === 0) {
    if (text.trim() === '') return [];
    // Emails have one author worth guessing; ticket notes mix both sides' words, so stay unknown.
    if (channel === 'email') {
      const whole = [{ start: 0, end: text.length }];
      const agentish = agentStyleScore(normalized, whole);
      const customerish = findCues(normalized, CUSTOMER_STYLE_CUES).length;
      return [{ speaker: agentish > customerish ? 'agent' : 'customer', label: null, start: 0, end: text.length, textStart: 0, inferred: true }];
    }
    return [{ speaker: 'unknown', label: null, start: 0, end: text.length, textStart: 0, inferred: true }];
  }

  const turns: Turn[] = [];
  const firstStart = markers[0]!.start;
  if (text.slice(0, firstStart).trim() !== '') {
    turns.push({ speaker: 'unknown', label: null, start: 0, end: firstStart, textStart: 0, inferred: true });
  }
  markers.forEach((m, i) => {
    const end = i + 1 < markers.length ? markers[i + 1]!.start : text.length;
    turns.push({ speaker: m.role ?? 'unknown', label: m.label, start: m.start, end, textStart: m.textStart, inferred: m.role === null });
  });

  resolveUnlabelledRoles(turns, markers, normalized);
  return turns;
}

/** Give numbered or named speakers a role: the most agent-like (or, on a tie, the first) is the agent. */
function resolveUnlabelledRoles(turns: Turn[], markers: Marker[], normalized: string): void {
  const keyOfTurn = new Map<Turn, string>();
  const offset = turns.length - markers.length;
  markers.forEach((m, i) => keyOfTurn.set(turns[i + offset]!, m.key));
  const unresolved: string[] = [];
  let hasAgent = false;
  let hasCustomer = false;
  for (const m of markers) {
    if (m.role === 'agent' || m.role === 'bot') hasAgent = true;
    if (m.role === 'customer') hasCustomer = true;
    if (m.role === null && !unresolved.includes(m.key)) unresolved.push(m.key);
  }
  if (unresolved.length === 0) return;
  const assigned = new Map<string, Speaker>();
  let remaining = [...unresolved];
  if (!hasAgent) {
    let best = remaining[0]!;
    let bestScore = -1;
    for (const key of remaining) {
      const ranges = turns.filter((t) => keyOfTurn.get(t) === key).map((t) => ({ start: t.textStart, end: t.end }));
      const score = agentStyleScore(normalized, ranges);
      if (score > bestScore) {
        best = key;
        bestScore = score;
      }
    }
    assigned.set(best, 'agent');
    remaining = remaining.filter((k) => k !== best);
  }
  for (const key of remaining) {
    assigned.set(key, hasCustomer ? 'third_party' : 'customer');
    hasCustomer = true;
  }
  for (const t of turns) {
    const key = keyOfTurn.get(t);
    const role = key === undefined ? undefined : assigned.get(key);
    if (role) t.speaker = role;
  }
}
