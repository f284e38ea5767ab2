// A node while the builder is still reading: its source lines, before they become title and text.

import type {NodeKind, TableRow} from '../model/plan.js';
import type {SourceLine} from '../model/source-line.js';

export interface Draft {
  kind: NodeKind;
  marker: string | null;
  ordinal: number;
  rank: number;
  /** The opening line (its marker stripped into `firstText`), then every continuation line. */
  lines: SourceLine[];
  firstText: string;
  children: Draft[];
  /** For tables: header and rows as read. */
  header?: string[];
  rows?: Omit<TableRow, 'path'>[];
  /** Appendix number ("1", "2", "" for a single unnumbered one). */
  appendixNumber?: string;
  /** Set once the numbering check has given this draft a duplicate suffix ("~2"). */
  duplicate?: number;
  path?: string;
}

export function newDraft(kind: NodeKind, marker: string | null, rank: number, line: SourceLine | null, firstText: string, ordinal = 0): Draft {
  return {kind, marker, ordinal, rank, lines: line ? [line] : [], firstText, children: []};
}
