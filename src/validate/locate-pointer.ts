// A JSON pointer to the line:column of the field in the parsed file: the key of a mapping entry, the item of a
// list; for a field that is not there, the nearest ancestor that is.

import {isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node} from 'yaml';
import type {Point} from '../model/plan.js';
import {pointerTokens} from './pointer-tokens.js';

export function locatePointer(doc: Document, lineCounter: LineCounter, pointer: string): Point {
  const offset = offsetOf(doc, pointer);
  const {line, col} = lineCounter.linePos(offset);
  return {line, column: col};
}

function offsetOf(doc: Document, pointer: string): number {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  for (const token of pointerTokens(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === token);
      if (pair === undefined) break;
      offset = startOf(pair.key) ?? startOf(pair.value) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && /^\d{1,9}$/.test(token)) {
      const item: unknown = node.items[Number(token)];
      if (item === undefined) break;
      offset = startOf(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? (node as Node).range?.[0] : undefined;
}
