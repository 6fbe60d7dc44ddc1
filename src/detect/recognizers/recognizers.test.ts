import { describe, expect, it } from 'vitest';
import { detect, ENTITY_TYPES, type DetectOptions, type EntityType } from '../index.js';

/** Every type but PERSON (names are another recognizer family with its own tests). */
const WRITTEN: EntityType[] = ENTITY_TYPES.filter((t) => t !== 'PERSON');

function found(text: string, options: DetectOptions = {}): [EntityType, string][] {
  return detect(text, { types: WRITTEN, ...options }).map((s) => [s.type, text.slice(s.start, s.end)]);
}

function values(text: string, type: EntityType): string[] {
  return found(text, { types: [type] }).map(([, v]) => v);
}

describe('CardNumberRecognizer', () => {
  it.each([
    ['4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['card 4111-1111-1111-1111 please', '4111-1111-1111-1111'],
    ['visa 4111111111111111.', '4111111111111111'],
    ['amex 3782 822463 10005', '3782 822463 10005'],
    ['diners 3056 930902 5904', '3056 930902 5904'],
    ['mc 2221 0000 0000 0009', '2221 0000 0000 0009'],
  ])('finds %s', (text, value) => {
    expect(values(text, 'CREDIT_CARD')).toEqual([value]);
  });

  it('reports the Luhn checksum and the card cue as evidence, offsets exact', () => {
    const text = 'my card number is 4111 1111 1111 1111 thanks';
    const [span] = detect(text, { types: ['CREDIT_CARD'] });
    expect(span).toMatchObject({ type: 'CREDIT_CARD', start: 18, end: 37, recognizer: 'CardNumberRecognizer' });
    expect(span!.evidence.checksum).toBe('luhn');
    expect(span!.evidence.context).toBe('card');
  });

  it('rejects numbers failing Luhn and 13-digit numbers starting with 1', () => {
    expect(values('card 4111 1111 1111 1112', 'CREDIT_CARD')).toEqual([]);
    expect(values('1748503543012', 'CREDIT_CARD')).toEqual([]);
  });

  it('separates the card from an expiry and CVV read in the same breath', () => {
    expect(found('card 4111 1111 1111 1111 exp 09/27 cvv 123')).toEqual([
      ['CREDIT_CARD', '4111 1111 1111 1111'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '123'],
    ]);
  });
});

describe('CardExpiryRecognizer', () => {
  it.each([
    ['exp 09/27', '09/27'],
    ['expires 9/27', '9/27'],
    ['valid thru 09/2027', '09/2027'],
    ['exp 0927', '0927'],
    ['it expires 09 27', '09 27'],
    ['expiration date is september 2027', 'september 2027'],
    ['card 4111 1111 1111 1111 09/27', '09/27'],
  ])('finds %s', (text, value) => {
    expect(values(text, 'CARD_EXPIRY')).toEqual([value]);
  });

  it('needs a cue for unslashed forms', () => {
    expect(values('we have 0927 units', 'CARD_EXPIRY')).toEqual([]);
    expect(values('room 09 27', 'CARD_EXPIRY')).toEqual([]);
  });

  it('leaves transaction dates alone', () => {
    expect(values('the charge on 9/27 was wrong', 'CARD_EXPIRY')).toEqual([]);
    expect(values('re card not received $38.24 Safeway 9/15.', 'CARD_EXPIRY')).toEqual([]);
    expect(values('Autopay is set for 12/26, for $675.92.', 'CARD_EXPIRY')).toEqual([]);
    expect(values('on 03/05/2024 I paid', 'CARD_EXPIRY')).toEqual([]);
  });
});

describe('CardVerificationRecognizer', () => {
  it.each([
    ['cvv 123', '123'],
    ['the security code is 4567', '4567'],
    ['the three digits on the back are 321', '321'],
    ['CVC: 999', '999'],
  ])('finds %s', (text, value) => {
    expect(values(text, 'CARD_CVV')).toEqual([value]);
  });

  it('never takes a bare three-digit number, an amount or the last four digits', () => {
    expect(values('I called 123 times', 'CARD_CVV')).toEqual([]);
    expect(values('security code? it cost $123', 'CARD_CVV')).toEqual([]);
    expect(values('the card with the last 4 digits 4321', 'CARD_CVV')).toEqual([]);
  });
});

describe('UsSsnRecognizer', () => {
  it.each([
    ['123-45-6789', '123-45-6789'],
    ['ssn 123 45 6789', '123 45 6789'],
    ['my social is 123456789', '123456789'],
    ['SSN: 078-05-1123', '078-05-1123'],
  ])('finds %s', (text, value) => {
    expect(values(text, 'US_SSN')).toEqual([value]);
  });

  it.each(['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000', '111-11-1111', '078-05-1120', '123-45.6789'])(
    'rejects invalid %s',
    (text) => {
      expect(values(`ssn ${text}`, 'US_SSN')).toEqual([]);
    },
  );

  it('needs context for nine bare digits', () => {
    expect(values('order #123456789', 'US_SSN')).toEqual([]);
    expect(values('reference 123456789', 'US_SSN')).toEqual([]);
  });
});

describe('PhoneNumberRecognizer', () => {
  it.each([
    ['(555) 123-4567', '(555) 123-4567'],
    ['call 555-123-4567', '555-123-4567'],
    ['555.123.4567', '555.123.4567'],
    ['+1 555 123 4567', '+1 555 123 4567'],
    ['call me back at 5551234567', '5551234567'],
    ['UK office +44 20 7946 0958', '+44 20 7946 0958'],
    ['Istanbul +90 532 123 45 67', '+90 532 123 45 67'],
    ['Manila +63 917 123 4567', '+63 917 123 4567'],
    ['my cell is 1-800-555-0199', '1-800-555-0199'],
  ])('finds %s', (text, value) => {
    expect(values(text, 'PHONE_NUMBER')).toEqual([value]);
  });

  it('leaves order, case and ticket numbers alone', () => {
    expect(found('order #123456789, case 0012345678, ticket INC0012345')).toEqual([]);
    expect(values('case number 4155550132', 'PHONE_NUMBER')).toEqual([]);
  });

  it('does not read a bare ten-digit number as a phone without a cue', () => {
    expect(values('reference 4155550132', 'PHONE_NUMBER')).toEqual([]);
    expect(values('id 4155550132', 'PHONE_NUMBER')).toEqual([]);
  });
});

describe('EmailAddressRecognizer', () => {
  it('finds addresses with exact offsets', () => {
    const text = 'write to jane.doe+billing@example.co.uk or j_o@acme-corp.com.';
    expect(values(text, 'EMAIL_ADDRESS')).toEqual(['jane.doe+billing@example.co.uk', 'j_o@acme-corp.com']);
  });

  it('rejects addresses without a top-level domain and mentions', () => {
    expect(values('my email is info@presidio.', 'EMAIL_ADDRESS')).toEqual([]);
    expect(values('ping @support about it', 'EMAIL_ADDRESS')).toEqual([]);
  });
});

describe('IbanRecognizer', () => {
  it('finds IBANs with and without spaces, mod-97 checked', () => {
    const text = 'IBAN GB29 NWBK 6016 1331 9268 19 or DE89370400440532013000';
    const spans = detect(text, { types: ['IBAN'] });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['GB29 NWBK 6016 1331 9268 19', 'DE89370400440532013000']);
    expect(spans.every((s) => s.evidence.checksum === 'mod97')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(values('GB29 NWBK 6016 1331 9268 18', 'IBAN')).toEqual([]);
  });
});

describe('RoutingNumberRecognizer and BankAccountRecognizer', () => {
  it('finds a routing number only with its cue and a valid ABA checksum', () => {
    const spans = detect('routing number 021000021', { types: ['ROUTING_NUMBER'] });
    expect(spans).toHaveLength(1);
    expect(spans[0]!.evidence).toMatchObject({ checksum: 'aba', context: 'routing number' });
    expect(values('the number is 021000021', 'ROUTING_NUMBER')).toEqual([]);
  });

  it.each([
    ['account number 12345678901', '12345678901'],
    ['acct 987654', '987654'],
    ['my checking is 0012345678', '0012345678'],
    ['savings account: 1234-5678-9012', '1234-5678-9012'],
  ])('finds the account in %s', (text, value) => {
    expect(values(text, 'BANK_ACCOUNT')).toEqual([value]);
  });

  it('does not call an order or case number an account', () => {
    expect(found('order #123456789')).toEqual([]);
    expect(found('case 0012345678')).toEqual([]);
    expect(values('on my account, order number 123456789 was late', 'BANK_ACCOUNT')).toEqual([]);
  });
});

describe('PostalCodeRecognizer', () => {
  it.each([
    ['Springfield, IL 62704', '62704'],
    ['zip code 90210', '90210'],
    ['postal 12345-6789', '12345-6789'],
    ['123 Main St, Springfield 62704', '62704'],
    ['austin texas 78701', '78701'],
  ])('finds the ZIP in %s', (text, value) => {
    expect(values(text, 'POSTAL_CODE')).toEqual([value]);
  });

  it('leaves other five-digit numbers alone', () => {
    expect(values('I have 12345 points', 'POSTAL_CODE')).toEqual([]);
    expect(values('order 12345 shipped', 'POSTAL_CODE')).toEqual([]);
  });
});

describe('IpAddressRecognizer', () => {
  it('finds v4 and v6 addresses, validated', () => {
    expect(values('login from 192.168.1.20 and 2001:db8::8a2e:370:7334', 'IP_ADDRESS')).toEqual(['192.168.1.20', '2001:db8::8a2e:370:7334']);
    expect(values('300.1.1.1 and 1.2.3', 'IP_ADDRESS')).toEqual([]);
  });

  it('leaves version numbers and times alone', () => {
    expect(values('app version 1.2.3.4 at 12:34:56', 'IP_ADDRESS')).toEqual([]);
  });
});

describe('DateOfBirthRecognizer', () => {
  it.each([
    ['DOB 03/04/1982', '03/04/1982'],
    ['born on March 4th, 1982', 'March 4th, 1982'],
    ['date of birth is 4 March 1982', '4 March 1982'],
    ['Agent: What is your date of birth?\nCustomer: 1982-03-04', '1982-03-04'],
    ['my birthday is march 4 1982', 'march 4 1982'],
  ])('finds %s', (text, value) => {
    expect(values(text, 'DATE_OF_BIRTH')).toEqual([value]);
  });

  it('a date is a DOB only by its context', () => {
    expect(found('the charge on March 5 was wrong')).toEqual([]);
    expect(found('on 03/05/2024 you called us')).toEqual([]);
    expect(values('DOB 03/04/1982, charged on 03/05/2024', 'DATE_OF_BIRTH')).toEqual(['03/04/1982']);
  });
});

describe('StreetAddressRecognizer', () => {
  it.each([
    ['I live at 123 Main St Apt 4B', '123 Main St Apt 4B'],
    ['ship to 742 Evergreen Terrace', '742 Evergreen Terrace'],
    ['1600 Pennsylvania Avenue NW', '1600 Pennsylvania Avenue NW'],
    ['send it to 55 W 42nd Street, Suite 300', '55 W 42nd Street, Suite 300'],
    ['address is 9 Oak Ln #5', '9 Oak Ln #5'],
    ['i live at one twenty three main street', undefined],
    ['it is 123 main street', '123 main street'],
  ])('finds %s', (text, value) => {
    if (value) expect(values(text, 'STREET_ADDRESS')).toEqual([value]);
  });

  it('leaves quantities near street-ish words alone', () => {
    expect(values('I went to 3 small claims court hearings', 'STREET_ADDRESS')).toEqual([]);
    expect(values('we paid 20 dollars at the Main Street store', 'STREET_ADDRESS')).toEqual([]);
  });
});

describe('must survive', () => {
  it.each([
    'I was charged $1,234.56 twice on March 5',
    'two hundred dollars for the Premium plan',
    'order #123456789 shipped on 03/05/2024 at 10:30 am',
    'case 0012345678 is about a double charge',
    'ticket INC0012345: 45% packet loss on router firmware 2.3.1',
    'refund of $49.99 posted 2024-03-15, 3 items, version 10.2.1',
    'Your call is number 3 in the queue, about 15 minutes.',
    'I bought the iPhone 15 at Best Buy for 999 dollars',
    'the late fee was 35.00 and the interest 19.99%',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('transcripts: labels, timestamps and fillers between a question and its answer', () => {
  it('reads the cue across a timestamped speaker turn', () => {
    const text = '[Agent] What is your date of birth?\n01:56 [Customer] It\'s 09/23/1940\n02:07 [Agent] And the account number?\n03:02 [Customer] 8209789007.';
    expect(found(text)).toEqual([
      ['DATE_OF_BIRTH', '09/23/1940'],
      ['BANK_ACCOUNT', '8209789007'],
    ]);
  });

  it('a cue with a filler inside still counts ("date of um birth")', () => {
    expect(values('can you confirm your date of um birth\ncaller: 10/25/1947', 'DATE_OF_BIRTH')).toEqual(['10/25/1947']);
  });

  it('a cue is answered by the first date after it, not a later appointment', () => {
    const text = 'agent: date of birth\ncaller: march 1 1946\nagent: i moved it to december 13 at 7:35';
    expect(values(text, 'DATE_OF_BIRTH')).toEqual(['march 1 1946']);
  });

  it('reads the CVV said right after a card number and expiry', () => {
    expect(found("Here's the card: 4131-1709-3359-0114 03/26 216")).toEqual([
      ['CREDIT_CARD', '4131-1709-3359-0114'],
      ['CARD_EXPIRY', '03/26'],
      ['CARD_CVV', '216'],
    ]);
    expect(found('Card 2275086314498588, 0630, 037.')).toEqual([
      ['CREDIT_CARD', '2275086314498588'],
      ['CARD_EXPIRY', '0630'],
      ['CARD_CVV', '037'],
    ]);
  });

  it('reads expiry and CVV however they follow the card', () => {
    expect(found('Card 4226 2928 2415 2006, Sep 26, 426.').map(([t]) => t)).toEqual(['CREDIT_CARD', 'CARD_EXPIRY', 'CARD_CVV']);
    expect(found('on card 3475 252511-19317 (0631).')).toEqual([
      ['CREDIT_CARD', '3475 252511-19317'],
      ['CARD_EXPIRY', '0631'],
    ]);
    expect(found('charge my card: 4359 6692 5975 4472 / 12-31 / 473')).toEqual([
      ['CREDIT_CARD', '4359 6692 5975 4472'],
      ['CARD_EXPIRY', '12-31'],
      ['CARD_CVV', '473'],
    ]);
  });

  it('finds a callback number written with the 00 international prefix', () => {
    expect(values('Callback 0044 7970 879812.', 'PHONE_NUMBER')).toEqual(['0044 7970 879812']);
  });

  it('a social security number on an account is an SSN, not the account', () => {
    expect(found('I need the social security number on the account.\nCustomer: The number is 031-60-2164.')).toEqual([['US_SSN', '031-60-2164']]);
  });

  it('masks a value read back without its cue', () => {
    const text = 'Agent: And the account number?\nCaller: It\'s 5958981030781685.\nRep: I have 5958981030781685. Correct?';
    const spans = detect(text, { types: ['BANK_ACCOUNT'] });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['5958981030781685', '5958981030781685']);
    expect(spans[1]!.evidence.note).toBe('repeated value');
  });

  it('does not carry a value onto an order number with the same digits', () => {
    const text = 'my ssn is 123456789. order #123456789 shipped';
    expect(found(text)).toEqual([['US_SSN', '123456789']]);
  });

  it('keeps order codes with dashes whole and out of the card recognizer', () => {
    expect(found('My Pixel 8 order 713-3104035-6186600 never arrived. reference TKT-8234-748, SR 55-63296')).toEqual([]);
  });
});

describe('CardExpiryRecognizer without a cue', () => {
  it('takes a month of a coming year on sight, but not a bare month/day', () => {
    expect(values('the one with 09/2027 printed', 'CARD_EXPIRY')).toEqual(['09/2027']);
    expect(values('see you 9/27', 'CARD_EXPIRY')).toEqual([]);
  });
});
