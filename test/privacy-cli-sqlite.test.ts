// The privacy commands through the real binary on SQLite (suite in support/privacy-cli-suite.ts).
import { sqliteBackend } from './support/backends.js';
import { privacyCliSuite } from './support/privacy-cli-suite.js';

privacyCliSuite(sqliteBackend());
