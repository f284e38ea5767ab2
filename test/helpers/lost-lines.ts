// "Nothing lost" (DESIGN.md, Quality bars): every non-blank source line's words must be found again in the plan.
// A line is found when its words occur, in order and side by side, inside one text of the plan (a node printed
// as kind word + marker + title + text, a table row, a header field, the closing, a signature line, a recipient,
// a dropped line). Header lines may be spread over several header fields (place and date, "Số" and number), so a
// line above the body is also found when the header's words cover it.

import type {Plan, PlanNode} from '../../src/model/plan.js';
import {foldWords} from './fold-words.js';

export interface LostLine {
  line: number;
  text: string;
  /** The line's words found in no text of the plan (empty when all occur, only not side by side). */
  missing: string[];
}

/** Words a marker stands for, which the plan keeps in `kind` rather than in the text. */
const KIND_WORDS: Partial<Record<PlanNode['kind'], string>> = {
  part: 'phần', chapter: 'chương', article: 'điều', appendix: 'phụ lục',
};
/** Words the header consumes when it reads a number or a date into a field. */
const HEADER_WORDS = ['số', 'ngày', 'tháng', 'năm'];
/** Abbreviations the header writes out in full ("UBND TỈNH …" becomes "Ủy ban nhân dân tỉnh …"). */
const HEADER_ABBREVIATIONS: [string, string][] = [['ubnd', 'ủy ban nhân dân'], ['hđnd', 'hội đồng nhân dân']];
/** Scrapers split the digits of header dates ("tháng 0 6"); the header reads them joined. */
const SPLIT_DIGITS = /(?<=(?<!\d)\d) (?=\d(?!\d))/g;

function nodeTexts(nodes: readonly PlanNode[], out: string[]): void {
  for (const node of nodes) {
    const kindWord = KIND_WORDS[node.kind] ?? (node.kind === 'section' && /^\d/.test(node.marker ?? '') ? 'mục' : '');
    out.push([kindWord, node.marker ?? '', node.title ?? '', node.text ?? ''].join(' '));
    if (node.header?.length) out.push(node.header.join(' '));
    for (const row of node.rows ?? []) out.push(row.cells.join(' '));
    nodeTexts(node.children, out);
  }
}

function headerTexts(plan: Plan): string[] {
  const d = plan.document;
  return [
    d.typeName, d.number, d.date, d.place, d.issuer, d.parentIssuer, d.title, d.authority,
    ...d.basis.map((b) => b.text), ...(d.notes ?? []),
  ].filter((t): t is string => typeof t === 'string');
}

/** Every text of the plan a source line may have gone to. */
export function planTexts(plan: Plan): string[] {
  const out = headerTexts(plan);
  nodeTexts(plan.body, out);
  if (plan.closing) out.push(plan.closing.text);
  // The recipients' label is kept by the field itself, as "Điều" is by the kind of an article.
  // The label may also stand inline before any one recipient ("Nơi nhận: Ủy ban nhân dân …").
  if (plan.recipients.length) out.push(`nơi nhận ${plan.recipients.join(' ')}`, ...plan.recipients.map((r) => `nơi nhận ${r}`));
  out.push(...(plan.signature?.lines ?? []), ...plan.recipients, ...plan.dropped.map((d) => d.text));
  return out;
}

function firstBodyLine(nodes: readonly PlanNode[]): number {
  return nodes.reduce((min, node) => Math.min(min, node.position.start.line), Number.POSITIVE_INFINITY);
}

/** Source lines (of the decoded text the plan was compiled from) whose words the plan does not hold. */
export function lostLines(source: string, plan: Plan): LostLine[] {
  // All plan texts as one word array with a separator between texts, and where each word occurs.
  const words: (string | null)[] = [];
  const where = new Map<string, number[]>();
  for (const text of planTexts(plan)) {
    for (const word of foldWords(text)) {
      let list = where.get(word);
      if (!list) where.set(word, (list = []));
      list.push(words.length);
      words.push(word);
    }
    words.push(null);
  }
  const header = headerTexts(plan);
  const written = foldWords(header.join(' ')).join(' ');
  const abbreviations = HEADER_ABBREVIATIONS.filter(([, full]) => written.includes(foldWords(full).join(' '))).map(([short]) => short);
  const headerWords = new Set([...header.flatMap(foldWords), ...HEADER_WORDS, ...abbreviations]);
  const bodyStart = firstBodyLine(plan.body);

  const occursInOrder = (line: string[]): boolean => {
    // Anchor on the rarest word, then compare the words around each of its occurrences.
    let anchor = 0;
    for (let k = 1; k < line.length; k++) {
      if ((where.get(line[k]!)?.length ?? 0) < (where.get(line[anchor]!)?.length ?? 0)) anchor = k;
    }
    for (const at of where.get(line[anchor]!) ?? []) {
      const start = at - anchor;
      if (start < 0) continue;
      let k = 0;
      while (k < line.length && words[start + k] === line[k]) k++;
      if (k === line.length) return true;
    }
    return false;
  };

  const lost: LostLine[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = foldWords(lines[i]!);
    if (line.length === 0 || occursInOrder(line)) continue;
    if (i + 1 < bodyStart && foldWords(lines[i]!.replace(SPLIT_DIGITS, '')).every((w) => headerWords.has(w))) continue;
    lost.push({line: i + 1, text: lines[i]!.trim(), missing: [...new Set(line.filter((w) => !where.has(w)))]});
  }
  return lost;
}
