// The compiled CLI must be executable for `npx custos` and the tests that spawn the real binary.
import { chmodSync, existsSync } from 'node:fs';
const bin = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
