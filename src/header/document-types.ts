// ND30 Phụ lục III: the document types a plan compiler meets, their codes, and the words that name them.

import {LETTER} from '../text/letter-classes.js';

export interface DocumentType {
  code: string;
  name: string;
}

const TYPES: [string, string][] = [
  ['KẾ HOẠCH', 'KH'],
  ['QUYẾT ĐỊNH', 'QĐ'],
  ['CHỈ THỊ', 'CT'],
  ['CHƯƠNG TRÌNH', 'CTr'],
  ['THÔNG BÁO', 'TB'],
  ['NGHỊ QUYẾT', 'NQ'],
  ['QUY CHẾ', 'QC'],
  ['QUY ĐỊNH', 'QyĐ'],
  ['HƯỚNG DẪN', 'HD'],
  ['PHƯƠNG ÁN', 'PA'],
  ['ĐỀ ÁN', 'ĐA'],
  ['BÁO CÁO', 'BC'],
  ['TỜ TRÌNH', 'TTr'],
  ['CÔNG ĐIỆN', 'CĐ'],
  ['KẾT LUẬN', 'KL'],
];

// The code a number carries after its digits ("12/KH-UBND" → KH).
const CODE_IN_NUMBER = new RegExp(String.raw`^[\d.]*[-/](?:\d{4}\/)?([${LETTER}]+)`, 'u');
const byWord = new Map(TYPES.map(([word, code]) => [word, code]));
const byCode = new Map(TYPES.map(([word, code]) => [code, word]));
const names = new Map(TYPES.map(([word, code]) => [code, word.charAt(0) + word.slice(1).toLowerCase()]));

const TYPE_LINE = new RegExp(`^(${TYPES.map(([w]) => w).join('|')})(?=$|\\s|:)`, 'iu');

/** The document type a line opens with ("KẾ HOẠCH", "Kế hoạch hỗ trợ …"), or null. */
export function typeOfLine(text: string): (DocumentType & {rest: string}) | null {
  const match = TYPE_LINE.exec(text);
  if (!match) return null;
  const code = byWord.get(match[1]!.toUpperCase())!;
  return {code, name: names.get(code)!, rest: text.slice(match[0].length).replace(/^\s*:?\s*/, '')};
}

/** The type a number/symbol names: "141/KH-UBND" → KH, "3260-KH/ĐĐQH15" → KH. */
export function typeOfNumber(number: string): DocumentType | null {
  const match = CODE_IN_NUMBER.exec(number);
  const code = match ? match[1]! : '';
  const word = byCode.get(code);
  return word ? {code, name: names.get(code)!} : null;
}
