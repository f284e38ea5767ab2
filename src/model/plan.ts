// The plan model: the output contract of DESIGN.md "The plan model". Every reader feeds it, every writer reads it.
// Field names here are read by shared/eval and by users' tooling: add fields, never rename.

export interface Point {
  line: number;
  column: number;
}

export interface Position {
  start: Point;
  end: Point;
}

export type NodeKind =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'item'
  | 'subitem'
  | 'point'
  | 'bullet'
  | 'paragraph'
  | 'appendix'
  | 'table'
  | 'attachment';

export type Recurrence = 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'ongoing';

export interface Deadline {
  /** The phrase as printed, e.g. "trước ngày 20/11/2020". */
  text: string;
  /** ISO date; the last day of a period. Null for a frequency with no date. */
  date: string | null;
  recurrence: Recurrence | null;
}

export interface Citation {
  /** ND30 code of the cited document type (QĐ, KH, NQ, CT, TT, NĐ, Luật …), null when not printed. */
  type: string | null;
  typeName: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  text: string;
}

export interface AgencyRef {
  /** Registry id (a slug); for unknown bodies a slug of the printed name. */
  id: string;
  /** Canonical name, or the printed name for an unknown body. */
  name: string;
  /** `class` for a class of bodies ("Các sở, ban, ngành tỉnh"). */
  kind: 'body' | 'class';
  /** The name as printed in the document. */
  printed: string;
  known: boolean;
}

export type Role = 'lead' | 'support';

export interface TaskAgency extends AgencyRef {
  role: Role;
}

export interface TableRow {
  /** Address of the row: the appendix path, the group marker where numbering restarts, the row number. */
  path: string;
  cells: string[];
  /** A group row ("I", "A"): it heads the rows after it and holds no task of its own. */
  group?: boolean;
  /** Every dated deadline in the row's cells ("2026", "Quý I/2026", "Trước ngày 31/5/2026"). */
  deadlines?: Deadline[];
  position: Position;
}

export interface PlanNode {
  kind: NodeKind;
  /** As printed without punctuation ("III", "2", "1.1", "a", "đ", "-", "+"); null for paragraphs and tables. */
  marker: string | null;
  /** Unique address in the plan: "III.2.a", "IV.3.-2", "PL1.12". */
  path: string;
  /** The heading of a part, chapter, section, article, appendix, or of an item that heads others. */
  title?: string;
  /** The node's own text, wrapped lines joined; paragraphs separated by "\n". */
  text?: string;
  /** True on the section that hands work to agencies. */
  assignments?: boolean;
  /** The bodies an assignment item (or a point that opens with one) names. */
  agencies?: AgencyRef[];
  deadlines?: Deadline[];
  citations?: Citation[];
  /** Tables: the header cells, then the rows. */
  header?: string[];
  rows?: TableRow[];
  position: Position;
  children: PlanNode[];
}

export interface Task {
  path: string;
  text: string;
  agencies: TaskAgency[];
  due: string | null;
  dueText: string | null;
  recurrence: Recurrence | null;
  mode: 'order' | 'request';
  position: Position;
}

export interface BasisLine {
  text: string;
  citations: Citation[];
  line: number;
}

export interface DocumentHeader {
  /** ND30 Phụ lục III code (KH, QĐ, CT, CTr, TB, NQ …); null if unknown. */
  type: string | null;
  typeName: string | null;
  /** As printed after "Số", spaces removed. */
  number: string | null;
  date: string | null;
  place: string | null;
  /** The issuing body's full name in sentence case: "Ủy ban nhân dân tỉnh Thừa Thiên Huế". */
  issuer: string | null;
  /** The parent body printed above the issuer, if any ("UBND TỈNH ĐẮK NÔNG"). */
  parentIssuer: string | null;
  title: string | null;
  /** The authority line of a Quyết định ("Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi"). */
  authority?: string | null;
  basis: BasisLine[];
  /** Header lines that held nothing the header has a field for, as printed. */
  notes?: string[];
}

export interface Signature {
  /** TM., KT., Q., TL., TUQ. */
  authority: string | null;
  body: string | null;
  position: string | null;
  name: string | null;
  /** The block's lines as printed, so nothing of it is lost. */
  lines?: string[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Rule id such as "numbering/skipped-letter". */
  code: string;
  message: string;
  path: string | null;
  line: number | null;
  column: number | null;
}

export type DropReason =
  | 'rule'
  | 'table-border'
  | 'empty-markup'
  | 'boilerplate'
  | 'motto'
  | 'page-break'
  | 'enactment'
  | 'unplaced';

export interface DroppedLine {
  line: number;
  text: string;
  reason: DropReason;
}

export interface SourceInfo {
  path: string;
  format: string;
  sha256: string;
  encoding: string;
}

export interface Plan {
  $schema?: string;
  schemaVersion: 1;
  source: SourceInfo;
  document: DocumentHeader;
  body: PlanNode[];
  tasks: Task[];
  closing: {text: string} | null;
  signature: Signature | null;
  recipients: string[];
  dropped: DroppedLine[];
  diagnostics: Diagnostic[];
}
