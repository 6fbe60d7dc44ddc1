import { describe, expect, it } from 'vitest';
import { POLICY } from '../access/index.js';
import { buildProcessingRecord, describeDatabaseUrl, processingRecordMarkdown } from './processing.js';

describe('record of processing', () => {
  const retention = [
    { dataClass: 'transcript' as const, days: 365, updatedAt: 'x', updatedBy: 'u' },
    { dataClass: 'originals' as const, days: 30, updatedAt: 'x', updatedBy: 'u' },
    { dataClass: 'recording' as const, days: null, updatedAt: null, updatedBy: null },
    { dataClass: 'audit' as const, days: 2555, updatedAt: 'x', updatedBy: 'u' },
  ];

  it('is generated from the retention policies and the access policy table', () => {
    const record = buildProcessingRecord({ backend: 'sqlite', location: '/data/custos.db', retention, policy: POLICY, subProcessors: null, generatedAt: '2026-01-01T00:00:00.000Z' });
    expect(record.stores.find((s) => s.data.startsWith('Originals'))!.retention).toBe('30 days, then purged');
    expect(record.stores.find((s) => s.data.startsWith('Recordings'))!.retention).toMatch(/no policy set/);
    const reveal = record.access.find((a) => a.action === 'interaction.reveal')!;
    expect(Object.keys(reveal.roles).sort()).toEqual(
      Object.entries(POLICY['interaction.reveal'].scopes).filter(([, s]) => s !== 'none').map(([r]) => r).sort(),
    );
    expect(record.access.length).toBe(Object.keys(POLICY).length);
    expect(record.recipients).toBe('none registered');
    const md = processingRecordMarkdown(record);
    expect(md).toContain('| interaction.reveal |');
    expect(md).toContain('None registered.');
    expect(md).toContain('policy 2555 days (at least 6 years); kept in full');
  });

  it('names registered sub-processors and never prints database credentials', () => {
    const location = describeDatabaseUrl('postgres://root:s3cret@db.example:5432/prod', 'custos');
    expect(location).toBe('PostgreSQL db.example:5432/prod (schema custos)');
    const record = buildProcessingRecord({ backend: 'postgres', location, retention, policy: POLICY, subProcessors: [{ name: 'OpenAI', endpoint: 'https://api.openai.com/v1' }], generatedAt: 'now' });
    expect(processingRecordMarkdown(record)).toContain('- OpenAI (https://api.openai.com/v1)');
    expect(JSON.stringify(record)).not.toContain('s3cret');
  });
});
