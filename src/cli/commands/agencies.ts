// `plan-compile agencies <inputs...>`: the agencies plans hand work to, with their lead and support task counts,
// and the names the registry did not know, so a clerk can extend it (--agencies FILE.yaml).
// Exit 0; 2 on a usage error or an input not read.

import {Option, type Command} from 'commander';
import type {CliIo} from '../io.js';
import type {CompileDeps} from './compile.js';

export interface AgenciesOptions {
  format: 'table' | 'json' | 'csv';
  agencies?: string;
}

export function registerAgenciesCommand(program: Command, io: CliIo, injected: Partial<CompileDeps>, finish: (code: number) => void): void {
  program
    .command('agencies')
    .description('list the agencies plans name, with task counts, and the names the registry does not know')
    .argument('<inputs...>', 'plan files (*.plan.yaml, *.plan.json) or documents to compile; files, folders or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--agencies <file>', 'an agency registry (YAML or JSON) that extends or overrides the built-in one')
    .action(async (inputs: string[], options: AgenciesOptions) => {
      // The compiler and the registry are loaded when the command runs, not on every start of the CLI.
      const {runAgencies} = await import('./run-agencies.js');
      finish(await runAgencies(inputs, options, io, injected));
    });
}
