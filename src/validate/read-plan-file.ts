// A plan file on disk to its findings. Oversized files are refused before they are read: parsing is linear but
// its memory is not small, and no plan comes near the limit (the largest corpus plan is under 1 MB as YAML).

import {readFile, stat} from 'node:fs/promises';
import type {Diagnostic} from '../model/plan.js';
import {describeFsError} from '../cli/fs-error.js';
import {checkPlan, type Severities} from './check-plan.js';
import {parsePlanText} from './parse-plan-text.js';

export const maxPlanFileBytes = 5 * 1024 * 1024;

/** The file's findings, or the one-line reason it could not be read. */
export async function readPlanFile(absolute: string, severities: Severities): Promise<Diagnostic[] | string> {
  let text: string;
  try {
    const {size} = await stat(absolute);
    if (size > maxPlanFileBytes) {
      const message = `file is ${(size / 1048576).toFixed(1)} MB, over the ${maxPlanFileBytes / 1048576} MB limit for a plan; not parsed`;
      return [{severity: 'error', code: 'file/too-large', message, path: null, line: 1, column: 1}];
    }
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    return `cannot read (${describeFsError(error)})`;
  }
  return checkPlanText(text, severities);
}

export function checkPlanText(text: string, severities: Severities): Diagnostic[] {
  const parsed = parsePlanText(text.startsWith('\uFEFF') ? text.slice(1) : text);
  return parsed.ok ? checkPlan(parsed.value, parsed.locate, severities) : parsed.diagnostics;
}
