/**
 * Written forms of numbers seen leaking (or wrongly masked) on tickets, e-mails and chats written
 * apart from the detector: a value in parentheses after its cue, an area code before a slash, an
 * Amex with double spaces, IBANs whose national check digit fails, answers to a question that asked
 * for two values; and the case, order and tracking numbers that must come through untouched.
 * Every sentence and value here is our own.
 */
import { describe, expect, it } from 'vitest';
import { detect, type EntityType } from '../index.js';

function values(text: string, type: EntityType): string[] {
  return detect(text, { types: [type] }).map((s) => text.slice(s.start, s.end));
}

/** Everything detect() masks with all types on, as "TYPE value". */
function masked(text: string): string[] {
  return detect(text).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

function untouched(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return !detect(text).some((s) => s.start < at + value.length && at < s.end);
}

describe('SSN written inside parentheses after its cue', () => {
  it('reads a dashed, spaced or dotted SSN in parentheses', () => {
    expect(values('POA verified / holder MARSH, IVY / SSN/TIN on file (481-22-6093). Re: late fee', 'US_SSN')).toEqual(['481-22-6093']);
    expect(values('acct holder Ines Ford / social on file (412 73 5590).', 'US_SSN')).toEqual(['412 73 5590']);
    expect(values('holder Bo Lind (dob 3/3/71) / ss# on file (533.21.7781)', 'US_SSN')).toEqual(['533.21.7781']);
  });

  it('reads nine bare digits in parentheses after ss#, soc or tax id', () => {
    expect(values('ss# on file (512338871). Re: router', 'US_SSN')).toEqual(['512338871']);
    expect(values('soc on file (623014587) per the caller', 'US_SSN')).toEqual(['623014587']);
    expect(values('tax id on file (708114236).', 'US_SSN')).toEqual(['708114236']);
  });

  it('reads "ss#" as a cue a few words before the value', () => {
    expect(values('SS# fix: cx says the SS# was keyed wrong at intake. Corrected to 544210937.', 'US_SSN')).toEqual(['544210937']);
  });

  it('reads an SSN glued to its cue, in threes, or with an odd dash', () => {
    expect(values('cx SSN-518-37-2046 verified', 'US_SSN')).toEqual(['518-37-2046']);
    expect(values('S.S.N. 518-37-2046 on the form', 'US_SSN')).toEqual(['518-37-2046']);
    expect(values('social security: 518 372 046', 'US_SSN')).toEqual(['518 372 046']);
    expect(values('ssn 518_37_2046 per upload', 'US_SSN')).toEqual(['518_37_2046']);
    expect(values('SSN 518\u201337\u20132046', 'US_SSN')).toEqual(['518\u201337\u20132046']);
  });

  it('reads an SSN typed against its cue or with padded dashes or slashes', () => {
    expect(values('SSN518372046 on the form', 'US_SSN')).toEqual(['518372046']);
    expect(values('SSN: 518 - 37 - 2046', 'US_SSN')).toEqual(['518 - 37 - 2046']);
    expect(values('ssn 518/37/2046', 'US_SSN')).toEqual(['518/37/2046']);
  });

  it('does not read threes or underscores without a cue', () => {
    expect(values('filed on 518/37/2046', 'US_SSN')).toEqual([]);
    expect(values('we shipped 518 372 046 units', 'US_SSN')).toEqual([]);
    expect(values('see scan_518_37_2046.pdf', 'US_SSN')).toEqual([]);
  });

  it('reads nine digits given a turn after the SSN was asked about', () => {
    const text = 'Guest: the loan form wants my social, all nine digits?\nAgent: Yes, the full number please.\nGuest: sure 518372046';
    expect(values(text, 'US_SSN')).toEqual(['518372046']);
  });

  it('does not carry an SSN cue over another kind of number named between', () => {
    const text = 'Guest: my social is verified already.\nAgent: Great. Now the member ID on your insurance card, please.\nGuest: 518372046';
    expect(values(text, 'US_SSN')).toEqual([]);
  });

  it('still reads "(415) 555-0132" as a phone, not an SSN', () => {
    expect(values('SSN on file, call me at (415) 555-0132', 'US_SSN')).toEqual([]);
  });
});

describe('US phone with a slash after the area code', () => {
  it('reads 3/3-4 with or without a cue, assigned area code or not', () => {
    expect(values('pls update my number to 372/641-9085', 'PHONE_NUMBER')).toEqual(['372/641-9085']);
    expect(values('holder cb 289/733-1204 (home)', 'PHONE_NUMBER')).toEqual(['289/733-1204']);
    expect(values('Thanks,\nDana Price\n917/555-2044', 'PHONE_NUMBER')).toEqual(['917/555-2044']);
    expect(values('-- K. Ruiz | 608/412-7730 | kruiz@example.com', 'PHONE_NUMBER')).toEqual(['608/412-7730']);
    expect(values('My son may speak for me (764/218-5530).', 'PHONE_NUMBER')).toEqual(['764/218-5530']);
  });

  it('does not read dates or fractions as phones', () => {
    expect(values('charged on 12/19/2025 and again 03/14-2026', 'PHONE_NUMBER')).toEqual([]);
    expect(values('ratio 3/4, page 12/345', 'PHONE_NUMBER')).toEqual([]);
  });
});

describe('call-transcript digits split by commas', () => {
  it('reads 3, 3, 4 as a phone only after a phone cue', () => {
    expect(values('Agent: best number to reach you?\nCaller: uh 318, 644, 2097', 'PHONE_NUMBER')).toEqual(['318, 644, 2097']);
    expect(values('Rep: how many did you order?\nCaller: 318, 644, 2097 across the three stores', 'PHONE_NUMBER')).toEqual([]);
  });

  it('reads an Amex read back in its printed groups with commas', () => {
    expect(values('Agent: Let me read that back. 3781, 747423, 27536.', 'CREDIT_CARD')).toEqual(['3781, 747423, 27536']);
  });
});

describe('phone in a signature block', () => {
  it('reads ten bare digits followed by an extension, even with an unassigned area code', () => {
    expect(values('Cell: 415 555 0132\nOffice: 3721958840 ext 12', 'PHONE_NUMBER')).toEqual(['415 555 0132', '3721958840']);
    expect(values('Work: 6429053317 x310', 'PHONE_NUMBER')).toEqual(['6429053317']);
  });
});

describe('ten bare digits with an unassigned area code where a phone is written', () => {
  it('reads them between the pipes of a signature, beside an e-mail, or alone in parentheses', () => {
    expect(values('-- Tove Lind | 3902098327 | tove.lind@example.com', 'PHONE_NUMBER')).toEqual(['3902098327']);
    expect(values('My son may speak for me (7779363109).', 'PHONE_NUMBER')).toEqual(['7779363109']);
  });

  it('leaves them alone after an order or reference', () => {
    expect(values('refund for order (7779363109) pending', 'PHONE_NUMBER')).toEqual([]);
    expect(values('ref 7779363109', 'PHONE_NUMBER')).toEqual([]);
  });
});

describe('case and order numbers near a phone cue survive', () => {
  it('keeps an eight-digit case number told on a phone call', () => {
    const text = 'My case number from the phone call is 40827716.';
    expect(untouched(text, '40827716')).toBe(true);
  });

  it('keeps an application number after a cell number on the line before', () => {
    const text = 'Customer: 614-555-0188, that is my cell.\nAgent: Thanks Maya. Application 50382194 is submitted.';
    expect(untouched(text, '50382194')).toBe(true);
    expect(values(text, 'PHONE_NUMBER')).toEqual(['614-555-0188']);
  });

  it('keeps a chargeback case after "cb"', () => {
    expect(untouched('cb 73920418 won, USD 41.20 re-presented', '73920418')).toBe(true);
  });

  it('keeps a call id in a QA line', () => {
    expect(untouched('QA REVIEW - call 73920418 - agent Pia - score 91%', '73920418')).toBe(true);
  });

  it('keeps ten-digit order numbers named as orders', () => {
    expect(untouched('zip:60614\nord#5820047713 qty:2 amt:$40.10', '5820047713')).toBe(true);
    expect(untouched('Phone: 312 555 0144\nOrder # (optional): 7391048825\nTopic: late fee', '7391048825')).toBe(true);
    expect(untouched('i have 2 orders, PO-21934 and 4418203395, neither came', '4418203395')).toBe(true);
    expect(untouched('where is my refund for 2608831145?? sent it back', '2608831145')).toBe(true);
  });

  it('keeps a grouped case number even when a phone cue follows it', () => {
    expect(untouched('I got case 123-456-7890 from the phone rep.', '123-456-7890')).toBe(true);
    expect(untouched('Please reference 8680-916-2231 when you call back.', '8680-916-2231')).toBe(true);
    expect(untouched('Case #: 12-345-6789\nPhone: 415-555-0132', '12-345-6789')).toBe(true);
  });

  it('keeps the answer to "do you have a case number?"', () => {
    const q = 'Agent: Do you have a case number?\nCustomer: yes ';
    expect(untouched(q + '5012345678', '5012345678')).toBe(true);
    expect(untouched(q + '412 555 0198', '412 555 0198')).toBe(true);
    expect(untouched(q + '512-33-8871', '512-33-8871')).toBe(true);
  });

  it('still reads a phone given to a question that asks for the case and a phone', () => {
    const text = 'Agent: What is the case number and a callback phone?\nCustomer: 4125550198';
    expect(values(text, 'PHONE_NUMBER')).toEqual(['4125550198']);
  });

  it('still reads an SSN asked for "on the application"', () => {
    const text = "Agent: what's the ssn on the application\nCustomer: 518-37-2046";
    expect(values(text, 'US_SSN')).toEqual(['518-37-2046']);
  });

  it('still reads a phone after "in case" on the line before', () => {
    const text = 'Agent: in case we get cut off\nCustomer: best number is 4125550198';
    expect(values(text, 'PHONE_NUMBER')).toEqual(['4125550198']);
  });

  it('keeps escalation numbers', () => {
    expect(untouched('Escalation 5012345678 created for the billing dispute', '5012345678')).toBe(true);
  });

  it('keeps an order number after "label for" or "ord", whatever cue came before', () => {
    const text = 'From: Orbit Mobile Support <care@orbit.example>\nSubject: return label for 5241336986';
    expect(untouched(text, '5241336986')).toBe(true);
    expect(untouched('found acct under maiden name. merged profiles, account locked. ord 5538627369 now visible.', '5538627369')).toBe(true);
  });

  it('keeps case and ticket codes', () => {
    for (const [text, value] of [
      ['Case 85055876 | Queue: Billing', '85055876'],
      ['see INC5901968 for details', 'INC5901968'],
      ['TICKET SR-940-9071 opened', 'SR-940-9071'],
      ['ref TKT-031576, pri P3', 'TKT-031576'],
      ['case number is REF 8680-9164.', '8680-9164'],
    ] as const) {
      expect(untouched(text, value), text).toBe(true);
    }
  });
});

describe('cards written with wide spaces or dots', () => {
  it('reads an Amex 4-6-5 with double spaces', () => {
    expect(values('The card number is 3781  747423  27536. Please reverse it.', 'CREDIT_CARD')).toEqual(['3781  747423  27536']);
    expect(values('Customer: 3456  410554  42474 04 / 26', 'CREDIT_CARD')).toEqual(['3456  410554  42474']);
  });

  it('reads a card typed against the next word, when named a card', () => {
    expect(values('card 4532 3163 2673 7334exp 09/27', 'CREDIT_CARD')).toEqual(['4532 3163 2673 7334']);
    expect(values('SKU 4532316326737334AB restocked', 'CREDIT_CARD')).toEqual([]);
  });

  it('reads a card typed against its cue', () => {
    expect(values('CC4532316326737334 exp 09/27', 'CREDIT_CARD')).toEqual(['4532316326737334']);
    expect(values('ABCC4532316326737334', 'CREDIT_CARD')).toEqual([]);
  });

  it('joins a card whose last group comes after "and the last four?"', () => {
    const text = 'Guest: my card 4532 3163 2673\n[10:02] Agent: and the last four?\n[10:02] Guest: 7334';
    expect(values(text, 'CREDIT_CARD')).toEqual(['4532 3163 2673', '7334']);
  });

  it('reads a card with asterisks between its groups', () => {
    expect(values('card: 4532*3163*2673*7334', 'CREDIT_CARD')).toEqual(['4532*3163*2673*7334']);
  });

  it('reads a Discover with dots', () => {
    expect(values('use 6011.8154.4854.7914 for the balance', 'CREDIT_CARD')).toEqual(['6011.8154.4854.7914']);
  });

  it('keeps a USPS tracking number whose middle passes Luhn', () => {
    const text = 'Subject: return label for 9400 6576 5233 9297 7379 01';
    expect(values(text, 'CREDIT_CARD')).toEqual([]);
  });

  it('keeps a tracking number whole even after a company name with "Mobile" in it', () => {
    const text = 'From: Orbit Mobile Care <care@orbit.example>\nSubject: label for 9400 6576 5233 9297 7379 01';
    expect(untouched(text, '9400 6576 5233 9297 7379 01')).toBe(true);
  });

  it('keeps an Amazon-style order number that passes Luhn', () => {
    const text = 'I see both. 166-7728803-8206248 (4 lines) was left at the front desk.';
    expect(untouched(text, '166-7728803-8206248')).toBe(true);
  });
});

describe('IBANs whose national check digit fails', () => {
  it('reads them after an IBAN cue, compact, grouped or lower case', () => {
    expect(values('IBAN ES7658976484785085093199\nBIC: CAIXESBB', 'IBAN')).toEqual(['ES7658976484785085093199']);
    expect(values('IBAN: FR91 5809 3818 4713 6167 5607 094', 'IBAN')).toEqual(['FR91 5809 3818 4713 6167 5607 094']);
    expect(values('IBAN: es46 5588 5760 7658 5131 0582', 'IBAN')).toEqual(['es46 5588 5760 7658 5131 0582']);
    expect(values('IBAN be14 9966 7424 0337 please', 'IBAN')).toEqual(['be14 9966 7424 0337']);
  });

  it('still needs mod-97: a near miss is not an IBAN', () => {
    expect(values('IBAN ES7658976484785085093198', 'IBAN')).toEqual([]);
  });
});

describe('bank accounts after DDA and in two-value answers', () => {
  it('reads DDA as an account cue', () => {
    expect(values('RTN 021000021, DDA 5820114 per cx', 'BANK_ACCOUNT')).toEqual(['5820114']);
  });

  it('keeps a date written after an account cue', () => {
    expect(untouched('Reason: account locked.\n\nUPDATE 2026-02-11: called back', '2026-02-11')).toBe(true);
    expect(untouched('checking account review on 02-11-2026 at noon', '02-11-2026')).toBe(true);
  });

  it('leaves a phone written 3-3-4 in a signature to the phone, after bank fields', () => {
    const text = 'ABA: 021000021\nAcct: 5820114771\nType: checking\n\nThanks\nRuth Okafor\n614-302-7781';
    expect(masked(text)).toContain('PHONE_NUMBER 614-302-7781');
  });

  it('reads an account named right after it', () => {
    const text = 'Customer: 021000021 is routing and 58220114 is the account';
    expect(masked(text)).toEqual(['ROUTING_NUMBER 021000021', 'BANK_ACCOUNT 58220114']);
  });

  it('reads the account given on the line after the routing number', () => {
    const text = 'Agent: Please share the routing and account number.\nCustomer: 021000021\nCustomer: 4402918835\nAgent: Thanks.';
    expect(masked(text)).toEqual(['ROUTING_NUMBER 021000021', 'BANK_ACCOUNT 4402918835']);
  });
});

describe('a phone named after "account"', () => {
  it('reads "account phone" as a phone cue', () => {
    expect(values('born 2 Jun 1974, account phone (712) 604-3318, billing address as before', 'PHONE_NUMBER')).toEqual(['(712) 604-3318']);
  });
});

describe('ZIP codes answered after a date of birth, or after a PO box', () => {
  it('reads a ZIP answered after the asker went on with a remark', () => {
    const text = '[8:09] Agent: Can you confirm the ZIP code for the account?\n[8:09] Agent: One moment while I pull up your profile.\n[8:10] Customer: 30318';
    expect(values(text, 'POSTAL_CODE')).toEqual(['30318']);
  });

  it('reads a ZIP given after the DOB the same question asked for', () => {
    const q = 'Agent: Can you confirm your date of birth and the ZIP on the account?\n';
    expect(values(q + 'Customer: March 3rd 1962 and 60614', 'POSTAL_CODE')).toEqual(['60614']);
    expect(values(q + 'Customer: 07/22/1958 and 30318\nAgent: Thanks', 'POSTAL_CODE')).toEqual(['30318']);
    expect(values(q + 'Customer: AUG 9 1980\n97205\nAgent: Thanks', 'POSTAL_CODE')).toEqual(['97205']);
  });

  it('does not read an amount or count answered to another question as a ZIP', () => {
    const text = 'Agent: How many devices and what total?\nCustomer: 3 and 12500';
    expect(values(text, 'POSTAL_CODE')).toEqual([]);
  });

  it('does not read a store number as a ZIP after "four business days ... sq"', () => {
    const text = 'agent: did you shop at any of these in the last four business days fenwick mattress sq or none\ncaller: corner gas 58213 i think';
    expect(values(text, 'POSTAL_CODE')).toEqual([]);
  });

  it('reads a ZIP right after a PO box', () => {
    expect(values('service address P.O. Box 4410 60614. Send the label there.', 'POSTAL_CODE')).toEqual(['60614']);
    expect(values('mail to PO Box 22 97205', 'POSTAL_CODE')).toEqual(['97205']);
  });
});

describe('nothing here masks the amounts, dates and times around the values', () => {
  it('keeps a store number and an amount in cents before a currency', () => {
    expect(masked('- 3/9/2026 Corner Gas 58213 412.55 USD DENIED')).toEqual([]);
  });

  it('leaves a busy ticket line alone apart from its personal data', () => {
    const text = 'Refund $938.89 via ACH on 04/11 at 3:15 PM, order 7730215, 2 items';
    expect(masked(text)).toEqual([]);
  });
});
