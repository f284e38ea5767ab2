// What a reader hands the structure builder: the document as lines of clean text that remember where they came
// from. Readers remove markup; they never decide structure.

import type {DropReason} from './plan.js';

export interface SourceLine {
  /** 1-based line of the decoded source. */
  line: number;
  /** 1-based column where `text` starts in that line. */
  column: number;
  /** The content with markup debris removed and white space folded; "" for a line that is only debris. */
  text: string;
  /** The decoded line as it was. */
  raw: string;
  /** A blank line (or a paragraph boundary) stood before this line. */
  blankBefore: boolean;
  /** The whole content was set in bold: a heading cue for wrapped headings. */
  bold: boolean;
  /** A bold span opened on this line is still open at its end (a heading that wraps). */
  boldContinues?: boolean;
  /** Markdown heading depth (1-6), when the reader saw one. */
  heading?: number;
  /** A row of a table that the reader recognised (Markdown pipe table), its cells cleaned. */
  cells?: string[];
  /** A lone cell border ("|") of a table flattened to one cell per line. */
  cellBorder?: boolean;
  /** Debris that belongs to no node, with the reason it is kept out. */
  drop?: DropReason;
}
