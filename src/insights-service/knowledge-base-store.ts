import { z } from 'zod';
import { createKnowledgeBase, type KnowledgeArticle, type KnowledgeBase } from '../insights/index.js';
import type { Kysely, Store } from '../store/index.js';
import { InsightsInputError } from './errors.js';

const Article = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'id must be 1 to 128 letters, digits or . _ : -'),
    title: z.string().trim().min(1).max(300),
    body: z.string().trim().min(1).max(50_000),
    tags: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
  })
  .strict();

export function validateArticles(input: unknown): KnowledgeArticle[] {
  const list = z.array(z.unknown()).min(1).max(500).safeParse(input);
  if (!list.success) throw new InsightsInputError('articles must be a list of 1 to 500 articles');
  return list.data.map((raw, i) => {
    const r = Article.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new InsightsInputError(`articles.${i}${issue.path.length ? '.' + issue.path.join('.') : ''}: ${issue.message}`);
    }
    return { id: r.data.id, title: r.data.title, body: r.data.body, tags: r.data.tags ?? [] };
  });
}

export interface StoredArticle extends KnowledgeArticle {
  tags: string[];
  updatedAt: string;
  updatedBy: string;
}

function toArticle(row: Record<string, unknown>): StoredArticle {
  return {
    id: String(row.id),
    title: String(row.title),
    body: String(row.body),
    tags: JSON.parse(String(row.tags)) as string[],
    updatedAt: String(row.updated_at),
    updatedBy: String(row.updated_by),
  };
}

export async function listArticles(db: Kysely<any>): Promise<StoredArticle[]> {
  return (await db.selectFrom('kb_articles').selectAll().orderBy('id').execute()).map(toArticle);
}

async function bump(trx: Kysely<any>): Promise<void> {
  await trx
    .updateTable('kb_revision')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 'kb')
    .execute();
}

/** Adds or replaces articles, all or nothing, and moves the revision every node watches. */
export async function upsertArticles(trx: Kysely<any>, articles: KnowledgeArticle[], actor: string, at: string): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const a of articles) {
    const values = { title: a.title, body: a.body, tags: JSON.stringify(a.tags ?? []), updated_at: at, updated_by: actor };
    const existing = await trx.selectFrom('kb_articles').select('id').where('id', '=', a.id).executeTakeFirst();
    if (existing) {
      await trx.updateTable('kb_articles').set(values).where('id', '=', a.id).execute();
      updated++;
    } else {
      await trx.insertInto('kb_articles').values({ id: a.id, ...values }).execute();
      created++;
    }
  }
  await bump(trx);
  return { created, updated };
}

export async function deleteArticle(trx: Kysely<any>, id: string): Promise<boolean> {
  const r = await trx.deleteFrom('kb_articles').where('id', '=', id).executeTakeFirst();
  const removed = Number(r.numDeletedRows ?? 0) > 0;
  if (removed) await bump(trx);
  return removed;
}

/**
 * This node's search index over the articles in the database. Before each use it compares the
 * stored revision with the one it was built from and rebuilds when they differ, so every node
 * answers from the same articles without talking to the others.
 */
export function createKnowledgeBaseCache(store: Pick<Store, 'db'>): { current(): Promise<KnowledgeBase> } {
  let built: { revision: number; kb: KnowledgeBase } | undefined;
  return {
    async current() {
      const row = await store.db.selectFrom('kb_revision').select('revision').where('id', '=', 'kb').executeTakeFirst();
      const revision = Number(row?.revision ?? 0);
      if (built && built.revision === revision) return built.kb;
      const kb = createKnowledgeBase();
      for (const a of await listArticles(store.db)) kb.add({ id: a.id, title: a.title, body: a.body, tags: a.tags });
      built = { revision, kb };
      return kb;
    },
  };
}
