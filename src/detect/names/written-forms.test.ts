import { describe, expect, it } from 'vitest';
import { expectNames, foundNames as names } from '../../../test/support/person-names.js';

/**
 * Forms of names in tickets, e-mails and chats, and the company's own name, which must never be read
 * as a person. Sentences are our own (new names, numbers and wording), one per form.
 */

describe('the company named by its own cues is no person', () => {
  it('"Thank you for calling X" and X used again', () => {
    const text =
      'AGENT: Thank you for calling Tellmark, this is Rosa. How can I help you?\nCALLER: I have been with Tellmark since 2019.\nAGENT: Tellmark will send a new card.';
    expectNames(text, ['Rosa'], ['Tellmark']);
  });

  it('"X, my name is Y" opening a call', () => {
    const text = 'Agent: Fennick Home, my name is Dorian, may I have your name please?\nCustomer: yes, it is about my bill.\nAgent: Fennick Home can waive the fee.';
    expectNames(text, ['Dorian'], ['Fennick', 'Home']);
  });

  it('a bot speaker label "X Assistant:"', () => {
    const text = 'Corvina Assistant: Hi! Please enter your ZIP code.\nYou: 40211\nCorvina Assistant: Connecting you to an agent.\nCorvina: An agent will reply shortly.\nLeona: Hi, I can help.';
    expectNames(text, ['Leona'], ['Corvina']);
  });

  it('the team in brackets after an agent label', () => {
    const text = 'Imani (Ostara Mobile): Thanks for waiting. How can I help?\nGuest: my bill doubled\nImani (Ostara Mobile): I see it. Ostara Mobile will refund it.';
    expectNames(text, ['Imani'], ['Ostara', 'Mobile']);
  });

  it('a mailbox display name that spells its own domain, and its signature line', () => {
    const text =
      'From: Wendell Marsh <wmarsh@example.net>\nTo: Quill Harbor Support <help@quillharbor.com>\nSubject: refund\n\nHello, where is my refund?\n\n-----Original Message-----\nFrom: Quill Harbor <noreply@quillharbor.com>\n\nHi Wendell,\n\nBest regards,\nPetra\nQuill Harbor Customer Care | 1-800-555-0101\nQuill Harbor will never ask for your password.';
    expectNames(text, ['Wendell Marsh', 'Petra'], ['Quill', 'Harbor']);
  });
});

describe('initial and surname', () => {
  it('as a chat speaker label, with and without a time', () => {
    const text = 'Maribel (Tellmark): Thanks for waiting.\nK. Oyelaran: my card got declined\nMaribel (Tellmark): Sorry to hear.\nK. Oyelaran: ok';
    expect(names(text).filter((n) => n === 'K. Oyelaran')).toHaveLength(2);
    const timed = '[9:14] Vance (Tellmark): Hello!\n[9:15] T. Brandt: need to pay my bill\n[9:16] T. Brandt: 4111 card';
    expect(names(timed).filter((n) => n === 'T. Brandt')).toHaveLength(2);
  });

  it('a chat speaker label with a short surname', () => {
    const text = 'Hollis (Tellmark): How can I help?\nD. Vo: my order is late\nHollis (Tellmark): Checking.\nD. Vo: thanks';
    expect(names(text).filter((n) => n === 'D. Vo')).toHaveLength(2);
  });

  it('a signature alone above "Sent from my phone"', () => {
    expectNames('Please refund the fee.\nthanks\n\nV. Okonkwo\n\nSent from my iPhone', ['V. Okonkwo']);
    expectNames('Please refund the fee.\n\nM. de la Vega\n\nSent from my Galaxy', ['M. de la Vega']);
  });

  it('after a ticket field label', () => {
    expectNames('Remitter: P. Haddad, cb 555-201-7781. Reason: duplicate.', ['P. Haddad']);
    expectNames('Recognizes the first one. Cx name N. Ferreira, tel 555-908-2231.', ['N. Ferreira']);
    expectNames('Spoke w/ POA (L. Castellano, ph 555-333-0192) re: late fee', ['L. Castellano']);
  });
});

describe('surname first, with a comma, in tickets', () => {
  it.each([
    ['RPC w/ KOWALSKI, DENNIS; employer Target (per cx).', 'KOWALSKI, DENNIS'],
    ['acct holder NAKASHIMA, RUTH (dob 3/4/61)', 'NAKASHIMA, RUTH'],
    ['ID verified: FORSYTHE, GLORIA, 12/01/1950, 22 Elm Ave', 'FORSYTHE, GLORIA'],
    ['- verified caller Oduya, Bernard w/ DOB 4/4/80: PASS', 'Oduya, Bernard'],
    ['searched by name Pham, Linh + bday 5 Sep 1970: no match', 'Pham, Linh'],
    ['Account is under Whitcombe, Irene, service address 4 Elm Rd.', 'Whitcombe, Irene'],
    ['OTP pmt $41.10 for TREMBLAY, OSCAR - card ending 0041', 'TREMBLAY, OSCAR'],
    ['RPC w/ CASH, HOPE; employer Lowe\'s (per cx).', 'CASH, HOPE'],
    ['acct holder PRICE, JUNE (dob 8/8/58)', 'PRICE, JUNE'],
  ])('%s', (text, expected) => {
    expectNames(text, [expected]);
  });
});

describe('names after ticket and chat cues', () => {
  it.each([
    ['Cx name Harold Brennan, cb# (555) 410-2290.', 'Harold Brennan'],
    ['Name on acct: ROSS PEMBERTON (joint checking at Citi)', 'ROSS PEMBERTON'],
    ['Visitor: the acct is under HOLLY REED', 'HOLLY REED'],
    ['Holder Gwen Tully confirms 2nd IP not theirs.', 'Gwen Tully'],
    ['ADDR CHG REQ FOR MIRANDA OKORO', 'MIRANDA OKORO'],
    ['Intl wire recall - beneficiary TOBIAS LINDQVIST', 'TOBIAS LINDQVIST'],
    ['Remitter: Sylvia Marchetti, PH (555)731-0000.', 'Sylvia Marchetti'],
    ['name on acct Faith Okoro(Sonny is my husband)', 'Faith Okoro'],
    ['name on acct Faith Okoro(Sonny is my husband)', 'Sonny'],
    ['cust:joy hart ph:555 201 0110 email:jhart@example.com', 'joy hart'],
    ['Spoke w/ POA (T. Marlow, ph 555-222-0101) / acct holder', 'T. Marlow'],
    ['found acct under maiden name St. Claire. merged dup profiles', 'St. Claire'],
  ])('%s', (text, expected) => {
    expectNames(text, [expected]);
  });

  it('a ship-to block', () => {
    expectNames('Ship to:\nLUCINDA FAIRWEATHER\n88 Birch Ct\nDayton, OH 45402', ['LUCINDA FAIRWEATHER']);
  });

  it('a third party and a spouse in a collections note', () => {
    expectNames('3rd party (Gail, roommate) answered first, no disclosure.', ['Gail']);
    expectNames('- caller Dawn is the spouse of acct holder Reyes, Tomas; not authorized', ['Dawn', 'Reyes, Tomas']);
  });

  it('the writer in a quoted-mail header', () => {
    expectNames('> On 3 Aug Imelda Vasquez wrote:\n> my card is blocked', ['Imelda Vasquez']);
    expectNames('On 2025-04-02, at 10:15, Corbin Hale <chale@example.net> wrote:\n> Hi', ['Corbin Hale']);
  });

  it('a surname repeated alone after the full name', () => {
    const text = 'Visitor: the acct is under DOUGLAS FAIRBANK\nYou: Thanks! Is that Fairbank?\nVisitor: yes';
    expect(names(text)).toEqual(['DOUGLAS FAIRBANK', 'Fairbank']);
  });

  it('names with particles', () => {
    expectNames('Ship to:\nROSA DE LA TORRE\n1 Main St', ['ROSA DE LA TORRE']);
    expectNames('First Name: Aoife\nLast Name: Ó Ceallaigh\nDOB: 1/1/1970', ['Ó Ceallaigh']);
  });
});

describe('more written forms', () => {
  it.each([
    ['T. Haverford wants callback (555) 201-3344 re late fee', 'T. Haverford'],
    ['pls call back M. Abernathy at 555-301-2299, billing error', 'M. Abernathy'],
    ['Thx K. Ferreira | +1 555 777 0101 | kf@example.com', 'K. Ferreira'],
    ['Account is under Lindqvist, June, service address 5 Pine Rd.', 'Lindqvist, June'],
    ['OTP pmt $20.00 for HALVORSEN, GRETA M. - card 4111', 'HALVORSEN, GRETA M'],
    ['Name on acct: Al-Rashid, Omar (joint checking)', 'Al-Rashid, Omar'],
    ['FRAUD ESC REF-20931 - Rosalind Achebe', 'Rosalind Achebe'],
    ['CB REQ - Tobias - 555.201.4433 - best time 2pm', 'Tobias'],
    ['Order 5521 | Ship to: Marisol Quintana, 44 Elm Blvd, Reno 89501 | 2 units', 'Marisol Quintana'],
    ['Customer: my neighbor is Ottilie Brandvold, maybe she has it', 'Ottilie Brandvold'],
    ['[00:00:03] Marta: Good morning, I am trying to reach Lorcan Fitzpatrick.', 'Lorcan Fitzpatrick'],
  ])('%s', (text, expected) => {
    expectNames(text, [expected]);
  });

  it('a name said again with its surname', () => {
    expectNames('Customer: My name is Dorian, Dorian Achterberg.', ['Dorian, Dorian Achterberg']);
  });

  it('an addressee line above a street line', () => {
    expectNames('please send the label to\n\nHollis de Vries\n12 Birch Ter.\nAlbany NY 12208', ['Hollis de Vries']);
  });

  it('an initial with a particle in a chat label and after a ticket cue', () => {
    const text = 'Omar (Tellmark): How can I help?\nR. de la Fuente: my refund is late\nOmar (Tellmark): Checking.\nR. de la Fuente: ok';
    expect(names(text).filter((n) => n === 'R. de la Fuente')).toHaveLength(2);
    expectNames('Cx name P. St. Laurent, tel 555.398.1100.', ['P. St. Laurent']);
  });

  it('a short surname repeated alone', () => {
    const text = 'Visitor: the acct is under dmitri vo\nYou: Thanks! Is that Vo?\nVisitor: yes';
    expect(names(text)).toEqual(['dmitri vo', 'Vo']);
  });

  it('the agent in brackets after a desk, not the desk', () => {
    expect(names('Handoff from Tier 1 (Marisol) to Tier 2:\n- caller verified')).toEqual(['Marisol']);
  });

  it('the answer to "name of the account holder?"', () => {
    expectNames('Agent: Name of the account holder?\nCustomer: Wilhelmina Oyelowo', ['Wilhelmina Oyelowo']);
  });
});

describe('negatives: merchants, products and references stay', () => {
  it.each([
    ['Card used at Tory Burch $290.98 on 12/13.'],
    ['it was declined at Fred Meyer for sixteen dollars'],
    ['Order ORD-55120 | 2 units | shipped 4/2'],
    ['Created TKT-880485 from form, routed to onboarding.'],
    ['Visitor: the account is under review since Monday'],
    ['Ship to:\nsame address as billing'],
    ['it is under warranty until december'],
    ['Cx notified Mon 12/19.'],
    ['Phone (optional): 555-201-0000'],
    ['Customer: rtn: 021000021'],
    ['City: Dayton   State: OH   ZIP: 45402'],
    ['my eero Pro 6 router keeps dropping'],
    ['charged twice at Jackson Hewitt for 99 dollars'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
