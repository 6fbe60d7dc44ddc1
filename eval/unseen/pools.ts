/**
 * Name, place and business pools of the held-out corpus, written fresh for it: no list here was
 * copied from eval/corpus or from the detector's dictionaries.
 */

/** First names of many origins; several are also ordinary English words. */
export const GIVEN_NAMES = [
  'Adaeze', 'Aiko', 'Alejandro', 'Amara', 'Anand', 'Annika', 'Arjun', 'Astrid', 'Bao', 'Beatriz', 'Bilal', 'Bogdan',
  'Camille', 'Chidi', 'Chloe', 'Dagny', 'Darnell', 'Deepika', 'Dmitri', 'Eamon', 'Efua', 'Eleni', 'Emeka', 'Esperanza',
  'Fatima', 'Fernando', 'Freya', 'Gareth', 'Giulia', 'Gustavo', 'Hamza', 'Hana', 'Haruto', 'Hyun-woo', 'Ibrahim', 'Ines',
  'Ingrid', 'Isaac', 'Jamal', 'Jasmine', 'Javier', 'Jiho', 'Joaquín', 'Kamala', 'Keanu', 'Kenji', 'Khadija', 'Kofi',
  'Lakshmi', 'Lars', 'Leilani', 'Lucía', 'Mackenzie', 'Malik', 'Marisol', 'Mateus', 'Mehmet', 'Mei', 'Miriam', 'Moana',
  'Nadia', 'Nikolai', 'Nkechi', 'Noor', 'Oksana', 'Olamide', 'Omar', 'Oren', 'Paloma', 'Pedro', 'Priyanka', 'Quentin',
  'Rafael', 'Rahul', 'Ravi', 'Rin', 'Rosalind', 'Rustam', 'Saoirse', 'Sebastián', 'Shira', 'Siobhan', 'Soo-ah', 'Sven',
  'Tamika', 'Tariq', 'Thandiwe', 'Thi', 'Tobias', 'Tomasz', 'Uchenna', 'Valentina', 'Vikram', 'Wanjiru', 'Wei', 'Xiomara',
  'Yaw', 'Yelena', 'Yusuf', 'Zainab', 'Zeynep', 'Zoltan', 'Brittany', 'Cody', 'Dustin', 'Heather', 'Kayla', 'Travis',
  'Tyrone', 'Shanice', 'Bethany', 'Colleen', 'Gordon', 'Harold', 'Marjorie', 'Gloria', 'Douglas', 'Wendell', 'Bernadette',
  // Names that are also words; the corpus uses them as names only where a person is meant.
  'Will', 'Rose', 'Grant', 'Hope', 'Faith', 'Joy', 'Summer', 'Amber', 'Bill', 'Mark', 'Jack', 'Dawn', 'Iris', 'Ivy',
  'Pearl', 'Drew', 'Hunter', 'Grace', 'Frank', 'Penny', 'Sandy', 'Crystal', 'Rich', 'Sky', 'Autumn', 'Destiny', 'Major',
];

/** Word-names in GIVEN_NAMES; templates lean on them for agent names, where a cue is weakest. */
export const WORD_NAMES = ['Will', 'Rose', 'Grant', 'Hope', 'Faith', 'Joy', 'Summer', 'Bill', 'Mark', 'Jack', 'Dawn', 'Drew', 'Grace', 'Frank', 'Penny', 'Sandy', 'Rich', 'Sky', 'Major'];

export const FAMILY_NAMES = [
  'Abernathy', 'Achterberg', 'Adeyemi', 'Agarwal', 'Ahn', 'Alvarado', 'Andersson', 'Asante', 'Bakshi', 'Bălan', 'Baptiste',
  'Barzani', 'Bergström', 'Bhattacharya', 'Boateng', 'Brennan', 'Castellanos', 'Chaudhry', 'Chen', 'Cortés', 'Czerwinski',
  'da Silva', 'Delacroix', 'Dimitrov', 'Đặng', 'Doherty', 'Dubois', 'Ekwueme', 'Esposito', 'Fairbanks', 'Farouk', 'Fitzgerald',
  'Fonseca', 'Gallagher', 'Gómez', 'Gupta', 'Haddad', 'Halvorsen', 'Hashemi', 'Hernández', 'Hoang', 'Horvath', 'Ikeda',
  'Iwu', 'Jablonski', 'Jaramillo', 'Jovanović', 'Kaczmarek', 'Kamau', 'Kapoor', 'Kealoha', 'Kim', 'Kowalczyk', 'Kuznetsova',
  'Lachance', 'Lindqvist', 'Llewellyn', 'Mahlangu', 'Markovic', 'McAllister', 'Mendoza', 'Moreau', 'Mukherjee', 'Nakamura',
  'Nascimento', 'Ndlovu', 'Nguyen', "O'Sullivan", 'Obi', 'Okonkwo', 'Oyelaran', 'Papadopoulos', 'Petrenko', 'Quispe', 'Rahimi',
  'Ramaswamy', 'Reinholt', 'Rosenberg', 'Sandoval', 'Schreiber', 'Sekibo', 'Shapiro', 'Sørensen', 'St. Clair', 'Takahashi',
  'Tanaka', 'Teixeira', 'Thibodeaux', 'Tran', 'Uzoma', 'Van der Berg', 'Varga', 'Villanueva', 'Wachowski', 'Whitfield',
  'Wojcik', 'Xu', 'Yamamoto', 'Yilmaz', 'Zamora', 'Zhou', 'Zielinski', 'Pruitt', 'Culpepper', 'Hargrove', 'Wadsworth',
  // Surnames that are words.
  'Brown', 'White', 'Green', 'Young', 'King', 'Price', 'Hall', 'Wood', 'Banks', 'Bell', 'Cash', 'Day', 'Fox', 'Hill',
  'Lane', 'Long', 'Marsh', 'Page', 'Rice', 'Rose', 'Short', 'Stone', 'Swift', 'Ward', 'Waters', 'Wells', 'Winter', 'Love', 'Grant',
];

/** Streets: name and the suffix as it is written out; abbreviations are chosen at render time. */
export const STREET_NAMES = [
  'Alder', 'Birchwood', 'Calloway', 'Dunmore', 'Elmhurst', 'Fenwick', 'Gideon', 'Harrow', 'Ironwood', 'Juniper', 'Kestrel',
  'Larkspur', 'Magnolia', 'Northgate', 'Oakridge', 'Pemberton', 'Quarry', 'Redfern', 'Sycamore', 'Tamarack', 'Underhill',
  'Vireo', 'Willowbrook', 'Yarrow', 'Zephyr', 'Cottonwood', 'Bramble', 'Chestnut', 'Delancey', 'Foxglove', 'Granite',
  'Heron', 'Linden', 'Mulberry', 'Osage', 'Pinecrest', 'Riverbend', 'Saddleback', 'Thornton', 'Wexford',
];

export const STREET_SUFFIXES: readonly (readonly [string, string])[] = [
  ['Street', 'St'], ['Avenue', 'Ave'], ['Road', 'Rd'], ['Drive', 'Dr'], ['Lane', 'Ln'], ['Court', 'Ct'], ['Boulevard', 'Blvd'],
  ['Place', 'Pl'], ['Terrace', 'Ter'], ['Way', 'Way'], ['Circle', 'Cir'], ['Parkway', 'Pkwy'],
];

export const CITIES: readonly (readonly [string, string, string])[] = [
  ['Tacoma', 'WA', '984'], ['Boise', 'ID', '837'], ['Fresno', 'CA', '937'], ['Oakland', 'CA', '946'], ['Tucson', 'AZ', '857'],
  ['Albuquerque', 'NM', '871'], ['Wichita', 'KS', '672'], ['Omaha', 'NE', '681'], ['Tulsa', 'OK', '741'], ['Lubbock', 'TX', '794'],
  ['Madison', 'WI', '537'], ['Dayton', 'OH', '454'], ['Knoxville', 'TN', '379'], ['Savannah', 'GA', '314'], ['Raleigh', 'NC', '276'],
  ['Richmond', 'VA', '232'], ['Hartford', 'CT', '061'], ['Worcester', 'MA', '016'], ['Syracuse', 'NY', '132'], ['Newark', 'NJ', '071'],
  ['Des Moines', 'IA', '503'], ['Duluth', 'MN', '558'], ['Spokane', 'WA', '992'], ['Baton Rouge', 'LA', '708'], ['Anchorage', 'AK', '995'],
];

export const STATE_NAMES: Readonly<Record<string, string>> = {
  WA: 'Washington', ID: 'Idaho', CA: 'California', AZ: 'Arizona', NM: 'New Mexico', KS: 'Kansas', NE: 'Nebraska', OK: 'Oklahoma',
  TX: 'Texas', WI: 'Wisconsin', OH: 'Ohio', TN: 'Tennessee', GA: 'Georgia', NC: 'North Carolina', VA: 'Virginia', CT: 'Connecticut',
  MA: 'Massachusetts', NY: 'New York', NJ: 'New Jersey', IA: 'Iowa', MN: 'Minnesota', LA: 'Louisiana', AK: 'Alaska',
};

/** US area codes that are in service (555-01xx exchanges are the fictional range used for numbers). */
export const AREA_CODES = ['206', '253', '208', '559', '510', '520', '505', '316', '402', '918', '806', '608', '937', '865', '912', '919', '804', '860', '508', '315', '973', '515', '218', '509', '225', '907', '312', '646', '470', '786'];

/** The businesses that run the contact centers: must survive redaction. */
export const BRANDS = [
  'Northwind Mobile', 'Clearwater Bank', 'Halberd Insurance', 'Sunpath Energy', 'Brightwave Internet', 'Meridian Credit Union',
  'Juniper Health', 'Atlas Air', 'Keystone Utilities', 'Orbit Streaming', 'Larkfield Telecom', 'Cascade Card Services',
];

/** Where charges come from; several read like people's names. */
export const MERCHANTS = [
  "Kohl's", "Dillard's", "Lowe's", "Trader Joe's", "Macy's", 'Chipotle', 'Walgreens', "Jimmy John's", 'Wayfair', 'Etsy',
  'Shell', 'Chevron', 'Uber Eats', 'DoorDash', 'Spotify', 'Hulu', 'Sephora', 'Marshalls', 'Petco', "Carter's", "Denny's",
  "Arby's", "Papa John's", 'Dollar General', 'Harbor Freight', 'Tim Hortons', 'Safeway', 'Kroger', 'Costco', "Sam's Club",
  'Best Buy', 'Home Depot', 'Michaels', 'Ross', 'Nordstrom', 'Marriott', 'Hilton', 'Hertz', 'Enterprise', 'Dominos',
];

export const PRODUCTS = [
  'unlimited plan', 'Fiber 500', 'premium membership', 'Platinum Rewards card', 'homeowners policy', 'high-yield savings',
  'iPhone 15', 'Pixel 8', 'mesh router', 'family plan', 'travel card', 'basic checking', 'sports package', 'smart thermostat',
  'Galaxy S24', 'prepaid SIM', 'auto policy', 'cashback card', 'cable box', 'annual pass',
];

export const ISSUES = [
  'double charge', 'late fee', 'overdraft fee', 'chargeback', 'dropped calls', 'outage', 'refund', 'duplicate payment',
  'frozen account', 'locked out', 'billing error', 'declined', 'no dial tone', 'slow speeds', 'missing package', 'fraud alert',
];

export const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'proton.me', 'comcast.net', 'att.net', 'verizon.net', 'gmx.de', 'yahoo.co.uk', 'web.de', 'mail.com'];
