import { generateCorpus } from '../corpus/generate.js';
const docs = generateCorpus({ n: Number(process.argv[2] ?? 10) });
const want = process.argv[3];
for (const d of docs.filter((d) => !want || d.channel === want).slice(0, Number(process.argv[4] ?? 4))) {
  let out = '';
  const marks: [number, string][] = [];
  for (const g of d.gold) { marks.push([g.start, '⟦']); marks.push([g.end, `⟧${g.type.slice(0,4)}`]); }
  for (const s of d.mustSurvive) { marks.push([s.start, '«']); marks.push([s.end, '»']); }
  marks.sort((a, b) => a[0] - b[0]);
  let last = 0;
  for (const [pos, m] of marks) { out += d.text.slice(last, pos) + m; last = pos; }
  out += d.text.slice(last);
  console.log(`===== ${d.id} ${d.template}\n${out}`);
}
