// An item's heading: its title, or the first sentence of its text ("Sở Tài chính chủ trì, … quy định liên quan.").

import type {PlanNode} from '../model/plan.js';
import {UPPER} from '../text/letter-classes.js';

const FIRST_SENTENCE = new RegExp(String.raw`^(.*?[^\d\s])(?:\.(?=\s+[${UPPER}]|$)|:$)`, 'su');

export function headingOf(node: PlanNode): string | undefined {
  if (node.title) return node.title;
  const first = firstLine(node.text ?? '');
  if (!first) return undefined;
  return FIRST_SENTENCE.exec(first)?.[1] ?? first;
}

/** A text's first line, found without splitting a long text into all its lines. */
export function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}
