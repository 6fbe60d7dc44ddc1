import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, type KnowledgeArticle } from './index.js';

const ARTICLES: KnowledgeArticle[] = [
  { id: 'kb-lost', title: 'Report a lost or stolen card', body: 'Freeze the card in the app right away. We block the card and mail a replacement card within five days. Recent purchases can be disputed.', tags: ['cards'] },
  { id: 'kb-refund', title: 'Refund timelines', body: 'Refunds go back to the original payment method. A refund takes three to five business days to appear on a statement.' },
  { id: 'kb-password', title: 'Reset your password', body: 'Use Forgot password on the login page. A reset link is emailed to you. If you are locked out after five attempts, wait thirty minutes.', tags: ['login'] },
  { id: 'kb-delivery', title: 'Where is my package', body: 'Track the package with the tracking number from your confirmation email. Packages that have not arrived after ten days can be reshipped.' },
  { id: 'kb-fees', title: 'Late fees and waivers', body: 'A late fee applies when the minimum payment is missed. Agents may waive one late fee per year.' },
];

function kb() {
  const base = createKnowledgeBase();
  for (const a of ARTICLES) base.add(a);
  return base;
}

describe('knowledge base (BM25F)', () => {
  it('ranks the article that answers the conversation first, with a relevant snippet', () => {
    const s = kb().suggest('Customer: Hi, I lost my card at the mall, can you block it?', { limit: 3 });
    expect(s[0]!.articleId).toBe('kb-lost');
    expect(s[0]!.title).toBe('Report a lost or stolen card');
    expect(s[0]!.snippet).toMatch(/block the card/);
    expect(s.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < s.length; i++) expect(s[i - 1]!.score).toBeGreaterThanOrEqual(s[i]!.score);
  });

  it('weights the latest customer turn over earlier ones', () => {
    const convo = [
      'Customer: My package has not arrived and the tracking number shows nothing.',
      'Agent: I can help with that.',
      'Customer: Actually, forget that, I am locked out and need to reset my password.',
    ].join('\n');
    expect(kb().suggest(convo)[0]!.articleId).toBe('kb-password');
    const reversed = [
      'Customer: I am locked out and need to reset my password.',
      'Agent: Sure, one moment.',
      'Customer: Also my package has not arrived, where is it? The tracking number shows nothing.',
    ].join('\n');
    expect(kb().suggest(reversed)[0]!.articleId).toBe('kb-delivery');
  });

  it('weights the title above the body', () => {
    const base = createKnowledgeBase();
    base.add({ id: 'title', title: 'Overdraft protection', body: 'How it works and how to enrol.' });
    base.add({ id: 'body', title: 'Account features', body: 'Many features exist, overdraft protection being one of them, among many other things.' });
    expect(base.suggest('Customer: tell me about overdraft protection').map((s) => s.articleId)).toEqual(['title', 'body']);
  });

  it('ignores entity labels and returns nothing for an empty or unrelated query', () => {
    expect(kb().suggest('Customer: [PERSON] [CREDIT_CARD]')).toEqual([]);
    expect(kb().suggest('Customer: zebra xylophone')).toEqual([]);
    expect(createKnowledgeBase().suggest('lost card')).toEqual([]);
  });

  it('exports and imports state, rebuilding the index; rejects malformed state without changing anything', () => {
    const a = kb();
    const state = a.exportState();
    expect(state.articles).toHaveLength(ARTICLES.length);
    const b = createKnowledgeBase();
    b.importState(JSON.parse(JSON.stringify(state)));
    expect(b.size).toBe(ARTICLES.length);
    const q = 'Customer: why was I charged a late fee?';
    expect(b.suggest(q)).toEqual(a.suggest(q));
    expect(() => b.importState({ version: 1, articles: [{ id: 'x', title: 'ok', body: 'ok' }, { id: '', title: 't', body: 'b' }] })).toThrow(/article 1: id/);
    expect(() => b.importState({ version: 2, articles: [] })).toThrow(/version/);
    expect(b.size).toBe(ARTICLES.length);
  });

  it('replaces an article with the same id and removes articles', () => {
    const base = kb();
    base.add({ id: 'kb-fees', title: 'Gardening tips', body: 'Water tomatoes daily.' });
    expect(base.size).toBe(ARTICLES.length);
    expect(base.suggest('Customer: late fee waiver').map((s) => s.articleId)).not.toContain('kb-fees');
    expect(base.remove('kb-lost')).toBe(true);
    expect(base.remove('kb-lost')).toBe(false);
    expect(base.suggest('Customer: I lost my card').map((s) => s.articleId)).not.toContain('kb-lost');
  });
});
