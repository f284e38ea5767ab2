// Cited documents in one node's text: "Quyết định số 1486/QĐ-TTg ngày 06 tháng 11 năm 2018 của Thủ tướng Chính
// phủ" → type, number, date, issuer (DESIGN.md "Citations", spec/vn-admin-format.md §3).
//
// A citation is a type word and/or "số" followed by a number/symbol, or a law by name. Decisions: a type word
// without "số" is enough ("Chỉ thị 36/CT-TTg"); "số" without a type word is enough ("số 008/CĐ-UBND" in a
// list), the type then comes from the symbol; a law without a number ("Luật Ngân sách nhà nước") is kept only
// when "Luật" is capitalised and followed by a capitalised name, with number null; the issuer is the "của …"
// (or "do …") phrase after the number or date, up to "về", a verb that starts the subject, or punctuation.

import type {Citation} from '../model/plan.js';
import {
  afterLetterOrDigit,
  FULL_DATE_SOURCE,
  execNear,
  formsOf,
  fullDateOf,
  hasDigit,
  printedForm,
} from './vietnamese-dates.js';
import {LETTER, UPPER} from '../text/letter-classes.js';

/** Type words as printed (lower case) → [ND30 or normative code, canonical name]. */
const TYPE_WORDS: Record<string, [string | null, string]> = {
  'thông tư liên tịch': ['TTLT', 'Thông tư liên tịch'],
  'thông tư': ['TT', 'Thông tư'],
  'nghị quyết': ['NQ', 'Nghị quyết'],
  'nghị định': ['NĐ', 'Nghị định'],
  'quyết định': ['QĐ', 'Quyết định'],
  'chỉ thị': ['CT', 'Chỉ thị'],
  'quy chế': ['QC', 'Quy chế'],
  'quy định': ['QyĐ', 'Quy định'],
  'thông cáo': ['TC', 'Thông cáo'],
  'thông báo': ['TB', 'Thông báo'],
  'hướng dẫn': ['HD', 'Hướng dẫn'],
  'chương trình': ['CTr', 'Chương trình'],
  'kế hoạch': ['KH', 'Kế hoạch'],
  'phương án': ['PA', 'Phương án'],
  'đề án': ['ĐA', 'Đề án'],
  'dự án': ['DA', 'Dự án'],
  'báo cáo': ['BC', 'Báo cáo'],
  'biên bản': ['BB', 'Biên bản'],
  'tờ trình': ['TTr', 'Tờ trình'],
  'hợp đồng': ['HĐ', 'Hợp đồng'],
  'công điện': ['CĐ', 'Công điện'],
  'bản ghi nhớ': ['BGN', 'Bản ghi nhớ'],
  'bản thỏa thuận': ['BTT', 'Bản thỏa thuận'],
  'bản thoả thuận': ['BTT', 'Bản thỏa thuận'],
  'kết luận': ['KL', 'Kết luận'],
  'pháp lệnh': ['PL', 'Pháp lệnh'],
  'luật': ['Luật', 'Luật'],
  // ND30 gives Công văn no code.
  'công văn': [null, 'Công văn'],
};

/** Codes that a symbol may carry ("1486/QĐ-TTg", "14-KH/TU", "197/2025/QH15"). */
const SYMBOL_CODES = new Set([
  'NQ', 'QĐ', 'CT', 'QC', 'QYĐ', 'TC', 'TB', 'HD', 'CTR', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTR', 'HĐ', 'CĐ',
  'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'NĐ', 'TT', 'TTLT', 'QH', 'KL', 'CV', 'BS', 'PL',
]);
const CANONICAL_CODES = new Map([...SYMBOL_CODES].map((code) => [code, code]));
CANONICAL_CODES.set('QYĐ', 'QyĐ').set('CTR', 'CTr').set('TTR', 'TTr');

const spaced = (phrases: string[]) => phrases.map((w) => w.replace(/ /g, '\\s+')).join('|');
const TYPES_SOURCE = spaced(Object.keys(TYPE_WORDS).sort((a, b) => b.length - a.length));
const QUALIFIER_WORDS = ['hành động', 'liên tịch', 'phối hợp', 'liên ngành', 'chung'];
const QUALIFIERS = spaced(QUALIFIER_WORDS);
const wordCount = (phrases: string[]) => Math.max(...phrases.map((w) => w.split(' ').length));
/** The most words before a number: two type words, a qualifier and "số". */
const PREFIX_WORDS = 2 * wordCount(Object.keys(TYPE_WORDS)) + wordCount(QUALIFIER_WORDS) + 1;

// A number/symbol: digits, then segments joined by "/" or "-"; a space may follow a separator ("27/NQ- TW")
// and precede the first one, never both sides of a later one (" - " starts another clause).
const NUMBER_SOURCE = String.raw`\d+\s?(?:[/-]\s?[${LETTER}\d&]+)+`;

// A citation never starts right after a letter or digit (afterLetterOrDigit).
const CITATION = new RegExp(
  '(?:' +
    String.raw`(?:(?<type>${TYPES_SOURCE})(?:\s+(?:${TYPES_SOURCE}))?(?:\s+(?:${QUALIFIERS}))?(?:\s*số)?|số)\s*:?\s*(?<number>${NUMBER_SOURCE})` +
    String.raw`|(?<law>luật)(?=\s+[${LETTER}])` +
    ')',
  'gu',
);
const DATE_AFTER = new RegExp(String.raw`\s*,?\s*(?:được\s+)?(?:ban\s+hành\s+)?ngày\s*(?:${FULL_DATE_SOURCE})`, 'uy');
const ISSUER_LEAD = /\s*(?:của|do)\s+/uy;
const ISSUER_STOP = new RegExp(
  String.raw`\s+(?:về|quy\s+định|phê\s+duyệt|ban\s+hành|hướng\s+dẫn|triển\s+khai|thực\s+hiện|sửa\s+đổi|bổ\s+sung|nhằm|tại|đã|ngày|số|và\s+(?:${TYPES_SOURCE}))(?![${LETTER}])|[;,.()[\]\n:"“”]`,
  'u',
);
const LAW_NAME_STOP = new RegExp(String.raw`\s+(?:ngày|số|của|năm|về|và|được|đã|có|thì|quy\s+định|hiện\s+hành)(?![${LETTER}])|[;,.()[\]\n:"“”]`, 'u');
const LAW_NAME_WORD = new RegExp(String.raw`^\s+[${UPPER}]`, 'u');
const ISSUER_REACH = 100;
const SEPARATOR_SPACE = /\s+/g;
// Most phrases hold single spaces only, or none; a test is several times cheaper than a replacement that changes
// nothing.
const ODD_SPACE = /\s\s|[^\S ]/;
const SPACE = /\s/;
const singleSpaced = (phrase: string) => (ODD_SPACE.test(phrase) ? phrase.replace(SEPARATOR_SPACE, ' ') : phrase);
const unspaced = (phrase: string) => (SPACE.test(phrase) ? phrase.replace(SEPARATOR_SPACE, '') : phrase);
const ANY_LETTER = new RegExp(String.raw`[${LETTER}]`, 'u');
const TRAILING_NOISE = /[\s*_]+$/;
const SYMBOL_SPLIT = /[/-]/;
const TRAILING_DIGITS = /\d+$/;

// Every citation has a number, except a named law, which is printed "Luật" (see findCitations). The digit test
// runs first, as most texts that cite anything have a digit; of the others, only those that print "Luật" are asked
// MAY_NAME_LAW's slower question. That question reads the text as given, so a law printed in decomposed letters
// in a text without a digit is not looked for: kept as it was, as a change of output is not this gate's to make.
const LAW_AS_PRINTED = 'Luật';
const MAY_NAME_LAW = /luật/iu;

/** Every cited document in the text, in the order printed. */
export function findCitations(text: string): Citation[] {
  if (!(hasDigit(text) || (printedForm(text).includes(LAW_AS_PRINTED) && MAY_NAME_LAW.test(text)))) return [];
  const {printed, folded} = formsOf(text);
  const out: Citation[] = [];
  CITATION.lastIndex = 0;
  for (let m = nextCitation(folded); m !== null; m = nextCitation(folded)) {
    const g = m.groups as Record<string, string | undefined>;
    let end = m.index + m[0].length;
    let type: string | null = null;
    let typeName: string | null = null;
    let number: string | null = null;
    if (g.law !== undefined) {
      // Only a named law: "Luật Ngân sách nhà nước", not "pháp luật", "dự án luật" or a title in capitals.
      if (printed.slice(m.index, end) !== LAW_AS_PRINTED || !LAW_NAME_WORD.test(printed.slice(end, end + 3))) continue;
      end += stopAt(folded, end, LAW_NAME_STOP);
      [type, typeName] = TYPE_WORDS['luật'];
    } else {
      const numberStart = m.index + m[0].length - (g.number as string).length;
      number = unspaced(printed.slice(numberStart, end));
      if (!ANY_LETTER.test(number)) continue;
      if (g.type !== undefined) [type, typeName] = TYPE_WORDS[singleSpaced(g.type)];
      else type = codeOfSymbol(number);
    }
    CITATION.lastIndex = end;

    let date: string | null = null;
    DATE_AFTER.lastIndex = end;
    const dated = DATE_AFTER.exec(folded);
    if (dated) {
      date = fullDateOf(dated, 1);
      end = DATE_AFTER.lastIndex;
    }
    let issuer: string | null = null;
    ISSUER_LEAD.lastIndex = end;
    if (ISSUER_LEAD.exec(folded)) {
      const from = ISSUER_LEAD.lastIndex;
      const to = from + stopAt(folded, from, ISSUER_STOP);
      const name = printed.slice(from, to).replace(TRAILING_NOISE, '');
      if (name.length > 0) {
        issuer = singleSpaced(name);
        end = from + name.length;
      }
    }
    CITATION.lastIndex = Math.max(CITATION.lastIndex, end);
    out.push({type, typeName, number, date, issuer, text: printed.slice(m.index, end).trim()});
  }
  return out;
}

// A citation holds a number (digits, then "/" or "-") at most PREFIX_WORDS words after its start, right after the
// last word of its prefix, or is a law. The number is read from the first of its digits only, so that a long run
// of digits is read once; the lookbehind runs only where a number matched, and keeps dates ("ngày 02/4/2025") from
// anchoring a scan that would run on to the next citation.
const PREFIX_ENDS = new Set([...Object.keys(TYPE_WORDS), ...QUALIFIER_WORDS, 'số'].map((w) => w.split(' ').pop()));
const CITATION_ANCHOR = new RegExp(
  String.raw`\d(?<!\d\d)\d*\s?[/-](?<=(?:${[...PREFIX_ENDS].join('|')})\s*:?\s*\d+\s?[/-])|luật`,
  'g',
);

/** The search for citations, for the test that holds its anchor to execNear's promise. */
export const CITATION_SEARCH = {pattern: CITATION.source, anchor: CITATION_ANCHOR.source, words: PREFIX_WORDS};

const nextCitation = (folded: string) =>
  execNear(CITATION, CITATION_ANCHOR, PREFIX_WORDS, afterLetterOrDigit, folded);

/** Length of the phrase at `from` up to the first stop, within reach. */
function stopAt(folded: string, from: number, stop: RegExp): number {
  const window = folded.slice(from, from + ISSUER_REACH);
  const m = stop.exec(window);
  return m ? m.index : window.length;
}

/** The document code a symbol carries: "1486/QĐ-TTg" → QĐ, "197/2025/QH15" → QH, "14-KH/TU" → KH. */
function codeOfSymbol(number: string): string | null {
  const segments = number.split(SYMBOL_SPLIT);
  for (let i = 1; i < segments.length; i++) {
    const code = CANONICAL_CODES.get(segments[i].toUpperCase().replace(TRAILING_DIGITS, ''));
    if (code !== undefined) return code;
  }
  return null;
}
