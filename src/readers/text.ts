// The plain-text reader: a line scanner of our own, because text copied from legal-document websites carries
// Markdown-like debris (bold markers around numbers, lone "|" cells of flattened tables, rules of dashes) that a
// Markdown parser would turn into structure, and because remark-parse is ten times slower than this path needs.

import type {SourceLine} from '../model/source-line.js';
import type {DropReason} from '../model/plan.js';

const RULE = /^(?:[-=_*~]\s*){3,}$/;
const TABLE_DELIMITER_ROW = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
const HEADING_HASHES = /^#{1,6}(?=\s|$)/;
const MARKDOWN_BULLET = /^\*\s{1,4}(?=\S)/;
const FOOTNOTE_MARK = /\\?\[\d{1,3}\\?\]/g;
const UNDERSCORE_JOIN = /(?<=\p{L})_(?=\p{L})/gu;
const SPACE_BEFORE_PUNCT = / +(?=[,.;:!?)\]])/g;
const SPACE_AFTER_OPEN = /(?<=[([]) +/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EMPTY_EMPHASIS = /^\*{1,3}\s*\*{1,3}$/;
const SPACED_PUNCT = / [,.;:!?)\]]|[([] /;
const ESCAPE = /\\([*_#|[\]().-])/g;

interface Emphasis {
  /** Text with every `*` emphasis marker removed. */
  text: string;
  /** All letters and digits of the line sat inside a bold span. */
  bold: boolean;
  /** A bold span is still open at the end of the line. */
  open: boolean;
}

/**
 * Removes `*`/`**` emphasis markers and tells whether the content was bold. `boldOpen` says whether a bold span
 * opened on an earlier line is still open. Markers are runs of `*`: `**` toggles bold, `*` toggles italics;
 * a run of three toggles both.
 */
function stripEmphasis(line: string, boldOpen: boolean): Emphasis {
  let bold = boldOpen;
  let out = '';
  let contentOutsideBold = false;
  let content = false;
  // A span opened at the end of a line with nothing in it ("**1.****") is debris, not a heading that wraps.
  let contentSinceToggle = true;
  for (let i = 0; i < line.length; ) {
    const ch = line[i]!;
    if (ch === '*') {
      let j = i;
      while (j < line.length && line[j] === '*') j++;
      const run = j - i;
      // A lone "*" between two spaces or in "(*)" is text, not markup.
      if (run === 1 && ((line[i - 1] === '(' && line[j] === ')') || (line[i - 1] === ' ' && line[j] === ' '))) {
        out += ch;
        content = true;
        if (!bold) contentOutsideBold = true;
        i = j;
        continue;
      }
      if (run >= 2 && run % 2 === 0 ? (run / 2) % 2 === 1 : run >= 3) {
        bold = !bold;
        contentSinceToggle = false;
      } else if (run >= 4) {
        contentSinceToggle = false;
      }
      i = j;
      continue;
    }
    out += ch;
    if (ch !== ' ' && ch !== '\t') {
      if (LETTER_OR_DIGIT.test(ch)) {
        content = true;
        contentSinceToggle = true;
        if (!bold) contentOutsideBold = true;
      }
    }
    i++;
  }
  return {text: out, bold: content && !contentOutsideBold, open: bold && (contentSinceToggle || boldOpen)};
}

/** Folds white space and removes debris; each pass runs only on lines that hold what it removes. */
function clean(text: string): string {
  let out = text;
  if (out.includes('\\')) out = out.replace(ESCAPE, '$1');
  if (out.includes('[')) out = out.replace(FOOTNOTE_MARK, (mark, offset: number) => (offset === 0 ? mark : ''));
  if (out.includes('_')) out = out.replace(UNDERSCORE_JOIN, ' ');
  if (out.includes('  ') || out.includes('\t')) out = out.replace(/[\t ]+/g, ' ');
  if (SPACED_PUNCT.test(out)) out = out.replace(SPACE_BEFORE_PUNCT, '').replace(SPACE_AFTER_OPEN, '');
  return out.trim();
}

function splitPipeRow(text: string): string[] {
  const inner = text.replace(/^\|/, '').replace(/\|\s*$/, '');
  return inner.split('|').map((cell) => clean(stripEmphasis(cell, false).text));
}

/** Lines that are debris as a whole: a lone cell border, empty emphasis, a rule, a table's delimiter row. */
function debrisReason(body: string): DropReason | null {
  if (body === '|') return 'table-border';
  if (EMPTY_EMPHASIS.test(body)) return 'empty-markup';
  if (RULE.test(body)) return 'rule';
  if (body.startsWith('|') && TABLE_DELIMITER_ROW.test(body)) return 'table-border';
  return null;
}

/** Reads decoded text (line ends already "\n") into source lines. */
export function readText(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blankBefore = false;
  let boldOpen = false;
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    lineNo++;
    start = end + 1;
    const indent = raw.length - raw.trimStart().length;
    let body = raw.trim();
    if (body === '') {
      blankBefore = true;
      // Emphasis never spans paragraphs: an unclosed "**" ends at the blank line.
      boldOpen = false;
      if (end === text.length) break;
      continue;
    }
    const column = indent + 1;
    const wasBlank = blankBefore;
    blankBefore = false;
    const make = (text: string, bold: boolean): SourceLine => ({line: lineNo, column, text, raw, blankBefore: wasBlank, bold});

    const debris = debrisReason(body);
    if (debris) {
      const line = make('', false);
      line.drop = debris;
      if (body === '|') line.cellBorder = true;
      lines.push(line);
      continue;
    }
    let heading: number | undefined;
    const hashes = HEADING_HASHES.exec(body);
    if (hashes) {
      heading = hashes[0].length;
      body = body.slice(heading).trim();
    }
    // A pipe row, its closing pipe optional as in GFM.
    if (body.startsWith('|') && body.indexOf('|', 1) > 0) {
      const cells = splitPipeRow(body);
      const line = make(cells.filter(Boolean).join(' | '), false);
      line.cells = cells;
      if (heading !== undefined) line.heading = heading;
      lines.push(line);
      continue;
    }
    if (/^[*\s]+$/.test(body)) {
      const line = make('', false);
      line.drop = 'empty-markup';
      lines.push(line);
      continue;
    }
    const bullet = MARKDOWN_BULLET.exec(body);
    if (bullet) body = '- ' + body.slice(bullet[0].length);
    const emphasis: Emphasis = body.includes('*') ? stripEmphasis(body, boldOpen) : {text: body, bold: boldOpen, open: boldOpen};
    boldOpen = emphasis.open;
    const cleaned = clean(emphasis.text);
    if (cleaned === '' || cleaned === '|') {
      const line = make('', false);
      line.drop = 'empty-markup';
      lines.push(line);
      continue;
    }
    const line = make(cleaned, emphasis.bold || heading !== undefined);
    if (heading !== undefined) line.heading = heading;
    if (emphasis.open) line.boldContinues = true;
    lines.push(line);
  }
  return lines;
}
