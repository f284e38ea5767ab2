// `plan-compile validate <inputs...>`: plan files in; findings out as an eslint-stylish report (stderr, as
// compile's), eslint JSON or GitHub Actions annotations (stdout, for the tools that read them).
// Exit 0 clean; 1 on errors or more warnings than --max-warnings; 2 on a usage error or a file not read.

import {Option, type Command} from 'commander';
import {noColorOption} from '../color.js';
import type {CliIo} from '../io.js';

export interface ValidateOptions {
  format: 'stylish' | 'json' | 'github';
  maxWarnings?: string;
  quiet?: boolean;
  rule: string[];
  color: boolean;
}

export function registerValidateCommand(program: Command, io: CliIo, finish: (code: number) => void): void {
  program
    .command('validate')
    .description('check plan files against the plan schema and the plan rules')
    .argument('<inputs...>', 'plan files, folders (searched for *.plan.yaml, *.plan.yml, *.plan.json) or globs')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['stylish', 'json', 'github']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', (value: string, list: string[]) => [...list, value], [])
    .addOption(noColorOption())
    .action(async (inputs: string[], options: ValidateOptions) => {
      // The checker pulls in the yaml package: loaded when validate runs, not on every start of the CLI.
      const {runValidate} = await import('./run-validate.js');
      finish(await runValidate(inputs, options, io));
    });
}

