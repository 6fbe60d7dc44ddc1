import { describe, expect, it } from 'vitest';
import { meetsAim, percentile } from './types.js';
import { loadSections, SECTION_ORDER } from './run.js';
import { benchTexts } from './sections/detect.js';

describe('bench harness', () => {
  it('evaluates aims', () => {
    expect(meetsAim(5.2, '>= 5')).toBe(true);
    expect(meetsAim(4.9, '>= 5')).toBe(false);
    expect(meetsAim(0.4, '< 0.5')).toBe(true);
    expect(meetsAim(0.5, '< 0.5')).toBe(false);
    expect(meetsAim(3, 'fast')).toBeUndefined();
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([], 50)).toBe(0);
  });

  it('finds every section module, well-formed, in the fixed order', async () => {
    const sections = await loadSections();
    const names = sections.map((s) => s.name);
    expect(names).toContain('detect');
    expect(new Set(names).size).toBe(names.length);
    const known = names.filter((n) => SECTION_ORDER.includes(n));
    expect(known).toEqual([...known].sort((a, b) => SECTION_ORDER.indexOf(a) - SECTION_ORDER.indexOf(b)));
    for (const s of sections) expect(typeof s.run).toBe('function');
  });

  it('builds the detect bench text from the generator, deterministically and to size', () => {
    const a = benchTexts(0.25);
    const b = benchTexts(0.25);
    expect(a.bytes).toBeGreaterThanOrEqual(0.25 * 1024 * 1024);
    expect(a.texts).toEqual(b.texts);
    expect(a.texts.some((t) => /^(agent|customer|speaker|spk|a|c|rep|channel|SPEAKER)/m.test(t) && !/[.,]/.test(t))).toBe(true);
  });
});
