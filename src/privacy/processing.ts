import type { RetentionPolicy } from './retention.js';

/** The shape of one row of the access policy table, as the report needs it. */
export interface PolicyRow {
  description: string;
  customerContent: boolean;
  requiresReason?: boolean;
  scopes: Record<string, string>;
}

/** An outside service that receives (sanitized) data, from the gateway's sub-processor registry. */
export interface SubProcessor {
  name: string;
  endpoint?: string;
  purpose?: string;
  data?: string;
}

export interface ProcessingRecordInput {
  backend: 'sqlite' | 'postgres';
  /** Where the data lives: the SQLite file, or the PostgreSQL host/database/schema (no password). */
  location: string;
  retention: RetentionPolicy[];
  policy: Record<string, PolicyRow>;
  subProcessors: SubProcessor[] | null;
  generatedAt: string;
}

export interface ProcessingRecord {
  generatedAt: string;
  controllerSystem: string;
  stores: { data: string; where: string; protection: string; retention: string }[];
  access: { action: string; description: string; customerContent: boolean; requiresReason: boolean; roles: Record<string, string> }[];
  recipients: SubProcessor[] | 'none registered';
  rights: string[];
}

function retentionText(retention: RetentionPolicy[], dataClass: string): string {
  const p = retention.find((r) => r.dataClass === dataClass);
  return p?.days ? `${p.days} days, then purged` : 'no policy set: kept until erased';
}

/** The purge never deletes audit entries (the chain is verified from its first entry); the record says so. */
function auditRetentionText(retention: RetentionPolicy[]): string {
  const days = retention.find((p) => p.dataClass === 'audit')?.days;
  return `${days ? `policy ${days} days (at least 6 years); ` : ''}kept in full: entries are not purged, so the chain keeps verifying`;
}

/** Strips credentials from a connection string so the report can name where data lives. */
export function describeDatabaseUrl(databaseUrl: string, schema?: string): string {
  try {
    const u = new URL(databaseUrl);
    return `PostgreSQL ${u.hostname}${u.port ? ':' + u.port : ''}${u.pathname}${schema ? ` (schema ${schema})` : ''}`;
  } catch {
    return 'PostgreSQL (connection string not parseable)';
  }
}

export function buildProcessingRecord(input: ProcessingRecordInput): ProcessingRecord {
  const where = input.location;
  const r = input.retention;
  return {
    generatedAt: input.generatedAt,
    controllerSystem: 'Custos (contact-center personal-data protection)',
    stores: [
      {
        data: 'Redacted interactions (transcripts, chats, emails, tickets) with entity spans and vault tokens',
        where,
        protection: 'personal data replaced before storage; no originals in the clear; role-scoped reads, every read audited',
        retention: retentionText(r, 'transcript'),
      },
      {
        data: 'Originals of personal data (vault)',
        where,
        protection:
          'AES-256-GCM, one data key per customer wrapped by a key-encryption key (key file 0600 or CUSTOS_MASTER_KEY); associated data binds each ciphertext to its row; erasure destroys the key (crypto-shredding)',
        retention: retentionText(r, 'originals'),
      },
      {
        data: 'Recordings',
        where: 'not stored by Custos (text only)',
        protection: 'n/a',
        retention: retentionText(r, 'recording'),
      },
      {
        data: 'Audit trail (who did what to which record, with reasons)',
        where,
        protection: 'append-only, SHA-256 hash chain, Ed25519-signed checkpoints; carries ids and types, never values',
        retention: auditRetentionText(r),
      },
      {
        data: 'Consent ledger and legal holds',
        where,
        protection: 'append-only consent history; holds released, never deleted; changes audited',
        retention: 'kept while the customer is; consents removed on erasure',
      },
    ],
    access: Object.entries(input.policy)
      .map(([action, rule]) => ({
        action,
        description: rule.description,
        customerContent: rule.customerContent,
        requiresReason: rule.requiresReason === true,
        roles: Object.fromEntries(Object.entries(rule.scopes).filter(([, scope]) => scope !== 'none')),
      }))
      .sort((a, b) => a.action.localeCompare(b.action)),
    recipients: input.subProcessors && input.subProcessors.length > 0 ? input.subProcessors : 'none registered',
    rights: [
      'access and portability: GET /v1/subjects/{customerRef}/export, custos subject export',
      'erasure: POST /v1/subjects/{customerRef}/erase, custos subject erase',
      'consent: POST/GET /v1/subjects/{customerRef}/consents',
      'breach notification: custos breach report (72-hour deadline)',
    ],
  };
}

export function processingRecordMarkdown(p: ProcessingRecord): string {
  const lines = [`# Record of processing`, '', `System: ${p.controllerSystem}  `, `Generated: ${p.generatedAt}`, '', '## What is stored, where, how, how long', ''];
  lines.push('| data | where | protection | retention |', '|---|---|---|---|');
  for (const s of p.stores) lines.push(`| ${s.data} | ${s.where} | ${s.protection} | ${s.retention} |`);
  lines.push('', '## Who can see it (from the access policy table)', '', '| action | what | customer content | reason required | roles (scope) |', '|---|---|---|---|---|');
  for (const a of p.access) {
    const roles = Object.entries(a.roles).map(([role, scope]) => `${role} (${scope})`).join(', ') || 'nobody';
    lines.push(`| ${a.action} | ${a.description} | ${a.customerContent ? 'yes' : 'no'} | ${a.requiresReason ? 'yes' : 'no'} | ${roles} |`);
  }
  lines.push('', '## Outside services receiving data', '');
  if (p.recipients === 'none registered') lines.push('None registered.');
  else for (const s of p.recipients) lines.push(`- ${s.name}${s.endpoint ? ` (${s.endpoint})` : ''}${s.purpose ? `: ${s.purpose}` : ''}${s.data ? `; data: ${s.data}` : ''}`);
  lines.push('', '## Data subject rights', '');
  for (const r of p.rights) lines.push(`- ${r}`);
  return lines.join('\n') + '\n';
}
