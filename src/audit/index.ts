export { createAuditTrail, verifyExport, AuditInputError, AUDIT_LOCK } from './trail.js';
export type { AuditTrail, AuditInput, AuditQuery, CreateAuditOptions } from './trail.js';
export { canonicalJson, entryHash, GENESIS_HASH } from './chain.js';
export type { AuditEntry, Checkpoint, Outcome, Problem, VerifyResult } from './chain.js';
export { auditMigrations } from './migrations.js';
