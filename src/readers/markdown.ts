// Markdown to source lines. remark-parse finds the markup; this module maps the clean text back onto the source
// lines it came from, one SourceLine per non-blank line, so the structure builder sees the same line-shaped input
// as from the plain-text reader and every position points into the original file.

import type {InlineCode, ListItem, Nodes, Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {DropReason} from '../model/plan.js';
import type {SourceLine} from '../model/source-line.js';

interface Piece {
  text: string;
  column: number;
  strong: boolean;
}

interface LineState {
  pieces: Piece[];
  /** A block (paragraph, heading, list item, table …) starts on this line. */
  blockStart: boolean;
  heading?: number;
  drop?: DropReason;
  /** "- " or "1. ": the list marker, printed before the line's text. */
  bullet?: {text: string; column: number};
  table?: 'row' | 'border';
}

// Hand-made documents indent their first line ("      ## ĐẢNG …"); as indented code that line would lose its
// heading, and no plan holds code, so indentation is never code here.
const parser = unified().use(remarkParse).data('micromarkExtensions', [{disable: {null: ['codeIndented']}}]);

// The same line ends micromark counts, so line numbers agree with node positions.
const LINE_END = /\r\n|\r|\n/;
const BLANK = /^\s*$/;
// A pipe-table delimiter row ("|---|:--:|"); each cell is one run of dashes, so the match is linear.
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;
// Emphasis markers that CommonMark left as text ("** **", a lone "**" closing nothing) are debris, not content.
const ONLY_MARKERS = /^[*_\s]*$/;
const TAG = /<[^<>]*>/g;
// A bold marker whose partner sits across a blank or a line edge ("**ỦY BAN NHÂN DÂN\n**") stays literal text in
// CommonMark; at the edge of a line it is still markup, never content.
const LEADING_MARKER = /^\*{2,}\s*/;

export function readMarkdown(text: string): SourceLine[] {
  const raws = text.split(LINE_END);
  const lines: LineState[] = raws.map(() => ({pieces: [], blockStart: false}));
  const tree = parser.parse(text) as Root;
  new Collector(text, raws, lines).block(tree);
  return raws.flatMap((raw, i) => (BLANK.test(raw) ? [] : [toSourceLine(raw, i, lines[i], i === 0 || BLANK.test(raws[i - 1]))]));
}

class Collector {
  constructor(
    private readonly source: string,
    private readonly raws: string[],
    private readonly lines: LineState[],
  ) {}

  block(node: Nodes): void {
    const start = node.position ? node.position.start.line - 1 : -1;
    const end = node.position ? node.position.end.line - 1 : -1;
    switch (node.type) {
      case 'heading':
        this.lines[start].blockStart = true;
        for (let i = start; i <= end; i++) this.lines[i].heading = node.depth;
        this.inline(node, false);
        return;
      case 'paragraph':
        this.lines[start].blockStart = true;
        this.inline(node, false);
        this.markTables(start, end);
        return;
      case 'listItem':
        this.listItem(node, start);
        return;
      case 'thematicBreak':
        this.lines[start].drop = 'rule';
        return;
      case 'code':
        this.code(start, end);
        return;
      case 'html':
        this.htmlBlock(start, end);
        return;
      case 'definition':
        // A link definition is content the author typed ("[1]: http://…"); keep it as it stands.
        this.addRawLine(start);
        return;
      default:
        if ('children' in node) for (const child of node.children) this.block(child as Nodes);
    }
  }

  private listItem(node: ListItem, start: number): void {
    const line = this.lines[start];
    line.blockStart = true;
    const raw = this.raws[start];
    const column = node.position!.start.column;
    const marker = /^\d+[.)]/.exec(raw.slice(column - 1, column + 9));
    // Every unordered marker becomes a dash, the bullet the structure builder knows; numbers stay as printed.
    line.bullet = {text: marker ? marker[0] : '-', column};
    for (const child of node.children) this.block(child);
  }

  private code(start: number, end: number): void {
    // Only fenced code exists here (indented code is off): the fences are markup, the lines between are content.
    this.lines[start].drop = 'empty-markup';
    const closed = end > start && /^\s*(`{3,}|~{3,})/.test(this.raws[end]);
    if (closed) this.lines[end].drop = 'empty-markup';
    for (let i = start + 1; i <= (closed ? end - 1 : end); i++) this.addRawLine(i);
  }

  private htmlBlock(start: number, end: number): void {
    this.lines[start].blockStart = true;
    for (let i = start; i <= end; i++) {
      const raw = this.raws[i];
      const text = raw.replace(TAG, ' ');
      if (text.trim() !== '') this.lines[i].pieces.push({text, column: firstColumn(raw), strong: false});
    }
  }

  private addRawLine(i: number): void {
    const raw = this.raws[i];
    this.lines[i].pieces.push({text: raw, column: firstColumn(raw), strong: false});
  }

  private inline(node: Nodes, strong: boolean): void {
    if (!node.position) return;
    const line = node.position.start.line - 1;
    switch (node.type) {
      case 'text':
        this.addText(node.value, line, node.position.start.column, strong);
        return;
      case 'inlineCode':
        this.inlineCode(node, strong);
        return;
      case 'image':
      case 'imageReference':
        if (node.alt) this.addText(node.alt, line, node.position.start.column, strong);
        return;
      case 'html':
        // An inline tag separates words ("a<br>b") but says nothing.
        this.addText(' ', line, node.position.start.column, strong);
        return;
      case 'break':
        return;
      case 'strong':
        for (const child of node.children) this.inline(child, true);
        return;
      default:
        if ('children' in node) for (const child of node.children) this.inline(child as Nodes, strong);
        else if ('value' in node) this.addText(node.value, line, node.position.start.column, strong);
    }
  }

  private inlineCode(node: InlineCode, strong: boolean): void {
    const {start, end} = node.position!;
    if (start.line === end.line) {
      this.addText(node.value, start.line - 1, start.column, strong);
      return;
    }
    // The value of a code span over several lines has its line ends turned into spaces; take the source instead.
    const span = this.source.slice(start.offset, end.offset);
    // Opening and closing backtick runs have the same length.
    const fence = trailingRun(span, '`');
    const body = span.slice(fence, span.length - fence);
    this.addText(body, start.line - 1, start.column, strong);
  }

  /** Text whose "\n" are the source's line ends: each part belongs to the next line. */
  private addText(value: string, line: number, column: number, strong: boolean): void {
    const parts = value.split(LINE_END);
    for (let k = 0; k < parts.length; k++) {
      const text = parts[k];
      if (text === '') continue;
      // Continuation lines lose their indentation and container markers; find where the text starts again.
      const col = k === 0 ? column : continuationColumn(this.raws[line + k], text);
      this.lines[line + k].pieces.push({text, column: col, strong});
    }
  }

  /**
   * remark-parse without GFM reads a pipe table as a paragraph of literal text. A header line followed by a
   * delimiter row with as many cells starts a table; as in GFM, every later line of the paragraph is a row.
   */
  private markTables(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const header = contentOf(this.lines[i]);
      const border = contentOf(this.lines[i + 1]).trim();
      if (!header.includes('|') || !border.includes('|') || !DELIMITER_ROW.test(border)) continue;
      if (splitPipeRow(header).length !== splitPipeRow(border).length) continue;
      // A table may follow a paragraph line with no blank between; it is a block of its own all the same.
      this.lines[i].blockStart = true;
      this.lines[i].table = 'row';
      this.lines[i + 1].table = 'border';
      for (let row = i + 2; row <= end; row++) this.lines[row].table = 'row';
      return;
    }
  }
}

function contentOf(line: LineState): string {
  return line.pieces.map((p) => p.text).join('');
}

/** Cells of a pipe-table row: the outer pipes are optional, as in GFM. */
function splitPipeRow(row: string): string[] {
  let body = row.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|');
}

function firstColumn(raw: string): number {
  const i = raw.search(/\S/);
  return i === -1 ? 1 : i + 1;
}

function continuationColumn(raw: string, text: string): number {
  const first = text.trimStart()[0];
  const from = raw.search(/\S/);
  const at = first === undefined || from === -1 ? -1 : raw.indexOf(first, from);
  return at === -1 ? firstColumn(raw) : at + 1;
}

function toSourceLine(raw: string, index: number, state: LineState, afterBlank: boolean): SourceLine {
  const line: SourceLine = {
    line: index + 1,
    column: firstColumn(raw),
    text: '',
    raw,
    blankBefore: afterBlank || state.blockStart,
    bold: false,
  };
  const pieces = state.pieces.filter((p) => p.text.trim() !== '');
  const folded = fold(contentOf(state));
  const lead = LEADING_MARKER.exec(folded)?.[0].length ?? 0;
  const tail = trailingRun(folded, '*');
  const content = tail >= 2 ? folded.slice(lead, folded.length - tail).trimEnd() : folded.slice(lead);
  if (pieces.length > 0) {
    line.column = state.bullet ? state.bullet.column : pieces[0].column + leadingSpaces(pieces[0].text) + lead;
  }
  if (state.table === 'border') return {...line, drop: 'table-border'};
  if (state.table === 'row') return tableRow(line, folded, pieces);
  line.text = state.bullet ? fold(`${state.bullet.text} ${content}`) : content;
  line.bold = pieces.length > 0 && pieces.every((p) => p.strong);
  if (state.heading !== undefined && content !== '') line.heading = state.heading;
  if (state.drop) line.drop = state.drop;
  else if (ONLY_MARKERS.test(content) && (state.bullet === undefined || state.bullet.text === '-')) {
    // A dash bullet with nothing after it, or a line of leftover markers, carries no text; an empty numbered
    // item ("1." with its text on the next line) keeps its number.
    line.text = '';
    line.drop = 'empty-markup';
  }
  return line;
}

function tableRow(line: SourceLine, content: string, pieces: Piece[]): SourceLine {
  const cells = splitPipeRow(content).map(fold);
  const text = cells.filter((c) => c !== '').join(' | ');
  // The pipes themselves are text outside any strong node; a row is bold when every cell's content is.
  const bold = pieces.some((p) => p.strong) && pieces.every((p) => p.strong || /^[\s|]*$/.test(p.text));
  if (text === '') return {...line, cells, drop: 'table-border'};
  return {...line, text, cells, bold};
}

/** Length of the run of `char` that ends `text`; a loop, since an unanchored /x+$/ retries at every position. */
function trailingRun(text: string, char: string): number {
  let i = text.length;
  while (i > 0 && text[i - 1] === char) i--;
  return text.length - i;
}

function leadingSpaces(text: string): number {
  return text.length - text.trimStart().length;
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
