// `plan-compile render <inputs...>`: plans (or documents, compiled on the way) in; per-agency task sheets out.

import {mkdir} from 'node:fs/promises';
import {dirname, isAbsolute, join, relative, resolve} from 'node:path';
import type {Command} from 'commander';
import type {PlanInput} from '../../render/build-sheets.js';
import type {OutputFile} from '../../writers/sheets/output-file.js';
import {sheetWriters} from '../../writers/sheets/sheet-writers.js';
import {describeFsError} from '../fs-error.js';
import type {CliIo} from '../io.js';
import {UsageError} from '../usage-error.js';
import {writeFileAtomic} from '../write-atomic.js';
import {planInputs, readPlanInput} from '../plan-inputs.js';
import type {CompileDeps} from './compile.js';

interface RenderOptions {
  format: string;
  output?: string;
  agency: string[];
  from?: string;
  to?: string;
  successors?: string | true;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function registerRenderCommand(program: Command, io: CliIo, injected: Partial<CompileDeps>, finish: (code: number) => void): void {
  program
    .command('render')
    .description('render per-agency task sheets from plans')
    .argument('<inputs...>', 'plan files (*.plan.yaml, *.plan.json) or documents to compile; files, folders or globs')
    .option('-f, --format <format>', `sheet format: ${Object.keys(sheetWriters).join(', ')}`, 'md')
    .option('-o, --output <dir>', 'a folder (created) for the sheets; md, text and csv go to stdout without it')
    .option('--agency <name>', 'only this agency, by name or id (repeatable)', (name: string, names: string[]) => [...names, name], [] as string[])
    .option('--from <date>', 'only tasks due on or after this ISO date (recurring tasks are kept)')
    .option('--to <date>', 'only tasks due on or before this ISO date (recurring tasks are kept)')
    .option('--successors [date]', "render merged bodies as their successors on this ISO date (default: today)")
    .action(async (inputs: string[], options: RenderOptions) => finish(await runRender(inputs, options, io, injected)));
}

async function runRender(args: string[], options: RenderOptions, io: CliIo, injected: Partial<CompileDeps>): Promise<number> {
  const writer = Object.hasOwn(sheetWriters, options.format) ? sheetWriters[options.format]! : undefined;
  if (writer === undefined) throw new UsageError(`unknown format '${options.format}' (choose ${Object.keys(sheetWriters).join(', ')})`);
  if (options.output === undefined && !writer.stdout) throw new UsageError(`-f ${options.format} writes one file per agency: give -o DIR`);
  for (const [flag, value] of [['--from', options.from], ['--to', options.to], ['--successors', options.successors]] as const) {
    if (typeof value === 'string' && !isoDate.test(value)) throw new UsageError(`${flag} needs an ISO date such as 2026-03-31 (got '${value}')`);
  }

  const refuse = (line: string): void => void io.stderr.write(`plan-compile: ${line}\n`);
  const {files, problems} = await planInputs(args, io.cwd);
  const compile = injected.compile ?? (await import('../../compile.js')).compileDocumentAsync;
  problems.forEach(refuse);
  let status = problems.length > 0 ? 2 : 0;
  const plans: PlanInput[] = [];
  for (const input of files) {
    const plan = await readPlanInput(input, compile);
    if (typeof plan === 'string') {
      refuse(`${input.display}: ${plan}`);
      status = 2;
    } else {
      plans.push({plan, file: input.display});
    }
  }

  const {buildSheets} = await import('../../render/build-sheets.js');
  const sheets = buildSheets(plans, {
    agencies: options.agency.length > 0 ? options.agency : undefined,
    from: options.from,
    to: options.to,
    successors: options.successors === true ? today() : options.successors,
  });
  if (plans.length > 0 && sheets.sheets.length === 0) refuse('no tasks to render (check --agency, --from and --to)');
  if (options.output === undefined) {
    // Only text writers reach here: the check above refused file-only formats without -o.
    if (writer.stdout) io.stdout.write(writer.write(sheets).map((file) => file.content).join('\n'));
    return status;
  }
  return Math.max(status, await writeFiles(resolve(io.cwd, options.output), await writer.write(sheets), refuse));
}

// The registry's successors take effect on calendar days, so today is the local date, not UTC's.
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** Folders give their plan files, or their documents when they hold no plan file (never both: that would count tasks twice). */


/** The plan, or the one-line reason the input gives none. */

async function writeFiles(folder: string, files: readonly OutputFile[], refuse: (line: string) => void): Promise<number> {
  try {
    await mkdir(folder, {recursive: true});
  } catch (error) {
    refuse(`${folder}: cannot create folder (${describeFsError(error)})`);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    const path = join(folder, file.name);
    // The writers make safe names; this guard keeps that promise even if one of them ever does not.
    const inside = relative(folder, path);
    if (dirname(path) !== folder || inside.startsWith('..') || isAbsolute(inside)) {
      refuse(`${file.name}: refused, the name would leave the output folder`);
      status = 2;
      continue;
    }
    try {
      await writeFileAtomic(path, file.content);
    } catch (error) {
      refuse(`cannot write ${path} (${describeFsError(error)})`);
      status = 2;
    }
  }
  return status;
}
