/**
 * The LLM gateway: the only door through which text reaches an outside model. Every message is
 * sanitized with conversation-stable pseudonym labels, sent only to a registered sub-processor,
 * with consent checked, the exchange audited (types and counts, never values), and the answer's
 * labels put back only for roles the policy table allows (`ai.reidentify`).
 */
export { createGateway, CUSTOMER_REF_PATTERN } from './gateway.js';
export type { ChatCaller, ChatOutcome, ConsentPurpose, Gateway, GatewayAuditWriter, GatewayDeps } from './gateway.js';
export { gatewayConfigFromEnv, gatewayConfigOrProblem, mapModel, parseModelMap, DEFAULT_TIMEOUT_MS } from './config.js';
export type { GatewayConfig } from './config.js';
export { ConsentRequiredError, GatewayError, GatewayInputError } from './errors.js';
export { parseChatRequest, sanitizeChatRequest } from './request.js';
export type { ChatMessage, ChatRequest, SanitizedRequest } from './request.js';
export { createLabelReassembler, safePrefixLength } from './reidentify-stream.js';
export type { LabelReassembler } from './reidentify-stream.js';
export { createSubProcessorRegistry, listSubProcessors, normaliseUpstreamUrl, validateSubProcessor } from './subprocessors.js';
export type { SubProcessorEntry, SubProcessorInput, SubProcessorRegistry } from './subprocessors.js';
export { gatewayMigrations } from './migrations.js';
