// `plan-compile compile <inputs...>`: documents in; one plan on stdout or plan files in -o; diagnostics on stderr.

import {mkdir, readFile} from 'node:fs/promises';
import {dirname, isAbsolute, join, relative} from 'node:path';
import type {Command} from 'commander';
import type {CompileInput, CompileOptions as CompilerOptions} from '../../compile.js';
import {InputError} from '../../errors.js';
import type {Plan} from '../../model/plan.js';
import {planWriters, type PlanWriter} from '../../writers/plan-writers.js';
import {colorOnStderr, noColorOption} from '../color.js';
import {errorLine} from '../error-line.js';
import {expandInputs, type InputFile} from '../expand-inputs.js';
import {describeFsError} from '../fs-error.js';
import type {CliIo} from '../io.js';
import {chooseOutputTarget, type OutputTarget} from '../output-target.js';
import {planFileNames} from '../plan-file-names.js';
import {countSeverities, formatReport, type ReportEntry} from '../report.js';
import {UsageError} from '../usage-error.js';
import {writeFileAtomic} from '../write-atomic.js';

export type CompileFunction = (input: CompileInput, options?: CompilerOptions) => Plan | Promise<Plan>;

export interface CompileDeps {
  compile: CompileFunction;
  writers: Readonly<Record<string, PlanWriter>>;
}

interface CompileOptions {
  format: string;
  output?: string;
  strict?: boolean;
  color: boolean;
  summary?: boolean;
  agencies?: string;
}

interface Compiled {
  plan: Plan;
  entry: ReportEntry;
}

export function registerCompileCommand(
  program: Command,
  io: CliIo,
  injected: Partial<CompileDeps>,
  finish: (code: number) => void,
): void {
  program
    .command('compile')
    .description('compile plan documents into plan trees')
    .argument('<inputs...>', 'files, folders (searched for *.txt, *.md, *.markdown) or globs')
    .option('-f, --format <format>', 'plan format: json or yaml', 'yaml')
    .option('-o, --output <path>', 'a file for one input; a folder (created) for several, or for a path ending in "/"')
    .option('--strict', 'exit 1 on warnings as well as on errors')
    .option('--summary', 'print a short summary of each plan on stderr')
    .option('--agencies <file>', 'an agency registry (YAML or JSON) that extends or overrides the built-in one')
    .addOption(noColorOption())
    .action(async (inputs: string[], options: CompileOptions) => finish(await runCompile(inputs, options, io, injected)));
}

async function runCompile(args: string[], options: CompileOptions, io: CliIo, injected: Partial<CompileDeps>): Promise<number> {
  const {compile, writers} = await loadDeps(injected);
  const writer = Object.hasOwn(writers, options.format) ? writers[options.format] : undefined;
  if (writer === undefined) {
    throw new UsageError(`unknown format '${options.format}' (choose ${Object.keys(writers).join(' or ')})`);
  }
  const compilerOptions = await compilerOptionsOf(options, io.cwd);
  const inputs = await expandInputs(args, io.cwd);
  const target = await chooseOutputTarget(options.output, args.length > 1 || inputs.expanded, io.cwd);
  const refuse = (line: string): void => void io.stderr.write(`plan-compile: ${line}\n`);
  inputs.problems.forEach(refuse);
  let status = inputs.problems.length > 0 ? 2 : 0;

  const destinations = destinationsOf(target, inputs.files, writer.extension);
  const folder = target.kind === 'dir' ? target.path : target.kind === 'file' ? dirname(target.path) : undefined;
  if (inputs.files.length > 0 && folder !== undefined) {
    try {
      await mkdir(folder, {recursive: true});
    } catch (error) {
      refuse(`${shown(io.cwd, folder)}: cannot create folder (${describeFsError(error)})`);
      return 2;
    }
  }

  const color = colorOnStderr(io, options.color);
  // Loaded on request: it brings chalk, which a plain run does not need.
  const summary = options.summary === true ? (await import('../summary.js')).formatPlanSummary : undefined;
  const entries: ReportEntry[] = [];
  for (const [index, input] of inputs.files.entries()) {
    const destination = destinations[index];
    const result = await compileOne(input, (doc) => compile(doc, compilerOptions), writer, destination === undefined ? io.stdout : destination, io.cwd);
    if (typeof result === 'string') {
      refuse(`${input.display}: ${result}`);
      status = 2;
      continue;
    }
    // Plans are not kept: only their diagnostics wait for the report, so a thousand inputs stay cheap.
    entries.push(result.entry);
    if (summary !== undefined) io.stderr.write(summary(input.display, result.plan, color));
    const counts = countSeverities(result.plan.diagnostics);
    if (counts.error > 0 || (options.strict === true && counts.warning > 0)) status = Math.max(status, 1);
  }
  io.stderr.write(await formatReport(entries, {color}));
  return status;
}

// The compiler is loaded on first use, so --help and --version do not pay for it.
async function loadDeps(injected: Partial<CompileDeps>): Promise<CompileDeps> {
  return {
    compile: injected.compile ?? (await import('../../compile.js')).compileDocumentAsync,
    writers: injected.writers ?? planWriters,
  };
}

/** The registry of --agencies, read once for all inputs; a bad file is a usage error. */
export async function compilerOptionsOf(options: {agencies?: string}, cwd: string): Promise<CompilerOptions> {
  if (options.agencies === undefined) return {};
  // Loaded on request: the YAML parser and the registry cost more than a plain run should pay.
  const {loadUserRegistry} = await import('../../agencies/load-user-registry.js');
  try {
    return {registry: await loadUserRegistry(options.agencies, cwd)};
  } catch (error) {
    throw new UsageError(`--agencies ${errorLine(error)}`);
  }
}

/** Absolute output path per input, or undefined for stdout. */
function destinationsOf(target: OutputTarget, files: readonly InputFile[], extension: string): (string | undefined)[] {
  if (target.kind === 'dir') {
    return planFileNames(files.map((file) => file.display), extension).map((name) => join(target.path, name));
  }
  return files.map(() => (target.kind === 'file' ? target.path : undefined));
}

/** The compiled plan with its report, or the one-line reason the input produced none. */
async function compileOne(
  input: InputFile,
  compile: CompileFunction,
  writer: PlanWriter,
  destination: string | CliIo['stdout'],
  cwd: string,
): Promise<Compiled | string> {
  if (destination === input.absolute) return 'the output would overwrite this input';
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.absolute);
  } catch (error) {
    return `cannot read (${describeFsError(error)})`;
  }
  let plan: Plan;
  let text: string;
  try {
    plan = await compile({path: input.display, bytes});
    text = writer.write(plan);
  } catch (error) {
    return error instanceof InputError ? error.message : `internal error: ${errorLine(error)}`;
  }
  const entry: ReportEntry = {path: input.display, diagnostics: plan.diagnostics};
  if (typeof destination !== 'string') {
    destination.write(text);
    return {plan, entry};
  }
  try {
    await writeFileAtomic(destination, text);
  } catch (error) {
    return `cannot write ${shown(cwd, destination)} (${describeFsError(error)})`;
  }
  return {plan, entry: {...entry, writtenTo: shown(cwd, destination)}};
}

// Paths inside the working folder are shown relative to it, others in full.
function shown(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
