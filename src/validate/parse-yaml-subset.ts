// A fast reader for the block YAML that plan files are written in (the layout writeYaml produces): block
// mappings and sequences indented with spaces, one-line plain and quoted scalars, `[]`, `{}` and `|` / `|-`
// literals. The yaml package costs ~0.5 ms per kB, far over the budget of validating a thousand plans, and
// positions are only needed for a file with findings. Whatever lies outside the subset — anchors, aliases,
// tags, flow collections, duplicate keys, tabs, CR, control characters, multi-line plain scalars, several
// documents — makes this return undefined and the file goes to the yaml package, which reads and reports it.
// The subset returns the value the yaml package would (test/validate/fast-parsers.test.ts compares them).

import {firstAfterSpaces, indentOf, isBlank, isSequenceEntry, keyEnd} from './yaml-subset-lines.js';
import {doubleQuoted, plainScalar, singleQuoted} from './yaml-subset-scalars.js';

// Nesting past this is no plan; the full parser reports it (without the subset's recursion on the stack).
const maxDepth = 200;
const unsupported = /[\x00-\x09\x0b-\x1f\x7f\r\ufeff]/;

class NotSubset extends Error {}

/** The text's lines, split once for the reader and, when a finding needs a place, for yamlSubsetLocator. */
export function yamlLines(text: string): string[] | undefined {
  return unsupported.test(text) ? undefined : text.split('\n');
}

/** The value of the lines of a text when it is in the subset, else undefined. */
export function parseYamlSubset(lines: readonly string[]): unknown {
  try {
    return new SubsetReader(lines).document();
  } catch (error) {
    if (error instanceof NotSubset) return undefined;
    throw error;
  }
}

function refuse(): never {
  throw new NotSubset();
}

class SubsetReader {
  private index = 0;
  private contentIndex = -1;
  private contentIndent = -1;

  constructor(private readonly lines: readonly string[]) {}

  document(): unknown {
    const indent = this.nextContent();
    if (indent !== 0) refuse();
    const value = this.block(0, 0);
    if (this.nextContent() >= 0) refuse();
    return value;
  }

  /** The indent of the next line with content, skipping blank and comment lines; -1 at the end. */
  private nextContent(): number {
    // Asked again and again at the same line (by each collection that may end there): answered once.
    if (this.index === this.contentIndex) return this.contentIndent;
    let indent = -1;
    for (; this.index < this.lines.length; this.index++) {
      const line = this.lines[this.index];
      indent = indentOf(line);
      if (indent < line.length && line[indent] !== '#') break;
      indent = -1;
    }
    this.contentIndex = this.index;
    this.contentIndent = indent;
    return indent;
  }

  /** The collection whose first entry starts the current line at `indent`. */
  private block(indent: number, depth: number): unknown {
    if (depth > maxDepth) refuse();
    const line = this.lines[this.index];
    return isSequenceEntry(line, indent) ? this.sequence(indent, depth) : this.mapping(indent, indent, depth);
  }

  private sequence(indent: number, depth: number): unknown[] {
    const items: unknown[] = [];
    let at = indent;
    do {
      const line = this.lines[this.index];
      if (!isSequenceEntry(line, indent)) refuse();
      const start = indent + 2;
      if (isBlank(line, start)) {
        this.index++;
        // An item of nothing is a null whose place the yaml package sets apart: left to it.
        if (this.nextContent() <= indent) refuse();
        items.push(this.nested(indent, depth));
      } else if (keyEnd(line, start) > 0) {
        items.push(this.mapping(start, start, depth + 1));
      } else {
        items.push(this.inlineValue(line, start, indent));
      }
      at = this.nextContent();
    } while (at === indent);
    if (at > indent) refuse();
    return items;
  }

  /** A mapping at `indent`; its first key may start further right (after "- ") at `first`. */
  private mapping(indent: number, first: number, depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let at = first;
    do {
      const line = this.lines[this.index];
      const end = keyEnd(line, at);
      if (end < 0) refuse();
      const key = line.slice(at, end);
      if (Object.hasOwn(map, key)) refuse();
      if (isBlank(line, end + 1)) {
        this.index++;
        map[key] = this.nested(indent, depth);
      } else {
        map[key] = this.inlineValue(line, end + 2, indent);
      }
      at = this.nextContent();
    } while (at === indent);
    if (at > indent) refuse();
    return map;
  }

  /** A value on the lines after a key or dash with nothing after it: a deeper collection, or null. */
  private nested(parentIndent: number, depth: number): unknown {
    const indent = this.nextContent();
    return indent > parentIndent ? this.block(indent, depth + 1) : null;
  }

  /** A value written after "key: " or "- " on the same line, from `start`; nothing may continue it below. */
  private inlineValue(line: string, start: number, parentIndent: number): unknown {
    const text = line.slice(firstAfterSpaces(line, start)).trimEnd();
    this.index++;
    const value = text === '|-' || text === '|' ? this.literal(parentIndent, text === '|') : scalar(text);
    if (this.nextContent() > parentIndent) refuse();
    return value;
  }

  /** A `|` or `|-` block literal whose content is indented more than `parentIndent`. */
  private literal(parentIndent: number, keepLastBreak: boolean): string {
    const first = this.lines[this.index];
    const indent = first === undefined ? -1 : indentOf(first);
    if (indent <= parentIndent || indent === first.length) refuse();
    const parts: string[] = [];
    let emptyRun = 0;
    for (; this.index < this.lines.length; this.index++) {
      const line = this.lines[this.index];
      if (line === '') {
        emptyRun++;
        continue;
      }
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) refuse();
      if (lineIndent < indent) break;
      for (; emptyRun > 0; emptyRun--) parts.push('');
      parts.push(line.slice(indent));
    }
    // Trailing empty lines belong to no one here; the yaml package drops them under both chomping modes.
    this.index -= emptyRun;
    return parts.join('\n') + (keepLastBreak ? '\n' : '');
  }
}

function scalar(text: string): unknown {
  if (text === '[]') return [];
  if (text === '{}') return {};
  const quoted = text[0] === '"' ? doubleQuoted(text, 0) : text[0] === "'" ? singleQuoted(text, 0) : undefined;
  if (quoted !== undefined && quoted.end === text.length) return quoted.value;
  const value = quoted === undefined ? plainScalar(text) : undefined;
  return value === undefined ? refuse() : value;
}
