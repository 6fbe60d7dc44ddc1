/**
 * Agent tickets and CRM notes: terse abbreviations, key:value and pipe notes, ALL CAPS, typos,
 * values glued to labels, pasted web forms, hand-offs.
 */
import { keep, type Seg } from '../corpus/document.js';
import { L, agentSeg, brandSeg, caps, hotlineSeg, pickOne, type Ctx, type Scene } from './kit.js';
import {
  accountSeg, address, addressSeg, amount, anyName, birthDate, card, cardSeg, caseNumber, cvvSeg, dobSeg, emailSeg, expiry, expirySeg,
  firstName, ibanSeg, ipSeg, issue, merchant, nameSeg, orderNumber, phoneSeg, bank, device, product, quantity, duration, percent, routingSeg, ssnSeg, time, txnDate, zipSeg,
} from './values.js';

function header(c: Ctx): Seg[] {
  const r = c.r;
  return r.pick([
    L('Case {cn} | Queue: {q} | Pri: P{p}', { cn: caseNumber(r), q: r.pick(['Billing', 'Fraud', 'Tier 2', 'Retention', 'Card Services', 'Escalations']), p: String(r.int(1, 4)) }),
    L('[CRM NOTE] {d} {t} - {b}', { d: txnDate(r), t: time(r), b: brandSeg(c) }),
    L('TICKET {cn}', { cn: caseNumber(r) }),
    L('--- note added by agent (ID A-{id}) ---', { id: r.digits(4) }),
    [],
  ]);
}

const cardLabel = (r: Ctx['r']): string => r.pick(['cc', 'CC#', 'card', 'card no', 'cc num', 'PAN', 'card#', 'cc:', 'visa', 'acct card']);
const expLabel = (r: Ctx['r']): string => r.pick(['exp', 'EXP', 'exp date', 'expiry', 'exp.', 'valid thru', 'exp:', 'expires', 'xp']);
const cvvLabel = (r: Ctx['r']): string => r.pick(['cvv', 'CVV2', 'cvc', 'csc', 'security code', 'sec code', 'CVV', '3 digit code', 'cid']);
const dobLabel = (r: Ctx['r']): string => r.pick(['dob', 'DOB', 'D.O.B.', 'birthdate', 'bday', 'date of birth', 'b/d']);
const phLabel = (r: Ctx['r']): string => r.pick(['ph', 'ph#', 'phone', 'cb', 'cb#', 'tel', 'mobile', 'cell', 'PH', 'callback']);
const ssnLabel = (r: Ctx['r']): string => r.pick(['ssn', 'SSN', 'ss#', 'SS#', 'soc', 'social', 'SSN/TIN', 'tax id']);

export const TICKET_SCENES: Scene[] = [
  {
    name: 't_kv_card_dispute', channel: 'ticket', build: (c) => {
      const r = c.r; const k = card(r);
      return [...header(c),
        ...L('Customer: {n}', { n: anyName(r, c.cust, ['full', 'last_comma_first', 'caps_last_first']) }),
        ...L('{pl}: {ph}', { pl: phLabel(r), ph: phoneSeg(r) }),
        ...L('{dl}: {dob}', { dl: dobLabel(r), dob: dobSeg(r, birthDate(r)) }),
        ...L('Card: {c} {el} {e}', { c: cardSeg(r, k), el: expLabel(r), e: expirySeg(r, expiry(r)) }),
        ...L('Issue: {i} - {a} at {m} posted {d}', { i: issue(r), a: amount(r), m: merchant(r), d: txnDate(r) }),
        ...L('Action: provisional credit issued, {d2} follow-up. Case {cn}.', { d2: pickOne(r, '10 day', '45-day', '2 wk'), cn: caseNumber(r) })];
    },
  },
  {
    name: 't_pipe_note', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...header(c), ...L('CX: {n} | {dl} {dob} | {pl} {ph} | ISSUE: {i} {a} @ {m} on {d} | REF {cn}', {
        n: nameSeg(c.cust, r.pick(['caps_last_first', 'slash', 'caps'])), dl: dobLabel(r), dob: dobSeg(r, birthDate(r)), pl: phLabel(r), ph: phoneSeg(r),
        i: issue(r, true), a: amount(r), m: merchant(r, true), d: txnDate(r), cn: caseNumber(r),
      }), ...L('{t} - {ag} - cx advised {days} for investigation', { t: time(r), ag: agentSeg(c), days: duration(r) })];
    },
  },
  {
    name: 't_terse_freetext', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...header(c), ...L('cx {n} called re {i}, verified w/ {dl} {dob} + last4 of ss ({l4}). wants cb @ {ph} after {t}. adv {days} for rev. {b} policy read.', {
        n: anyName(r, c.cust, ['full', 'lower', 'first']), i: issue(r), dl: dobLabel(r), dob: dobSeg(r, birthDate(r)), l4: r.digits(4), ph: phoneSeg(r), t: time(r),
        days: duration(r), b: brandSeg(c),
      })];
    },
  },
  {
    name: 't_allcaps_address_change', channel: 'ticket', build: (c) => {
      const r = c.r; const a1 = address(r); const a2 = address(r);
      return caps([...header(c), ...L('ADDR CHG REQ FOR {n}', { n: nameSeg(c.cust, 'full') }),
        ...L('OLD: {s1}, {c1} {st1} {z1}', { s1: addressSeg(a1), c1: a1.city, st1: a1.state, z1: zipSeg(a1) }),
        ...L('NEW: {s2} {c2}, {st2} {z2}', { s2: addressSeg(a2), c2: a2.city, st2: a2.state, z2: zipSeg(a2) }),
        ...L('VERIFIED VIA {dl} {dob} AND {pl} {ph}. NEW CARD TO MAIL {d}, {p}.', { dl: dobLabel(r), dob: dobSeg(r, birthDate(r)), pl: phLabel(r), ph: phoneSeg(r), d: txnDate(r), p: product(r) })]);
    },
  },
  {
    name: 't_glued_values', channel: 'ticket', build: (c) => {
      const r = c.r; const a = address(r);
      return [...header(c), ...L('cust:{n} {pl}:{ph} email:{e} {dl}:{dob} zip:{z}', {
        n: nameSeg(c.cust, 'lower'), pl: phLabel(r).replace(':', ''), ph: phoneSeg(r), e: emailSeg(r, c.cust), dl: dobLabel(r).replace(':', ''), dob: dobSeg(r, birthDate(r)), z: zipSeg(a),
      }), ...L('ord#{o} qty:{q} amt:{a} -> {i}', { o: orderNumber(r), q: String(r.int(1, 5)), a: amount(r), i: issue(r) })];
    },
  },
  {
    name: 't_ach_refund', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...header(c), ...L('Refund {a} via ACH per sup approval ({ag}).', { a: amount(r), ag: agentSeg(c) }),
        ...L(r.pick(['rtg {rt} / acct {ac}', 'ABA# {rt} ACCT# {ac}', 'routing:{rt} account:{ac}', 'RTN {rt}, DDA {ac}']), { rt: routingSeg(r), ac: accountSeg(r) }),
        ...L('Name on acct: {n} ({b} checking at {m})', { n: anyName(r, c.cust, ['caps', 'full', 'last_comma_first']), b: pickOne(r, 'personal', 'joint'), m: bank(r) }),
        ...L('Orig txn {d} order {o}. ETA {q}. Cx can call {h} w/ questions.', { d: txnDate(r), o: orderNumber(r), q: duration(r), h: hotlineSeg(c) })];
    },
  },
  {
    name: 't_wire_iban', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...header(c), ...L('Intl wire recall - beneficiary {n}', { n: anyName(r, c.other, ['full', 'caps']) }),
        ...L('IBAN: {ib}', { ib: ibanSeg(r) }), ...L('BIC {bic} amt {a} sent {d} {t}', { bic: r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'BARCGB22']), a: amount(r), d: txnDate(r), t: time(r) }),
        ...L('Remitter: {n2}, {pl} {ph}. Reason: {i}.', { n2: anyName(r, c.cust, ['full', 'initial']), pl: phLabel(r), ph: phoneSeg(r), i: issue(r) })];
    },
  },
  {
    name: 't_fraud_escalation', channel: 'ticket', build: (c) => {
      const r = c.r; const k = card(r);
      return [...header(c), ...L('*** FRAUD ESCALATION ***'),
        ...L('Acct holder {n}, {dl} {dob}', { n: anyName(r, c.cust, ['caps_last_first', 'full', 'last_first_mi']), dl: dobLabel(r), dob: dobSeg(r, birthDate(r)) }),
        ...L('Compromised: {c} {el} {e} {vl} {v}', { c: cardSeg(r, k), el: expLabel(r), e: expirySeg(r, expiry(r)), vl: cvvLabel(r), v: cvvSeg(r, k) }),
        ...L('Suspicious login from {ip} at {t}; {q} attempts. Disputed: {a} ({m}), {a2} ({m2}) on {d}.', { ip: ipSeg(r), t: time(r), q: String(r.int(2, 9)), a: amount(r), m: merchant(r), a2: amount(r), m2: merchant(r), d: txnDate(r) }),
        ...L('Card blocked, reissue {p}. Cx reachable {ph} / {e}', { p: product(r), ph: phoneSeg(r), e: emailSeg(r, c.cust) })];
    },
  },
  {
    name: 't_reship_block', channel: 'ticket', build: (c) => {
      const r = c.r; const a = address(r);
      return [...header(c), ...L('Reship {o} ({p}, {q}) - carrier lost pkg, tracking {tr}', { o: orderNumber(r), p: device(r), q: quantity(r), tr: orderNumber(r) }),
        ...L('Ship to:'), ...L('{n}', { n: nameSeg(c.cust, r.pick(['full', 'caps'])) }), ...L('{s}', { s: addressSeg(a) }), ...L('{city}, {st} {z}', { city: a.city, st: a.state, z: zipSeg(a) }),
        ...L('Signature req. Cx notified {d}.', { d: txnDate(r) })];
    },
  },
  {
    name: 't_handoff', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...L('Handoff from Tier 1 ({ag}) to {q}:', { ag: agentSeg(c), q: r.pick(['Tier 2', 'Back Office', 'Disputes']) }),
        ...L('- caller {n} is the spouse of acct holder {n2}; not authorized, no info disclosed', { n: anyName(r, c.other, ['full', 'first']), n2: anyName(r, c.cust, ['full', 'last_comma_first']) }),
        ...L('- holder cb {ph} (home) / {ph2} (cell)', { ph: phoneSeg(r), ph2: phoneSeg(r) }),
        ...L('- {i} on {p}, {a} since {d}; see {cn}', { i: issue(r), p: product(r), a: amount(r), d: txnDate(r), cn: caseNumber(r) })];
    },
  },
  {
    name: 't_pasted_webform', channel: 'ticket', build: (c) => {
      const r = c.r; const a = address(r); const caseN = caseNumber(r);
      return [...L('--- Web form submission (pasted) ---'),
        ...L('First Name: {f}', { f: nameSeg(c.cust, 'first') }), ...L('Last Name: {l}', { l: nameSeg(c.cust, 'last') }),
        ...L('Date of Birth (MM/DD/YYYY): {dob}', { dob: dobSeg(r, birthDate(r)) }),
        ...L('SSN: {s}', { s: ssnSeg(r) }),
        ...L('Street Address: {s}', { s: addressSeg(a) }), ...L('City: {city}   State: {st}   ZIP: {z}', { city: a.city, st: a.state, z: zipSeg(a) }),
        ...L('Email: {e}', { e: emailSeg(r, c.cust) }), ...L('Phone (optional): {ph}', { ph: phoneSeg(r) }),
        ...L('Reason for contact: {i}', { i: issue(r) }), ...L('--- end ---'), ...L('Created {cn} from form, routed to {b} onboarding.', { cn: caseN, b: brandSeg(c) })];
    },
  },
  {
    name: 't_oneliner_callback', channel: 'ticket', build: (c) => {
      const r = c.r;
      return L(r.pick(['cb req - cx {n} {ph} re {i}', 'CB {n} @ {ph} - {i}', 'pls call back {n} at {ph}, {i}', '{n} wants callback ({ph}) abt {i}']), {
        n: anyName(r, c.cust, ['first', 'full', 'caps', 'lower', 'initial']), ph: phoneSeg(r), i: issue(r),
      });
    },
  },
  {
    name: 't_lookup_fail', channel: 'ticket', build: (c) => {
      const r = c.r; const a = address(r);
      return [...header(c), ...L('searched by name {n} + {dl} {dob}: no match. tried zip {z} and ph {ph} - found acct under maiden name {l}.', {
        n: nameSeg(c.cust, r.pick(['slash', 'slash_mixed', 'last_comma_first'])), dl: dobLabel(r), dob: dobSeg(r, birthDate(r)), z: zipSeg(a), ph: phoneSeg(r), l: nameSeg(c.other, 'last'),
      }), ...L('merged dup profiles, {i}. ord {o} now visible.', { i: issue(r), o: orderNumber(r) })];
    },
  },
  {
    name: 't_payment_taken', channel: 'ticket', build: (c) => {
      const r = c.r; const k = card(r);
      return [...header(c), ...L('pmt {a} taken by phone on {k} {c} {el} {e} {vl}{v} - conf {cn}', {
        a: amount(r), k: k.brand, c: cardSeg(r, k), el: expLabel(r), e: expirySeg(r, expiry(r)), vl: r.pick([' cvv ', ' cvc:', ' csc ', ' / sec code ']), v: cvvSeg(r, k), cn: caseNumber(r),
      }), ...L('cardholder {n}, billing zip {z}', { n: anyName(r, c.cust, ['caps', 'full', 'caps_last_first']), z: zipSeg(address(r)) })];
    },
  },
  {
    name: 't_merchant_lookalikes', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...header(c), ...L('Cx disputes {q} charges: {m1} {a1} ({d1}), {m2} {a2} ({d2}), {m3} {a3} ({d3}).', {
        q: String(r.int(3, 5)), m1: merchant(r), a1: amount(r), d1: txnDate(r), m2: merchant(r), a2: amount(r), d2: txnDate(r), m3: merchant(r), a3: amount(r), d3: txnDate(r),
      }), ...L('Recognizes the {m} one. Cx name {n}, {pl} {ph}.', { m: merchant(r), n: anyName(r, c.cust, ['full', 'initial']), pl: phLabel(r), ph: phoneSeg(r) })];
    },
  },
  {
    name: 't_typos', channel: 'ticket', build: (c) => {
      const r = c.r; const a = address(r);
      return [...L(r.pick(['custmer {n} cant login, resetpw sent to email on fil {e}. verifyed {dl} {dob}.', 'cust {n} ccalled abt {i}, adress on acount {s} - confrimed. eamil {e}', 'spoek w/ {n}, {dl} {dob}, she sed {i} agian, recieved {a} credit']), {
        n: anyName(r, c.cust, ['lower', 'full', 'first']), e: emailSeg(r, c.cust), dl: dobLabel(r), dob: dobSeg(r, birthDate(r)), i: issue(r), s: addressSeg(a), a: amount(r),
      }), ...L('nxt steps: montior {q}', { q: duration(r) })];
    },
  },
  {
    name: 't_device_login', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...header(c), ...L('Login audit for {e}:', { e: emailSeg(r, c.cust) }),
        ...L('  {d} {t}  {ip}  {dev}  OK', { d: txnDate(r), t: time(r), ip: ipSeg(r), dev: r.pick(['Chrome/Win', 'Safari iOS', 'Android app 7.2']) }),
        ...L('  {d} {t}  {ip}  {dev}  FAIL x{n}', { d: txnDate(r), t: time(r), ip: ipSeg(r), dev: r.pick(['curl', 'Firefox/Linux', 'unknown']), n: String(r.int(2, 9)) }),
        ...L('Holder {n} confirms 2nd IP not theirs. {i}; MFA enforced.', { n: anyName(r, c.cust, ['full', 'first']), i: issue(r) })];
    },
  },
  {
    name: 't_parens_slashes', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...header(c), ...L('Spoke w/ POA ({n}, ph {ph}) / acct holder {n2} (dob {dob}) / {ssl} on file ({ss}).', {
        n: anyName(r, c.other, ['full', 'initial']), ph: phoneSeg(r), n2: anyName(r, c.cust, ['caps_last_first', 'full']), dob: dobSeg(r, birthDate(r)), ssl: ssnLabel(r), ss: ssnSeg(r),
      }), ...L('Re: {p} - {i} ({a}/{q}).', { p: product(r), i: issue(r), a: amount(r), q: quantity(r) })];
    },
  },
  {
    name: 't_born_year_only', channel: 'ticket', build: (c) => {
      const r = c.r;
      // "born in '82" is not a full date of birth: plain text, not gold.
      return [...header(c), ...L('cx {n} (born in \'{yy}, per cx) asking why {p} rate went up {q}; {dl} on file {dob} matches.', {
        n: anyName(r, c.cust, ['full', 'first']), yy: String(r.int(50, 99)), p: product(r), q: percent(r), dl: dobLabel(r), dob: dobSeg(r, birthDate(r)),
      }), ...L('Bill dated {d} shows {a}; promo ended {d2}.', { d: txnDate(r), a: amount(r), d2: txnDate(r) })];
    },
  },
  {
    name: 't_collections_note', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...header(c), ...L('PTP: {a} on {d} via {k} acct ending {l4} ({bk}). Bal {a2}, {q} past due.', { a: amount(r), d: txnDate(r), k: pickOne(r, 'ACH', 'debit card'), l4: r.digits(4), bk: bank(r), a2: amount(r), q: pickOne(r, '30 days', '60 days', '90+ days') }),
        ...L('RPC w/ {n}; employer {m} (per cx). POE ph {ph} - do not call at work.', { n: anyName(r, c.cust, ['full', 'caps_last_first', 'nick_in_parens']), m: merchant(r), ph: phoneSeg(r) }),
        ...L('3rd party ({n2}, {rel}) answered first, no disclosure. Next attempt {d} {t}.', { n2: anyName(r, c.other, ['first', 'full']), rel: pickOne(r, 'roommate', 'son', 'mother'), d: txnDate(r), t: time(r) })];
    },
  },
  {
    name: 't_qa_review', channel: 'ticket', build: (c) => {
      const r = c.r; const k = card(r);
      return [...L('QA REVIEW - call {cn} - agent {ag} - score {p}', { cn: caseNumber(r), ag: agentSeg(c), p: keep('quantity', `${r.int(55, 98)}%`) }),
        ...L('- read back full PAN ({c}) aloud: FAIL (PCI)', { c: cardSeg(r, k) }),
        ...L('- verified caller {n} w/ {dl} {dob}: PASS', { n: anyName(r, c.cust, ['full', 'initial', 'last_comma_first']), dl: dobLabel(r), dob: dobSeg(r, birthDate(r)) }),
        ...L('- offered {p} upgrade: n/a. Hold time {t}.', { p: product(r), t: keep('quantity', `${r.int(1, 14)} min`) })];
    },
  },
  {
    name: 't_glued_card', channel: 'ticket', build: (c) => {
      const r = c.r; const k = card(r);
      const form = r.pick(['cc#{c} exp{e} cvv{v}', '{c}/{e}/{v}', 'card {c}, {e}, {v}', 'CC:{c} X:{e} CVC:{v}', 'pan={c};exp={e};cvv2={v}', '{c} ({e}) sec:{v}']);
      return [...header(c), ...L('OTP pmt {a} for {n} - {f}', { a: amount(r), n: anyName(r, c.cust, ['last_first_mi', 'caps_last_first', 'slash_mixed']), f: [...L(form, { c: cardSeg(r, k), e: expirySeg(r, expiry(r)), v: cvvSeg(r, k) }).slice(0, -1)] }),
        ...L('auth code {ac} / bill to zip {z} / {d}', { ac: keep('case_number', `${String.fromCharCode(65 + r.int(0, 25))}${r.digits(5)}`), z: zipSeg(address(r)), d: txnDate(r) })];
    },
  },
  {
    name: 't_ssn_update', channel: 'ticket', build: (c) => {
      const r = c.r;
      return [...header(c), ...L('{ssl} correction: cx says {ssl2} was keyed wrong at app. Corrected to {ss}.', { ssl: ssnLabel(r).toUpperCase(), ssl2: ssnLabel(r), ss: ssnSeg(r) }),
        ...L('ID verified: {n}, {dob}, {s}', { n: anyName(r, c.cust, ['caps_last_first', 'full']), dob: dobSeg(r, birthDate(r)), s: addressSeg(address(r)) }),
        ...L('{b} credit pull re-run {d} at {t}.', { b: brandSeg(c), d: txnDate(r), t: time(r) })];
    },
  },
];
