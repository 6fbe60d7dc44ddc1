/** The data classes a retention policy can cover. */
export const DATA_CLASSES = ['transcript', 'originals', 'recording', 'audit'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

export function isDataClass(value: string): value is DataClass {
  return (DATA_CLASSES as readonly string[]).includes(value);
}

/** Purposes a customer can grant or withdraw consent for. Absent a grant, every purpose is denied. */
export const CONSENT_PURPOSES = ['recording', 'ai_processing', 'model_training', 'analytics'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export function isConsentPurpose(value: string): value is ConsentPurpose {
  return (CONSENT_PURPOSES as readonly string[]).includes(value);
}

/**
 * The audit trail is the evidence of every other privacy operation, so it may not be kept for
 * less than six years (HIPAA's documentation retention). Shorter audit policies are refused.
 */
export const MIN_AUDIT_RETENTION_DAYS = 6 * 365;

/** Notification deadline after a breach is detected (GDPR Art. 33). */
export const BREACH_NOTIFICATION_HOURS = 72;

/** Bad input from a caller: HTTP 400, CLI exit code 2. The message never carries a customer value. */
export class PrivacyInputError extends Error {
  override readonly name = 'PrivacyInputError';
}

/** The thing addressed does not exist: HTTP 404. */
export class PrivacyNotFoundError extends Error {
  override readonly name = 'PrivacyNotFoundError';
}

/** A legal hold blocks the operation: HTTP 409 with the hold ids, CLI exit code 2. */
export class LegalHoldError extends Error {
  override readonly name = 'LegalHoldError';
  constructor(readonly holdIds: string[]) {
    super(`refused: under legal hold (${holdIds.join(', ')}); release the hold first`);
  }
}
