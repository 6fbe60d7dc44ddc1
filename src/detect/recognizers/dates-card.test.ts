/**
 * A card's expiry and code in the forms seen leaking on corpora the detector was not tuned on ("xp"
 * as a cue, the cue glued to the value, an Amex number spaced twice, "sec:" for the code), and the
 * day-of-the-month dates that must not be taken for an expiry. Example sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { detect, type EntityType } from '../index.js';

function kept(text: string, type: EntityType): string[] {
  return detect(text)
    .filter((s) => s.type === type)
    .map((s) => text.slice(s.start, s.end));
}

describe('the expiry after "xp"', () => {
  it('reads MM.YY and MMYY', () => {
    expect(kept('Card: 4111 1111 1111 1111 xp 11.29\nIssue: late fee', 'CARD_EXPIRY')).toEqual(['11.29']);
    expect(kept('Card: 371449635398431 xp 1028\nIssue: outage', 'CARD_EXPIRY')).toEqual(['1028']);
  });
});

describe('a cue glued to its value', () => {
  it('reads "exp0431" and "cvv882"', () => {
    const text = 'pmt for Diaz/Ana - cc#5500.0055.5555.5559 exp0431 cvv882\nauth code X1';
    expect(kept(text, 'CARD_EXPIRY')).toEqual(['0431']);
    expect(kept(text, 'CARD_CVV')).toEqual(['882']);
  });

  it('reads a month name glued to the cue', () => {
    const text = 'pmt for Diaz/Ana - cc#4012888888881881 expDecember 2029 cvv1234';
    expect(kept(text, 'CARD_EXPIRY')).toEqual(['December 2029']);
    expect(kept(text, 'CARD_CVV')).toEqual(['1234']);
    expect(kept('cc#4012888888881881 expOct \'30 cvv 661', 'CARD_EXPIRY')).toEqual(["Oct '30"]);
  });

  it('reads a month name glued to a two-digit year after a card, and the code after it', () => {
    const text = 'please charge $80.10 to 4012-8888-8888-1881 AUG29 614 thanks';
    expect(kept(text, 'CARD_EXPIRY')).toEqual(['AUG29']);
    expect(kept(text, 'CARD_CVV')).toEqual(['614']);
    expect(kept('use 4012 8888 8888 1881 exp FEB30 code 117 for it', 'CARD_CVV')).toEqual(['117']);
  });
});

describe('the expiry after an Amex number spaced twice', () => {
  it('reads "MM / YY" after the number', () => {
    expect(kept('Customer: 3714  496353  98431 11 / 28', 'CARD_EXPIRY')).toEqual(['11 / 28']);
  });

  it('reads MMYY after the number', () => {
    expect(kept('Visitor: 3714  496353  98431 1128\nYou: thanks', 'CARD_EXPIRY')).toEqual(['1128']);
  });

  it('reads MM.YY between a card in fours and the code', () => {
    const text = 'pls charge $15.10 to 4012 8888 8888 1881 07.31 627 thx';
    expect(kept(text, 'CARD_EXPIRY')).toEqual(['07.31']);
    expect(kept(text, 'CARD_CVV')).toEqual(['627']);
  });
});

describe('an expiry with a dash and a four-digit year', () => {
  it('reads "valid thru 08-2030" with the code named after', () => {
    const text = 'Compromised: 4012888888881881 valid thru 07-2031 3 digit code 402\nNext: reissue';
    expect(kept(text, 'CARD_EXPIRY')).toEqual(['07-2031']);
    expect(kept(text, 'CARD_CVV')).toEqual(['402']);
  });
});

describe('the code after "sec:" and after a year-first expiry', () => {
  it('reads "CVV-551" and "security #: 551"', () => {
    expect(kept('card on file, CVV-551', 'CARD_CVV')).toEqual(['551']);
    expect(kept('card 4012888888881881 security #: 551', 'CARD_CVV')).toEqual(['551']);
  });

  it('reads "sec:447" and "sec: 447"', () => {
    expect(kept('for ROSS, ED - 4012888888881881 (04/30) sec:447\nauth code', 'CARD_CVV')).toEqual(['447']);
    expect(kept("for ROSS, ED - 4012888888881881 (Jun '29) sec: 5512", 'CARD_CVV')).toEqual(['5512']);
  });

  it('reads the code after "2029-04"', () => {
    expect(kept('pls charge $12 to 4012-8888-8888-1881 2029-04 338 thx', 'CARD_CVV')).toEqual(['338']);
  });
});

describe('the expiry named by the code that follows it', () => {
  it('reads a month/year answered just before the code', () => {
    expect(kept('Mei: 10/28 and 455 is the code on back', 'CARD_EXPIRY')).toEqual(['10/28']);
    expect(kept('Customer: Nov 2032 and 718 is the code on the back', 'CARD_EXPIRY')).toEqual(['Nov 2032']);
  });

  it('reads a month/year said right before the code is asked for', () => {
    const text = "[00:11] Speaker 2: It's March of twenty thirty one.\n[00:22] Speaker 1: And the security code?\n[00:25] Speaker 2: 218";
    expect(kept(text, 'CARD_EXPIRY').join(' ')).toContain('March of twenty thirty one');
  });
});

describe('card, expiry and code joined by slashes', () => {
  it('reads the month/year and the code between slashes', () => {
    const text = 'pmt $40 for DOE, JO - 4012 8888-8888 1881/03/29/552\nauth code Q1';
    expect(kept(text, 'CARD_EXPIRY')).toEqual(['03/29']);
    expect(kept(text, 'CARD_CVV')).toEqual(['552']);
  });

  it('reads them after an Amex number spaced twice', () => {
    expect(kept('pmt $9 for LEE - 3714  496353  98431/04 / 31/9120\nauth', 'CARD_EXPIRY')).toEqual(['04 / 31']);
  });

  it('reads a four-digit year between slashes too', () => {
    expect(kept('pmt $9 for LEE - 4012888888881881/10/2031/118\nauth', 'CARD_EXPIRY')).toEqual(['10/2031']);
  });
});

describe('an expiry named by a code asked for with its digits', () => {
  it('reads "november twenty seven" before "the three digit security code"', () => {
    const text = 'customer: um march twenty nine\nagent: and the three digit security code on the back\ncustomer: four one one';
    expect(kept(text, 'CARD_EXPIRY').join(' ')).toContain('march twenty nine');
  });
});

describe('more ways of writing the expiry', () => {
  it('reads "mo ... yr", "valid to" and a cue with a dash', () => {
    expect(kept('exp mo 11 yr 30 on the visa', 'CARD_EXPIRY')).toEqual(['11 yr 30']);
    expect(kept('visa valid to 10/31', 'CARD_EXPIRY')).toEqual(['10/31']);
    expect(kept('card exp-12/30 thanks', 'CARD_EXPIRY')).toEqual(['12/30']);
  });

  it('reads the expiry answered to a question for the expiry and the code', () => {
    const text = 'Agent: and the expiration date and security code\nCustomer: 10/31, 448';
    expect(kept(text, 'CARD_EXPIRY')).toEqual(['10/31']);
    expect(kept(text, 'CARD_CVV')).toEqual(['448']);
  });

  it('reads a month/year the code is named right after, whatever its own label', () => {
    expect(kept('pmt for KIM - CC:4012 8888-8888 1881 X:07.31 CVC:219', 'CARD_EXPIRY')).toEqual(['07.31']);
  });

  it('reads the code after an expiry in parentheses', () => {
    expect(kept('card 4012-8888-8888-1881 (11/30, 629)', 'CARD_CVV')).toEqual(['629']);
  });
});

describe('payment forms: card, expiry and code in one line, the new card read out', () => {
  it('reads expiry and code after a card spaced twice, with dashes or pipes between', () => {
    const dashed = '4012  8888  8888  1881 - 11 29 - 604';
    expect(kept(dashed, 'CARD_EXPIRY')).toEqual(['11 29']);
    expect(kept(dashed, 'CARD_CVV')).toEqual(['604']);
    const piped = 'cc 4012  8888  8888  1881|Mar 30|271';
    expect(kept(piped, 'CARD_EXPIRY')).toEqual(['Mar 30']);
    expect(kept(piped, 'CARD_CVV')).toEqual(['271']);
  });

  it('reads "it runs out" and the code "for the security thing"', () => {
    const text = 'Caller: number is 4012 8888 8888 1881, it runs out 10/30, 517 for the security thing.';
    expect(kept(text, 'CARD_EXPIRY')).toEqual(['10/30']);
    expect(kept(text, 'CARD_CVV')).toEqual(['517']);
  });

  it('reads the expiry of the new card', () => {
    expect(kept('Customer: Yes, the new one says 03 / 31.', 'CARD_EXPIRY')).toEqual(['03 / 31']);
    expect(kept('Customer: Yes, the new one says eleven of thirty one.', 'CARD_EXPIRY').join(' ')).toContain('eleven of thirty one');
  });

  it('reads a "valid thru" date asked for as printed on the front', () => {
    const text = 'Agent: Valid thru date on the front?\nCustomer: Aug/31 I think';
    expect(kept(text, 'CARD_EXPIRY')).toEqual(['Aug/31']);
  });

  it('reads the code the agent read back "as the code", and an Amex code printed on the front', () => {
    expect(kept('Rep: I see 4012 8888 8888 1881, good thru 3-2030, and you gave 882 as the code.', 'CARD_CVV')).toEqual(['882']);
    const amex = 'Agent: And the four digits printed on the front, not the back.\nCustomer: 6120';
    expect(kept(amex, 'CARD_CVV')).toEqual(['6120']);
  });

  it('reads a DOB given with the last four of the social', () => {
    const text = 'Agent: can you confirm your date of birth and the last four of your social?\nCustomer: Sure, 2/8/71. Last four 5521.';
    expect(detect(text).filter((s) => s.type === 'DATE_OF_BIRTH').map((s) => text.slice(s.start, s.end))).toEqual(['2/8/71']);
  });
});

describe('days of the month that are no expiry', () => {
  it('leaves a date after a weekday, "by" or "re-run" alone', () => {
    expect(kept('Acme credit pull re-run 02/26 at 2pm.', 'CARD_EXPIRY')).toEqual([]);
    expect(kept('You will see a provisional credit by Tue 08/14. Your new card will be mailed.', 'CARD_EXPIRY')).toEqual([]);
    expect(kept('You will see a provisional credit by 2/21. Your new card will be mailed.', 'CARD_EXPIRY')).toEqual([]);
  });

  it('leaves a day whose year no card can run to alone, even after "card"', () => {
    expect(kept('the last time I used my card was at Target 03/08', 'CARD_EXPIRY')).toEqual([]);
  });

  it('leaves the date column of a transaction table alone', () => {
    const text = 'I still have the card.\n\nDate | Merchant | Amount\n10/28 | Corner Deli | $24.10\n';
    expect(kept(text, 'CARD_EXPIRY')).toEqual([]);
  });

  it('never takes a time of day for the code', () => {
    const text = 'agent: the fare is forty dollars per person departing at 1210 okay the long number on the front of the card';
    expect(kept(text, 'CARD_CVV')).toEqual([]);
  });

  it('leaves a date with a clock time, or a header date, alone', () => {
    expect(kept('From: Acme Card Services\nDate: 3/14, 10:12am\nTo: me', 'CARD_EXPIRY')).toEqual([]);
    expect(kept('Acme Card Services policy read.\n\nUPDATE 02/27:\nnote added', 'CARD_EXPIRY')).toEqual([]);
  });

  it('leaves the next draft date alone after the expiry was given', () => {
    const text = 'AGENT: And the expiration?\nCALLER: oh nine twenty eight.\nAGENT: Updated. Next draft Thursday 3/12 for $61.';
    expect(kept(text, 'CARD_EXPIRY').join(' ')).not.toContain('3/12');
  });

  it('never takes the year of a full date, or a year a customer joined, for a code', () => {
    expect(kept('Her card has a fraud alert from Target ($512, 12/19/2025). Her SSN is 593-94-9334.', 'CARD_CVV')).toEqual([]);
    const text = 'Agent: expiration and security code?\nAgent: I see you have been with us since 2019, thank you.\nCustomer: 04/31 and 308 is the code on back';
    expect(kept(text, 'CARD_CVV')).toEqual(['308']);
  });

  it('reads the code asked for before a year said in passing', () => {
    const text = 'Agent: expiration and security code?\nAgent: I see you have been with us since 2018, thank you.\nCustomer: 1129 604';
    expect(kept(text, 'CARD_CVV')).toEqual(['604']);
  });

  it('never takes a confirmation number for the code asked for before', () => {
    const text = 'agent: and the security code on the back\ncaller: two one nine\nagent: okay you are all set your confirmation is 406 3381';
    expect(kept(text, 'CARD_CVV').join(' ')).not.toContain('406');
  });
});
