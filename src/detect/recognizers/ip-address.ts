import { judgeContext, type ContextRule } from '../context.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

const V4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,3}))?(?!\w)/g;
/** Read aloud: "142 dot 66 dot 121 dot 203" in a spoken-number view. */
const V4_SPOKEN = /(?<![\w.])(\d{1,3}) (?:dot|point) (\d{1,3}) (?:dot|point) (\d{1,3}) (?:dot|point) (\d{1,3})(?![\w.])/g;
const V6 = /[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,8}(?:\.\d{1,3}){0,3}/g;
const IP_RULE: ContextRule = {
  positive: /\b(?:ip|ips|ip address|ipv4|ipv6|address|server|host|gateway|router|connecting from|src|dst|source|destination|login from|logged in from)\b/g,
  negative: /\b(?:version|ver|v|build|release|firmware|update|patch|model|release)\b\.?/g,
  before: 32,
};

function octetsValid(parts: string[]): boolean {
  return parts.every((p) => p.length > 0 && p.length <= 3 && Number(p) <= 255);
}

function ipv6Groups(part: string): string[] {
  return part === '' ? [] : part.split(':');
}

/** A full IPv6 address check: eight groups, or fewer around one `::`, an IPv4 tail allowed. */
export function ipv6Valid(s: string): boolean {
  if (s.includes(':::')) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const left = ipv6Groups(halves[0]!);
  const right = halves.length === 2 ? ipv6Groups(halves[1]!) : [];
  if (!left || !right) return false;
  const all = [...left, ...right];
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i]!;
    if (g.includes('.')) {
      if (i !== all.length - 1) return false;
      const parts = g.split('.');
      if (parts.length !== 4 || !octetsValid(parts) || !parts.every((p) => /^\d+$/.test(p))) return false;
      count += 2;
    } else {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return false;
      count += 1;
    }
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

function colonCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 58) n++;
  return n;
}

/** IP_ADDRESS: IPv4 (octets ≤ 255) and IPv6 (validated), with an optional zone and prefix length. */
export class IpAddressRecognizer implements Recognizer {
  readonly name = 'IpAddressRecognizer';
  readonly types = ['IP_ADDRESS'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const { text } = ctx;
    const out: Span[] = [];
    if (text.includes('.')) {
      V4.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = V4.exec(text)) !== null) {
        if (!octetsValid([m[1]!, m[2]!, m[3]!, m[4]!])) continue;
        let end = m.index + m[0].length;
        if (m[5] !== undefined && Number(m[5]) > 32) end -= m[5].length + 1;
        // Part of a v6 address with a valid head is reported by the v6 pass.
        this.push(ctx, m.index, end, out);
      }
    }
    if (ctx.lower.includes(' dot ') || ctx.lower.includes(' point ')) {
      V4_SPOKEN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = V4_SPOKEN.exec(ctx.lower)) !== null) {
        if (octetsValid([m[1]!, m[2]!, m[3]!, m[4]!])) this.push(ctx, m.index, m.index + m[0].length, out);
      }
    }
    if (text.includes('::') || /[0-9A-Fa-f]:[0-9A-Fa-f]+:/.test(text)) {
      V6.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = V6.exec(text)) !== null) {
        const start = m.index;
        let end = start + m[0].length;
        if (m[0].length === 0) {
          V6.lastIndex++;
          continue;
        }
        const prev = text[start - 1] ?? '';
        if (/[A-Za-z0-9_:.]/.test(prev)) continue;
        // Timestamps ("00:01:02") match the pattern; a full address without "::" has six colons or more.
        if (!m[0].includes('::') && colonCount(m[0]) < 6) continue;
        if (!ipv6Valid(m[0])) continue;
        // Zone ("%eth0") and prefix length ("/64") belong to the address.
        const zone = /^%[A-Za-z0-9._-]+/.exec(text.slice(end, end + 32));
        if (zone) end += zone[0].length;
        const prefix = /^\/(\d{1,3})(?!\d)/.exec(text.slice(end, end + 5));
        if (prefix && Number(prefix[1]) <= 128) end += prefix[0].length;
        if (/[A-Za-z0-9_]/.test(text[end] ?? '')) continue;
        const unspecified = m[0] === '::';
        this.push(ctx, start, end, out, unspecified);
      }
    }
    return out;
  }

  private push(ctx: AnalysisContext, start: number, end: number, out: Span[], unspecified = false): void {
    const verdict = judgeContext(ctx, start, end, IP_RULE);
    if (verdict.blocked) return;
    const score = unspecified ? 0.1 : verdict.cue ? 0.95 : 0.9;
    out.push(makeSpan('IP_ADDRESS', start, end, score, this.name, verdict.cue ? { context: verdict.cue } : {}));
  }
}
