/**
 * Surfaces of each kind of value in each conversational channel: ASR words, a formatted call
 * transcript's digits, a chat's typed forms. Each returns pieces carrying gold; a value may come
 * back in several parts, which the conversation places in separate turns of one speaker.
 */
import type { Rng } from './prng.js';
import { ent, keep, split, type EntPiece, type Piece } from './build.js';
import type { SurviveKind } from '../corpus/document.js';
import {
  addressValue, asciiFold, expiryValue, ibanGroups, isoDate, MONTHS, MONTH_ABBR,
  type Address, type Card, type Dmy, type Expiry, type Person, type Phone,
} from './values.js';
import {
  cardinal, readDigits, readGroups, spellOut, spokenAmount, spokenDate, spokenEmail, spokenExpiry, spokenHouseNumber,
  twoDigitWords, writtenAmount, type DigitSpeech,
} from './speech.js';

export type ConvChannel = 'asr' | 'call_transcript' | 'chat';

export class Say {
  /** splits: whether a long value may come in parts (a conversation); a written document gives it whole. */
  constructor(readonly rng: Rng, readonly ch: ConvChannel, readonly style: DigitSpeech, readonly lowerChat: boolean, readonly splits = true) {}

  private get asr(): boolean {
    return this.ch === 'asr';
  }

  /** Casing of a name as this channel writes it. */
  private nameCase(s: string): string {
    if (this.asr || (this.ch === 'chat' && this.lowerChat)) return s.toLowerCase();
    return s;
  }

  name(p: Person, which: 'full' | 'first' | 'last' = 'full'): EntPiece {
    const v = which === 'full' ? `${p.first} ${p.last}` : which === 'first' ? p.first : p.last;
    return ent('PERSON', v, this.nameCase(v), this.asr ? 'spoken' : 'written');
  }

  /** A word of a name spelled out letter by letter. */
  spelled(word: string): EntPiece {
    // "m as in mary" is a real way to spell, but the leak rule reads only unbroken letter runs.
    const form = this.asr ? 'plain' : this.rng.pick(['dashes', 'plain'] as const);
    let s = spellOut(this.rng, word, form);
    if (!this.asr && form === 'plain') s = s.toUpperCase();
    // The value is what was spelled: letters a caller can say (no dotless i, no accents).
    return ent('PERSON', asciiFold(word), s, 'spelled');
  }

  keep(what: SurviveKind, text: string): Piece {
    if (!this.asr) return keep(what, text);
    return keep(what, text.toLowerCase().replace(/[.,*/]/g, ' ').replace(/\d+/g, (d) => ` ${cardinal(Number(d))} `).replace(/\s+/g, ' ').trim());
  }

  amount(cents: number): Piece {
    return keep('amount', this.asr ? spokenAmount(this.rng, cents) : writtenAmount(cents));
  }

  /** Small counts as words in speech, digits in writing. */
  quantity(n: number, noun: string): Piece {
    return keep('quantity', this.asr || this.rng.chance(0.4) ? `${cardinal(n)} ${noun}` : `${n} ${noun}`);
  }

  /** A long digit value, in one piece or split the way people give it (two or three breaths). */
  private digitsValue(type: EntPiece['ref']['type'], value: string, groups: readonly string[], writtenJoin: string[]): EntPiece[] {
    const r = this.rng;
    if (this.asr) {
      if (groups.length >= 3 && r.chance(0.45)) {
        const cut = r.int(1, groups.length - 1);
        return split(type, value, [readGroups(r, groups.slice(0, cut), this.style), readGroups(r, groups.slice(cut), this.style)], 'spoken');
      }
      return [ent(type, value, readGroups(r, groups, this.style), 'spoken')];
    }
    if (!this.splits) return [ent(type, value, r.pick(writtenJoin), 'written')];
    if (this.ch === 'chat' && groups.length >= 3 && r.chance(0.25)) {
      const cut = r.int(1, groups.length - 1);
      return split(type, value, [groups.slice(0, cut).join(' '), groups.slice(cut).join(' ')], 'written');
    }
    if (this.ch === 'call_transcript' && groups.length >= 3 && r.chance(0.2)) {
      const cut = r.int(1, groups.length - 1);
      return split(type, value, [groups.slice(0, cut).join('-'), groups.slice(cut).join('-')], 'written');
    }
    return [ent(type, value, r.pick(writtenJoin), 'written')];
  }

  card(c: Card): EntPiece[] {
    return this.digitsValue('CREDIT_CARD', c.digits, c.groups, [c.groups.join(' '), c.groups.join('-'), c.digits, c.groups.join(' ')]);
  }

  ssn(v: string): EntPiece[] {
    const g = [v.slice(0, 3), v.slice(3, 5), v.slice(5)];
    return this.digitsValue('US_SSN', v, g, [g.join('-'), g.join(' '), v, g.join('-')]);
  }

  phone(p: Phone): EntPiece[] {
    if (this.asr && p.country === 'INTL') {
      const [cc, ...rest] = p.spokenGroups;
      return [ent('PHONE_NUMBER', p.digits, `plus ${readDigits(this.rng, cc!, this.style)} ${readGroups(this.rng, rest, this.style)}`, 'spoken')];
    }
    return this.digitsValue('PHONE_NUMBER', p.digits, p.spokenGroups, p.written);
  }

  bankAccount(v: string): EntPiece[] {
    const groups = v.length > 8 ? [v.slice(0, 4), v.slice(4, 8), v.slice(8)] : [v.slice(0, 4), v.slice(4)];
    return this.digitsValue('BANK_ACCOUNT', v, groups, [v, v, groups.join(' '), groups.join('-')]);
  }

  routing(v: string): EntPiece[] {
    return this.digitsValue('ROUTING_NUMBER', v, [v.slice(0, 3), v.slice(3, 6), v.slice(6)], [v, v, `${v.slice(0, 4)} ${v.slice(4)}`]);
  }

  iban(v: string): EntPiece[] {
    const g = ibanGroups(v);
    if (this.asr) {
      const said = g.map((x) => x.replace(/[A-Z]/g, (ch) => ` ${ch.toLowerCase()} `).replace(/\d+/g, (d) => ` ${readDigits(this.rng, d, this.style)} `).replace(/\s+/g, ' ').trim());
      const cut = this.rng.int(2, g.length - 2);
      return this.rng.chance(0.5)
        ? split('IBAN', v, [said.slice(0, cut).join(' '), said.slice(cut).join(' ')], 'spoken')
        : [ent('IBAN', v, said.join(' '), 'spoken')];
    }
    return this.digitsValue('IBAN', v, g, [g.join(' '), v, g.join(' ')]);
  }

  cvv(v: string): EntPiece {
    return this.asr ? ent('CARD_CVV', v, readDigits(this.rng, v, this.style), 'spoken') : ent('CARD_CVV', v, v);
  }

  expiry(e: Expiry): EntPiece {
    const v = expiryValue(e);
    if (this.asr) return ent('CARD_EXPIRY', v, spokenExpiry(this.rng, e), 'spoken');
    const mm = String(e.m).padStart(2, '0');
    return ent('CARD_EXPIRY', v, this.rng.pick([`${mm}/${e.y}`, `${mm}/20${e.y}`, `${e.m}/${e.y}`, `${mm}-${e.y}`, `${MONTH_ABBR[e.m - 1]} 20${e.y}`, `${mm}${e.y}`]));
  }

  dob(x: Dmy): EntPiece {
    const v = isoDate(x);
    if (this.asr) return ent('DATE_OF_BIRTH', v, spokenDate(this.rng, x), 'spoken');
    const mm = String(x.m).padStart(2, '0');
    const dd = String(x.d).padStart(2, '0');
    return ent('DATE_OF_BIRTH', v, this.rng.pick([
      `${mm}/${dd}/${x.y}`, `${x.m}/${x.d}/${x.y}`, `${x.m}/${x.d}/${String(x.y % 100).padStart(2, '0')}`, `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`,
      `${x.d} ${MONTHS[x.m - 1]} ${x.y}`, `${mm}-${dd}-${x.y}`, `${MONTH_ABBR[x.m - 1]} ${x.d} ${x.y}`, v,
    ]));
  }

  email(e: string): EntPiece {
    if (this.asr) return ent('EMAIL_ADDRESS', e, spokenEmail(this.rng, e, this.style), 'spoken');
    return ent('EMAIL_ADDRESS', e, this.ch === 'chat' && this.lowerChat ? e.toLowerCase() : e);
  }

  /** Street line: house number, street, suffix and unit. City and state are not personal on their own. */
  street(a: Address): EntPiece {
    const v = addressValue(a);
    if (this.asr) {
      const unit = a.unit ? ` ${a.unit.kind === '#' ? 'number' : a.unit.kind === 'Apt' ? 'apartment' : a.unit.kind.toLowerCase()} ${/^\d+$/.test(a.unit.id) ? spokenHouseNumber(this.rng, a.unit.id) : a.unit.id.toLowerCase().split('').map((c) => (/\d/.test(c) ? twoDigitWords(Number(c)) : c)).join(' ')}` : '';
      const s = [spokenHouseNumber(this.rng, a.number), a.direction?.[0], a.street, a.suffix[0]].filter(Boolean).join(' ').toLowerCase() + unit;
      return ent('STREET_ADDRESS', v, s, 'spoken');
    }
    const abbr = this.rng.chance(0.5);
    const unit = a.unit ? `${this.rng.chance(0.5) ? ',' : ''} ${a.unit.kind === '#' ? '#' : a.unit.kind + ' '}${a.unit.id}`.replace('# ', '#') : '';
    const s = [a.number, a.direction ? (abbr ? a.direction[1] : a.direction[0]) : undefined, a.street, abbr ? a.suffix[1] : a.suffix[0]].filter(Boolean).join(' ') + unit;
    return ent('STREET_ADDRESS', v, this.ch === 'chat' && this.lowerChat ? s.toLowerCase() : s);
  }

  zip(a: Address): EntPiece {
    const v = a.zip;
    if (this.asr) return ent('POSTAL_CODE', v, readDigits(this.rng, v, this.style), 'spoken');
    return ent('POSTAL_CODE', v, a.zip4 ? `${v}-${a.zip4}` : v);
  }

  /** City and state in the channel's case: left unlabelled, a city names nobody. */
  city(a: Address): string {
    return this.asr ? a.city.toLowerCase() : `${a.city}, ${a.state}`;
  }

  ip(v: string): EntPiece {
    if (this.asr && !v.includes(':')) {
      const said = v.split('.').map((o) => (o.length === 3 && this.rng.chance(0.5) ? `${twoDigitWords(Number(o[0]))} ${twoDigitWords(Number(o.slice(1)), true)}` : this.rng.chance(0.5) ? cardinal(Number(o)) : readDigits(this.rng, o, this.style))).join(' dot ');
      return ent('IP_ADDRESS', v, said, 'spoken');
    }
    return ent('IP_ADDRESS', v, v);
  }

  /** Digits that are not personal data (last four, a reference), in the channel's form. */
  digits(d: string): string {
    return this.asr ? readDigits(this.rng, d, this.style) : d;
  }
}
