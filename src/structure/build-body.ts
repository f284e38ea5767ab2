// The structure builder: turns the body's source lines into drafts by the numbering grammar of ND30, and sets
// aside the closing paragraph, the recipients (Nơi nhận) and the signature block it meets on the way.

import type {Diagnostic, DroppedLine} from '../model/plan.js';
import type {SourceLine} from '../model/source-line.js';
import {type Draft, newDraft} from './draft.js';
import {lineMarker, type LineMarker, RANK} from './markers.js';
import {pointLetters} from './point-letters.js';
import {toRoman} from './roman.js';
import {isUpperCase} from './text-case.js';
import {readFlattenedTable, readPipeTable} from './tables.js';
import {LETTER, NUMBER, UPPER} from '../text/letter-classes.js';

export interface BodyResult {
  roots: Draft[];
  closing: SourceLine[];
  recipients: SourceLine[];
  signature: SourceLine[];
  dropped: DroppedLine[];
  /** Numbering findings; `draft` is resolved to a path once paths exist. */
  findings: {draft: Draft; diagnostic: Omit<Diagnostic, 'path'>}[];
}

const SENTENCE_END = /[.:;!?…"”)\]]$/;
const STARTS_UPPER = new RegExp(String.raw`^[${UPPER}"“'‘(\[]`, 'u');
const STARTS_LOWER = /^\p{Ll}/u;
const CLOSING = new RegExp(String.raw`^Trên đây là(?![${LETTER}${NUMBER}])`, 'u');
const RECIPIENTS = /^Nơi nhận\s*:?/u;
const SIGNATURE = new RegExp(String.raw`^(?:TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?\s+[${UPPER}]`, 'u');
const SIGNED = /^\[?(?:đã ký|Đã ký|ĐÃ KÝ)\]?$/u;
const APPENDIX = new RegExp(String.raw`^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?([IVX]+|\d{1,2}|[A-Z])(?![${LETTER}${NUMBER}]))?\s*[.:\-–]?\s*(.*)$`, 'u');
const ATTACHMENT_TYPES = /^(?:KẾ HOẠCH|QUY ĐỊNH|QUY CHẾ|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN|ĐIỀU LỆ)$/u;

type Mode = 'body' | 'closing' | 'recipients' | 'signature';

/**
 * Whether the line opens with a first letter of CLOSING, RECIPIENTS, SIGNATURE or SIGNED: other lines, most of
 * them, skip those tests. A switch over the character code, as every line asks.
 */
function mayEndBody(text: string): boolean {
  switch (text.charCodeAt(0)) {
    case 0x54: case 0x4e: case 0x4b: case 0x51: case 0x5b: case 0x111: case 0x110: // T N K Q [ đ Đ
      return true;
    default:
      return false;
  }
}

/** The draft a marker of this rank belongs under: the innermost open draft of smaller rank. */
function parentFor(stack: Draft[], rank: number): Draft {
  for (let i = stack.length - 1; i > 0; i--) if (stack[i]!.rank < rank) return stack[i]!;
  return stack[0]!;
}

function lastSibling(parent: Draft, marker: LineMarker): Draft | undefined {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const child = parent.children[i]!;
    if (child.kind === marker.kind && (marker.kind !== 'bullet' || child.rank === marker.rank)) return child;
  }
  return undefined;
}

function firstOrdinal(marker: LineMarker): number {
  return marker.kind === 'point' ? 0 : 1;
}

function describe(marker: LineMarker, ordinal: number): string {
  if (marker.kind === 'point') return `${pointLetters[ordinal] ?? '?'})`;
  if (marker.kind === 'section' && /^[IVX]+$/.test(marker.marker)) return `${toRoman(ordinal)}.`;
  if (marker.kind === 'subitem') return `${marker.marker.split('.').slice(0, -1).join('.')}.${ordinal}.`;
  return `${ordinal}.`;
}

export function buildBody(lines: readonly SourceLine[], root: Draft): BodyResult {
  const result: BodyResult = {roots: [root], closing: [], recipients: [], signature: [], dropped: [], findings: []};
  let stack: Draft[] = [root];
  let mode: Mode = 'body';
  let prev: SourceLine | null = null;
  let signedOff = false;

  const warn = (draft: Draft, line: SourceLine, code: string, message: string): void => {
    result.findings.push({draft, diagnostic: {severity: 'warning', code, message, line: line.line, column: line.column}});
  };
  const top = (): Draft => stack[stack.length - 1]!;
  const startContainer = (draft: Draft): void => {
    result.roots.push(draft);
    stack = [draft];
    lastArticle = undefined;
    mode = 'body';
  };

  // Articles number on across chapters and sections (Điều 1 … Điều 9 over Chương I … IV): their sequence is
  // the container's, not the parent's.
  let lastArticle: Draft | undefined;
  const previousOf = (marker: LineMarker, parent: Draft): Draft | undefined =>
    marker.kind === 'article' ? lastArticle : lastSibling(parent, marker);

  /** Checks the marker against its siblings; returns whether it fits the sequence. */
  const fitsSequence = (marker: LineMarker, parent: Draft): boolean => {
    const last = previousOf(marker, parent);
    if (marker.kind === 'bullet') return true;
    if (marker.kind === 'subitem') {
      const prefix = marker.marker.split('.').slice(0, -1).join('.');
      const parentNumber = parent.kind === 'item' || parent.kind === 'subitem' ? parent.marker : null;
      const expected = last ? last.ordinal + 1 : 1;
      return marker.ordinal === expected && (parentNumber === null || parentNumber === prefix);
    }
    const expected = last ? last.ordinal + 1 : firstOrdinal(marker);
    return marker.ordinal === expected;
  };

  const checkNumbering = (marker: LineMarker, parent: Draft, draft: Draft, line: SourceLine): void => {
    if (marker.kind === 'bullet' || marker.kind === 'paragraph') return;
    const last = previousOf(marker, parent);
    const expected = last ? last.ordinal + 1 : firstOrdinal(marker);
    const what = marker.kind === 'point' ? 'point' : marker.kind === 'section' ? 'section' : marker.kind;
    if (marker.kind === 'point' && marker.ordinal < 0) {
      warn(draft, line, 'numbering/letter-outside-alphabet',
        `point ${marker.marker}) is not a letter of the Vietnamese sequence (${describe(marker, expected)} expected)`);
      // Count it where the sequence expected it, so the letters after it are not reported too.
      draft.ordinal = expected;
      return;
    }
    if (marker.ordinal === expected) return;
    if (last && marker.ordinal === last.ordinal) {
      draft.duplicate = (last.duplicate ?? 1) + 1;
      warn(draft, line, `numbering/repeated-${what === 'point' ? 'letter' : 'number'}`,
        `${what} ${marker.marker} is repeated (${describe(marker, expected)} expected)`);
    } else if (marker.ordinal > expected) {
      const missing = [];
      for (let o = expected; o < marker.ordinal && missing.length < 5; o++) missing.push(describe(marker, o));
      const before = last ? describe(marker, last.ordinal) : 'the start';
      warn(draft, line, `numbering/skipped-${what === 'point' ? 'letter' : 'number'}`,
        `${what} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing (${before} is followed by ${describe(marker, marker.ordinal)})`);
    } else {
      warn(draft, line, 'numbering/out-of-order',
        `${what} ${describe(marker, marker.ordinal)} is out of order (${describe(marker, expected)} expected)`);
      const earlier = parent.children.filter((c) => c.kind === draft.kind && c.ordinal === marker.ordinal).length;
      if (earlier > 0) draft.duplicate = earlier + 1;
    }
  };

  const accepts = (marker: LineMarker, line: SourceLine, parent: Draft): boolean => {
    const current = top();
    if (current.lines.length === 1 && current.firstText === '' && current.kind !== 'paragraph') return false;
    const boundary = line.blankBefore || prev === null || prev.bold || SENTENCE_END.test(prev.text) || prev.heading !== undefined || isUpperCase(prev.text);
    const rest = marker.rest;
    if (marker.kind === 'bullet') {
      return boundary || (rest !== '' && STARTS_UPPER.test(rest)) || rest === '';
    }
    // A capital letter as a part ("A.", "B.") only in its sequence: elsewhere it is an initial or a grade.
    if (marker.kind === 'part' && /^[A-Z]$/.test(marker.marker)) return fitsSequence(marker, parent);
    if (marker.kind === 'article' && fitsSequence(marker, parent)) return true;
    if (marker.kind === 'part' || marker.kind === 'chapter' || marker.kind === 'article') return boundary || line.bold;
    // A section heading printed in capitals and next in the Roman sequence opens its section even right after a
    // paragraph's last line that lacks its full stop: wrapped prose does not go on with "II. TỔ CHỨC THỰC HIỆN".
    if (marker.kind === 'section') {
      return ((boundary || line.bold) && !STARTS_LOWER.test(rest)) || rest === '' || (isUpperCase(rest) && fitsSequence(marker, parent));
    }
    const fits = fitsSequence(marker, parent);
    if (fits) return !(STARTS_LOWER.test(rest) && !boundary);
    return line.bold || (boundary && (rest === '' || STARTS_UPPER.test(rest) || /^\d/.test(rest)));
  };

  const continueWith = (line: SourceLine): void => {
    const current = top();
    // Text straight under the body, or under an appendix or attachment once its heading lines are over, is a
    // paragraph of its own; anywhere else it continues the node before it.
    const container = current === stack[0];
    if (container && (current.rank === 0 || current.children.length > 0)) {
      const paragraph = newDraft('paragraph', null, RANK.subbullet! + 1, line, line.text);
      current.children.push(paragraph);
      stack.push(paragraph);
      return;
    }
    current.lines.push(line);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cellBorder || (line.cells && mode === 'body')) {
      const read = line.cells ? readPipeTable(lines, i) : readFlattenedTable(lines, i);
      if (read) {
        const container = top().kind === 'paragraph' ? parentFor(stack, RANK.subbullet! + 1) : top();
        container.children.push(read.table);
        result.dropped.push(...read.dropped);
        i = read.next - 1;
        prev = null;
        continue;
      }
    }
    if (line.drop) {
      result.dropped.push({line: line.line, text: line.raw.trim(), reason: line.drop});
      continue;
    }
    const text = line.text;

    // APPENDIX opens with a "P": other lines, nearly all of them, skip the case check and the pattern.
    const mayOpenAppendix = text.charCodeAt(0) === 0x50 && (line.bold || line.heading !== undefined || isUpperCase(text));
    const appendix = mayOpenAppendix ? APPENDIX.exec(text) : null;
    if (appendix && (mode !== 'body' || signedOff || line.blankBefore || prev === null) && (appendix[2] === '' || isUpperCase(appendix[2]!) || line.bold)) {
      const draft = newDraft('appendix', appendix[1] ?? null, 0.5, line, appendix[2]!);
      draft.appendixNumber = appendix[1] ?? '';
      startContainer(draft);
      prev = line;
      continue;
    }
    if (signedOff && mode !== 'body' && ATTACHMENT_TYPES.test(text)) {
      // The attachment's marker is the type word that opens it ("KẾ HOẠCH", "QUY CHẾ").
      startContainer(newDraft('attachment', text, 0.5, line, ''));
      prev = line;
      continue;
    }
    const mayEnd = mayEndBody(text);
    if (mayEnd && CLOSING.test(text) && mode === 'body' && stack[0]!.kind !== 'appendix') {
      mode = 'closing';
    } else if (mayEnd && RECIPIENTS.test(text)) {
      mode = 'recipients';
      const rest = text.replace(RECIPIENTS, '').trim();
      if (rest === '') {
        result.recipients.push({...line, text: ''});
        prev = line;
        continue;
      }
      result.recipients.push({...line, text: rest});
      prev = line;
      continue;
    } else if (mayEnd && ((SIGNATURE.test(text) && (isUpperCase(text.replace(/^\S+\s*/, '')) || line.bold)) || SIGNED.test(text))) {
      mode = 'signature';
      signedOff = true;
    } else if (mode === 'recipients' && !/^[-+•]/.test(text) && !(STARTS_LOWER.test(text) && !line.blankBefore)) {
      mode = 'signature';
      signedOff = true;
    } else if (mode === 'signature' && line.blankBefore && !isUpperCase(text) && result.signature.some((l) => !isUpperCase(l.text))) {
      // After the signer's name: what follows is body again (a web copy's tail), never lost.
      mode = 'body';
    }

    if (mode === 'closing') result.closing.push(line);
    else if (mode === 'recipients') result.recipients.push(line);
    else if (mode === 'signature') result.signature.push(line);
    else {
      const marker = lineMarker(text);
      const parent = marker ? parentFor(stack, marker.rank) : null;
      if (marker && parent && accepts(marker, line, parent)) {
        const draft = newDraft(marker.kind, marker.marker, marker.rank, line, marker.rest, marker.ordinal);
        checkNumbering(marker, parent, draft, line);
        if (draft.kind === 'article') lastArticle = draft;
        while (top() !== parent) stack.pop();
        parent.children.push(draft);
        stack.push(draft);
      } else {
        continueWith(line);
      }
    }
    prev = line;
  }
  return result;
}
