import { detect } from '../../src/detect/index.js';
import { generateCorpus } from '../corpus/generate.js';
const docs = generateCorpus({ n: 2000 });
const want = process.argv[2] ?? 'EMAIL_ADDRESS';
const counts = new Map<string, number>();
let shown = 0;
for (const d of docs) {
  for (const p of detect(d.text)) {
    if (p.type !== want) continue;
    if (d.gold.some((g) => g.type === p.type && g.start < p.end && p.start < g.end)) continue;
    const t = d.text.slice(p.start, p.end);
    counts.set(t.replace(/[a-z0-9]+/gi, 'x'), (counts.get(t.replace(/[a-z0-9]+/gi, 'x')) ?? 0) + 1);
    if (shown++ < 12) console.log(d.id, d.channel, JSON.stringify(d.text.slice(Math.max(0, p.start - 60), p.start) + '⟦' + t + '⟧' + d.text.slice(p.end, p.end + 30)));
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 8));
