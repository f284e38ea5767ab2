// Diagnostics about who does the work: a body the registry does not know (a clerk can add it with --agencies), and
// an assignment item that names nobody, so its points have no owner. Every item of the assignment section thus
// yields at least one agency or a diagnostic.

import type {AgencyRef, Diagnostic, Plan, PlanNode, Position} from '../model/plan.js';
import {GROUP_KINDS} from './assignment-section.js';

interface Naming {
  path: string;
  position: Position;
  agencies: readonly AgencyRef[];
}

const isUnder = (path: string, ancestor: string): boolean => path === ancestor || path.startsWith(`${ancestor}.`);

const namesUnknown = (agencies: readonly AgencyRef[] | undefined): boolean => agencies?.some((a) => !a.known) === true;

/** The nodes and tasks that name a body the registry does not know. */
function namings(plan: Plan): Naming[] {
  const out: Naming[] = [];
  const visit = (nodes: readonly PlanNode[]): void => {
    for (const node of nodes) {
      if (namesUnknown(node.agencies)) out.push({path: node.path, position: node.position, agencies: node.agencies!});
      visit(node.children);
    }
  };
  visit(plan.body);
  for (const task of plan.tasks) if (namesUnknown(task.agencies)) out.push(task);
  // In reading order, a heading before the points under it: a name is reported where it is first printed.
  return out.sort((a, b) => a.position.start.line - b.position.start.line || a.path.length - b.path.length);
}

/**
 * One warning per unknown body and place: a group's unknown body is reported at the item, not again at each of its
 * points, which inherit it.
 */
function unknownBodies(plan: Plan): Diagnostic[] {
  const reportedAt = new Map<string, string[]>();
  const out: Diagnostic[] = [];
  for (const {path, position, agencies} of namings(plan)) {
    for (const agency of agencies) {
      if (agency.known) continue;
      const paths = reportedAt.get(agency.id) ?? [];
      if (paths.some((p) => isUnder(path, p))) continue;
      reportedAt.set(agency.id, [...paths, path]);
      out.push({
        severity: 'warning',
        code: 'agencies/unknown',
        message: `"${agency.name}" is not in the agency registry (add it with --agencies FILE.yaml if it is a body)`,
        path,
        line: position.start.line,
        column: position.start.column,
      });
    }
  }
  return out;
}

function ownerlessItems(plan: Plan, assignment: PlanNode): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const item of assignment.children) {
    if (!GROUP_KINDS.has(item.kind)) continue;
    if (item.agencies?.length) continue;
    if (plan.tasks.some((t) => t.agencies.length > 0 && isUnder(t.path, item.path))) continue;
    out.push({
      severity: 'info',
      code: 'agencies/none',
      message: 'no agency named; its points have no owner',
      path: item.path,
      line: item.position.start.line,
      column: item.position.start.column,
    });
  }
  return out;
}

/** Appends the agency diagnostics to the plan; runs after the tasks are extracted. */
export function addAgencyDiagnostics(plan: Plan, assignment: PlanNode | null): void {
  plan.diagnostics.push(...unknownBodies(plan), ...(assignment ? ownerlessItems(plan, assignment) : []));
}
