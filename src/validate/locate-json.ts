// line:column of a JSON pointer in text JSON.parse accepted, placed as the yaml Document places it: the
// opening quote of a key, the first character of an item; for a field that is not there, the nearest ancestor
// that is. Nothing is read until the first pointer asks (most files have no finding to place); then each
// object or array on its way is scanned once, skipping over the values inside it, and remembered.

import type {Point} from '../model/plan.js';
import {pointerTokens} from './pointer-tokens.js';

interface Collection {
  /** Offset of its "{" or "[". */
  open: number;
  entries?: Map<string, Entry>;
}

interface Entry {
  offset: number;
  value: Collection | null;
}

// Outside strings, the characters that matter when skipping over a nested value.
const structural = /["{}[\]]/g;

export function jsonLocator(text: string): (pointer: string) => Point {
  const root: Collection = {open: skipSpaces(text, 0)};
  let lineStarts: number[] | undefined;
  return (pointer) => {
    let offset = root.open;
    let collection: Collection | null = root;
    for (const token of pointerTokens(pointer)) {
      const entry: Entry | undefined = collection === null ? undefined : (collection.entries ??= entriesOf(text, collection)).get(token);
      if (entry === undefined) break;
      offset = entry.offset;
      collection = entry.value;
    }
    return pointAt((lineStarts ??= lineStartsOf(text)), offset);
  };
}

function entriesOf(text: string, collection: Collection): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const isObject = text[collection.open] === '{';
  let i = collection.open + 1;
  for (;;) {
    i = skipSpaces(text, i);
    if (text[i] === ',') i = skipSpaces(text, i + 1);
    if (text[i] === '}' || text[i] === ']') return entries;
    let token = String(entries.size);
    const offset = i;
    if (isObject) {
      const end = stringEnd(text, i);
      token = JSON.parse(text.slice(i, end)) as string;
      i = skipSpaces(text, skipSpaces(text, end) + 1);
    }
    const nested = text[i] === '{' || text[i] === '[';
    entries.set(token, {offset: isObject ? offset : i, value: nested ? {open: i} : null});
    i = valueEnd(text, i);
  }
}

function valueEnd(text: string, start: number): number {
  const char = text[start];
  if (char === '"') return stringEnd(text, start);
  if (char !== '{' && char !== '[') {
    let i = start;
    while (i < text.length && !',}] \t\n\r'.includes(text[i])) i++;
    return i;
  }
  let depth = 0;
  structural.lastIndex = start;
  for (let match = structural.exec(text); match !== null; match = structural.exec(text)) {
    const at = match.index;
    if (text[at] === '"') structural.lastIndex = stringEnd(text, at);
    else if (text[at] === '{' || text[at] === '[') depth++;
    else if (--depth === 0) return at + 1;
  }
  return text.length;
}

/** The offset after the closing quote of the string opening at `open`. */
function stringEnd(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  while (backslashesBefore(text, close) % 2 === 1) close = text.indexOf('"', close + 1);
  return close + 1;
}

function backslashesBefore(text: string, index: number): number {
  let count = 0;
  while (text.charCodeAt(index - 1 - count) === 0x5c) count++;
  return count;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  return i;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function pointAt(lineStarts: readonly number[], offset: number): Point {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return {line: low + 1, column: offset - lineStarts[low] + 1};
}
