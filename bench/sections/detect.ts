/**
 * Single-core throughput of detect() and redact() on mixed-channel text from the eval corpus
 * generator (a seed of its own, so the bench does not run on the documents eval scores).
 *
 * Settings (environment): BENCH_DETECT_MB (default 10) megabytes of text; BENCH_DETECT_CAP_S
 * (default 45) seconds at most per pass, so a slow detector still finishes (the rows say so).
 */
import { cpus, loadavg } from 'node:os';
// The compiled package (`npm run bench` builds it first): what `npx custos` and library users run.
// Loading src/ through tsx instead adds esbuild's module getters and name helpers to every call.
import { detect } from '../../dist/detect/index.js';
import { redact } from '../../dist/transform/index.js';
import { generateDocument } from '../../eval/corpus/generate.js';
import { percentile, type BenchSection, type Row } from '../types.js';

const BENCH_SEED = 7_000_001;
const MB = 1024 * 1024;

interface Pass {
  docs: number;
  bytes: number;
  seconds: number;
  latenciesMs: number[];
  peakRss: number;
  peakHeap: number;
  capped: boolean;
  /** CPU seconds (user + system) the process used during the pass. */
  cpuSeconds: number;
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number`);
  return n;
}

export function benchTexts(megabytes: number): { texts: string[]; bytes: number } {
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * MB; i++) {
    const t = generateDocument(BENCH_SEED, i).text;
    texts.push(t);
    bytes += Buffer.byteLength(t, 'utf8');
  }
  return { texts, bytes };
}

function runPass(texts: readonly string[], fn: (text: string) => unknown, capSeconds: number): Pass {
  const latenciesMs: number[] = [];
  let bytes = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const capNs = BigInt(Math.round(capSeconds * 1e9));
  let capped = false;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const t0 = process.hrtime.bigint();
    fn(text);
    const t1 = process.hrtime.bigint();
    latenciesMs.push(Number(t1 - t0) / 1e6);
    bytes += Buffer.byteLength(text, 'utf8');
    if (i % 64 === 0) sample();
    if (t1 - start > capNs) {
      capped = i < texts.length - 1;
      break;
    }
  }
  sample();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return { docs: latenciesMs.length, bytes, seconds, latenciesMs, peakRss, peakHeap, capped, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function rows(label: string, p: Pass): Row[] {
  const note = `${p.docs} docs, ${(p.bytes / MB).toFixed(1)} MB${p.capped ? ', capped by BENCH_DETECT_CAP_S' : ''}`;
  return [
    { metric: `${label} throughput`, value: p.bytes / MB / p.seconds, unit: 'MB/s', aim: '>= 5', note: `${note}; wall clock` },
    // On a busy machine the wall clock includes time other processes held the core; CPU time does not
    // (it does include GC helper threads, so it errs on the slow side).
    { metric: `${label} throughput per CPU-second`, value: p.bytes / MB / p.cpuSeconds, unit: 'MB/s', aim: '>= 5', note: `${p.cpuSeconds.toFixed(1)} CPU-s over ${p.seconds.toFixed(1)} s wall` },
    { metric: `${label} documents`, value: p.docs / p.seconds, unit: 'docs/s' },
    { metric: `${label} latency p50`, value: percentile(p.latenciesMs, 50), unit: 'ms/doc' },
    { metric: `${label} latency p99`, value: percentile(p.latenciesMs, 99), unit: 'ms/doc' },
    { metric: `${label} latency max`, value: percentile(p.latenciesMs, 100), unit: 'ms/doc' },
    { metric: `${label} peak RSS`, value: p.peakRss / MB, unit: 'MB', note: 'sampled every 64 docs' },
    { metric: `${label} peak heap`, value: p.peakHeap / MB, unit: 'MB' },
  ];
}

export const section: BenchSection = {
  name: 'detect',
  description: 'detect() and redact() on one core, mixed channels from the eval generator',
  async run(): Promise<Row[]> {
    const megabytes = envNumber('BENCH_DETECT_MB', 10);
    const cap = envNumber('BENCH_DETECT_CAP_S', 45);
    const { texts, bytes } = benchTexts(megabytes);
    const avg = bytes / texts.length;
    // Warm-up: let the JIT compile the hot paths before anything is timed.
    const warm = texts.slice(0, Math.min(1000, Math.ceil(texts.length / 10)));
    for (const t of warm) detect(t);
    for (const t of warm) redact(t);
    const d = runPass(texts, (t) => detect(t), cap);
    const r = runPass(texts, (t) => redact(t), cap);
    const out: Row[] = [
      { metric: 'corpus', value: bytes / MB, unit: 'MB', note: `${texts.length} docs, mean ${Math.round(avg)} bytes, seed ${BENCH_SEED}, warm-up ${warm.length} docs, compiled dist/, load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores` },
      ...rows('detect', d),
      ...rows('redact', r),
      { metric: 'redact / detect time per MB', value: (r.seconds / r.bytes) / (d.seconds / d.bytes), unit: 'x', note: 'cost of the operators on top of detection' },
    ];
    if (global.gc) {
      global.gc();
      out.push({ metric: 'heap after gc', value: process.memoryUsage().heapUsed / MB, unit: 'MB' });
    }
    return out;
  },
};
