import type { Kysely, Store } from '../store/index.js';
import { GatewayInputError } from './errors.js';

/**
 * An outside AI service registered to receive sanitized prompts. `endpoint`, `purpose` and `data`
 * are the record of processing's recipient fields (privacy module's SubProcessor shape).
 */
export interface SubProcessorEntry {
  name: string;
  url: string;
  region: string;
  /** Whether the service may train its models on what it receives. */
  mayTrain: boolean;
  createdAt: string;
  createdBy: string;
  endpoint: string;
  purpose: string;
  data: string;
}

export interface SubProcessorInput {
  name: string;
  url: string;
  region: string;
  mayTrain: boolean;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const REGION = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/;

/**
 * The base URL an upstream is known by: http(s) only, no credentials, query or fragment, no
 * trailing slash and no `/chat/completions` (CUSTOS_LLM_URL may be given either way).
 */
export function normaliseUpstreamUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new GatewayInputError('url must be an absolute http(s) URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new GatewayInputError('url must be an absolute http(s) URL');
  if (u.username || u.password) throw new GatewayInputError('url must not carry credentials (use CUSTOS_LLM_KEY)');
  if (u.search || u.hash) throw new GatewayInputError('url must not carry a query or fragment');
  const path = u.pathname.replace(/\/+$/, '').replace(/\/chat\/completions$/, '');
  return `${u.protocol}//${u.host.toLowerCase()}${path}`;
}

export function validateSubProcessor(input: SubProcessorInput): SubProcessorInput {
  if (typeof input.name !== 'string' || !NAME.test(input.name)) {
    throw new GatewayInputError('name must be 1 to 64 letters, digits or . _ - (starting with a letter or digit)');
  }
  if (typeof input.region !== 'string' || !REGION.test(input.region)) throw new GatewayInputError('region must be 1 to 64 letters, digits, spaces or . _ -');
  if (typeof input.mayTrain !== 'boolean') throw new GatewayInputError('mayTrain must be true or false');
  return { name: input.name, url: normaliseUpstreamUrl(String(input.url)), region: input.region, mayTrain: input.mayTrain };
}

function describe(sp: Omit<SubProcessorEntry, 'endpoint' | 'purpose' | 'data'>): SubProcessorEntry {
  return {
    ...sp,
    endpoint: sp.url,
    purpose: `AI model completions through the Custos gateway (region ${sp.region})`,
    data: sp.mayTrain
      ? 'sanitized prompts (pseudonym labels, no originals); may train on data, so it receives only customers who consented to model_training'
      : 'sanitized prompts (pseudonym labels, no originals); may not train on data',
  };
}

function toEntry(row: Record<string, unknown>): SubProcessorEntry {
  return describe({
    name: String(row.name),
    url: String(row.url),
    region: String(row.region),
    mayTrain: Number(row.may_train) === 1,
    createdAt: String(row.created_at),
    createdBy: String(row.created_by),
  });
}

/** Adds or replaces (same name) a sub-processor; a URL registered under another name is refused. */
export async function upsertSubProcessor(db: Kysely<any>, input: SubProcessorInput, actor: string, at: string): Promise<SubProcessorEntry> {
  const sp = validateSubProcessor(input);
  const clash = await db.selectFrom('gateway_subprocessors').select('name').where('url', '=', sp.url).where('name', '<>', sp.name).executeTakeFirst();
  if (clash) throw new GatewayInputError(`that url is already registered as sub-processor ${String(clash.name)}`);
  const values = { url: sp.url, region: sp.region, may_train: sp.mayTrain ? 1 : 0, created_at: at, created_by: actor };
  const existing = await db.selectFrom('gateway_subprocessors').select('name').where('name', '=', sp.name).executeTakeFirst();
  if (existing) await db.updateTable('gateway_subprocessors').set(values).where('name', '=', sp.name).execute();
  else await db.insertInto('gateway_subprocessors').values({ name: sp.name, ...values }).execute();
  return describe({ ...sp, createdAt: at, createdBy: actor });
}

export async function removeSubProcessor(db: Kysely<any>, name: string): Promise<boolean> {
  const r = await db.deleteFrom('gateway_subprocessors').where('name', '=', name).executeTakeFirst();
  return Number(r.numDeletedRows ?? 0) > 0;
}

export async function listSubProcessors(db: Kysely<any>): Promise<SubProcessorEntry[]> {
  const rows = await db.selectFrom('gateway_subprocessors').selectAll().orderBy('name').execute();
  return rows.map(toEntry);
}

export async function findSubProcessorByUrl(db: Kysely<any>, url: string): Promise<SubProcessorEntry | undefined> {
  const row = await db.selectFrom('gateway_subprocessors').selectAll().where('url', '=', normaliseUpstreamUrl(url)).executeTakeFirst();
  return row ? toEntry(row) : undefined;
}

export interface SubProcessorRegistry {
  /** Every registered upstream, by name; what `custos report processing` lists as recipients. */
  list(): Promise<SubProcessorEntry[]>;
  add(actor: string, input: SubProcessorInput): Promise<SubProcessorEntry>;
  remove(actor: string, name: string): Promise<boolean>;
}

export interface SubProcessorRegistryDeps {
  store: Pick<Store, 'db' | 'transaction'>;
  audit: { append(trx: Kysely<any>, entry: { actor: string; action: string; target?: string; outcome: 'ok'; details?: Record<string, unknown> }): Promise<unknown> };
  clock?: () => Date;
}

/** The registry with every change written to the audit trail in the same transaction. */
export function createSubProcessorRegistry(deps: SubProcessorRegistryDeps): SubProcessorRegistry {
  const { store, audit } = deps;
  const clock = deps.clock ?? (() => new Date());
  return {
    list: () => listSubProcessors(store.db),
    add: (actor, input) =>
      store.transaction(async (trx) => {
        const entry = await upsertSubProcessor(trx, input, actor, clock().toISOString());
        await audit.append(trx, {
          actor,
          action: 'subprocessor.manage',
          target: entry.name,
          outcome: 'ok',
          details: { change: 'add', url: entry.url, region: entry.region, mayTrain: entry.mayTrain },
        });
        return entry;
      }),
    remove: (actor, name) =>
      store.transaction(async (trx) => {
        const removed = await removeSubProcessor(trx, name);
        if (removed) await audit.append(trx, { actor, action: 'subprocessor.manage', target: name, outcome: 'ok', details: { change: 'remove' } });
        return removed;
      }),
  };
}
