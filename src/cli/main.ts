#!/usr/bin/env node
// The `custos` command. To add a command: write src/cli/commands/<name>.ts exporting
// `register(program: Command)` for the top-level command <name>, and add one line to COMMANDS.
// Only the command being run is loaded (all of them for help), so `custos redact` does not pay
// for the server's dependencies. Throw UsageError (./usage.js) for bad options or input: exit 2.
import type { Command } from 'commander';
import { createProgram, runProgram } from './program.js';

const COMMANDS: Record<string, () => Promise<{ register(program: Command): void }>> = {
  detect: () => import('./commands/detect.js'),
  redact: () => import('./commands/redact.js'),
  init: () => import('./commands/init.js'),
  keys: () => import('./commands/keys.js'),
  vault: () => import('./commands/vault.js'),
  audit: () => import('./commands/audit.js'),
  serve: () => import('./commands/serve.js'),
  retention: () => import('./commands/retention.js'),
  purge: () => import('./commands/purge.js'),
  subject: () => import('./commands/subject.js'),
  breach: () => import('./commands/breach.js'),
  report: () => import('./commands/report.js'),
  subprocessors: () => import('./commands/subprocessors.js'),
};

const program = createProgram();
const name = process.argv[2];
const wanted = name !== undefined && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]!] : Object.values(COMMANDS);
for (const load of wanted) (await load()).register(program);
// exitCode rather than process.exit(): stdout may still be flushing into a pipe.
process.exitCode = await runProgram(program, process.argv);
