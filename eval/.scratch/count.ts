import { FIRST_NAMES, SURNAMES, FIRST_NAMES_ACCENTED, SURNAMES_COMPOUND, STREET_NAMES, MERCHANTS, CITIES } from '../corpus/pools.js';
import { INTENTS } from '../corpus/dialog.js';
import { TEMPLATE_NAMES } from '../corpus/generate.js';
console.log(new Set(FIRST_NAMES).size, FIRST_NAMES_ACCENTED.length, new Set(SURNAMES).size, SURNAMES_COMPOUND.length, STREET_NAMES.length, MERCHANTS.length, CITIES.length, INTENTS.length, TEMPLATE_NAMES.length);
