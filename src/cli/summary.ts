// `--summary`: a few lines per plan for a human checking that the compiler saw the document's shape.

import {Chalk} from 'chalk';
import type {Plan, PlanNode} from '../model/plan.js';
import {countSeverities} from './report.js';

export function formatPlanSummary(name: string, plan: Plan, color: boolean): string {
  // Its own instance: chalk 5 would otherwise decide colour from process.stdout, not from our flags.
  const chalk = new Chalk({level: color ? 1 : 0});
  const {type, number, date} = plan.document;
  const shape = walk(plan.body);
  const sections = plan.body.map((node) => node.marker ?? node.path).join(', ') || 'none';
  const assignments = shape.assignments === undefined ? 'none' : heading(shape.assignments);
  const counts = countSeverities(plan.diagnostics);
  const diagnostics = [
    chalk.red(`${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`),
    chalk.yellow(`${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}`),
    `${counts.info} info`,
  ].join(', ');
  return [
    chalk.underline(name),
    `  document: ${type ?? 'type unknown'} ${number ?? 'no number'}, ${date ?? 'no date'}`,
    `  sections: ${sections}`,
    `  assignments: ${assignments}`,
    `  ${shape.nodes} nodes, ${plan.tasks.length} tasks, ${plan.diagnostics.length} diagnostics (${diagnostics})`,
    '',
  ].join('\n');
}

function heading(node: PlanNode): string {
  return node.title === undefined ? node.path : `${node.path} ${node.title}`;
}

function walk(nodes: readonly PlanNode[]): {nodes: number; assignments: PlanNode | undefined} {
  let count = 0;
  let assignments: PlanNode | undefined;
  // An explicit stack: the depth of a hostile document's tree must not reach the call stack's limit.
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    count++;
    if (node.assignments === true) assignments ??= node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return {nodes: count, assignments};
}
