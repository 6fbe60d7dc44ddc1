import type { Kysely } from '../store/index.js';
import { DATA_CLASSES, MIN_AUDIT_RETENTION_DAYS, PrivacyInputError, isDataClass, type DataClass } from './types.js';

export interface RetentionPolicy {
  dataClass: DataClass;
  /** Days kept after the data was collected; null when no policy is set (kept until erased). */
  days: number | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

const MAX_RETENTION_DAYS = 100 * 365;

/** Checks a class and a day count from a caller; throws PrivacyInputError with a clear message. */
export function validateRetention(dataClass: string, days: unknown): { dataClass: DataClass; days: number } {
  if (!isDataClass(dataClass)) {
    throw new PrivacyInputError(`unknown data class; expected one of ${DATA_CLASSES.join(', ')}`);
  }
  const n = typeof days === 'string' && /^\d+$/.test(days.trim()) ? Number(days) : days;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_RETENTION_DAYS) {
    throw new PrivacyInputError(`retention days must be a whole number from 1 to ${MAX_RETENTION_DAYS}`);
  }
  if (dataClass === 'audit' && n < MIN_AUDIT_RETENTION_DAYS) {
    throw new PrivacyInputError(
      `audit retention may not be shorter than ${MIN_AUDIT_RETENTION_DAYS} days: the trail is the evidence of every purge and erasure`,
    );
  }
  return { dataClass, days: n };
}

export async function setRetentionRow(db: Kysely<any>, dataClass: DataClass, days: number, actor: string, at: string): Promise<void> {
  const existing = await db.selectFrom('privacy_retention').select('data_class').where('data_class', '=', dataClass).executeTakeFirst();
  if (existing) {
    await db
      .updateTable('privacy_retention')
      .set({ days, updated_at: at, updated_by: actor })
      .where('data_class', '=', dataClass)
      .execute();
  } else {
    await db.insertInto('privacy_retention').values({ data_class: dataClass, days, updated_at: at, updated_by: actor }).execute();
  }
}

/** Every class, in a fixed order, with its policy or null days when none is set. */
export async function readRetention(db: Kysely<any>): Promise<RetentionPolicy[]> {
  const rows = await db.selectFrom('privacy_retention').selectAll().execute();
  const byClass = new Map(rows.map((r) => [r.data_class as string, r]));
  return DATA_CLASSES.map((dataClass) => {
    const row = byClass.get(dataClass);
    return {
      dataClass,
      days: row ? Number(row.days) : null,
      updatedAt: row ? String(row.updated_at) : null,
      updatedBy: row ? String(row.updated_by) : null,
    };
  });
}

/** The instant before which data of a class is expired, or null when the class has no policy. */
export function retentionCutoff(policy: RetentionPolicy, now: Date): string | null {
  if (policy.days === null) return null;
  return new Date(now.getTime() - policy.days * 86_400_000).toISOString();
}
