// The privacy module's door: retention and purge, legal holds, subject export and erasure,
// consent ledger, breach report and the record of processing.
export { createPrivacy, stillIdentifies, erasedMarker } from './privacy.js';
export type { Privacy, PrivacyDeps, PurgeReport, ClassPurge, SubjectExport, ErasureReceipt, BreachQueryInput } from './privacy.js';
export { privacyMigrations } from './migrations.js';
export { breachReportMarkdown, buildBreachReport, isDisclosureAction } from './breach.js';
export type { BreachReport, AffectedSubject } from './breach.js';
export { buildProcessingRecord, processingRecordMarkdown, describeDatabaseUrl } from './processing.js';
export type { ProcessingRecord, SubProcessor, PolicyRow } from './processing.js';
export { hasConsent } from './consent.js';
export type { ConsentRecord, ConsentRequest } from './consent.js';
export type { LegalHold, HoldRequest } from './holds.js';
export type { RetentionPolicy } from './retention.js';
export {
  DATA_CLASSES,
  CONSENT_PURPOSES,
  MIN_AUDIT_RETENTION_DAYS,
  BREACH_NOTIFICATION_HOURS,
  isDataClass,
  isConsentPurpose,
  PrivacyInputError,
  PrivacyNotFoundError,
  LegalHoldError,
} from './types.js';
export type { DataClass, ConsentPurpose } from './types.js';
export { schedulePurge, purgeIntervalFromEnv, DEFAULT_PURGE_INTERVAL_MS } from './schedule.js';
export type { PurgeSchedule } from './schedule.js';
