// Where compiled plans go: stdout, one file, or a folder of <stem>.plan.<ext> files.

import {stat} from 'node:fs/promises';
import {resolve, sep} from 'node:path';
import {UsageError} from './usage-error.js';

export type OutputTarget = {kind: 'stdout'} | {kind: 'file'; path: string} | {kind: 'dir'; path: string};

/**
 * `many` is decided by the command line (several inputs, a folder or a glob), not by how many files were found,
 * so the same command always writes the same shape of output.
 */
export async function chooseOutputTarget(output: string | undefined, many: boolean, cwd: string): Promise<OutputTarget> {
  if (output === undefined) {
    // Plans cannot be concatenated into one stream that any tool could read back.
    if (many) throw new UsageError('several inputs need -o DIR (one plan file per input); stdout holds a single plan');
    return {kind: 'stdout'};
  }
  const path = resolve(cwd, output);
  const namesFolder = many || output.endsWith('/') || output.endsWith(sep) || (await isDirectory(path));
  return {kind: namesFolder ? 'dir' : 'file', path};
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
