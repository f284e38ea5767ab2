// Which section hands out the work. Titles say it in a few ways; where several sections qualify, the most specific
// wording wins (PHÂN CÔNG NHIỆM VỤ over TỔ CHỨC THỰC HIỆN), and the first of equals.

import type {PlanNode} from '../model/plan.js';

/** What an assignment section hands work to: its items, sub-items, or the articles of a Quy chế's chapter. */
export const GROUP_KINDS: ReadonlySet<string> = new Set(['item', 'subitem', 'article']);

const WORDINGS: [RegExp, number][] = [
  [/(?<!\p{L})phân công(?!\p{L})/iu, 4],
  [/(?<!\p{L})trách nhiệm(?!\p{L})/iu, 3],
  [/(?<!\p{L})(?:nhiệm vụ cụ thể|giao nhiệm vụ)(?!\p{L})/iu, 2],
  [/^tổ chức thực hiện(?!\p{L})|(?<!\p{L})tổ chức thực hiện\s*[.:]?$/iu, 1],
];

function wordingRank(title: string): number {
  for (const [pattern, rank] of WORDINGS) if (pattern.test(title)) return rank;
  return 0;
}

/** The highest sections of a plan: Roman sections, or chapters; those of an attachment when there is one. */
export function topSections(body: readonly PlanNode[]): PlanNode[] {
  const out: PlanNode[] = [];
  const visit = (nodes: readonly PlanNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'section' || node.kind === 'chapter') out.push(node);
      else if (node.kind !== 'appendix') visit(node.children);
    }
  };
  visit(body);
  return out;
}

export function findAssignmentSection(body: readonly PlanNode[]): PlanNode | null {
  let best: PlanNode | null = null;
  let bestRank = 0;
  for (const section of topSections(body)) {
    const rank = wordingRank(section.title ?? '');
    if (rank > bestRank && section.children.some((c) => GROUP_KINDS.has(c.kind) || c.kind === 'point')) {
      best = section;
      bestRank = rank;
    }
  }
  return best;
}
