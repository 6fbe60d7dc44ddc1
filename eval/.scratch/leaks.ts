import { detect } from '../../src/detect/index.js';
import { redact } from '../../src/transform/index.js';
import { generateCorpus } from '../corpus/generate.js';
import { scoreCorpus } from '../score.js';
const s = scoreCorpus(generateCorpus({ n: 2000 }), detect, redact);
const want = process.argv[2]?.split(',');
const kind = process.argv[3] ?? 'leak';
const per = Number(process.argv[4] ?? 4);
const seen = new Map<string, number>();
for (const m of s.misses) {
  if (m.kind !== kind || (want && !want.includes(m.type))) continue;
  const k = `${m.type}`; const c = seen.get(k) ?? 0; if (c >= per) continue; seen.set(k, c + 1);
  console.log(`${m.type} [${m.channel} ${m.doc}]\n  in:  ${m.context}\n  out: ${m.output}`);
}
