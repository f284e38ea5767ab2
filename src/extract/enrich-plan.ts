// The extractors run over the built tree: the assignment section, citations of the basis and the body, and the
// deadlines of every node's own text.

import type {Plan, PlanNode} from '../model/plan.js';
import {findAssignmentSection} from './assignment-section.js';
import {findCitations} from './citations.js';
import {findDeadlines} from './deadlines.js';

const TARGETS = /^mục tiêu(?!\p{L})/iu;
const FIRST_SENTENCE = /^(.*?[^\d\s])(?:\.(?=\s+\p{Lu}|$)|:$)/su;

/** An assignment item's heading: its title, or the first sentence of its text. */
export function headingOf(node: PlanNode): string | undefined {
  if (node.title) return node.title;
  const first = node.text?.split('\n')[0];
  if (!first) return undefined;
  return FIRST_SENTENCE.exec(first)?.[1] ?? first;
}

export function enrichPlan(plan: Plan): void {
  for (const basis of plan.document.basis) basis.citations = findCitations(basis.text);

  const planDate = plan.document.date;
  const visit = (nodes: PlanNode[], inTargets: boolean): void => {
    for (const node of nodes) {
      const targets = inTargets || ((node.kind === 'section' || node.kind === 'item') && TARGETS.test(node.title ?? ''));
      const own = [node.title, node.text].filter(Boolean).join('\n');
      if (own) {
        const deadlines = findDeadlines(own, {planDate, inTargets: targets});
        if (deadlines.length) node.deadlines = deadlines;
        const citations = findCitations(own);
        if (citations.length) node.citations = citations;
      }
      visit(node.children, targets);
    }
  };
  visit(plan.body, false);

  // After the deadlines: a heading taken from an item's first sentence must not count its dates twice.
  const assignment = findAssignmentSection(plan.body);
  if (assignment) {
    assignment.assignments = true;
    for (const item of assignment.children) {
      if (item.kind !== 'item' && item.kind !== 'subitem') continue;
      const heading = headingOf(item);
      if (heading && !item.title) item.title = heading;
    }
  }

}
