// Lines of the YAML subset (see parse-yaml-subset.ts), shared by its reader and its locator.

import {isStringKey} from './yaml-subset-scalars.js';

// Under YAML's 1,024-character limit on implicit keys.
const maxKeyLength = 1000;
const plainKey = /^[A-Za-z_$][\w$-]*$/;

export function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

export function firstAfterSpaces(line: string, from: number): number {
  while (line.charCodeAt(from) === 32) from++;
  return from;
}

export function isBlank(line: string, from: number): boolean {
  for (let i = from; i < line.length; i++) if (line.charCodeAt(i) !== 32) return false;
  return true;
}

export function isSequenceEntry(line: string, indent: number): boolean {
  return line[indent] === '-' && (line.length === indent + 1 || line[indent + 1] === ' ');
}

/** The index of the ":" ending a plain key that starts at `start`, or -1 when the line has no such key. */
export function keyEnd(line: string, start: number): number {
  const colon = line.indexOf(':', start);
  if (colon < 0 || colon - start > maxKeyLength || (colon + 1 < line.length && line[colon + 1] !== ' ')) return -1;
  const key = line.slice(start, colon);
  if (!plainKey.test(key) || key === '__proto__' || !isStringKey(key)) return -1;
  return colon;
}
