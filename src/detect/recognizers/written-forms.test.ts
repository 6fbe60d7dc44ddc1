/**
 * Written forms of card, bank and phone values seen leaking on text the detector was not tuned on:
 * values typed in two messages around a listener's prompt, abbreviations as cues, corrections, the
 * card's code and expiry asked and given in their many wordings. Example sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { detect, type EntityType } from '../index.js';

function values(text: string, type: EntityType): string[] {
  return detect(text, { types: [type] }).map((s) => text.slice(s.start, s.end));
}

/** What detect() with every type keeps of one type (a card's own digits go to the card). */
function kept(text: string, type: EntityType): string[] {
  return detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
}

describe('a value typed in two messages with a prompt between', () => {
  it('joins a card whose pieces are split by "Yes?"', () => {
    const text = 'Agent: Which card should I charge?\nMaria: the other one, 4012 8888\nAgent: Yes?\nMaria: 8888 1881, exp 02/29';
    expect(values(text, 'CREDIT_CARD')).toEqual(['4012 8888', '8888 1881']);
  });

  it('joins a routing number split by "and the rest?"', () => {
    const text = 'Rep: Where should the refund go?\nCaller: routing 0210\nRep: Okay, and the rest?\nCaller: 00021, account 77120934';
    expect(values(text, 'ROUTING_NUMBER')).toEqual(['0210', '00021']);
  });

  it('joins an account number whose second piece opens with "and then"', () => {
    const text = 'AGENT: What is the checking account number?\nCLIENT: 4471\nAGENT: Go on?\nCLIENT: and then 90236';
    expect(values(text, 'BANK_ACCOUNT')).toEqual(['4471', '90236']);
  });

  it('joins a phone number sent as an area code in parentheses, then the rest', () => {
    const text = 'Agent: Best callback number?\nTom: (617)\nAgent: got it, the rest?\nTom: then 555-0199.';
    expect(values(text, 'PHONE_NUMBER')).toEqual(['(617)', '555-0199']);
  });

  it('joins an international number split after its country code', () => {
    const text = 'Agent: Where can we reach you while abroad?\nLena: +4930\nAgent: mhm\nLena: 901820';
    expect(values(text, 'PHONE_NUMBER')).toEqual(['+4930', '901820']);
  });

  it('joins a number whose first piece opens with a country code without its plus', () => {
    const text = 'rep: which phone do you want on file\ncaller: 33 6\nrep: mhm\ncaller: 12 34 56 78';
    expect(values(text, 'PHONE_NUMBER')).toEqual(['33 6', '12 34 56 78']);
  });

  it('does not join two unrelated numbers around a real question', () => {
    const text = 'Agent: How many items?\nCustomer: 3\nAgent: And the order total?\nCustomer: 4521';
    expect(values(text, 'PHONE_NUMBER')).toEqual([]);
    expect(values(text, 'BANK_ACCOUNT')).toEqual([]);
  });
});

describe('abbreviations as cues', () => {
  it('reads "rtg" as a routing number and "chk"/"sav" as accounts', () => {
    expect(values('payout moved to sav 5531902278 (rtg 011000015) per cust', 'ROUTING_NUMBER')).toEqual(['011000015']);
    expect(values('payout moved to sav 5531902278 (rtg 011000015) per cust', 'BANK_ACCOUNT')).toEqual(['5531902278']);
    expect(values('chk 88120455 confirmed by caller', 'BANK_ACCOUNT')).toEqual(['88120455']);
  });
});

describe('an account named by the one it corrects', () => {
  it('masks the number a transfer "should have been" sent to', () => {
    const text = 'Customer: It went to account 20418855. It should have been 20418585.';
    expect(values(text, 'BANK_ACCOUNT')).toEqual(['20418855', '20418585']);
  });

  it('masks a dashed correction', () => {
    const text = 'Caller: account 7712-40-9981, sorry, I meant 7712-49-0981';
    expect(values(text, 'BANK_ACCOUNT')).toEqual(['7712-40-9981', '7712-49-0981']);
  });

  it('leaves a correction of an order number alone', () => {
    expect(values('order 55120943 was wrong, it should have been 55120934', 'BANK_ACCOUNT')).toEqual([]);
  });
});

describe('dates that are no expiry', () => {
  it('keeps a debit or draft date', () => {
    expect(values('Autopay set up; first debit 3/14 for $88.10.', 'CARD_EXPIRY')).toEqual([]);
    expect(values('card on file, first draft 11/02', 'CARD_EXPIRY')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('finds a number given for "the phone on the account"', () => {
    const text = 'Agent: which phone number is on the account?\nCaller: 312 555 0147';
    expect(values(text, 'PHONE_NUMBER')).toEqual(['312 555 0147']);
  });

  it('finds an international number written without its plus', () => {
    const text = 'Agent: what mobile should we text?\nCaller: 49 151 2345 6789';
    expect(values(text, 'PHONE_NUMBER')).toEqual(['49 151 2345 6789']);
  });

  it('finds a number dialled with the US exit code 011', () => {
    expect(values('Regards, Ana | 011 44 20 7946 0321', 'PHONE_NUMBER')).toEqual(['011 44 20 7946 0321']);
  });
});

describe('the card security code', () => {
  it.each([
    ['sec code 418 on file', '418'],
    ['CVV2 552 given verbally', '552'],
    ['cv2 913', '913'],
    ['verification value 207', '207'],
    ['the last three on the signature panel are 661', '661'],
    ['the number on the back is 384', '384'],
    ['Amex, four digits on the front: 7731', '7731'],
    ['my CCV is 540', '540'],
    ['the security digits are 218', '218'],
  ])('finds the code in %j', (text, code) => {
    expect(values(text, 'CARD_CVV')).toEqual([code]);
  });

  it('finds a bare "code" asked for after the expiry', () => {
    const text = 'Agent: expiry on that card?\nJo: 06/28\nAgent: and the code?\nJo: 5092';
    expect(values(text, 'CARD_CVV')).toEqual(['5092']);
  });

  it('finds the code after an expiry and the listener\'s "ok"', () => {
    const text = 'Sam: exp 10/30\nSupport: ok\nSam: 275';
    expect(values(text, 'CARD_CVV')).toEqual(['275']);
  });

  it('finds "and the code is" after the expiry in one sentence', () => {
    expect(values('it expires 02/28 and the code is 940', 'CARD_CVV')).toEqual(['940']);
  });

  it('finds the code after an expiry when both were asked for together', () => {
    const text = 'Agent: expiry and CVC, please?\nDee: 04/30 and 218';
    expect(values(text, 'CARD_CVV')).toEqual(['218']);
  });

  it('reads a card, expiry and code separated by pipes', () => {
    const text = 'pmt: 5105105105105100 | 07/29 | 604';
    expect(values(text, 'CARD_EXPIRY')).toEqual(['07/29']);
    expect(values(text, 'CARD_CVV')).toEqual(['604']);
  });

  it('reads "sec" or "security" after an expiry as the code', () => {
    expect(kept('pmt card 5105 1051 0510 5100 (exp 3/30, sec 627)', 'CARD_CVV')).toEqual(['627']);
    expect(kept('Card: 5105105105105100, expiry 03/2030, security 5810', 'CARD_CVV')).toEqual(['5810']);
  });

  it('finds the code said in one run after the expiry it was asked with', () => {
    const text = 'Agent: expiry and CVV?\nRay: 11 29 804';
    expect(values(text, 'CARD_EXPIRY')).toEqual(['11 29']);
    expect(values(text, 'CARD_CVV')).toEqual(['804']);
  });

  it('does not take a masked card\'s last four for its code', () => {
    expect(values('card ****5100 exp/cvv on file', 'CARD_CVV')).toEqual([]);
  });

  it('finds the code said a turn after it was asked for, nothing numeric between', () => {
    const text = 'Agent: Could you read me the security code from the back of the card?\nLuz: Sure, just a moment, my purse is in the other room.\nLuz: Okay here, 306.';
    expect(values(text, 'CARD_CVV')).toEqual(['306']);
    const other = 'Agent: Could you read me the CVV?\nLuz: I do not have the card. My order was 306 dollars, not 400.';
    expect(values(other, 'CARD_CVV')).toEqual([]);
  });

  it('leaves other codes alone', () => {
    expect(values('Visa ending 1881 updated. Promo code 4410 applied.', 'CARD_CVV')).toEqual([]);
    expect(values('Your verification code is 7730; it expires in 5 minutes.', 'CARD_CVV')).toEqual([]);
    expect(values('The card was declined, error code 059.', 'CARD_CVV')).toEqual([]);
    expect(values('Agent: the code on the gift card?\nCaller: 8812', 'CARD_CVV')).toEqual([]);
  });
});

describe('the card expiry', () => {
  it('finds an expiry given for "the expiration date on the card"', () => {
    const text = 'Agent: The expiration date on the card, please.\nBo: 08/30';
    expect(values(text, 'CARD_EXPIRY')).toEqual(['08/30']);
  });

  it('finds the expiry given a turn after it was asked for', () => {
    const text = 'Agent: And the expiration date, please?\nNed: Hold on, I am looking for it.\nNed: Right, it says 05/31';
    expect(values(text, 'CARD_EXPIRY')).toEqual(['05/31']);
    const charged = 'Agent: When does the card expire?\nNed: No idea, but I was charged on 5/21 for it.';
    expect(values(charged, 'CARD_EXPIRY')).toEqual([]);
  });

  it('finds "valid till"', () => {
    expect(values('card valid till 04/29', 'CARD_EXPIRY')).toEqual(['04/29']);
  });

  it('finds a month/year named as an expiry by the code after it', () => {
    expect(values('Pat: 11/29. CVV 330.', 'CARD_EXPIRY')).toEqual(['11/29']);
  });

  it('finds a month and year given in words or labelled', () => {
    expect(values('expiration month 04, year 31', 'CARD_EXPIRY')).toEqual(['04, year 31']);
    expect(values('the card expires 08 of 29', 'CARD_EXPIRY')).toEqual(['08 of 29']);
    expect(values('Agent: expiration month and year?\nKim: 02 and 30', 'CARD_EXPIRY')).toEqual(['02 and 30']);
    expect(values('expiry date is 2030-06', 'CARD_EXPIRY')).toEqual(['2030-06']);
  });

  it('leaves counts after an unrelated expiry word alone', () => {
    expect(values('My card expired, so I bought 4 and 25 more in store', 'CARD_EXPIRY')).toEqual([]);
  });
});
