export { createInteractions, InteractionNotFoundError, AccessDeniedError, OriginalsErasedError, MAX_TEXT_LENGTH } from './interactions.js';
export type {
  EntityView,
  IngestInput,
  InteractionView,
  Interactions,
  InteractionsDeps,
  ListFilters,
  RevealResult,
  StoredSpan,
} from './interactions.js';
export { CHANNEL_FIELDS, CHANNELS, ID_PATTERN, identifyingRefType, InteractionInputError, isChannel, validateChannelFields } from './channels.js';
export type { Channel, ChannelFieldValues, FieldSpec } from './channels.js';
export { interactionMigrations } from './migrations.js';
