// Tasks: one per unit of assigned work. In the assignment section each item is a group of agencies (its heading
// names them); its points and bullets are the group's tasks, or the item is one task when it has none. Elsewhere, a
// node whose text opens with an agency ("Sở Y tế chủ trì …", "Giao Sở Tư pháp …") is a task of that agency.
// Appendix tables with task columns give one task per row.

import type {AgencyRef, Plan, PlanNode, Task} from '../model/plan.js';
import {type AgencyRegistry, agenciesOfHeading, assignRoles, isRequest, leadingAgencies} from '../agencies/index.js';
import {findRecurrence} from './deadlines.js';
import {headingOf} from './heading-of.js';
import {tableTasks} from './table-tasks.js';

const WORK_KINDS = new Set(['point', 'bullet']);

function taskOf(node: PlanNode, text: string, group: AgencyRef[], request: boolean, registry: AgencyRegistry): Task {
  const roles = assignRoles(text, group, registry);
  // enrichPlan has read every node's deadlines already; a node without them has none.
  const deadlines = node.deadlines ?? [];
  const dated = deadlines.find((d) => d.date !== null);
  return {
    path: node.path,
    text,
    agencies: roles.agencies,
    due: dated?.date ?? null,
    dueText: dated?.text ?? null,
    recurrence: dated?.recurrence ?? findRecurrence(text),
    mode: request || roles.mode === 'request' ? 'request' : 'order',
    position: node.position,
  };
}

/** The group of an assignment item: the agencies its heading names, or the subject its text opens with. */
function groupOf(item: PlanNode, registry: AgencyRegistry): AgencyRef[] {
  const heading = headingOf(item) ?? '';
  const named = agenciesOfHeading(heading, registry);
  return named.length ? named : leadingAgencies(item.text ?? '', registry);
}

export function extractTasks(plan: Plan, assignment: PlanNode | null, registry: AgencyRegistry): Task[] {
  const tasks: Task[] = [];
  const planDate = plan.document.date;

  // Work a section hands to nobody in particular is the issuer's own (a Party committee's plan for itself).
  const issuer = plan.document.issuer ? [registry.resolve(plan.document.issuer)] : [];

  const groupTasks = (item: PlanNode, inherited: AgencyRef[], request: boolean): void => {
    const own = groupOf(item, registry);
    const group = own.length ? own : inherited.length ? inherited : issuer;
    if (own.length) item.agencies = own;
    const asks = request || isRequest(headingOf(item) ?? '');
    const work = item.children.filter((c) => WORK_KINDS.has(c.kind) || c.kind === 'subitem' || c.kind === 'item');
    if (work.length === 0) {
      const text = [item.title !== item.text?.split('\n')[0] ? item.title : undefined, item.text].filter(Boolean).join('\n');
      if (text && group.length) tasks.push(taskOf(item, text, group, asks, registry));
      return;
    }
    for (const child of work) {
      // A sub-item, or a point that names agencies and lists their work below ("a) Sở Xây dựng" then bullets),
      // is a group of its own inside the item.
      const nested = child.children.some((c) => WORK_KINDS.has(c.kind));
      if (child.kind === 'subitem' || child.kind === 'item' || (nested && agenciesOfHeading(headingOf(child) ?? '', registry).length)) {
        groupTasks(child, group, asks);
        continue;
      }
      const opener = leadingAgencies(child.text ?? '', registry);
      if (opener.length) child.agencies = opener;
      const text = child.text ?? '';
      if (text) tasks.push(taskOf(child, text, opener.length ? opener : group, asks, registry));
    }
  };

  const visit = (nodes: PlanNode[]): void => {
    for (const node of nodes) {
      if (node === assignment) {
        for (const item of node.children) if (item.kind === 'item' || item.kind === 'subitem') groupTasks(item, [], false);
        continue;
      }
      if (node.kind === 'table') {
        tasks.push(...tableTasks(node, registry, planDate));
        continue;
      }
      if (node.kind !== 'section' && node.kind !== 'part' && node.kind !== 'chapter' && node.kind !== 'paragraph') {
        const text = node.text ?? '';
        const opener = text ? leadingAgencies(text, registry) : [];
        if (opener.length) {
          node.agencies = opener;
          tasks.push(taskOf(node, text, opener, false, registry));
        }
      }
      visit(node.children);
    }
  };
  visit(plan.body);
  return tasks;
}
