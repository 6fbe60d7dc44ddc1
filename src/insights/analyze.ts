/**
 * The rule engine: interprets the rule table (`rules.ts`) over one sanitized interaction.
 * Evidence is assembled only from rule cue phrases, span types and speaker roles, never from the
 * interaction's text, so a finding cannot carry a value even if redaction missed one.
 */
import { findCues, normalizeForCues, sentenceAround, type CueMatch } from './cues.js';
import {
  applyRuleOverrides,
  DEFAULT_RULES,
  type ActionBeforeGuardMatcher,
  type CueMatcher,
  type CueThenSpanMatcher,
  type MissingInOpeningMatcher,
  type RuleDefinition,
  type RuleMatcher,
  type RuleOverride,
  type SpanInTurnMatcher,
  type TogetherMatcher,
} from './rules.js';
import { classifyTopics, DEFAULT_TAXONOMY, type Taxonomy, type Topic } from './topics.js';
import { parseTurns } from './turns.js';
import type { EntitySpan, Finding, SanitizedInteraction, Severity, Speaker, Turn } from './types.js';

export interface AnalyzeOptions {
  /** Replace the whole rule table (default `DEFAULT_RULES`). */
  rules?: readonly RuleDefinition[];
  /** Per-rule edits: cue lists, severity, enabled. */
  overrides?: Readonly<Record<string, RuleOverride>>;
  /** Topic taxonomy (default `DEFAULT_TAXONOMY`). */
  taxonomy?: Taxonomy;
}

export interface InteractionAnalysis {
  /** Compliance gaps. */
  flags: Finding[];
  /** Fraud and risk signals. */
  risk: Finding[];
  topics: Topic[];
}

/** Characters treated as "nearby" when a stream has no speaker labels. */
const UNLABELLED_WINDOW = 300;

interface Hit {
  start: number;
  end: number;
  evidence: string;
  count: number;
  strong?: boolean;
}

class InteractionView {
  readonly text: string;
  readonly norm: string;
  readonly turns: Turn[];
  readonly spans: EntitySpan[];
  readonly unlabelled: boolean;

  constructor(interaction: SanitizedInteraction) {
    this.text = interaction.redactedText;
    this.norm = normalizeForCues(this.text);
    this.turns = parseTurns(this.text, interaction.channel);
    this.spans = [...interaction.spans].sort((a, b) => a.start - b.start);
    this.unlabelled = this.turns.every((t) => t.label === null);
  }

  turnIndexAt(pos: number): number {
    let lo = 0;
    let hi = this.turns.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.turns[mid]!;
      if (pos < t.start) hi = mid - 1;
      else if (pos >= t.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  speakerAt(pos: number): Speaker {
    const i = this.turnIndexAt(pos);
    return i === -1 ? 'unknown' : this.turns[i]!.speaker;
  }

  private readonly wholeTextMatches = new Map<readonly string[], CueMatch[]>();

  /** Matches of a cue list over the whole text, computed once per list. */
  allCues(phrases: readonly string[]): CueMatch[] {
    let found = this.wholeTextMatches.get(phrases);
    if (!found) {
      found = findCues(this.norm, phrases);
      this.wholeTextMatches.set(phrases, found);
    }
    return found;
  }

  /** Cue matches inside the content (not the label) of turns spoken by `speakers`, with their turn index. */
  cuesBy(phrases: readonly string[], speakers: readonly Speaker[]): Array<CueMatch & { turn: number }> {
    const out: Array<CueMatch & { turn: number }> = [];
    for (const m of this.allCues(phrases)) {
      const turn = this.turnIndexAt(m.start);
      if (turn === -1) continue;
      const t = this.turns[turn]!;
      if (m.start < t.textStart || m.end > t.end || !speakers.includes(t.speaker)) continue;
      out.push({ ...m, turn });
    }
    return dedupeOverlaps(out);
  }

  /** Does the sentence around `m` (within its turn; at most `reachAfter` chars past it) contain one of `phrases`? */
  sentenceHas(m: CueMatch & { turn: number }, phrases: readonly string[] | undefined, reachAfter?: number): boolean {
    if (!phrases || phrases.length === 0) return false;
    const t = this.turns[m.turn]!;
    const s = sentenceAround(this.norm, m.start, t.textStart, t.end);
    const end = reachAfter === undefined ? s.end : Math.min(s.end, m.end + reachAfter);
    return findCues(this.norm, phrases, s.start, end).length > 0;
  }

  /** [start, end) of the text within `turns` turns of turn `i` (or a character window when unlabelled). */
  neighbourhood(i: number, turns: number, pos: number): { start: number; end: number } {
    if (this.unlabelled) {
      return { start: Math.max(0, pos - UNLABELLED_WINDOW), end: Math.min(this.text.length, pos + UNLABELLED_WINDOW) };
    }
    const lo = this.turns[Math.max(0, i - turns)]!;
    const hi = this.turns[Math.min(this.turns.length - 1, i + turns)]!;
    return { start: lo.start, end: hi.end };
  }

  speakerNote(): string {
    return this.unlabelled ? ' (unlabelled stream: speaker not known)' : '';
  }
}

function dedupeOverlaps<T extends CueMatch>(matches: T[]): T[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}

function quoteList(phrases: Iterable<string>, max = 3): string {
  const unique = [...new Set(phrases)];
  const shown = unique.slice(0, max).map((p) => `"${p}"`).join(', ');
  return unique.length > max ? `${shown} +${unique.length - max} more` : shown;
}

function roleName(s: Speaker): string {
  return s === 'third_party' ? 'third-party' : s;
}

/** "an agent turn", "a customer turn". */
function aTurn(s: Speaker): string {
  const name = roleName(s);
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} turn`;
}

function cueGroup(rule: RuleDefinition, name: string | undefined): readonly string[] {
  if (name === undefined) return [];
  return rule.cues[name] ?? [];
}

function matchSpanInTurn(v: InteractionView, m: SpanInTurnMatcher): Hit[] {
  const hits: Hit[] = [];
  for (const span of v.spans) {
    if (!m.spanTypes.includes(span.type)) continue;
    const speaker = v.speakerAt(span.start);
    if (!m.speakers.includes(speaker)) continue;
    hits.push({ start: span.start, end: span.end, count: 1, evidence: `${span.type} span in ${aTurn(speaker)}${v.speakerNote()}` });
  }
  return hits;
}

function matchCueThenSpan(v: InteractionView, rule: RuleDefinition, m: CueThenSpanMatcher): Hit[] {
  const hits: Hit[] = [];
  const unless = cueGroup(rule, m.unless);
  for (const cue of v.cuesBy(cueGroup(rule, m.cue), m.cueSpeakers)) {
    if (v.sentenceHas(cue, unless)) continue;
    const windowEnd = v.unlabelled
      ? Math.min(v.text.length, cue.end + UNLABELLED_WINDOW)
      : v.turns[Math.min(v.turns.length - 1, cue.turn + m.withinTurns)]!.end;
    const span = v.spans.find((s) => m.spanTypes.includes(s.type) && s.start >= cue.end && s.start < windowEnd);
    if (!span) continue;
    const speaker = v.speakerAt(span.start);
    hits.push({
      start: cue.start,
      end: span.end,
      count: 1,
      evidence: `cue "${cue.phrase}" then ${span.type} span in ${aTurn(speaker)}${v.speakerNote()}`,
    });
  }
  return hits;
}

function matchCue(v: InteractionView, rule: RuleDefinition, m: CueMatcher): Hit[] {
  const unless = cueGroup(rule, m.unless);
  const withCue = m.withCue === undefined ? undefined : cueGroup(rule, m.withCue);
  const nearCues = cueGroup(rule, m.near?.cue);
  const accept = (c: CueMatch & { turn: number }): boolean => {
    if (v.sentenceHas(c, unless)) return false;
    if (withCue && !v.sentenceHas(c, withCue)) return false;
    if (m.near) {
      const area = v.neighbourhood(c.turn, m.near.turns, c.start);
      const nearSpan = v.spans.some((s) => (m.near!.spanTypes ?? []).includes(s.type) && s.start >= area.start && s.start < area.end);
      const outside = (x: CueMatch): boolean => x.end <= c.start || x.start >= c.end;
      const nearCue = findCues(v.norm, nearCues, area.start, area.end).some(outside);
      if (!nearSpan && !nearCue) return false;
    }
    return true;
  };
  const found = v.cuesBy(cueGroup(rule, m.cue), m.speakers).filter(accept);
  const strong = v.cuesBy(cueGroup(rule, m.strong), m.speakers).filter((c) => !v.sentenceHas(c, unless));
  const all = dedupeOverlaps([...found, ...strong]);
  const minCount = m.minCount ?? 1;
  if (strong.length === 0 && found.length < minCount) return [];
  if (all.length === 0) return [];
  const speakers = new Set(all.map((c) => roleName(v.turns[c.turn]!.speaker)));
  const first = all[0]!;
  const times = all.length > 1 ? ` (${all.length} times)` : '';
  return [{
    start: first.start,
    end: first.end,
    count: all.length,
    strong: strong.length > 0,
    evidence: `cue ${quoteList(all.map((c) => c.phrase))}${times} in ${[...speakers].join('/')} turns${v.speakerNote()}`,
  }];
}

function matchMissingInOpening(v: InteractionView, rule: RuleDefinition, m: MissingInOpeningMatcher): Hit[] {
  const sideTurns = v.turns.filter((t) => m.speakers.includes(t.speaker) && t.label !== null);
  let regionEnd: number;
  let where: string;
  if (v.unlabelled || sideTurns.length === 0) {
    regionEnd = Math.min(v.text.length, m.openingChars);
    where = `the first ${m.openingChars} characters${v.speakerNote()}`;
  } else {
    regionEnd = sideTurns[Math.min(sideTurns.length, m.openingTurns) - 1]!.end;
    where = `the first ${m.openingTurns} agent turns`;
  }
  if (v.allCues(cueGroup(rule, m.cue)).some((c) => c.end <= regionEnd)) return [];
  const anchor = sideTurns[0] ?? v.turns[0];
  const start = anchor ? anchor.textStart : 0;
  const end = anchor ? Math.min(anchor.end, start + 120) : Math.min(v.text.length, 120);
  return [{ start, end, count: 1, evidence: `no recording disclosure (e.g. ${quoteList(cueGroup(rule, m.cue), 2)}) in ${where}` }];
}

function matchActionBeforeGuard(v: InteractionView, rule: RuleDefinition, m: ActionBeforeGuardMatcher): Hit[] {
  const unless = cueGroup(rule, m.unless);
  // Guard events (passed checks) and failure events in text order; the latest one before an action decides.
  const failures = v.allCues(cueGroup(rule, m.guardFailed));
  const insideFailure = (pos: number): boolean => failures.some((f) => pos >= f.start && pos < f.end);
  const events: Array<{ start: number; ok: boolean }> = [
    ...v.allCues(cueGroup(rule, m.guard)).filter((g) => !insideFailure(g.start)).map((g) => ({ start: g.start, ok: true })),
    ...v.spans.filter((s) => (m.guardSpanTypes ?? []).includes(s.type)).map((s) => ({ start: s.start, ok: true })),
    ...failures.map((f) => ({ start: f.start, ok: false })),
  ].sort((a, b) => a.start - b.start || Number(a.ok) - Number(b.ok));
  for (const action of v.cuesBy(cueGroup(rule, m.action), m.speakers)) {
    if (v.sentenceHas(action, unless)) continue;
    // "updated after verifying you" / "can't update until verified": the sentence itself ties the change to a check.
    if (v.sentenceHas(action, cueGroup(rule, m.guard), 80)) continue;
    const before = events.filter((e) => e.start < action.start);
    const last = before[before.length - 1];
    if (last?.ok) return [];
    const spanNote = m.guardSpanTypes?.length ? ` or ${m.guardSpanTypes.join('/')} span` : '';
    const why = last ? 'after a failed verification' : `with no verification cue${spanNote} before it`;
    return [{
      start: action.start,
      end: action.end,
      count: 1,
      evidence: `change cue "${action.phrase}" in ${aTurn(v.turns[action.turn]!.speaker)} ${why}${v.speakerNote()}`,
    }];
  }
  return [];
}

function matchTogether(v: InteractionView, rule: RuleDefinition, m: TogetherMatcher): Hit[] {
  const unless = cueGroup(rule, m.unless);
  const firsts: Array<CueMatch & { turn: number }> = [];
  for (const group of m.cues) {
    const found = v.cuesBy(cueGroup(rule, group), ['agent', 'bot', 'customer', 'third_party', 'system', 'unknown'])
      .filter((c) => !v.sentenceHas(c, unless));
    if (found.length === 0) return [];
    firsts.push(found[0]!);
  }
  const latest = firsts.reduce((a, b) => (b.start > a.start ? b : a));
  return [{
    start: latest.start,
    end: latest.end,
    count: 1,
    evidence: m.cues.map((g, i) => `${g} cue "${firsts[i]!.phrase}"`).join(' with ') + ' in the same interaction',
  }];
}

function runMatcher(v: InteractionView, rule: RuleDefinition, m: RuleMatcher): Hit[] {
  switch (m.kind) {
    case 'span_in_turn': return matchSpanInTurn(v, m);
    case 'cue_then_span': return matchCueThenSpan(v, rule, m);
    case 'cue': return matchCue(v, rule, m);
    case 'missing_in_opening': return matchMissingInOpening(v, rule, m);
    case 'action_before_guard': return matchActionBeforeGuard(v, rule, m);
    case 'together': return matchTogether(v, rule, m);
  }
}

function severityFor(rule: RuleDefinition, hits: Hit[]): Severity {
  const count = hits.reduce((n, h) => n + h.count, 0);
  if (rule.escalate && (count >= rule.escalate.count || hits.some((h) => h.strong))) return rule.escalate.severity;
  return rule.severity;
}

/** Throws (with offsets and types only) when spans don't fit the text. */
export function assertValidInteraction(interaction: SanitizedInteraction): void {
  const len = interaction.redactedText.length;
  interaction.spans.forEach((s, i) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > len) {
      throw new RangeError(`interaction ${interaction.id}: span ${i} (${s.type}) [${s.start}, ${s.end}) is outside the text (length ${len})`);
    }
  });
}

/** Run the rules that apply to the interaction's channel; one finding per distinct occurrence. */
export function evaluateRules(interaction: SanitizedInteraction, rules: readonly RuleDefinition[]): Finding[] {
  assertValidInteraction(interaction);
  const view = new InteractionView(interaction);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.channels && !rule.channels.includes(interaction.channel)) continue;
    const hits: Hit[] = [];
    for (const m of rule.match) hits.push(...runMatcher(view, rule, m));
    if (hits.length === 0) continue;
    const severity = severityFor(rule, hits);
    hits.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue; // two matchers of one rule saw the same thing
      findings.push({ rule: rule.id, severity, start: h.start, end: h.end, evidence: h.evidence });
      lastEnd = h.end;
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}

/** Compliance flags, risk signals and topics for one sanitized interaction. */
export function analyzeInteraction(interaction: SanitizedInteraction, options: AnalyzeOptions = {}): InteractionAnalysis {
  const rules = applyRuleOverrides(options.rules ?? DEFAULT_RULES, options.overrides);
  const category = new Map(rules.map((r) => [r.id, r.category]));
  const findings = evaluateRules(interaction, rules);
  return {
    flags: findings.filter((f) => category.get(f.rule) === 'compliance'),
    risk: findings.filter((f) => category.get(f.rule) === 'risk'),
    topics: classifyTopics(interaction, options.taxonomy ?? DEFAULT_TAXONOMY),
  };
}
