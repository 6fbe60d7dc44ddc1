/** Word pools: people, brands, merchants (some that look like names), products, streets, domains. */

export const FIRST_NAMES = [
  'Maria', 'James', 'Aisha', 'Dmitri', 'Keisha', 'Tran', 'Priya', 'Guadalupe', 'Connor', 'Mei', 'Oluwaseun', 'Brittany', 'Hector',
  'Yusuf', 'Siobhan', 'Darnell', 'Ngozi', 'Rafael', 'Ingrid', 'Tomasz', 'Latoya', 'Jin', 'Fatima', 'Kyle', 'Esperanza', 'Raj', 'Shanice',
  'Bogdan', 'Colleen', 'Delroy', 'Anh', 'Marisol', 'Tyrone', 'Hiroshi', 'Leticia', 'Garrett', 'Zainab', 'Wendell', 'Rosalind', 'Ezekiel',
  'Brooke', 'Dakota', 'Imani', 'Sven', 'Lakshmi', 'Carmen', 'Dwayne', 'Noor', 'Paisley', 'Ignacio', 'Marjorie', 'Terrence', 'Xiomara', 'Wendy', 'Dillard',
];

export const LAST_NAMES = [
  'Gonzalez', 'Okafor', 'Nguyen', 'Kowalski', 'Washington', 'Patel', 'Oyelaran', 'McAllister', 'Delgado', 'Fitzgerald', 'Abernathy',
  'Haddad', 'Castellanos', 'Yamamoto', 'Brennan', 'Szymanski', 'Thibodeaux', 'Chaudhry', 'Villanueva', 'Robinson', 'Lindqvist',
  'Mbeki', 'Horowitz', 'Ramirez', "O'Donnell", 'Petrov', 'Jefferson', 'Baptiste', 'Kim', 'Whitfield', 'Esposito', 'Zielinski',
  'Adeyemi', 'Blackwood', 'Trujillo', 'Hargrove', 'Nakamura', 'Pruitt', 'Salazar', 'Vanterpool', 'Moreau', 'Quintero', 'Ostrowski', 'Ross', 'Schwab',
];

/** First names that are also ordinary words or places, said without any cue. */
export const TRICKY_FIRST_NAMES = ['Hope', 'Grace', 'Faith', 'Hunter', 'Chase', 'Georgia', 'Austin', 'Sky', 'Will', 'Rose', 'Summer', 'Dallas'];

export const AGENT_NAMES = ['Denise', 'Marcus', 'Kayla', 'Roberto', 'Tamika', 'Ethan', 'Lorraine', 'Javier', 'Ashley', 'Omar', 'Shawna', 'Trevor', 'Bianca', 'Curtis'];

export interface Brand {
  name: string;
  domain: string;
  sector: 'bank' | 'telecom' | 'utility' | 'retail' | 'insurance' | 'travel' | 'pharmacy';
  products: string[];
  tollFree: string;
}

export const BRANDS: Brand[] = [
  { name: 'Cobalt Credit Union', domain: 'cobaltcu.org', sector: 'bank', products: ['Platinum Rewards card', 'Everyday Checking', 'Summit Savings', 'Cash Back Visa'], tollFree: '1-800-555-0147' },
  { name: 'Meridian Wireless', domain: 'meridianwireless.com', sector: 'telecom', products: ['Unlimited Plus plan', 'Galaxy S24', 'iPhone 15 Pro', 'Connect 5G hotspot'], tollFree: '1-888-555-0163' },
  { name: 'Pinecrest Energy', domain: 'pinecrestenergy.com', sector: 'utility', products: ['Budget Billing', 'Green Choice plan', 'SmartMeter', 'Paperless billing'], tollFree: '1-877-555-0110' },
  { name: 'Halcyon Insurance', domain: 'halcyonins.com', sector: 'insurance', products: ['Homeowners Plus', 'Auto Select', 'Renters Basic', 'Umbrella policy'], tollFree: '1-866-555-0191' },
  { name: 'Tandem Air', domain: 'tandemair.com', sector: 'travel', products: ['Economy Flex', 'SkyMiles Plus', 'Priority Boarding', 'Tandem Lounge pass'], tollFree: '1-800-555-0122' },
  { name: 'Bramble & Co', domain: 'brambleco.com', sector: 'retail', products: ['Dyson V15', 'KitchenAid Artisan mixer', 'Ninja Foodi', 'Roomba j7'], tollFree: '1-855-555-0178' },
  { name: 'Wellspring Pharmacy', domain: 'wellspringrx.com', sector: 'pharmacy', products: ['Lipitor 20 milligram', 'metformin 500', 'Flonase', 'Auto Refill program'], tollFree: '1-844-555-0136' },
  { name: 'Northgate Bank', domain: 'northgatebank.com', sector: 'bank', products: ['Premier Checking', 'Freedom Mastercard', 'Home Equity line', 'Online Bill Pay'], tollFree: '1-800-555-0186' },
  { name: 'Lumenet Fiber', domain: 'lumenet.net', sector: 'telecom', products: ['Gig Fiber 1000', 'eero Pro 6 router', 'TV Essentials', 'Whole Home WiFi'], tollFree: '1-833-555-0154' },
];

/** Merchants; several look like a person's name and must survive anyway. */
export const MERCHANTS = [
  "Kohl's", 'Edward Jones', 'Jackson Hewitt', "Wendy's", 'Marshalls', "Dillard's", "Trader Joe's", 'Ross Dress for Less', 'Walgreens',
  'Chick-fil-A', "Dick's Sporting Goods", 'Harris Teeter', 'Fred Meyer', "Papa John's", "Carl's Jr", "Dave & Buster's", 'Michael Kors',
  'Kate Spade', 'Ralph Lauren', 'Tory Burch', "Jimmy John's", 'Ashley Furniture', 'Calvin Klein', 'Jenny Craig', 'Harry & David',
  'Charles Schwab', "Marie Callender's", 'Amazon', 'Netflix', 'Spotify', 'Uber Eats', 'DoorDash', 'Costco', 'Shell', 'Chevron',
  'Home Depot', "Lowe's", 'Best Buy', 'Target', 'Walmart', 'Apple.com', 'Hulu', 'Starbucks', 'Safeway', 'Phoenix Coffee',
];

/** Banks named as institutions, not people. */
export const BANKS = ['Chase', 'Wells Fargo', 'Bank of America', 'Citi', 'US Bank', 'PNC', 'Capital One', 'Ally', 'Navy Federal', 'Truist'];

export const STREETS = ['Oak', 'Maple', 'Cedar Ridge', 'Willow Creek', 'Lincoln', 'Main', 'Magnolia', 'Juniper', 'Sycamore', 'Elm', 'Hawthorne',
  'Riverside', 'Pecan', 'Bluebonnet', 'Kingsley', 'Peachtree', 'Aspen', 'Lakeview', 'Harmon', 'Quail Run', 'Dogwood', 'Chestnut'];
export const SUFFIXES: [string, string][] = [['Street', 'St'], ['Avenue', 'Ave'], ['Road', 'Rd'], ['Drive', 'Dr'], ['Lane', 'Ln'], ['Court', 'Ct'], ['Boulevard', 'Blvd'], ['Way', 'Way'], ['Place', 'Pl'], ['Circle', 'Cir']];
export const DIRECTIONS = ['North', 'South', 'East', 'West'];
export const CITIES: [string, string][] = [['Tucson', 'AZ'], ['Dayton', 'OH'], ['Boise', 'ID'], ['Macon', 'GA'], ['Fresno', 'CA'], ['Albany', 'NY'],
  ['Plano', 'TX'], ['Tacoma', 'WA'], ['Omaha', 'NE'], ['Savannah', 'GA'], ['Lowell', 'MA'], ['Raleigh', 'NC'], ['Reno', 'NV'], ['Mobile', 'AL']];

export const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com', 'comcast.net', 'att.net', 'protonmail.com'];

export const ISSUES = ['double charge', 'late fee', 'overdraft fee', 'dropped calls', 'no service', 'outage', 'refund', 'chargeback', 'declined',
  'past due', 'billing error', 'fraud alert', 'damaged item', 'missing package', 'roaming charges', 'password reset', 'locked out'];
