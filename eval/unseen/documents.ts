/**
 * E-mail and ticket templates: written channels, where values are typed, signatures carry a
 * person's contact block, replies quote earlier messages and agents write in shorthand.
 */
import { type Piece, kept, neutralPiece, say, spelled } from './pieces.js';
import type { Scene } from './scene.js';
import { MONTHS_SHORT } from './speech.js';
import type { Person, Val } from './values.js';

export interface WrittenDoc {
  name: string;
  channel: 'email' | 'ticket';
  /** Shouting tickets: plain text and names upper-cased. */
  upper?: boolean;
  pieces(s: Scene): Piece[];
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function sentDate(s: Scene): string {
  const r = s.r;
  return `${r.pick(WEEKDAYS)}, ${r.pick(MONTHS_SHORT)} ${r.int(1, 28)}, 202${r.int(4, 6)} at ${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, '0')} ${r.pick(['AM', 'PM'])}`;
}

function supportMailbox(s: Scene): Piece {
  const domain = s.brandName.toLowerCase().replace(/[^a-z]/g, '') + '.com';
  return neutralPiece(`${s.one('support', 'help', 'care', 'billing', 'noreply')}@${domain}`, '');
}

function agentMailbox(s: Scene): Val {
  const domain = s.brandName.toLowerCase().replace(/[^a-z]/g, '') + '.com';
  const v = s.email(s.agent);
  const local = v.value.split('@')[0]!;
  const value = `${local}@${domain}`;
  return { type: 'EMAIL_ADDRESS', value, written: () => value, spoken: () => [value] };
}

function headers(s: Scene, from: Piece[], subject: Piece[]): Piece[] {
  return [
    ...say`From: ${from}\n`,
    ...say`To: ${supportMailbox(s)}\n`,
    ...(s.r.chance(0.6) ? [`Date: ${sentDate(s)}\n`] : []),
    ...say`Subject: ${subject}\n\n`,
  ];
}

function greeting(s: Scene): Piece[] {
  return s.one(say`Hello,\n\n`, say`Hi there,\n\n`, say`To whom it may concern,\n\n`, say`Dear ${s.brand()} team,\n\n`, say`Hi ${s.agent.givenOnly},\n\n`, say`Good morning,\n\n`);
}

function signature(s: Scene, p: Person = s.cust): Piece[] {
  const close = s.one('Thanks,', 'Best,', 'Regards,', 'Kind regards,', 'Thank you,', 'Cheers,', 'Sincerely,');
  return s.one(
    say`\n\n${close}\n${p.full}\n${s.phone()}\n`,
    say`\n\n${close}\n${p.full}\n${s.home.street}\n${s.home.city}, ${s.home.state} ${s.home.zip}\n${s.phone()}\n`,
    say`\n\n${close}\n${p.givenOnly}\n\nSent from my iPhone\n`,
    say`\n\n${close}\n${p.full} | ${s.phone()} | ${s.email(p)}\n`,
    say`\n\n-- \n${p.full}\nMobile: ${s.phone()}\n`,
    say`\n\n${close}\n${p.givenOnly}\n`,
  );
}

function fromCustomer(s: Scene): Piece[] {
  const e = s.email();
  return s.one(say`${s.cust.full} <${e}>`, say`${e}`, say`"${s.cust.full}" <${e}>`);
}

function quoted(s: Scene, body: Piece[]): Piece[] {
  const out: Piece[] = [`\n\nOn ${sentDate(s)} `, ...say`${s.cust.full} <${s.email()}> wrote:\n> `];
  for (const p of body) out.push(typeof p === 'string' ? p.replace(/\n/g, '\n> ') : p);
  return out;
}

function ticketHead(s: Scene): Piece[] {
  return s.one(
    say`[${s.caseNo()}] `,
    say`Ticket ${s.caseNo()} | ${s.agent.givenOnly} | `,
    say`${String(s.r.int(1, 12)).padStart(2, '0')}/${String(s.r.int(1, 28)).padStart(2, '0')} ${s.agent.given[0]!}${s.agent.family[0]!}: `,
    say`NOTE: `,
    say``,
  );
}

const dobShort = (s: Scene): Piece[] => s.one(say`dob ${s.dob()}`, say`DOB ${s.dob()}`, say`vrfd dob ${s.dob()}`, say`d.o.b. ${s.dob()}`);

export const WRITTEN_DOCS: readonly WrittenDoc[] = [
  {
    name: 'email_dispute',
    channel: 'email',
    pieces(s) {
      const k = s.card();
      return [
        ...headers(s, fromCustomer(s), say`Charge I don't recognize`),
        ...greeting(s),
        ...say`There is a charge of ${s.amount()} from ${s.merchant()} on ${s.txDate()} that I did not make. `,
        ...s.one(say`The card is ${k}, exp ${s.expiry()}.`, say`It's on my card ending ${s.last4(k.last4)}.`, say`Card number: ${k}`),
        ...say`\nPlease reverse it and send me a new card.`,
        ...signature(s),
      ];
    },
  },
  {
    name: 'email_address_change',
    channel: 'email',
    pieces(s) {
      const next = s.address();
      return [
        ...headers(s, fromCustomer(s), say`Change of address`),
        ...greeting(s),
        ...say`I have moved. Please update my address from ${s.fullAddress()} to:\n\n${next.street}\n${next.city}, ${next.state} ${next.zip}\n\n`,
        ...s.one(say`My date of birth is ${s.dob()} if you need to verify.`, say`Account holder: ${s.cust.full}, DOB ${s.dob()}.`),
        ...signature(s),
      ];
    },
  },
  {
    name: 'email_agent_reply',
    channel: 'email',
    pieces(s) {
      const original = say`Hi, my ${s.product()} was ${s.issue()} and I was billed ${s.amount()}.\nMy number is ${s.phone()}, call me any time.\n${s.cust.full}`;
      return [
        ...headers(s, say`${s.agent.full} <${agentMailbox(s)}>`, say`RE: Case ${s.caseNo()}`),
        ...s.one(say`Dear ${s.cust.titled},\n\n`, say`Hi ${s.cust.givenOnly},\n\n`),
        ...say`Thank you for reaching out. I have applied a credit of ${s.amount(5, 80)} to your account, it will show on ${s.txDate()}.\n`,
        ...say`\nBest regards,\n${s.agent.full}\n${s.brand()} Customer Care`,
        ...quoted(s, original),
      ];
    },
  },
  {
    name: 'email_direct_deposit',
    channel: 'email',
    pieces(s) {
      return [
        ...headers(s, fromCustomer(s), say`Direct deposit details`),
        ...greeting(s),
        ...s.one(
          say`Please deposit my refund to routing number ${s.routing()}, account ${s.account()}.`,
          say`Bank details for the refund:\nRouting: ${s.routing()}\nAccount: ${s.account()}\nName on account: ${s.cust.full}`,
          say`My bank is Harbor Credit Union (ABA ${s.routing()}), checking acct #${s.account()}.`,
        ),
        ...signature(s),
      ];
    },
  },
  {
    name: 'email_wire',
    channel: 'email',
    pieces(s) {
      return [
        ...headers(s, fromCustomer(s), say`International transfer`),
        ...greeting(s),
        ...say`I would like to send ${s.amount(200, 9000)} to ${s.other.full}.\n`,
        ...s.one(say`IBAN: ${s.iban()}\nBIC: ${s.one('DEUTDEFF', 'NWBKGB2L', 'ABNANL2A', 'BOFIIE2D')}\n`, say`Their IBAN is ${s.iban()}.\n`),
        ...say`Their phone is ${s.intlPhone()} in case the bank needs it.`,
        ...signature(s),
      ];
    },
  },
  {
    name: 'email_complaint',
    channel: 'email',
    pieces(s) {
      return [
        ...headers(s, fromCustomer(s), say`Very disappointed`),
        ...greeting(s),
        ...say`I have been a customer of ${s.brand()} for years. On ${s.txDate()} I ordered ${s.qty()} (order ${s.order()}) and I was charged ${s.amount()} twice. `,
        ...say`Your agent ${s.agent.givenOnly} promised a call back at ${s.time()} and nobody called. I want a ${kept('issue', 'refund')} today.`,
        ...signature(s),
      ];
    },
  },
  {
    name: 'email_forwarded',
    channel: 'email',
    pieces(s) {
      const o = s.other;
      return [
        ...headers(s, fromCustomer(s), say`Fwd: Your ${s.merchant()} order`),
        ...say`See below, this is my mother's account, she asked me to write.\n\n---------- Forwarded message ---------\n`,
        ...say`From: ${o.full} <${s.email(o)}>\nDate: ${sentDate(s)}\nSubject: order problem\n\n`,
        ...say`My address is ${s.fullAddress()} and my date of birth is ${s.dob()}. The order ${s.order()} never came.\n${o.givenOnly}`,
        ...signature(s),
      ];
    },
  },
  {
    name: 'email_payment_update',
    channel: 'email',
    pieces(s) {
      const k = s.card();
      return [
        ...headers(s, fromCustomer(s), say`Update card for autopay`),
        ...greeting(s),
        ...say`Please use my new card for autopay:\n\n${k}\nExp: ${s.expiry()}\nCVV: ${s.cvv(k.amex)}\nBilling zip: ${s.home.zip}\n\n`,
        ...say`The ${s.product()} payment of ${s.amount()} is due on ${s.txDate()}.`,
        ...signature(s),
      ];
    },
  },
  {
    name: 'ticket_terse',
    channel: 'ticket',
    pieces(s) {
      const k = s.card();
      return [
        ...ticketHead(s),
        ...s.one(say`cust called re ${s.issue()}, `, say`cx called abt ${s.issue()} at ${s.merchant()}, `, say`caller ${s.cust.full} re ${s.issue()}, `),
        ...dobShort(s),
        ...say`, cb ${s.phone()}, card ending ${s.last4(k.last4)}. `,
        ...s.one(say`refunded ${s.amount()}.`, say`adv 3-5 bus days.`, say`escalated to tier 2.`),
      ];
    },
  },
  {
    name: 'ticket_key_value',
    channel: 'ticket',
    pieces(s) {
      const sep = s.one(' | ', '\n', '; ');
      return [
        ...ticketHead(s),
        ...say`Name: ${s.cust.full}${sep}DOB: ${s.dob()}${sep}Phone: ${s.phone()}${sep}Email: ${s.email()}${sep}`,
        ...say`Addr: ${s.fullAddress()}${sep}Issue: ${s.issue()}${sep}Amount: ${s.amount()}${sep}Agent: ${s.agent.givenOnly}`,
      ];
    },
  },
  {
    name: 'ticket_caps',
    channel: 'ticket',
    upper: true,
    pieces(s) {
      return [
        ...say`CUST ${s.cust.full} CALLED RE ${s.issue()}. VERIFIED SSN ${s.ssn()} AND ADDRESS ${s.home.street}. `,
        ...say`NEW CB # ${s.phone()}. PROMISED CALLBACK ${s.time()}.`,
      ];
    },
  },
  {
    name: 'ticket_escalation',
    channel: 'ticket',
    pieces(s) {
      return [
        ...ticketHead(s),
        ...say`ESCALATION - ${s.issue()}\n`,
        ...say`Customer: ${s.cust.full} (${s.email()})\n`,
        ...s.one(say`SSN on file ${s.ssn()} does not match ID.\n`, say`Verified w/ SSN ${s.ssn()}.\n`),
        ...say`Prev agent ${s.other.givenOnly} ${s.other.familyOnly} already credited ${s.amount()}. Pls review.`,
      ];
    },
  },
  {
    name: 'ticket_fraud',
    channel: 'ticket',
    pieces(s) {
      const k = s.card();
      return [
        ...ticketHead(s),
        ...say`fraud claim, card ${k} exp ${s.expiry()}. `,
        ...say`disputed: ${s.merchant()} ${s.amount()} on ${s.txDate()}, ${s.merchant()} ${s.amount()}. `,
        ...say`card blocked, reissue to ${s.fullAddress()}. cust ${s.cust.familyOnly}, ${spelled(s.cust.familyOnly)}.`,
      ];
    },
  },
  {
    name: 'ticket_network',
    channel: 'ticket',
    pieces(s) {
      return [
        ...ticketHead(s),
        ...say`${s.issue()} at ${s.home.street}. modem WAN ${s.ip()}, `,
        ...s.one(say`v6 ${s.ip(true)}. `, say`ipv6 prefix ${s.ip(true)}. `, say`no v6. `),
        ...say`rebooted, ${s.product()} back up at ${s.time()}. contact ${s.cust.givenOnly} ${s.phone()}.`,
      ];
    },
  },
  {
    name: 'ticket_banking',
    channel: 'ticket',
    pieces(s) {
      return [
        ...ticketHead(s),
        ...s.one(
          say`ACH setup: RTN ${s.routing()} / acct ${s.account()} for ${s.cust.full}. `,
          say`updated payout acct to ${s.account()} (rtg ${s.routing()}). `,
          say`SEPA payout to ${s.iban()} (${s.cust.full}). `,
        ),
        ...say`first debit ${s.txDate()} for ${s.amount()}.`,
      ];
    },
  },
  {
    name: 'ticket_handoff',
    channel: 'ticket',
    pieces(s) {
      return [
        ...ticketHead(s),
        ...say`Handoff from ${s.agent.givenOnly} to ${s.other.givenOnly}: ${s.cust.titled} wants a callback on ${s.phone()} re order ${s.order()}. `,
        ...s.one(say`Already gave ${s.amount(5, 60)} credit. `, say`Do not offer another discount. `),
        ...say`Email on acct ${s.email()}.`,
      ];
    },
  },
];
