/**
 * Insights on sanitized data only: text in which personal values are already replaced by labels
 * (`[CREDIT_CARD]`), plus the labels' positions. Nothing here sees, needs or emits an original value.
 *
 * - `analyzeInteraction(interaction, options?)` → `{ flags, risk, topics }`: compliance gaps and
 *   fraud/risk signals (`Finding`s with offsets into the redacted text and a value-free evidence
 *   string), and the interaction's topics. Rules are data (`DEFAULT_RULES`); a center edits cue
 *   lists and severities with `options.overrides` or passes its own table in `options.rules`.
 *   Cue phrases match case-insensitively on word boundaries; `*` is a gap of up to three words.
 * - `parseTurns(text, channel?)` → speaker turns (`agent`, `customer`, `bot`, ...; `inferred` when
 *   the role was guessed; one `unknown` turn for unlabelled ASR).
 * - `findSharedInstruments(records, { minCustomers })` → cards/phones (by deterministic vault
 *   token) shared by many customers.
 * - Topics: `DEFAULT_TAXONOMY`, `classifyTopics`, `discoverPhrases` (n-grams the taxonomy misses),
 *   `trends` (per-topic counts per day/week and change vs the previous period).
 * - Suggested replies: `createKnowledgeBase()` → `add`, `suggest(conversationSoFar, { limit })`,
 *   `exportState`/`importState` (BM25F; the latest customer turn weighs most).
 */
export type { Channel, EntitySpan, Finding, SanitizedInteraction, Severity, Speaker, Turn } from './types.js';
export { SEVERITY_ORDER } from './types.js';
export { parseTurns } from './turns.js';
export { analyzeInteraction, assertValidInteraction, evaluateRules } from './analyze.js';
export type { AnalyzeOptions, InteractionAnalysis } from './analyze.js';
export { applyRuleOverrides, DEFAULT_RULES } from './rules.js';
export type { RuleCategory, RuleDefinition, RuleMatcher, RuleOverride } from './rules.js';
export { findSharedInstruments } from './shared-instruments.js';
export type { InstrumentRecord, SharedInstrument } from './shared-instruments.js';
export { classifyTopics, DEFAULT_TAXONOMY, discoverPhrases, trends } from './topics.js';
export type { DiscoveredPhrase, Taxonomy, TaxonomyEntry, Topic, TopicTrend, TrendBucket, TrendReport } from './topics.js';
export { createKnowledgeBase } from './knowledge-base.js';
export type { KnowledgeArticle, KnowledgeBase, KnowledgeBaseOptions, KnowledgeBaseState, Suggestion } from './knowledge-base.js';
