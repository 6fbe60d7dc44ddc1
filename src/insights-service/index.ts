/**
 * The service side of insights: per-interaction flags, risk signals and topics (plus the
 * cross-customer `fraud.shared_instrument` join), topic trends and discovered phrases, the editable
 * taxonomy, the knowledge base (stored in the database, indexed per node) and suggested replies,
 * optionally phrased by the configured model through the gateway. The pure engine is `insights`.
 */
export { createInsightsService } from './service.js';
export type { InsightsService, InsightsServiceDeps, InteractionInsights, SuggestInput, SuggestResult, TrendsInput } from './service.js';
export { AiConsentMissingError, ArticleNotFoundError, InsightsInputError } from './errors.js';
export { validateTaxonomy } from './taxonomy.js';
export type { StoredTaxonomy } from './taxonomy.js';
export type { StoredArticle } from './knowledge-base-store.js';
export { insightsServiceMigrations } from './migrations.js';
