/**
 * npm run bench -- [section ...] [--json]
 *
 * Runs every section module in bench/sections/ in a fixed order (known sections first, then the
 * rest alphabetically), or only the sections named, and prints one table of figures. See
 * bench/README.md for the section contract. Exit 2 on an unknown section or argument.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { meetsAim, type BenchSection, type Row } from './types.js';

/** Sections run in this order when present; others follow alphabetically. */
export const SECTION_ORDER = ['detect', 'transform', 'store', 'vault', 'audit', 'ingest', 'server', 'gateway'];

const sectionsDir = new URL('./sections/', import.meta.url);

export async function loadSections(): Promise<BenchSection[]> {
  const files = readdirSync(sectionsDir).filter((f) => /\.(ts|js)$/.test(f) && !/\.(test|d)\.(ts|js)$/.test(f));
  const out: BenchSection[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(new URL(f, sectionsDir).pathname).href)) as { section?: BenchSection; default?: BenchSection };
    const section = mod.section ?? mod.default;
    if (!section || typeof section.name !== 'string' || typeof section.run !== 'function') {
      throw new Error(`bench/sections/${f} does not export a section ({ name, run })`);
    }
    out.push(section);
  }
  const rank = (name: string): number => {
    const i = SECTION_ORDER.indexOf(name);
    return i === -1 ? SECTION_ORDER.length : i;
  };
  return out.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return value.toFixed(0);
  if (abs >= 100) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

function printTable(results: { section: BenchSection; rows: Row[]; seconds: number }[]): void {
  const lines: string[] = [];
  for (const { section, rows, seconds } of results) {
    lines.push('', `== ${section.name}${section.description ? ` — ${section.description}` : ''} (${seconds.toFixed(1)} s)`);
    const cells = rows.map((r) => {
      const ok = r.aim ? meetsAim(r.value, r.aim) : undefined;
      return [r.metric, format(r.value), r.unit, r.aim ? `aim ${r.aim}` : '', ok === undefined ? '' : ok ? 'ok' : 'BELOW AIM', r.note ?? ''];
    });
    const widths = [0, 1, 2, 3, 4].map((i) => Math.max(0, ...cells.map((c) => c[i]!.length)));
    for (const c of cells) {
      lines.push(`  ${c[0]!.padEnd(widths[0]!)}  ${c[1]!.padStart(widths[1]!)} ${c[2]!.padEnd(widths[2]!)}  ${c[3]!.padEnd(widths[3]!)}  ${c[4]!.padEnd(widths[4]!)}  ${c[5]}`.trimEnd());
    }
  }
  process.stdout.write(lines.join('\n').replace(/^\n/, '') + '\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const names = argv.filter((a) => a !== '--json');
  const bad = names.find((a) => a.startsWith('-'));
  if (bad) {
    process.stderr.write(`bench: unknown option ${bad}\n`);
    process.exit(2);
  }
  const all = await loadSections();
  const unknown = names.filter((n) => !all.some((s) => s.name === n));
  if (unknown.length) {
    process.stderr.write(`bench: unknown section ${unknown.join(', ')} (known: ${all.map((s) => s.name).join(', ')})\n`);
    process.exit(2);
  }
  const chosen = names.length ? all.filter((s) => names.includes(s.name)) : all;
  const results: { section: BenchSection; rows: Row[]; seconds: number }[] = [];
  for (const section of chosen) {
    const t0 = performance.now();
    const rows = await section.run();
    results.push({ section, rows, seconds: (performance.now() - t0) / 1000 });
  }
  if (json) {
    process.stdout.write(JSON.stringify({
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      sections: results.map((r) => ({ name: r.section.name, seconds: r.seconds, rows: r.rows.map((row) => ({ ...row, ok: row.aim ? meetsAim(row.value, row.aim) : undefined })) })),
    }, null, 2) + '\n');
  } else {
    process.stdout.write(`Custos bench — node ${process.version}, ${process.platform} ${process.arch}\n`);
    printTable(results);
  }
}

// Only run when executed, so tests can import loadSections.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
