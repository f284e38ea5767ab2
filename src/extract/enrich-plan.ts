// The extractors run over the built tree: the assignment section, citations of the basis and the body, and the
// deadlines of every node's own text.

import type {Deadline, Plan, PlanNode} from '../model/plan.js';
import {findAssignmentSection, GROUP_KINDS} from './assignment-section.js';
import {findCitations} from './citations.js';
import {findDatedDeadlines} from './deadlines.js';
import {headingOf} from './heading-of.js';
import {extractTasks} from './extract-tasks.js';
import {addAgencyDiagnostics} from './agency-diagnostics.js';
import {loadBuiltinRegistry, type AgencyRegistry} from '../agencies/index.js';
import {LETTER} from '../text/letter-classes.js';

const MAY_BE_DATED = /(?:19|20)\d\d|tháng|quý|ngày|tuần|xuyên/iu;
// Tested on the lower-cased title: a case-blind pattern with a Unicode letter class is slow to compile.
const TARGETS = new RegExp(String.raw`^mục tiêu(?![${LETTER}])`, 'u');
function canonicalName(name: string | null, registry: AgencyRegistry): string | null {
  if (name === null) return null;
  const agency = registry.resolve(name);
  return agency.known ? agency.name : name;
}

export function enrichPlan(plan: Plan, registry: AgencyRegistry = loadBuiltinRegistry()): void {
  for (const basis of plan.document.basis) basis.citations = findCitations(basis.text);
  // A header prints names in capitals; the registry knows how they are written ("Sở Thông tin và Truyền thông").
  plan.document.issuer = canonicalName(plan.document.issuer, registry);
  plan.document.parentIssuer = canonicalName(plan.document.parentIssuer, registry);

  const planDate = plan.document.date;
  const visit = (nodes: PlanNode[], inTargets: boolean): void => {
    for (const node of nodes) {
      const targets = inTargets || ((node.kind === 'section' || node.kind === 'item') && TARGETS.test((node.title ?? '').toLowerCase()));
      const context = {planDate, inTargets: targets};
      const own = node.title && node.text ? `${node.title}\n${node.text}` : node.title || node.text;
      if (own) {
        // Only dated phrases are deadlines of the node; a bare rhythm belongs to the task's recurrence.
        const deadlines = findDatedDeadlines(own, context);
        if (deadlines.length) node.deadlines = deadlines;
        const citations = findCitations(own);
        if (citations.length) node.citations = citations;
      }
      // A table row's cells are read one by one: a cell holding only "2026" times the row's work. Cells of figures
      // ("5.937,440") name no time; a cell needs a year or a word of the calendar to be read at all.
      for (const row of node.rows ?? []) {
        if (row.group) continue;
        const deadlines: Deadline[] = [];
        for (const cell of row.cells) {
          if (MAY_BE_DATED.test(cell)) deadlines.push(...findDatedDeadlines(cell, context));
        }
        if (deadlines.length) row.deadlines = deadlines;
      }
      visit(node.children, targets);
    }
  };
  visit(plan.body, false);

  // After the deadlines: a heading taken from an item's first sentence must not count its dates twice.
  const assignment = findAssignmentSection(plan.body, registry);
  if (assignment) {
    assignment.assignments = true;
    for (const item of assignment.children) {
      if (!GROUP_KINDS.has(item.kind)) continue;
      const heading = headingOf(item);
      if (heading && !item.title) item.title = heading;
    }
  }

  plan.tasks = extractTasks(plan, assignment, registry);
  addAgencyDiagnostics(plan, assignment);
}
