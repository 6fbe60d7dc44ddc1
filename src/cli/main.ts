#!/usr/bin/env node
// The `custos` command. To add a command: write src/cli/commands/<name>.ts exporting
// `register(program: Command)`, import it below and add one line to COMMANDS.
import { createProgram, runProgram } from './program.js';
import { register as detect } from './commands/detect.js';
import { register as redact } from './commands/redact.js';
import { register as init } from './commands/init.js';
import { register as keys } from './commands/keys.js';
import { register as vault } from './commands/vault.js';
import { register as audit } from './commands/audit.js';

const COMMANDS = [
  redact,
  detect,
  init,
  keys,
  vault,
  audit,
];

const program = createProgram();
for (const register of COMMANDS) register(program);
// exitCode rather than process.exit(): stdout may still be flushing into a pipe.
process.exitCode = await runProgram(program, process.argv);
