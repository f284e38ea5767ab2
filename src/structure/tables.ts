// Tables in the body: Markdown pipe tables, and tables a web copy flattened to one cell per line with a lone "|"
// between cells (two "|" lines in a row end a row). Group rows ("I", "A") lose their colspan and come out short.

import type {DroppedLine, Position} from '../model/plan.js';
import type {SourceLine} from '../model/source-line.js';
import {type Draft, newDraft} from './draft.js';

export interface TableRead {
  table: Draft;
  dropped: DroppedLine[];
  /** Index of the first line after the table. */
  next: number;
}

interface RowDraft {
  cells: string[];
  first: SourceLine;
  last: SourceLine;
}

const TABLE_RANK = 100;
const NUMBERED = /^\d{1,3}\.?$/;

function position(first: SourceLine, last: SourceLine): Position {
  return {start: {line: first.line, column: first.column}, end: {line: last.line, column: last.column + last.raw.trim().length}};
}

function toTable(rows: RowDraft[], dropped: DroppedLine[], next: number): TableRead | null {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  if (rows.length < 2 || width < 2) return null;
  const [first] = rows;
  const hasHeader = !NUMBERED.test(first!.cells[0] ?? '');
  const body = hasHeader ? rows.slice(1) : rows;
  const table = newDraft('table', null, TABLE_RANK, first!.first, '');
  table.lines = [];
  table.header = hasHeader ? first!.cells : [];
  table.rows = body.map((r) => ({cells: r.cells, position: position(r.first, r.last)}));
  return {table, dropped, next};
}

export function readFlattenedTable(lines: readonly SourceLine[], start: number): TableRead | null {
  const rows: RowDraft[] = [];
  const dropped: DroppedLine[] = [];
  let row: RowDraft | null = null;
  // The cell being read: its lines' texts joined as they come, no array of lines kept for each of thousands.
  let cell: {text: string; first: SourceLine; last: SourceLine} | null = null;
  let afterBorder = false;
  let j = start;
  const closeCell = (): void => {
    if (!cell) return;
    if (!row) row = {cells: [], first: cell.first, last: cell.first};
    row.cells.push(cell.text);
    row.last = cell.last;
    cell = null;
  };
  const closeRow = (): void => {
    if (row && row.cells.length > 0) rows.push(row);
    row = null;
  };
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.cellBorder) {
      if (cell) closeCell();
      else if (afterBorder) closeRow();
      afterBorder = true;
      dropped.push({line: line.line, text: line.raw.trim(), reason: 'table-border'});
      continue;
    }
    if (line.blankBefore && afterBorder && j > start) break;
    if (line.drop) {
      dropped.push({line: line.line, text: line.raw.trim(), reason: line.drop});
      continue;
    }
    if (cell) {
      cell.text += ' ' + line.text;
      cell.last = line;
    } else {
      cell = {text: line.text, first: line, last: line};
    }
    afterBorder = false;
  }
  closeCell();
  closeRow();
  return toTable(rows, dropped, j);
}

export function readPipeTable(lines: readonly SourceLine[], start: number): TableRead | null {
  const rows: RowDraft[] = [];
  const dropped: DroppedLine[] = [];
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    // A blank line ends a Markdown table: the next pipe row starts another.
    if (line.cells && !(j > start && line.blankBefore)) rows.push({cells: line.cells, first: line, last: line});
    else if (line.drop === 'table-border' && !line.cellBorder) dropped.push({line: line.line, text: line.raw.trim(), reason: 'table-border'});
    else break;
  }
  return toTable(rows, dropped, j);
}
