// The whole CLI as a function: argv and streams in, exit code out. The bin only forwards process state to it.

import {readFileSync} from 'node:fs';
import {Command, CommanderError} from 'commander';
import {registerCompileCommand, type CompileDeps} from './commands/compile.js';
import {registerValidateCommand} from './commands/validate.js';
import {registerRenderCommand} from './commands/render.js';
import {registerAgenciesCommand} from './commands/agencies.js';
import {errorLine} from './error-line.js';
import {describeFsError} from './fs-error.js';
import type {CliIo} from './io.js';
import {UsageError} from './usage-error.js';

export type {CliIo, TextOutput} from './io.js';

/** Replacements for the real compiler and writers, for tests. */
export type MainOptions = Partial<CompileDeps>;

const helpWidth = 100;

/**
 * Exit codes: 0 clean, 1 findings (errors, or warnings with --strict), 2 usage error, bad input or internal failure.
 * Never throws and never prints a stack trace.
 */
export async function main(io: CliIo, options: MainOptions = {}): Promise<number> {
  let code = 0;
  io.stdout.on?.('error', (error) => reportStdoutFailure(io, error));
  try {
    const program = createProgram(io, options, (result) => {
      code = result;
    });
    await program.parseAsync(io.argv, {from: 'user'});
    return code;
  } catch (error) {
    // Commander has already printed its message (or the help/version asked for).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const message = error instanceof UsageError ? error.message : `internal error: ${errorLine(error)}`;
    io.stderr.write(`plan-compile: ${message}\n`);
    return 2;
  }
}

// A reader that leaves early (`| head`) closes the pipe: EPIPE is its right, not our failure.
function reportStdoutFailure(io: CliIo, error: Error): void {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
  io.stderr.write(`plan-compile: cannot write to stdout (${describeFsError(error)})\n`);
}

function createProgram(io: CliIo, options: MainOptions, finish: (code: number) => void): Command {
  const program = new Command('plan-compile')
    .description('Compiles Vietnamese government plan documents into plan trees')
    .version(packageVersion(), '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'plan-compile: ')),
      // Fixed width and no colour in help, so it reads the same in a terminal, a pipe and a test.
      getOutHelpWidth: () => helpWidth,
      getErrHelpWidth: () => helpWidth,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
  // Subcommands made by program.command() inherit exitOverride and configureOutput.
  registerCompileCommand(program, io, options, finish);
  registerValidateCommand(program, io, finish);
  registerRenderCommand(program, io, options, finish);
  registerAgenciesCommand(program, io, options, finish);
  return program;
}

function packageVersion(): string {
  // Two levels up from src/cli and from dist/cli alike.
  const json = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(json) as {version: string}).version;
}
