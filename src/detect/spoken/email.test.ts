import { describe, expect, it } from 'vitest';
import { detect } from '../index.js';
import { SpokenEmailRecognizer } from './email.js';

const recognizer = new SpokenEmailRecognizer();

function found(text: string): string[] {
  return recognizer.analyze({ text, lower: text.toLowerCase(), channel: 'asr' }).map((s) => text.slice(s.start, s.end));
}

describe('SpokenEmailRecognizer', () => {
  it('finds an initial and a surname', () => {
    expect(found('my email is j smith at gmail dot com thanks')).toEqual(['j smith at gmail dot com']);
  });

  it('finds dotted local parts', () => {
    expect(found("it's john dot smith at yahoo dot com")).toEqual(['john dot smith at yahoo dot com']);
  });

  it('finds numbers said in the local part', () => {
    expect(found('jsmith eighty two at outlook dot com')).toEqual(['jsmith eighty two at outlook dot com']);
  });

  it('finds spelled local parts and multi-label domains', () => {
    expect(found('email is j o h n at mail dot acme dot co dot uk')).toEqual(['j o h n at mail dot acme dot co dot uk']);
  });

  it('finds an address with a well-known provider and no top-level domain', () => {
    expect(found('send it to maria g at hotmail please')).toEqual(['maria g at hotmail']);
  });

  it('reads spelled domains and top-level domains', () => {
    expect(found('it is adityacho at m e dot c o m')).toEqual(['adityacho at m e dot c o m']);
    expect(found('kyoung at m s n dot com')).toEqual(['kyoung at m s n dot com']);
    expect(found('email is p dot abubakar at web dot d e please')).toEqual(['p dot abubakar at web dot d e']);
  });

  it('ends a spelled top-level domain before the words that follow', () => {
    expect(found('is that still l dot nowak at orange dot f r i changed it')).toEqual(['l dot nowak at orange dot f r']);
    expect(found('is that still sharon eleven at brightpath dot i o i changed it')).toEqual([
      'sharon eleven at brightpath dot i o',
    ]);
  });

  it('keeps spelled letters and underscores of the local part', () => {
    expect(found('the email is yusuf underscore p e n a at aol dot com all lower case')).toEqual([
      'yusuf underscore p e n a at aol dot com',
    ]);
  });

  it('keeps numbers said inside the local part', () => {
    expect(found('new email is emresanders one nine six eight at gmail dot com')).toEqual([
      'emresanders one nine six eight at gmail dot com',
    ]);
  });

  it('accepts half-written addresses', () => {
    expect(found('it is jsmith at gmail.com')).toEqual(['jsmith at gmail.com']);
  });

  it('scores higher with an e-mail cue and marks the span as spoken', () => {
    const text = 'my email address is j smith at gmail dot com';
    const [s] = recognizer.analyze({ text, lower: text, channel: 'asr' });
    expect(s?.type).toBe('EMAIL_ADDRESS');
    expect(s?.score).toBeGreaterThan(0.9);
    expect(s?.evidence.normalized).toBe('spoken');
  });

  it('leaves ordinary "at" phrases alone', () => {
    expect(found('meet me at five at the office')).toEqual([]);
    expect(found('i was at the store at noon')).toEqual([]);
    expect(found('i bought it at target dot com')).toEqual([]);
    expect(found('the charge at amazon was wrong')).toEqual([]);
  });

  it('is found by detect() over the whole spoken address', () => {
    const text = 'sure my email is john dot smith at yahoo dot com';
    const spans = detect(text).filter((s) => s.type === 'EMAIL_ADDRESS');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['john dot smith at yahoo dot com']);
  });
});
