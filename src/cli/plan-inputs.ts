// Inputs of the commands that take plans or documents (render, agencies): a folder gives its plan files, or its
// documents when it holds no plan file, so no task is counted twice; a plan file is read back, a document compiled.

import {readFile, stat} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {InputError} from '../errors.js';
import type {Plan} from '../model/plan.js';
import {isPlanFile, PLAN_FILES_GLOB} from '../plan-files.js';
import type {CompileFunction} from './commands/compile.js';
import {errorLine} from './error-line.js';
import {expandInputs, type InputFile} from './expand-inputs.js';
import {describeFsError} from './fs-error.js';

export async function planInputs(args: readonly string[], cwd: string): Promise<{files: InputFile[]; problems: string[]}> {
  const found = new Map<string, InputFile>();
  const others: string[] = [];
  for (const arg of args) {
    const inFolder = await planFilesIn(resolve(cwd, arg));
    if (inFolder.length === 0) others.push(arg);
    for (const path of inFolder) {
      const display = join(arg, path);
      found.set(resolve(cwd, display), {display, absolute: resolve(cwd, display)});
    }
  }
  const expanded = others.length > 0 ? await expandInputs(others, cwd) : {files: [], problems: []};
  for (const file of expanded.files) if (!found.has(file.absolute)) found.set(file.absolute, file);
  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return {files, problems: expanded.problems};
}

async function planFilesIn(path: string): Promise<string[]> {
  const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
  if (!isFolder) return [];
  const {default: fg} = await import('fast-glob');
  return fg.glob(PLAN_FILES_GLOB, {cwd: path, dot: false, ignore: ['**/node_modules/**'], onlyFiles: true, caseSensitiveMatch: false});
}

/** The plan of one input, or the one-line reason it gives none. */
export async function readPlanInput(input: InputFile, compile: CompileFunction): Promise<Plan | string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.absolute);
  } catch (error) {
    return `cannot read (${describeFsError(error)})`;
  }
  try {
    if (!isPlanFile(input.display)) return await compile({path: input.display, bytes});
    // Loaded on use: the schema validator costs more than a --help should.
    const {readPlanFile} = await import('../render/read-plan-file.js');
    return readPlanFile(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    return error instanceof InputError ? error.message : `internal error: ${errorLine(error)}`;
  }
}
