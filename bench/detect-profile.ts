/**
 * Where detect() spends its time on the bench corpus: milliseconds per recognizer (original text and
 * spoken views apart), the spoken view builder, the analyzer glue, and MB/s per channel.
 *
 *   npx tsx bench/detect-profile.ts [megabytes=2]
 */
import { createAnalyzer, defaultRecognizers, type Recognizer } from '../src/detect/index.js';
import { spokenViews } from '../src/detect/spoken/index.js';
import { generateDocument } from '../eval/corpus/generate.js';
const texts: string[] = []; const chans: string[] = [];
let bytes = 0;
for (let i = 0; bytes < Number(process.argv[2] ?? 2) * 1_000_000; i++) { const d = generateDocument(7_000_001, i); texts.push(d.text); chans.push(d.channel); bytes += d.text.length; }
const times = new Map<string, number>();
const wrap = (r: Recognizer): Recognizer => ({ ...r, types: r.types, runsOnViews: r.runsOnViews, name: r.name, analyze(ctx) { const t = performance.now(); const out = r.analyze(ctx); const k = (ctx.view ? 'VIEW ' : '') + r.name; times.set(k, (times.get(k) ?? 0) + performance.now() - t); return out; } } as Recognizer);
const wrappedViews = (text: string) => { const t = performance.now(); const v = spokenViews(text); times.set('spokenViews()', (times.get('spokenViews()') ?? 0) + performance.now() - t); return v; };
const a = createAnalyzer({ recognizers: defaultRecognizers().map(wrap), views: wrappedViews });
for (const t of texts.slice(0, 300)) a.analyze(t);
times.clear();
const byCh = new Map<string, [number, number]>();
const t0 = performance.now();
for (let i = 0; i < texts.length; i++) { const s = performance.now(); a.analyze(texts[i]!); const e = performance.now() - s; const c = byCh.get(chans[i]!) ?? [0, 0]; c[0] += e; c[1] += texts[i]!.length; byCh.set(chans[i]!, c); }
const total = performance.now() - t0;
console.log(`total ${total.toFixed(0)} ms, ${(bytes / 1e3 / total).toFixed(2)} MB/s`);
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) console.log(`${(100 * v / total).toFixed(1).padStart(5)}%  ${v.toFixed(0).padStart(6)} ms  ${k}`);
const sumRec = [...times.values()].reduce((a, b) => a + b, 0);
console.log(`other (analyzer glue) ${(100 * (total - sumRec) / total).toFixed(1)}%`);
for (const [c, [ms, ch]] of byCh) console.log(`${c.padEnd(12)} ${(ch / 1e3 / ms).toFixed(2)} MB/s  ${(ch/1e6).toFixed(2)} MB  ${ms.toFixed(0)} ms`);
