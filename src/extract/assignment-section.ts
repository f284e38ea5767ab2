// Which section hands out the work. Titles say it in a few ways; where several sections qualify, the most specific
// wording wins (PHÂN CÔNG NHIỆM VỤ over TỔ CHỨC THỰC HIỆN), and the first of equals.

import type {PlanNode} from '../model/plan.js';
import {type AgencyRegistry, agenciesOfHeading} from '../agencies/index.js';
import {headingOf} from './heading-of.js';
import {LETTER} from '../text/letter-classes.js';

/** What an assignment section hands work to: its items, sub-items, or the articles of a Quy chế's chapter. */
export const GROUP_KINDS: ReadonlySet<string> = new Set(['item', 'subitem', 'article']);

// Matched against the lower-cased title: a case-blind pattern with a Unicode letter class costs V8 milliseconds to
// compile, and a run compiles each of these once.
const WORDINGS: [RegExp, number][] = [
  [new RegExp(String.raw`(?<![${LETTER}])phân công(?![${LETTER}])`, 'u'), 4],
  [new RegExp(String.raw`(?<![${LETTER}])trách nhiệm(?![${LETTER}])`, 'u'), 3],
  [new RegExp(String.raw`(?<![${LETTER}])(?:nhiệm vụ cụ thể|giao nhiệm vụ)(?![${LETTER}])`, 'u'), 2],
  [new RegExp(String.raw`^tổ chức thực hiện(?![${LETTER}])|(?<![${LETTER}])tổ chức thực hiện\s*[.:]?$`, 'u'), 1],
];

// Every wording holds one of these phrases: most titles hold none and are settled by one test.
const MAY_HAVE_WORDING = /phân công|trách nhiệm|nhiệm vụ|tổ chức thực hiện/u;

function wordingRank(title: string): number {
  const lower = title.toLowerCase();
  if (!MAY_HAVE_WORDING.test(lower)) return 0;
  for (const [pattern, rank] of WORDINGS) if (pattern.test(lower)) return rank;
  return 0;
}

/** The highest sections of a plan: Roman sections, or chapters; those of an attachment when there is one. */
function topSections(body: readonly PlanNode[]): PlanNode[] {
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

// "Phân công" says it outright; the other wordings also head sections that hand out no work to anyone.
const EXPLICIT = 4;

/** Whether the section's groups, or the groups inside them, are headed by agencies. */
function namesAgencies(section: PlanNode, registry: AgencyRegistry): boolean {
  const headedByAgency = (node: PlanNode): boolean =>
    GROUP_KINDS.has(node.kind) && agenciesOfHeading(headingOf(node) ?? '', registry).length > 0;
  return section.children.some((group) => headedByAgency(group) || group.children.some(headedByAgency));
}

/**
 * The section that hands out the work: the best wording wins; below an explicit "Phân công", a section whose groups
 * name agencies wins over a better-worded one whose groups are topics ("II. NHIỆM VỤ CỤ THỂ" listing subjects,
 * "III. TỔ CHỨC THỰC HIỆN" naming the ministries).
 */
export function findAssignmentSection(body: readonly PlanNode[], registry: AgencyRegistry): PlanNode | null {
  const candidates = topSections(body)
    .map((section) => ({section, rank: wordingRank(section.title ?? '')}))
    .filter(({section, rank}) => rank > 0 && section.children.some((c) => GROUP_KINDS.has(c.kind) || c.kind === 'point'));
  if (candidates.length === 0) return null;
  const bestOf = (list: typeof candidates) => list.reduce((a, b) => (b.rank > a.rank ? b : a));
  const best = bestOf(candidates);
  if (best.rank >= EXPLICIT || namesAgencies(best.section, registry)) return best.section;
  const naming = candidates.filter(({section}) => namesAgencies(section, registry));
  return naming.length > 0 ? bestOf(naming).section : best.section;
}
