// An item's heading: its title, or the first sentence of its text ("Sở Tài chính chủ trì, … quy định liên quan.").

import type {PlanNode} from '../model/plan.js';

const FIRST_SENTENCE = /^(.*?[^\d\s])(?:\.(?=\s+\p{Lu}|$)|:$)/su;

export function headingOf(node: PlanNode): string | undefined {
  if (node.title) return node.title;
  const text = node.text ?? '';
  // The first line, without splitting a long text into all its lines.
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  if (!first) return undefined;
  return FIRST_SENTENCE.exec(first)?.[1] ?? first;
}
