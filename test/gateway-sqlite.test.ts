// The LLM gateway, sub-processors and insights routes end to end on SQLite (suite in support/gateway-suite.ts).
import { sqliteBackend } from './support/backends.js';
import { gatewaySuite } from './support/gateway-suite.js';

gatewaySuite(sqliteBackend());
