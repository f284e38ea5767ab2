// Command-line inputs (files, folders, globs) to the documents to compile, as eslint and remark-cli take them.

import {stat} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {describeFsError} from './fs-error.js';

export interface InputFile {
  /** The path as the user wrote it, or as reached from a folder or glob they wrote; shown in messages. */
  display: string;
  absolute: string;
}

export interface ExpandedInputs {
  /** De-duplicated, in code-unit order of `display`, so runs are deterministic. */
  files: InputFile[];
  /** One line per input that yields nothing, naming it. */
  problems: string[];
  /** True when some input was a folder or a glob: then the output is a folder even if one file was found. */
  expanded: boolean;
}

const documentsInFolder = '**/*.{txt,md,markdown}';
// `dot: false` skips dotfiles and dot-folders.
const globOptions = {dot: false, ignore: ['**/node_modules/**'], onlyFiles: true};

export async function expandInputs(args: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const found = new Map<string, string>();
  const problems: string[] = [];
  let expanded = false;
  const add = (display: string): void => {
    const absolute = resolve(cwd, display);
    const known = found.get(absolute);
    if (known === undefined || display < known) found.set(absolute, display);
  };

  for (const arg of args) {
    const kind = await kindOf(resolve(cwd, arg));
    if (kind === 'file') {
      add(arg);
      continue;
    }
    // Loaded only here: fast-glob costs a third of a bare Node start, and a run on plain files never needs it.
    const {default: fg} = await import('fast-glob');
    if (kind !== 'directory' && !(kind.missing && fg.isDynamicPattern(arg))) {
      problems.push(`${arg}: ${kind.problem}`);
      continue;
    }
    expanded = true;
    const matches =
      kind === 'directory'
        ? // Case-insensitive so KE-HOACH.TXT saved on Windows is found too.
          (await fg.glob(documentsInFolder, {...globOptions, cwd: resolve(cwd, arg), caseSensitiveMatch: false})).map((path) => join(arg, path))
        : await fg.glob(arg, {...globOptions, cwd});
    if (matches.length === 0) {
      problems.push(`${arg}: ${kind === 'directory' ? 'nothing to compile (no .txt, .md or .markdown files)' : 'no files match'}`);
    }
    matches.forEach(add);
  }

  const files = [...found].map(([absolute, display]) => ({display, absolute}));
  files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return {files, problems, expanded};
}

type Kind = 'file' | 'directory' | {problem: string; missing: boolean};

async function kindOf(path: string): Promise<Kind> {
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return 'directory';
    return stats.isFile() ? 'file' : {problem: 'not a regular file', missing: false};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    return {problem: missing ? 'no such file or directory' : describeFsError(error), missing};
  }
}
