// A plan file on disk to its text, then to its findings. Oversized files are refused before they are read:
// parsing is linear but its memory is not small, and no plan comes near the limit (the largest corpus plan is
// under 1 MB as YAML).

import {readFile as readFileCallback, stat as statCallback} from 'node:fs';
import {promisify} from 'node:util';
import type {Diagnostic} from '../model/plan.js';
import {describeFsError} from '../cli/fs-error.js';
import {checkPlan, type Severities} from './check-plan.js';
import {parsePlanText} from './parse-plan-text.js';

export const maxPlanFileBytes = 5 * 1024 * 1024;

// fs/promises opens a FileHandle and reads in chunks, each a round trip through the event loop: on a
// thousand plans the callback API was about twice as fast here.
const readFile = promisify(readFileCallback);
const stat = promisify(statCallback);

/** The file's text, the finding that refuses it, or the one-line reason it could not be read. Never rejects. */
export type PlanFileText = {text: string} | {refused: Diagnostic} | {unreadable: string};

export async function readPlanText(absolute: string): Promise<PlanFileText> {
  try {
    const {size} = await stat(absolute);
    if (size > maxPlanFileBytes) {
      const message = `file is ${(size / 1048576).toFixed(1)} MB, over the ${maxPlanFileBytes / 1048576} MB limit for a plan; not parsed`;
      return {refused: {severity: 'error', code: 'file/too-large', message, path: null, line: 1, column: 1}};
    }
    return {text: await readFile(absolute, 'utf8')};
  } catch (error) {
    return {unreadable: `cannot read (${describeFsError(error)})`};
  }
}

export function checkPlanText(text: string, severities: Severities): Diagnostic[] {
  const parsed = parsePlanText(text.startsWith('\uFEFF') ? text.slice(1) : text);
  return parsed.ok ? checkPlan(parsed.value, parsed.locate, severities) : parsed.diagnostics;
}
