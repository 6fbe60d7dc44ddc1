/**
 * `npm run eval:insights`: precision and recall per rule on the labeled sanitized set
 * (eval/insights/cases.jsonl). `--errors` lists the misses and false alarms by case id;
 * `--subset hand|gen` scores only the hand-written or the generated cases.
 */
import { loadCases, scoreCases } from './insights/cases.js';

const subsetArg = process.argv.indexOf('--subset');
const prefix = subsetArg === -1 ? '' : `${process.argv[subsetArg + 1] ?? ''}-`;
const started = performance.now();
const report = scoreCases(loadCases().filter((c) => c.id.startsWith(prefix)));
const elapsed = performance.now() - started;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log(`insights eval: ${report.cases} labeled cases (${(elapsed / Math.max(1, report.cases)).toFixed(1)} ms per case incl. first-run warm-up)\n`);
console.log(`${'rule'.padEnd(34)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} precision  recall`);
for (const r of [...report.perRule, report.overall]) {
  console.log(`${r.rule.padEnd(34)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}   ${pct(r.precision)} ${pct(r.recall)}`);
}
if (process.argv.includes('--errors')) {
  console.log('');
  for (const e of report.errors) console.log(`${e.kind.toUpperCase()} ${e.rule.padEnd(34)} ${e.id}  ${e.note ?? ''}`);
}
const failing = report.perRule.filter((r) => r.precision < 0.8 || r.recall < 0.8);
if (failing.length > 0) {
  console.error(`\nbelow 0.8: ${failing.map((r) => r.rule).join(', ')}`);
  process.exitCode = 1;
}
