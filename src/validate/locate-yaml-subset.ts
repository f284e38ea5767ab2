// line:column of a JSON pointer in a text parseYamlSubset accepted, placed as the yaml Document places it: the
// key of a mapping entry, the first character of a list item; for a field that is not there, the nearest
// ancestor that is. Only files with findings need places, so nothing is read until the first pointer asks:
// then each collection on its way is scanned once, by indentation alone (its entries are the lines at its
// indent), and remembered for the next pointer.

import type {Point} from '../model/plan.js';
import {pointerTokens} from './pointer-tokens.js';
import {firstAfterSpaces, indentOf, isBlank, isSequenceEntry, keyEnd} from './yaml-subset-lines.js';

/** A collection: its first entry starts on line `start` at `firstColumn`, the others at `indent`. */
interface Collection {
  start: number;
  indent: number;
  firstColumn: number;
  entries?: Map<string, Entry>;
}

interface Entry {
  point: Point;
  /** The collection the entry's value is, or null for a scalar. */
  value: Collection | null;
}

export function yamlSubsetLocator(lines: readonly string[]): (pointer: string) => Point {
  let root: Collection | undefined;
  return (pointer) => {
    root ??= {start: nextContent(lines, 0), indent: 0, firstColumn: 0};
    let point: Point = {line: root.start + 1, column: 1};
    let collection: Collection | null = root;
    for (const token of pointerTokens(pointer)) {
      const entry: Entry | undefined = collection === null ? undefined : (collection.entries ??= entriesOf(lines, collection)).get(token);
      if (entry === undefined) break;
      point = entry.point;
      collection = entry.value;
    }
    return point;
  };
}

function entriesOf(lines: readonly string[], collection: Collection): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const add = (index: number, column: number): void => {
    const line = lines[index];
    if (isSequenceEntry(line, column)) {
      entries.set(String(entries.size), itemEntry(lines, index, column));
    } else {
      const colon = keyEnd(line, column);
      entries.set(line.slice(column, colon), {point: at(index, column), value: isBlank(line, colon + 1) ? nestedValue(lines, index, column) : null});
    }
  };
  add(collection.start, collection.firstColumn);
  const {indent} = collection;
  for (let index = collection.start + 1; index < lines.length; index++) {
    const line = lines[index];
    // Only whether a line is deeper than the collection matters: its spaces are counted no further.
    let spaces = 0;
    while (spaces <= indent && line.charCodeAt(spaces) === 32) spaces++;
    if (spaces > indent || spaces === line.length || line[spaces] === '#') continue;
    if (spaces < indent) break;
    add(index, indent);
  }
  return entries;
}

function itemEntry(lines: readonly string[], index: number, column: number): Entry {
  const line = lines[index];
  const start = column + 2;
  if (isBlank(line, start)) {
    // The subset has no empty items: the value is the collection on the next line with content.
    const value = nestedValue(lines, index, column)!;
    return {point: at(value.start, value.indent), value};
  }
  if (keyEnd(line, start) > 0) return {point: at(index, start), value: {start: index, indent: start, firstColumn: start}};
  return {point: at(index, firstAfterSpaces(line, start)), value: null};
}

/** The collection below a key or dash with nothing after it, or null when the value is null. */
function nestedValue(lines: readonly string[], index: number, parentIndent: number): Collection | null {
  const next = nextContent(lines, index + 1);
  const indent = next < lines.length ? indentOf(lines[next]) : -1;
  return indent > parentIndent ? {start: next, indent, firstColumn: indent} : null;
}

function nextContent(lines: readonly string[], from: number): number {
  let index = from;
  for (; index < lines.length; index++) {
    const line = lines[index];
    const indent = indentOf(line);
    if (indent < line.length && line[indent] !== '#') break;
  }
  return index;
}

function at(index: number, column: number): Point {
  return {line: index + 1, column: column + 1};
}
