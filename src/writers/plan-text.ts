// A plan printed back as the plain-text document it was compiled from, in ND30 order: issuer and motto, number,
// place and date, type word and title, the basis, the body with its markers, the closing, Nơi nhận and the
// signature. Printed in the forms the compiler reads, so compiling the text gives the same tree again: headings in
// bold (**…**), one paragraph a line with blank lines between, tables as Markdown pipe rows.

import type {Plan, PlanNode} from '../model/plan.js';

const motto = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

export function writePlanText(plan: Plan): string {
  // Closing, Nơi nhận and signature end the document proper; appendices and attached plans come after them.
  const tail = plan.body.findIndex((node) => node.kind === 'appendix' || node.kind === 'attachment');
  const proper = tail < 0 ? plan.body : plan.body.slice(0, tail);
  const annexes = tail < 0 ? [] : plan.body.slice(tail);
  const blocks = [...headerBlocks(plan), ...proper.flatMap(nodeBlocks), ...closingBlocks(plan), ...annexes.flatMap(nodeBlocks)];
  return blocks.map((block) => block.join('\n')).join('\n\n') + '\n';
}

/** Blocks of lines; blocks are printed with a blank line between them. */
type Block = string[];

function headerBlocks(plan: Plan): Block[] {
  const {document} = plan;
  const issuers = [document.parentIssuer, document.issuer].filter((name): name is string => name !== null).map(upper);
  // Without a type word the compiler reads no header at all: printing one would add body text.
  if (document.typeName === null) return [];
  const blocks: Block[] = [];
  if (issuers.length > 0) blocks.push(issuers);
  blocks.push(motto);
  if (document.number !== null) blocks.push([`Số: ${document.number}`]);
  if (document.date !== null) blocks.push([`${document.place !== null ? `${document.place}, ` : ''}${printedDate(document.date)}`]);
  blocks.push([upper(document.typeName), ...(document.title !== null ? [document.title] : [])]);
  if (document.authority) blocks.push([upper(document.authority)]);
  for (const basis of document.basis) blocks.push([basis.text]);
  // The enactment word ends the preamble, or the first article would read as one more basis line.
  if (plan.body[0]?.kind === 'article') blocks.push([document.type === 'NQ' ? 'QUYẾT NGHỊ:' : 'QUYẾT ĐỊNH:']);
  return blocks;
}

function nodeBlocks(node: PlanNode): Block[] {
  if (node.kind === 'table') return [tableLines(node)];
  const prefix = markerOf(node);
  const paragraphs = node.text !== undefined ? node.text.split('\n') : [];
  const blocks: Block[] = [];
  if (node.title !== undefined) {
    if (node.kind === 'attachment') blocks.push([`**${node.marker ?? 'KẾ HOẠCH'}**`]);
    blocks.push([`**${joined(prefix, node.title)}**`]);
    blocks.push(...paragraphs.map((p) => [p]));
  } else if (paragraphs.length > 0) {
    blocks.push([joined(prefix, paragraphs[0]!)], ...paragraphs.slice(1).map((p) => [p]));
  } else if (prefix !== '') {
    blocks.push([prefix]);
  }
  return [...blocks, ...node.children.flatMap(nodeBlocks)];
}

/** The marker as printed: "III.", "2.", "1.1.", "a)", "-", "+", "Điều 1.", "PHỤ LỤC I", "Chương II", "Phần thứ nhất". */
function markerOf(node: PlanNode): string {
  const marker = node.marker;
  switch (node.kind) {
    case 'part':
      return marker === null ? '' : /^[A-K]$/.test(marker) ? `${marker}.` : `PHẦN ${upper(marker)}`;
    case 'chapter':
      return `Chương ${marker}`;
    case 'section':
      return marker !== null && /^\d/.test(marker) ? `Mục ${marker}.` : `${marker}.`;
    case 'article':
      return `Điều ${marker}.`;
    case 'item':
    case 'subitem':
      return `${marker}.`;
    case 'point':
      return `${marker})`;
    case 'bullet':
      return marker ?? '-';
    case 'appendix':
      return marker === null ? 'PHỤ LỤC' : `PHỤ LỤC ${marker}`;
    default:
      return '';
  }
}

function tableLines(node: PlanNode): string[] {
  const header = node.header ?? [];
  const rows = (node.rows ?? []).map((row) => row.cells);
  const width = Math.max(header.length, ...rows.map((cells) => cells.length));
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`;
  const head = header.length > 0 ? [line(header), line(Array.from({length: width}, () => '---'))] : [];
  return [...head, ...rows.map(line)];
}

function closingBlocks(plan: Plan): Block[] {
  const blocks: Block[] = [];
  if (plan.closing !== null) blocks.push([plan.closing.text]);
  if (plan.recipients.length > 0) {
    blocks.push(['Nơi nhận:', ...plan.recipients.map((r, k) => `- ${r}${k === plan.recipients.length - 1 ? '.' : ';'}`)]);
  }
  const signature = plan.signature;
  if (signature !== null) {
    const lines = signature.lines ?? [
      ...(signature.authority !== null && signature.body !== null ? [`${signature.authority} ${upper(signature.body)}`] : []),
      ...(signature.position !== null ? [upper(signature.position)] : []),
      ...(signature.name !== null ? [signature.name] : []),
    ];
    if (lines.length > 0) blocks.push(lines);
  }
  return blocks;
}

function printedDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
}

function joined(prefix: string, text: string): string {
  return prefix === '' ? text : `${prefix} ${text}`;
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}
