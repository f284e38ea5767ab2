// The plain-text reader: a line scanner of our own, because text copied from legal-document websites carries
// Markdown-like debris (bold markers around numbers, lone "|" cells of flattened tables, rules of dashes) that a
// Markdown parser would turn into structure, and because remark-parse is ten times slower than this path needs.

import type {SourceLine} from '../model/source-line.js';
import type {DropReason} from '../model/plan.js';
import {LETTER, NUMBER} from '../text/letter-classes.js';

const RULE = /^(?:[-=_*~]\s*){3,}$/;
const TABLE_DELIMITER_ROW = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
const HEADING_HASHES = /^#{1,6}(?=\s|$)/;
const MARKDOWN_BULLET = /^\*\s{1,4}(?=\S)/;
const ONLY_STARS = /^[*\s]+$/;
const FOOTNOTE_MARK = /\\?\[\d{1,3}\\?\]/g;
// The "_" first, its letter looked back at from there: a lookbehind in front would be tried at every position.
const UNDERSCORE_JOIN = new RegExp(String.raw`_(?<=[${LETTER}]_)(?=[${LETTER}])`, 'gu');
// Runs of white space that fold to one space; a lone space is one already, and left alone.
const WHITE_SPACE_RUN = /[\t ]{2,}|\t/g;
const SPACE_BEFORE_PUNCT = / +(?=[,.;:!?)\]])/g;
// The bracket taken and put back ("$1"): a lookbehind in front would be tried at every position of the line.
const SPACE_AFTER_OPEN = /([([]) +/g;
// Letters and digits beyond the BMP (U+1D400 …) are no content: this reader has always judged UTF-16 units, and
// neither half of such a letter is one.
const LETTER_OR_DIGIT = new RegExp(String.raw`(?![\u{10000}-\u{10ffff}])[${LETTER}${NUMBER}]`, 'u');
const EMPTY_EMPHASIS = /^\*{1,3}\s*\*{1,3}$/;
const SPACED_PUNCT = / [,.;:!?)\]]|[([] /;
// Whatever one of the passes of `clean` could change: most lines hold none of it, and one test tells.
const ANY_DEBRIS = /[\\[_\t]| [ ,.;:!?)\]]|\( /;
// The same test for a text without "\\", "[", "_" or tab, as most documents are: without the characters to look
// for at every position, it takes two thirds of the time.
const SPACING_DEBRIS = / [ ,.;:!?)\]]|\( /;
const ESCAPE = /\\([*_#|[\]().-])/g;

/** Whether the text holds a letter or digit; most texts open with an ASCII one, which spares them the pattern. */
function hasContent(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || LETTER_OR_DIGIT.test(text);
}

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
    // The text up to the next run of "*" goes out whole; only whether it holds a letter or digit matters.
    const star = line.indexOf('*', i);
    const end = star < 0 ? line.length : star;
    if (end > i) {
      const text = line.slice(i, end);
      out += text;
      if (hasContent(text)) {
        content = true;
        contentSinceToggle = true;
        if (!bold) contentOutsideBold = true;
      }
    }
    if (star < 0) break;
    let j = star;
    while (j < line.length && line.charCodeAt(j) === 0x2a) j++;
    const run = j - star;
    i = j;
    // A lone "*" between two spaces or in "(*)" is text, not markup. Character codes: line[k] makes a string.
    const before = line.charCodeAt(star - 1);
    const after = line.charCodeAt(j);
    if (run === 1 && ((before === 0x28 && after === 0x29) || (before === 0x20 && after === 0x20))) {
      out += '*';
      content = true;
      if (!bold) contentOutsideBold = true;
      continue;
    }
    if (run >= 2 && run % 2 === 0 ? (run / 2) % 2 === 1 : run >= 3) {
      bold = !bold;
      contentSinceToggle = false;
    } else if (run >= 4) {
      contentSinceToggle = false;
    }
  }
  return {text: out, bold: content && !contentOutsideBold, open: bold && (contentSinceToggle || boldOpen)};
}

/** The debris test a document's lines need: four searches of the whole text cost less than the longer test. */
function debrisTest(text: string): RegExp {
  return text.includes('\\') || text.includes('[') || text.includes('_') || text.includes('\t') ? ANY_DEBRIS : SPACING_DEBRIS;
}

/**
 * Folds white space and removes debris; each pass runs only on lines that hold what it removes, and none on a line
 * that `debris`, the document's test, passes over.
 */
function clean(text: string, debris: RegExp): string {
  if (!debris.test(text)) return text.trim();
  let out = text;
  if (out.includes('\\')) out = out.replace(ESCAPE, '$1');
  if (out.includes('[')) out = out.replace(FOOTNOTE_MARK, (mark, offset: number) => (offset === 0 ? mark : ''));
  if (out.includes('_')) out = out.replace(UNDERSCORE_JOIN, ' ');
  if (out.includes('  ') || out.includes('\t')) out = out.replace(WHITE_SPACE_RUN, ' ');
  if (SPACED_PUNCT.test(out)) out = out.replace(SPACE_BEFORE_PUNCT, '').replace(SPACE_AFTER_OPEN, '$1');
  return out.trim();
}

/** The cells of a pipe row; `row` is trimmed and opens with "|". */
function splitPipeRow(row: string, debris: RegExp): string[] {
  const inner = row.slice(1, row.endsWith('|') ? -1 : row.length);
  // Cells come padded to their column's width: the padding goes first, as no pass of `clean` looks at white space
  // that ends a text, and the padding is most of a row.
  return inner.split('|').map((cell) => clean((cell.includes('*') ? stripEmphasis(cell, false).text : cell).trimEnd(), debris));
}

/** Lines that are debris as a whole: a lone cell border, empty emphasis, a rule, a table's delimiter row. */
function debrisReason(body: string): DropReason | null {
  // Every pattern here opens with one of a few characters: the first one picks the tests worth running.
  switch (body.charCodeAt(0)) {
    case 0x7c: // |
      return body === '|' || TABLE_DELIMITER_ROW.test(body) ? 'table-border' : null;
    case 0x2a: // *
      if (EMPTY_EMPHASIS.test(body)) return 'empty-markup';
      return RULE.test(body) ? 'rule' : null;
    case 0x2d: case 0x3d: case 0x5f: case 0x7e: // - = _ ~
      return RULE.test(body) ? 'rule' : null;
    default:
      return null;
  }
}

/**
 * A source line with every field from the start, those most lines leave unset too: all lines then share one shape,
 * which the structure builder reads many times over faster than half a dozen. A function of its own: a closure over
 * the line's fields, made anew for every line, was a third of all the reader allocates.
 */
function sourceLine(line: number, column: number, text: string, raw: string, blankBefore: boolean, bold: boolean): SourceLine {
  return {
    line, column, text, raw, blankBefore, bold,
    boldContinues: undefined, heading: undefined, cells: undefined, cellBorder: undefined, drop: undefined,
  };
}

/** Reads decoded text (line ends already "\n") into source lines. */
export function readText(text: string): SourceLine[] {
  const lineDebris = debrisTest(text);
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
    let body = raw.trim();
    if (body === '') {
      blankBefore = true;
      // Emphasis never spans paragraphs: an unclosed "**" ends at the blank line.
      boldOpen = false;
      if (end === text.length) break;
      continue;
    }
    const column = body.length === raw.length ? 1 : raw.length - raw.trimStart().length + 1;
    const wasBlank = blankBefore;
    blankBefore = false;

    const debris = debrisReason(body);
    if (debris) {
      const line = sourceLine(lineNo, column, '', raw, wasBlank, false);
      line.drop = debris;
      if (body === '|') line.cellBorder = true;
      lines.push(line);
      continue;
    }
    let heading: number | undefined;
    const hashes = body.charCodeAt(0) === 0x23 ? HEADING_HASHES.exec(body) : null; // #
    if (hashes) {
      heading = hashes[0].length;
      body = body.slice(heading).trim();
    }
    // The first character picks the patterns worth trying, read as a code: every line asks.
    const first = body.charCodeAt(0);
    // A pipe row, its closing pipe optional as in GFM.
    if (first === 0x7c && body.indexOf('|', 1) > 0) {
      const cells = splitPipeRow(body, lineDebris);
      const line = sourceLine(lineNo, column, cells.filter(Boolean).join(' | '), raw, wasBlank, false);
      line.cells = cells;
      if (heading !== undefined) line.heading = heading;
      lines.push(line);
      continue;
    }
    if (first === 0x2a && ONLY_STARS.test(body)) { // *
      const line = sourceLine(lineNo, column, '', raw, wasBlank, false);
      line.drop = 'empty-markup';
      lines.push(line);
      continue;
    }
    const bullet = first === 0x2a ? MARKDOWN_BULLET.exec(body) : null;
    if (bullet) body = '- ' + body.slice(bullet[0].length);
    const emphasis: Emphasis | undefined = body.includes('*') ? stripEmphasis(body, boldOpen) : undefined;
    const bold = emphasis ? emphasis.bold : boldOpen;
    boldOpen = emphasis ? emphasis.open : boldOpen;
    // The body is trimmed already: unless emphasis was stripped from it, only debris can change it.
    const cleaned = emphasis ? clean(emphasis.text, lineDebris) : lineDebris.test(body) ? clean(body, lineDebris) : body;
    if (cleaned === '' || cleaned === '|') {
      const line = sourceLine(lineNo, column, '', raw, wasBlank, false);
      line.drop = 'empty-markup';
      lines.push(line);
      continue;
    }
    const line = sourceLine(lineNo, column, cleaned, raw, wasBlank, bold || heading !== undefined);
    if (heading !== undefined) line.heading = heading;
    if (boldOpen) line.boldContinues = true;
    lines.push(line);
  }
  return lines;
}
