import { describe, expect, it } from 'vitest';
import { breachReportMarkdown, buildBreachReport, type DisclosureEntry } from './breach.js';

let n = 0;
function entry(partial: Partial<DisclosureEntry>): DisclosureEntry {
  n++;
  return { id: String(n), at: '2026-03-01T10:00:00.000Z', actor: 'u-mallory', action: 'interaction.reveal', target: null, outcome: 'success', details: null, ...partial };
}

describe('breach report from audit entries', () => {
  const interactions = new Map([['int-1', 'cust-A'], ['int-2', 'cust-B']]);
  const entries = [
    entry({ target: 'int-1', details: { types: ['CREDIT_CARD', 'PERSON'] } }),
    entry({ target: 'int-1', details: { types: { CREDIT_CARD: 2 } }, at: '2026-03-01T11:00:00.000Z' }),
    entry({ action: 'vault.detokenize', target: 'tok_card_x', details: { customerRef: 'cust-C', type: 'US_SSN' } }),
    entry({ action: 'subject.export', target: 'cust-B', details: { customerRef: 'cust-B', counts: { EMAIL_ADDRESS: 3 } } }),
    // Outside the window, another actor, a refusal, an audit export, an unknown interaction:
    entry({ target: 'int-2', at: '2026-02-01T00:00:00.000Z', details: { types: ['PERSON'] } }),
    entry({ target: 'int-2', actor: 'u-alice', details: { types: ['PERSON'] } }),
    entry({ target: 'int-2', outcome: 'denied' }),
    entry({ action: 'audit.export', target: null }),
    entry({ action: 'interaction.read', target: 'int-2' }),
    entry({ target: 'int-gone' }),
    entry({ action: 'subject.export', target: 'cust-D', details: { customerRef: 'cust-D', disclosed: 0, types: {} } }),
  ];
  const report = buildBreachReport(
    entries,
    { actor: 'u-mallory', from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z', detectedAt: '2026-03-03T09:30:00.000Z' },
    '2026-03-03T10:00:00.000Z',
    (id) => interactions.get(id),
  );

  it('lists every customer the actor disclosed, with counts by type', () => {
    expect(report.subjects.map((s) => s.customerRef)).toEqual(['cust-A', 'cust-B', 'cust-C']);
    expect(report.subjects[0]).toMatchObject({ disclosures: 2, types: { CREDIT_CARD: 3, PERSON: 1 }, firstAt: '2026-03-01T10:00:00.000Z', lastAt: '2026-03-01T11:00:00.000Z' });
    expect(report.subjects[1]).toMatchObject({ disclosures: 1, types: { EMAIL_ADDRESS: 3 }, actions: ['subject.export'] });
    expect(report.subjects[2]).toMatchObject({ types: { US_SSN: 1 }, actions: ['vault.detokenize'] });
    expect(report.totals).toEqual({ subjects: 3, disclosures: 4, types: { CREDIT_CARD: 3, PERSON: 1, EMAIL_ADDRESS: 3, US_SSN: 1 } });
    expect(report.refusedAttempts).toBe(1);
    expect(report.unattributed.map((u) => u.target)).toEqual(['int-gone']);
  });

  it('sets the notification deadline 72 hours after detection', () => {
    expect(report.notificationDeadline).toBe('2026-03-06T09:30:00.000Z');
  });

  it('renders the same facts as Markdown', () => {
    const md = breachReportMarkdown(report);
    expect(md).toContain('**Notification deadline: 2026-03-06T09:30:00.000Z**');
    expect(md).toContain('| cust-A | 2 | CREDIT_CARD × 3, PERSON × 1 | interaction.reveal |');
    expect(md).toContain('Customers affected: 3');
    expect(md).toContain('int-gone');
  });
});
