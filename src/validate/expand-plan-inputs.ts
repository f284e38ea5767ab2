// Command-line inputs to plan files. expandInputs searches folders for documents, so a folder here is first
// turned into a glob for plan files beneath it; files and globs pass through as written.

import {stat} from 'node:fs/promises';
import {resolve} from 'node:path';
import {expandInputs, type ExpandedInputs} from '../cli/expand-inputs.js';
import {PLAN_FILES_GLOB} from '../plan-files.js';


export async function expandPlanInputs(args: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const folders = new Map<string, string>();
  const patterns: string[] = [];
  for (const arg of args) {
    if (!(await isFolder(resolve(cwd, arg)))) {
      patterns.push(arg);
      continue;
    }
    const {default: fg} = await import('fast-glob');
    const pattern = `${fg.escapePath(withoutTrailingSlashes(arg))}/${PLAN_FILES_GLOB}`;
    folders.set(pattern, arg);
    patterns.push(pattern);
  }
  const expanded = await expandInputs(patterns, cwd);
  // Name the folder the user wrote, not the glob made of it.
  const problems = expanded.problems.map((problem) => {
    const folder = [...folders].find(([pattern]) => problem.startsWith(`${pattern}: `));
    return folder === undefined ? problem : `${folder[1]}: no plan files (*.plan.yaml, *.plan.yml, *.plan.json)`;
  });
  return {...expanded, problems};
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
