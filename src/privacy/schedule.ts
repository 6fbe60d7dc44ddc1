import type { PurgeReport } from './privacy.js';

export interface PurgeSchedule {
  /** Stops the timer and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/** Default period of the server's purge job. */
export const DEFAULT_PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Reads the purge period from CUSTOS_PURGE_INTERVAL_SECONDS (0 turns the schedule off);
 * anything unreadable falls back to the default rather than silently disabling retention.
 */
export function purgeIntervalFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CUSTOS_PURGE_INTERVAL_SECONDS;
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return DEFAULT_PURGE_INTERVAL_MS;
  return Number(raw) * 1000;
}

/**
 * Runs `purge` every `intervalMs` until stopped. Runs never overlap; a failed run is reported and
 * the next one is tried on time. The timer does not keep the process alive by itself.
 */
export function schedulePurge(
  purge: () => Promise<PurgeReport>,
  options: { intervalMs: number; onResult?: (report: PurgeReport) => void; onError?: (err: unknown) => void },
): PurgeSchedule {
  if (!(options.intervalMs > 0)) return { stop: async () => {} };
  let running: Promise<void> | undefined;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = purge()
      .then((report) => options.onResult?.(report), (err) => options.onError?.(err))
      .finally(() => {
        running = undefined;
      });
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
