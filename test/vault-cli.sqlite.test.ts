// The vault, keys and audit commands through the real binary on sqlite (suite in support/vault-cli-suite.ts).
import { defineVaultCliSuite } from './support/vault-cli-suite.js';

await defineVaultCliSuite('sqlite');
