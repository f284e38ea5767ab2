// The citation of a task on a sheet: "88/KH-UBND, III.2.a", so a clerk can find it in the signed document.

import {basename} from 'node:path';
import type {Plan, Task} from '../model/plan.js';
import type {TaskSource} from './sheet.js';

export function taskSource(plan: Plan, file: string, task: Task): TaskSource {
  const document = plan.document.number ?? fileStem(file);
  return {document, path: task.path, label: `${document}, ${task.path}`, file, issued: plan.document.date};
}

// "plans/ke-hoach-88.plan.yaml" → "ke-hoach-88": the plan suffix goes with the extension.
function fileStem(file: string): string {
  const name = basename(file.replace(/\\/g, '/'));
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return stem.endsWith('.plan') ? stem.slice(0, -'.plan'.length) : stem;
}
