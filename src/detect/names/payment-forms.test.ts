import { describe, expect, it } from 'vitest';
import { expectNames, foundNames as names } from '../../../test/support/person-names.js';

/**
 * Forms of names in payment and identity-check conversations. Sentences are our own (new names,
 * numbers and wording), with the merchants, brands and amounts around them that must survive.
 */

describe('a table whose first column holds people', () => {
  it('rows under a "cardholder" header', () => {
    const text =
      'Disputed items\ncardholder | card | exp | amount\nMarisol Okonkwo | 4000 1234 5678 9010 | 04/29 | $88.10\nTeodor Lindgren | 5500-0000-1111-2222 | 11/30 | USD 1,204.00\n';
    expectNames(text, ['Marisol Okonkwo', 'Teodor Lindgren'], ['USD']);
  });

  it('names made of everyday words under a "card holder" header', () => {
    const text = 'card holder | card no | auth\nJoy Baker | 6011 0009 9013 9424 | 551203\nMay Fields | 3782 822463 10005 | 118840\n';
    expectNames(text, ['Joy Baker', 'May Fields']);
  });

  it('a people table straight after another table', () => {
    const text = 'case | 55120 | reason | lost card\ncardholder | card | exp\nHope Calder | 4000 0566 5566 5556 | 09/28\n';
    expectNames(text, ['Hope Calder'], ['lost card']);
  });

  it('rows under a "Customer Name" header', () => {
    const text = 'Customer Name | Ref | Balance\nPriyanka Desai | 77812 | 310.45\n';
    expectNames(text, ['Priyanka Desai']);
  });

  it('a markdown table with a rule under the header', () => {
    const text = '| Account Holder | Last 4 |\n|---|---|\n| Ivo Kranjc | 4417 |\n';
    expectNames(text, ['Ivo Kranjc'], ['Account', 'Holder']);
  });

  it('merchants under a "Merchant" header and the header row itself stay', () => {
    const text = 'Merchant | Date | Amount\nGolden Harvest | 03/14 | $42.17\nBlue Heron Outfitters | Friday | 19.99 USD\n';
    expectNames(text, [], ['Golden', 'Harvest', 'Blue Heron', 'Merchant']);
  });

  it('a merchant row after a blank line does not inherit a name header', () => {
    const text = 'cardholder | card\nLena Vasquez | 4111 1111 1111 1111\n\nMerchant | Amount\nSilver Maple | $12.00\n';
    expectNames(text, ['Lena Vasquez'], ['Silver', 'Maple']);
  });
});

describe('"it\'s" introducing the speaker after another sentence', () => {
  it('a new sentence after an explanation', () => {
    expectNames('Customer: The menu kept hanging up on me, so I waited for a person. It\'s Dalia Ferrante.\nAgent: Thanks.', ['Dalia Ferrante']);
  });

  it('two words closing an ASR turn', () => {
    expectNames('caller: i kept pressing pound and nothing happened it\'s rose kaczmarek\nagent: okay let me look', ['rose kaczmarek']);
  });

  it('amounts, merchants and states after "it\'s" stay', () => {
    const text =
      'Customer: I checked the receipt. It\'s forty dollars.\ncaller: the charge is from a store it\'s home depot\ncaller: okay it\'s forty dollars\nAgent: Let me see. It\'s Costco Wholesale.\ncaller: i looked it up it\'s already paid\n';
    expectNames(text, [], ['forty', 'home', 'depot', 'Costco', 'Wholesale', 'already', 'paid']);
  });
});

describe('a chat turn opening on the writer\'s full name', () => {
  it('after role labels, before a comma, a full stop or "here"', () => {
    const text =
      'You are now chatting with an agent.\n[09:02] Guest: Hope Marchetti, paying by Discover today.\n[09:03] You: Tobias Engel. My card was declined twice.\n[09:04] Guest: yeah Rose Adeyemi here, about a late fee\n';
    expectNames(text, ['Hope Marchetti', 'Tobias Engel', 'Rose Adeyemi']);
  });

  it('merchants, brands and greetings opening a turn stay', () => {
    const text =
      '[10:11] Guest: Jackson Hewitt, the tax place, charged me twice.\n[10:12] Agent: Thank You, one moment.\n[10:13] Guest: Harris Teeter. It was $54.20.\n[10:14] Guest: Apple Music, renews monthly.\n[10:15] Guest: Golden Corral, forty dollars.\n[10:16] Customer: Good Morning, I need help.\n';
    expectNames(text, [], ['Jackson', 'Hewitt', 'Thank', 'Harris', 'Teeter', 'Apple', 'Music', 'Golden', 'Corral', 'Good', 'Morning']);
  });
});

describe('a ticket line naming its case type, then the cardholder', () => {
  it('"Lost/stolen - Name", "Card replacement - Name"', () => {
    const text = 'Lost/stolen - Marcus Lindholm\nVerified via DOB.\n\nCard replacement - Yolanda Pierce\n';
    expectNames(text, ['Marcus Lindholm', 'Yolanda Pierce']);
  });

  it('a merchant or a state after a case type stays', () => {
    const text = 'Dispute - Golden Corral\nRefund - Harbor Freight\nLost/stolen - Pending Review\n';
    expectNames(text, [], ['Golden', 'Corral', 'Harbor', 'Freight', 'Pending', 'Review']);
  });
});

describe('a name that is also a month signing under a sign-off', () => {
  it('"Sincerely,\\nApril" signs the message; a day alone does not', () => {
    expectNames('Please confirm the refund of $40.00.\n\nSincerely,\nApril', ['April']);
    expectNames('I can come in on the 3rd.\n\nThanks,\nMonday', [], ['Monday']);
  });
});
