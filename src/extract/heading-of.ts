// An item's heading: its title, or the first sentence of its text ("Sở Tài chính chủ trì, … quy định liên quan.").

import type {PlanNode} from '../model/plan.js';

const FIRST_SENTENCE = /^(.*?[^\d\s])(?:\.(?=\s+\p{Lu}|$)|:$)/su;

export function headingOf(node: PlanNode): string | undefined {
  if (node.title) return node.title;
  const first = node.text?.split('\n')[0];
  if (!first) return undefined;
  return FIRST_SENTENCE.exec(first)?.[1] ?? first;
}
