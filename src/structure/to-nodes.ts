// Drafts become plan nodes: wrapped lines joined, headings told from text, unique paths given.

import type {PlanNode, Position, TableRow} from '../model/plan.js';
import type {SourceLine} from '../model/source-line.js';
import type {Draft} from './draft.js';
import {romanValue} from './roman.js';
import {isUpperCase} from './text-case.js';
import {UPPER} from '../text/letter-classes.js';

const HEADING_KINDS = new Set(['part', 'chapter', 'section', 'appendix', 'attachment']);
const ARTICLE_TITLE_MAX = 120;
const CLOSING_PUNCT = /^[,.;:!?)\]]/;
// A node's position until its children are made (see convert).
const NO_POSITION: Position = {start: {line: 0, column: 0}, end: {line: 0, column: 0}};
const STARTS_UPPER_OR_DIGIT = new RegExp(String.raw`^[${UPPER}\d]`, 'u');
const INNER_SENTENCE_END = new RegExp(String.raw`[.!?]\s+[${UPPER}]|[.!?]$`, 'u');

// Titles and texts are read from the draft's lines as they stand, the opening line by its text after the marker;
// no copy of the lines is made for them.

/** The text of the draft's line `i`: the opening line without its marker. */
function lineText(draft: Draft, i: number): string {
  return i === 0 ? draft.firstText : draft.lines[i]!.text;
}

/** Whether the draft's line `i` (after the opening line) starts a paragraph. */
function startsParagraph(draft: Draft, i: number): boolean {
  const line = draft.lines[i]!;
  // "(Kèm theo Quyết định số …)" under an attachment's or appendix's title is a line of its own.
  return line.blankBefore || (HEADING_KINDS.has(draft.kind) && line.text.startsWith('('));
}

/**
 * The text of the draft's lines `from` to `to`: wrapped lines join with a space, and each paragraph starts on a
 * line of its own, unless `oneParagraph` joins them all.
 */
function joinLines(draft: Draft, from: number, to: number, oneParagraph = false): string {
  let text = '';
  for (let i = from; i < to; i++) {
    const line = lineText(draft, i);
    if (line === '') continue;
    if (text === '') text = line;
    else if (!oneParagraph && startsParagraph(draft, i)) text += '\n' + line;
    // A wrapped line that starts with punctuation joins without a space, as the reader folds " ;" within a line.
    else text += (CLOSING_PUNCT.test(line) ? '' : ' ') + line;
  }
  return text;
}

/** Where the draft's second paragraph starts: the end of its first, which may be its title. */
function secondParagraph(draft: Draft): number {
  let first = false;
  for (let i = 0; i < draft.lines.length; i++) {
    if (lineText(draft, i) === '') continue;
    if (first && startsParagraph(draft, i)) return i;
    first = true;
  }
  return draft.lines.length;
}

/** How many of the draft's lines make its heading: a bold run, or capitals that wrap; 0 when it has none. */
function headingLength(draft: Draft): number {
  const lines = draft.lines;
  // A marker alone on its line ("**1.**" with the words below) takes its heading from the next line.
  const first = draft.firstText === '' && lines.length > 1 ? 1 : 0;
  const bold = lines[first]!.bold;
  const caps = HEADING_KINDS.has(draft.kind) && isUpperCase(lineText(draft, first));
  if (!bold && !caps) return 0;
  let n = first + 1;
  while (n < lines.length) {
    const line = lines[n]!;
    const boldWrap = bold && lines[n - 1]!.boldContinues === true && line.bold;
    const capsWrap = caps && !startsParagraph(draft, n) && isUpperCase(line.text);
    if (!boldWrap && !capsWrap) break;
    n++;
  }
  return n;
}

/**
 * "Điều 1. Phạm vi điều chỉnh" with the article's words on the next lines: a short first line without a full stop,
 * followed by a line that starts a sentence, is the article's title. A first line that wraps mid-sentence ("…
 * Quyết định này Kế" / "hoạch triển khai …") goes on in lower case and is text.
 */
function articleTitleLength(draft: Draft): number {
  if (draft.kind !== 'article' || draft.lines.length < 2) return 0;
  const first = draft.firstText;
  const next = draft.lines[1]!.text;
  const shortHeading = first !== '' && first.length <= ARTICLE_TITLE_MAX && !/[.;:,]$/.test(first);
  return shortHeading && STARTS_UPPER_OR_DIGIT.test(next) ? 1 : 0;
}

/** Where the draft ends: its last line, table row or child, of which `children` are the nodes already made. */
function endOf(draft: Draft, children: readonly PlanNode[]): {line: number; column: number} {
  let last: SourceLine | undefined;
  for (const line of draft.lines) if (line.line >= (last?.line ?? 0)) last = line;
  let end = last ? {line: last.line, column: last.column + last.raw.trim().length} : {line: 0, column: 0};
  for (const row of draft.rows ?? []) if (row.position.end.line >= end.line) end = row.position.end;
  for (const child of children) if (child.position.end.line >= end.line) end = child.position.end;
  return end;
}

function positionOf(draft: Draft, children: readonly PlanNode[]): Position {
  const first = draft.lines[0] ?? draft.children[0]?.lines[0] ?? draft.rows?.[0]?.position.start;
  const start = first ? {line: first.line, column: first.column} : {line: 1, column: 1};
  return {start, end: endOf(draft, children)};
}

type TitleAndText = Pick<PlanNode, 'title' | 'text'>;

/** Sets the title if there is one and the text unless it is empty, on the node itself: no object to copy from. */
function setWords(node: TitleAndText, title: string | undefined, text: string): void {
  if (title !== undefined) node.title = title;
  if (text) node.text = text;
}

function setTitleAndText(node: TitleAndText, draft: Draft): void {
  const count = draft.lines.length;
  if (count === 0) return;
  if (draft.kind === 'point' || draft.kind === 'bullet' || draft.kind === 'paragraph') {
    return setWords(node, undefined, joinLines(draft, 0, count));
  }
  const n = headingLength(draft) || articleTitleLength(draft);
  if (n > 0) {
    return setWords(node, joinLines(draft, 0, n, true) || undefined, joinLines(draft, n, count));
  }
  const second = secondParagraph(draft);
  const first = joinLines(draft, 0, second);
  const rest = joinLines(draft, second, count);
  // A first paragraph is never empty: "" says no line has text, and there is no title.
  if (HEADING_KINDS.has(draft.kind)) return setWords(node, first || undefined, rest);
  if (draft.children.length > 0 && first !== '' && !INNER_SENTENCE_END.test(first)) {
    return setWords(node, first.replace(/\s*:$/, ''), rest);
  }
  setWords(node, undefined, rest ? `${first}\n${rest}` : first);
}

function appendixSegment(number: string): string {
  if (number === '') return 'PL';
  const value = /^\d+$/.test(number) ? Number(number) : romanValue(number) || number.charCodeAt(0) - 64;
  return `PL${value}`;
}

type RowDraft = NonNullable<Draft['rows']>[number];

/** The row's first cell without the full stop after a number ("1." → "1"); no pattern to scan a long cell with. */
function firstCell(row: RowDraft): string {
  const cell = row.cells[0] ?? '';
  return cell.endsWith('.') ? cell.slice(0, -1) : cell;
}

/** Paths of table rows: the row number, behind its group marker where numbering restarts in each group. */
function rowPaths(rows: readonly RowDraft[], prefix: string): TableRow[] {
  const numbers = new Set<string>();
  let restarts = false;
  for (const row of rows) {
    const first = firstCell(row);
    if (/^\d+$/.test(first)) {
      if (numbers.has(first)) restarts = true;
      numbers.add(first);
    }
  }
  let group = '';
  let unnumbered = 0;
  return rows.map((row) => {
    const first = firstCell(row).trim();
    if (/^(?:[IVX]+|[A-Z])$/.test(first)) {
      group = first;
      return {path: `${prefix}.${first}`, cells: row.cells, group: true, position: row.position};
    }
    if (/^\d+$/.test(first)) {
      return {path: `${prefix}.${restarts && group ? group + '.' : ''}${first}`, cells: row.cells, position: row.position};
    }
    unnumbered++;
    return {path: `${prefix}.r${unnumbered}`, cells: row.cells, position: row.position};
  });
}

export function toNodes(containers: Draft[]): PlanNode[] {
  const used = new Set<string>();
  const unique = (path: string): string => {
    let candidate = path;
    for (let n = 2; used.has(candidate); n++) candidate = `${path}~${n}`;
    used.add(candidate);
    return candidate;
  };

  const convert = (draft: Draft, prefix: string, segment: string): PlanNode => {
    const ownPath = unique(prefix ? `${prefix}.${segment}` : segment);
    draft.path = ownPath;
    // Key by key in the model's order: a spread inside an object literal costs more than all the rest here. The
    // position takes its place before the children, and its value after them, as its end is theirs.
    const node = {kind: draft.kind, marker: draft.marker, path: ownPath} as PlanNode;
    setTitleAndText(node, draft);
    node.position = NO_POSITION;
    node.children = [];
    if (draft.kind === 'table') {
      node.header = draft.header ?? [];
      const rowPrefix = prefix && /^PL/.test(prefix) && !prefix.includes('.') ? prefix : ownPath;
      node.rows = rowPaths(draft.rows ?? [], rowPrefix);
      for (const row of node.rows) row.path = row.path === ownPath ? row.path : unique(row.path);
    }
    // An attachment's tree keeps the paths it would have as a document of its own.
    const childPrefix = draft.kind === 'attachment' ? '' : ownPath;
    node.children = convertChildren(draft.children, childPrefix);
    node.position = positionOf(draft, node.children);
    return node;
  };

  const convertChildren = (children: Draft[], prefix: string): PlanNode[] => {
    let bullets = 0;
    let paragraphsSeen = 0;
    let tables = 0;
    return children.map((child) => {
      let segment: string;
      if (child.kind === 'bullet') segment = `-${++bullets}`;
      else if (child.kind === 'paragraph') segment = `p${++paragraphsSeen}`;
      else if (child.kind === 'table') segment = `t${++tables}`;
      else if (child.kind === 'subitem') segment = child.marker!.split('.').at(-1)!;
      // "PHẦN THỨ HAI": the marker keeps the words, the path their number.
      else if (child.kind === 'part' && /\s/.test(child.marker ?? '')) segment = String(child.ordinal);
      else segment = child.marker ?? '';
      if (child.duplicate) segment += `~${child.duplicate}`;
      return convert(child, prefix, segment);
    });
  };

  const nodes: PlanNode[] = [];
  let attachments = 0;
  for (const container of containers) {
    if (container.kind === 'appendix') {
      nodes.push(convert(container, '', appendixSegment(container.appendixNumber ?? '')));
    } else if (container.kind === 'attachment') {
      nodes.push(convert(container, '', attachments++ === 0 ? 'attachment' : `attachment${attachments}`));
    } else {
      nodes.push(...convertChildren(container.children, ''));
    }
  }
  return nodes;
}
