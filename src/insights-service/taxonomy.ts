import { z } from 'zod';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../insights/index.js';
import type { Kysely } from '../store/index.js';
import { InsightsInputError } from './errors.js';

const Entry = z
  .object({
    id: z.string().regex(/^[a-z0-9_]{1,64}$/, 'id must be 1 to 64 lower-case letters, digits or _'),
    label: z.string().min(1).max(100),
    phrases: z.array(z.string().trim().min(1).max(100)).min(1).max(200),
  })
  .strict();
const TaxonomySchema = z.array(Entry).min(1).max(200);

export function validateTaxonomy(input: unknown): Taxonomy {
  const result = TaxonomySchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InsightsInputError(`taxonomy${issue.path.length ? '.' + issue.path.join('.') : ''}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const e of result.data) {
    if (ids.has(e.id)) throw new InsightsInputError(`taxonomy: topic id ${e.id} appears twice`);
    ids.add(e.id);
  }
  return result.data;
}

export interface StoredTaxonomy {
  taxonomy: Taxonomy;
  /** Null while the built-in default is in use. */
  updatedAt: string | null;
  updatedBy: string | null;
}

export async function readTaxonomy(db: Kysely<any>): Promise<StoredTaxonomy> {
  const row = await db.selectFrom('insights_taxonomy').selectAll().where('id', '=', 'current').executeTakeFirst();
  if (!row) return { taxonomy: DEFAULT_TAXONOMY, updatedAt: null, updatedBy: null };
  return { taxonomy: JSON.parse(String(row.taxonomy)) as Taxonomy, updatedAt: String(row.updated_at), updatedBy: String(row.updated_by) };
}

export async function writeTaxonomy(db: Kysely<any>, taxonomy: Taxonomy, actor: string, at: string): Promise<void> {
  const values = { taxonomy: JSON.stringify(taxonomy), updated_at: at, updated_by: actor };
  const existing = await db.selectFrom('insights_taxonomy').select('id').where('id', '=', 'current').executeTakeFirst();
  if (existing) await db.updateTable('insights_taxonomy').set(values).where('id', '=', 'current').execute();
  else await db.insertInto('insights_taxonomy').values({ id: 'current', ...values }).execute();
}
