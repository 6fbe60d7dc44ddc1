import { GatewayInputError } from './errors.js';
import { normaliseUpstreamUrl } from './subprocessors.js';

export interface GatewayConfig {
  /** Base URL of the OpenAI-compatible upstream (CUSTOS_LLM_URL); undefined: no model configured. */
  url: string | undefined;
  /** Bearer key for the upstream (CUSTOS_LLM_KEY); never the caller's Custos key. */
  key: string | undefined;
  /** Caller's model name → upstream model name (CUSTOS_LLM_MODEL_MAP `gpt-4o=local-model,*=small`). */
  modelMap: ReadonlyMap<string, string>;
  /** Longest wait for the upstream's answer, and between two chunks of a stream (CUSTOS_LLM_TIMEOUT_MS). */
  timeoutMs: number;
  /** Longest a whole answer (streamed or not) may take (CUSTOS_LLM_MAX_DURATION_MS). */
  maxDurationMs: number;
  /** Largest upstream answer read, in bytes. */
  maxResponseBytes: number;
  /** Model used to phrase suggested replies (CUSTOS_ASSIST_MODEL); default: the first mapped alias. */
  assistModel: string | undefined;
  /** Why the settings could not be used (a malformed CUSTOS_LLM_* value); the gateway then refuses with 503. */
  problem?: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_DURATION_MS = 300_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

const MODEL = /^[A-Za-z0-9*][A-Za-z0-9._:/@-]{0,127}$/;

/** `a=b,c=d` → map; `*` on the left matches any requested model. */
export function parseModelMap(raw: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!raw || raw.trim() === '') return map;
  for (const pair of raw.split(',')) {
    const [from, to, ...rest] = pair.split('=').map((s) => s.trim());
    if (!from || !to || rest.length > 0 || !MODEL.test(from) || !MODEL.test(to) || to === '*') {
      throw new GatewayInputError('CUSTOS_LLM_MODEL_MAP must look like gpt-4o=local-model,*=fallback');
    }
    map.set(from, to);
  }
  return map;
}

function positiveInt(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new GatewayInputError(`${name} must be a positive integer (milliseconds)`);
  return n;
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const url = env.CUSTOS_LLM_URL && env.CUSTOS_LLM_URL.trim() !== '' ? normaliseUpstreamUrl(env.CUSTOS_LLM_URL.trim()) : undefined;
  return {
    url,
    key: env.CUSTOS_LLM_KEY || undefined,
    modelMap: parseModelMap(env.CUSTOS_LLM_MODEL_MAP),
    timeoutMs: positiveInt(env.CUSTOS_LLM_TIMEOUT_MS, 'CUSTOS_LLM_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
    maxDurationMs: positiveInt(env.CUSTOS_LLM_MAX_DURATION_MS, 'CUSTOS_LLM_MAX_DURATION_MS', DEFAULT_MAX_DURATION_MS),
    maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
    assistModel: env.CUSTOS_ASSIST_MODEL || undefined,
  };
}

/** The upstream model for a requested one; with no map every name passes unchanged. */
export function mapModel(config: Pick<GatewayConfig, 'modelMap'>, requested: string): string {
  if (config.modelMap.size === 0) return requested;
  const mapped = config.modelMap.get(requested) ?? config.modelMap.get('*');
  if (mapped === undefined) {
    const known = [...config.modelMap.keys()].filter((k) => k !== '*');
    throw new GatewayInputError(`model is not configured on this gateway; use one of: ${known.join(', ')}`);
  }
  return mapped;
}

/**
 * Like gatewayConfigFromEnv, but a malformed setting does not stop the installation from opening
 * (commands that never call a model keep working): the gateway refuses every call, naming the setting.
 */
export function gatewayConfigOrProblem(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  try {
    return gatewayConfigFromEnv(env);
  } catch (err) {
    return {
      url: undefined,
      key: undefined,
      modelMap: new Map(),
      timeoutMs: DEFAULT_TIMEOUT_MS,
      maxDurationMs: DEFAULT_MAX_DURATION_MS,
      maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
      assistModel: undefined,
      problem: err instanceof Error ? err.message : 'invalid gateway settings',
    };
  }
}
