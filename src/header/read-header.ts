// The header of an ND30 document: issuer and parent body, Quốc hiệu and Tiêu ngữ, number/symbol, place and date,
// type and title, the authority line of a Quyết định, and the basis lines of the preamble. Web copies flatten the
// header table into cells separated by lone "|" lines and rules; each cell is read for what it says.

import type {DocumentHeader, DroppedLine} from '../model/plan.js';
import type {SourceLine} from '../model/source-line.js';
import {isUpperCase, sentenceCase} from '../structure/text-case.js';
import {lineMarker} from '../structure/markers.js';
import {typeOfLine, typeOfNumber} from './document-types.js';
import {LETTER, NUMBER, UPPER} from '../text/letter-classes.js';

export interface HeaderRead {
  header: Omit<DocumentHeader, 'basis'> & {basis: {text: string; line: number}[]};
  /** Index of the first body line. */
  bodyStart: number;
  dropped: DroppedLine[];
  /** Header lines that held something the header could not place (kept in `document.notes`). */
  notes: string[];
}

const MOTTO = /CỘNG H[OÒ][AÀ]|CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–—]?\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM/iu;
const MOTTO_START = /CỘNG H[OÒ][AÀ] XÃ HỘI/u;
const NUMBER_LINE = /^Số\s*:?\s*(.*)$/u;
const NUMBER_THEN_PLACE = /^Số\s*:?\s*(\d[^\s,]*)\s*/u;
const DATE = /(?:^|,)\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const SPLIT_DIGITS = /(?<=\b\d) (?=\d\b)/g;
const BASIS = new RegExp(String.raw`^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Trên cơ sở|Theo chỉ đạo|Tiếp theo|Thi hành)(?![${LETTER}${NUMBER}])`, 'u');
const CITES = new RegExp(String.raw`(?<![${LETTER}${NUMBER}])số\s*\d+[/-]\S*[${UPPER}]`, 'u');
// Markers that open the body: the preamble ends at the first of them, wrapped or not.
const OPENS_BODY = new Set(['part', 'chapter', 'section', 'article']);
const ENACTMENT = /^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|KẾT LUẬN)\s*:$/u;
const BODY_START = new RegExp(String.raw`^(?:SỞ|BAN|VĂN PHÒNG|ỦY BAN|UỶ BAN|UBND|BỘ|ĐẢNG ĐOÀN|ĐẢNG [ỦU]Y|TỈNH [ỦU]Y|THÀNH [ỦU]Y|HUYỆN [ỦU]Y|HỘI ĐỒNG|HĐND|CHÍNH PHỦ|THỦ TƯỚNG|CÔNG AN|CỤC|CHI CỤC|TRUNG TÂM|TỔNG CỤC|QUỐC HỘI|MẶT TRẬN|LIÊN (?:ĐOÀN|HIỆP)|HỘI|ĐOÀN|VIỆN|TÒA|TOÀ)(?![${LETTER}${NUMBER}])`, 'u');
const ISSUER_IN_TEXT = new RegExp(String.raw`((?:Ủy|Uỷ) ban nhân dân|UBND)((?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))(?: [${UPPER}][${LETTER}]*)*)? ban hành(?![${LETTER}${NUMBER}])`, 'u');
const PLACE_IN_TITLE = new RegExp(String.raw`(?<![${LETTER}${NUMBER}])(tỉnh|thành phố) ((?:[${UPPER}][${LETTER}]*)(?: [${UPPER}][${LETTER}]*)*)`, 'u');
const AN_UPPER = new RegExp(String.raw`[${UPPER}]`, 'u');

/**
 * Groups header lines into cells: a drop (a "|" or a rule) or a blank line ends a cell, and so does a line of the
 * motto or of the number, which a copy without the table's borders prints between the other cells. A line that
 * holds an issuer and the motto side by side ("CHÍNH PHỦ CỘNG HÒA XÃ HỘI …") is two cells.
 */
function cells(lines: readonly SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  let cell: SourceLine[] = [];
  const close = (): void => {
    if (cell.length) out.push(cell);
    cell = [];
  };
  for (const line of lines) {
    if (line.drop || line.blankBefore || line.cells) close();
    if (line.cells) {
      for (const text of line.cells) {
        const stripped = text.replace(/\s*[-–]{3,}\s*$/, '').trim();
        if (stripped) out.push([{...line, text: stripped, cells: undefined}]);
      }
      continue;
    }
    if (line.drop) continue;
    const motto = MOTTO_START.exec(line.text);
    if (motto && motto.index > 0) {
      close();
      out.push([{...line, text: line.text.slice(0, motto.index).trim(), boldContinues: false}], [{...line, text: line.text.slice(motto.index)}]);
      continue;
    }
    // "Số:" with the number wrapped onto the next line stays open for it.
    const numberAwaited = cell.length === 1 && NUMBER_LINE.test(cell[0]!.text) && !/\d/.test(cell[0]!.text) && /^\d/.test(line.text);
    if (!numberAwaited && (MOTTO.test(line.text) || NUMBER_LINE.test(line.text))) {
      close();
      if (NUMBER_LINE.test(line.text) && !/\d/.test(line.text)) cell = [line];
      else out.push([line]);
      continue;
    }
    cell.push(line);
    if (numberAwaited) close();
  }
  close();
  return out;
}

/** Names in an issuer cell: a new name starts with a body word ("SỞ", "BAN" …) unless a wrapped name continues. */
function issuerNames(lines: readonly SourceLine[]): string[] {
  const names: string[] = [];
  let previous: SourceLine | null = null;
  for (const line of lines) {
    const startsBody = BODY_START.test(line.text);
    if (names.length === 0 || (startsBody && !previous?.boldContinues)) names.push(line.text);
    else names[names.length - 1] += ' ' + line.text;
    previous = line;
  }
  return names
    .flatMap(splitUnderParent)
    .map((n) => expandAbbreviations(n.replace(/\s*[-–]{3,}\s*$/, '').trim()))
    .filter(Boolean);
}

// "UBND TỈNH ĐẮK NÔNG SỞ THÔNG TIN VÀ TRUYỀN THÔNG" on one line (a Markdown cell with <br>): a department named
// after the body of its province.
const UNDER_PARENT = /^((?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN) (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ) .+?) ((?:SỞ|BAN|PHÒNG|VĂN PHÒNG|CHI CỤC|TRUNG TÂM|CÔNG AN|BỘ CHỈ HUY|THANH TRA|ĐÀI|BÁO) .+)$/u;

function splitUnderParent(name: string): string[] {
  const match = UNDER_PARENT.exec(name);
  return match ? [match[1]!, match[2]!] : [name];
}

const HEADER_ABBREVIATIONS: [RegExp, string][] = [
  [new RegExp(String.raw`(?<![${LETTER}])UBND(?![${LETTER}])`, 'gu'), 'ỦY BAN NHÂN DÂN'],
  [new RegExp(String.raw`(?<![${LETTER}])HĐND(?![${LETTER}])`, 'gu'), 'HỘI ĐỒNG NHÂN DÂN'],
];

/** Header names are printed in capitals, abbreviations too; the plan keeps the full name. */
function expandAbbreviations(name: string): string {
  return HEADER_ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), name);
}

/** The number/symbol as printed after "Số", spaces removed; null when the number itself is left blank. */
function numberOf(printed: string): string | null {
  const number = printed.replace(/\s+/g, '');
  return /^\d/.test(number) ? number : null;
}

function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day), m = Number(month), y = Number(year);
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Where the type word stands: the first line that opens with one, in capitals or as the first words. */
function findTypeLine(lines: readonly SourceLine[]): number {
  let contentSeen = 0;
  for (let i = 0; i < lines.length && contentSeen < 80; i++) {
    const line = lines[i]!;
    if (line.drop || line.cells) continue;
    contentSeen++;
    const type = typeOfLine(line.text);
    if (!type || ENACTMENT.test(line.text)) continue;
    const word = line.text.slice(0, line.text.length - type.rest.length);
    if (isUpperCase(word) && (type.rest === '' || isUpperCase(type.rest))) return i;
    if (contentSeen <= 2) return i;
    if (lineMarker(line.text)) return -1;
  }
  return -1;
}

export function readHeader(lines: readonly SourceLine[]): HeaderRead {
  const header: HeaderRead['header'] = {
    type: null, typeName: null, number: null, date: null, place: null, issuer: null, parentIssuer: null,
    title: null, basis: [],
  };
  const dropped: DroppedLine[] = [];
  const notes: string[] = [];
  const typeLine = findTypeLine(lines);
  const before = typeLine >= 0 ? lines.slice(0, typeLine) : [];
  const issuerLines: SourceLine[] = [];

  for (const line of before) if (line.drop) dropped.push({line: line.line, text: line.raw.trim(), reason: line.drop});
  for (const cell of cells(before)) {
    const text = cell.map((l) => l.text).join(' ').replace(SPLIT_DIGITS, '');
    const number = NUMBER_LINE.exec(text);
    const date = DATE.exec(text);
    if (number && !date && header.number === null) {
      header.number = numberOf(number[1]!);
      if (!header.number) notes.push(text);
      continue;
    }
    // The first place-and-date line is the document's; a second one (a scraper's) is kept as a note.
    if (date && header.date === null && header.place === null) {
      header.date = isoDate(date[1]!, date[2]!, date[3]!);
      // "Số: 123/KH-UBND Hà Nội, ngày …": two cells a copy put on one line.
      const numbered = NUMBER_THEN_PLACE.exec(text);
      if (numbered && header.number === null) header.number = numberOf(numbered[1]!);
      const place = text.slice(0, date.index).replace(NUMBER_THEN_PLACE, '').replace(/[,\s]+$/, '').trim();
      if (place) header.place = place;
      continue;
    }
    if (MOTTO.test(text)) {
      for (const line of cell) dropped.push({line: line.line, text: line.raw.trim(), reason: 'motto'});
      continue;
    }
    if (cell.every((l) => isUpperCase(l.text))) issuerLines.push(...cell);
    else notes.push(text);
  }
  const names = issuerNames(issuerLines);
  if (names.length > 0) {
    header.issuer = sentenceCase(names[names.length - 1]!);
    if (names.length > 1) header.parentIssuer = sentenceCase(names.slice(0, -1).join(' '));
  }

  let i = typeLine;
  if (typeLine >= 0) {
    const type = typeOfLine(lines[typeLine]!.text)!;
    header.type = type.code;
    header.typeName = type.name;
    const titleParts: string[] = type.rest ? [type.rest] : [];
    i = typeLine + 1;
    while (i < lines.length && lines[i]!.drop) i++;
    // The title: the paragraph after the type word; in capitals it ends where the capitals end.
    const capsTitle = titleParts.length === 0 && i < lines.length && isUpperCase(lines[i]!.text);
    for (let first = titleParts.length === 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.drop) {
        dropped.push({line: line.line, text: line.raw.trim(), reason: line.drop});
        continue;
      }
      if (!first && (line.blankBefore || BASIS.test(line.text) || ENACTMENT.test(line.text))) break;
      // A title in capitals ends where lower case starts; a line of digits ("2026 - 2030") still belongs to it.
      if (capsTitle && line.text !== line.text.toUpperCase()) break;
      const marker = lineMarker(line.text);
      if (marker && marker.kind !== 'bullet' && marker.kind !== 'point') break;
      titleParts.push(line.text);
      first = false;
    }
    if (titleParts.length) header.title = sentenceCase(titleParts.join(' ').replace(/\s+/g, ' ').trim());
  }
  if (!header.type && header.number) {
    const type = typeOfNumber(header.number);
    if (type) {
      header.type = type.code;
      header.typeName = type.name;
    }
  }

  // The preamble: an authority line in capitals (Quyết định), then the basis paragraphs, then the enactment
  // word. A paragraph ends at a blank line or where the next basis opener starts; wrapped lines may split even
  // the opener ("Căn" / "cứ Luật …"), so openers are tested on the joined paragraph.
  let bodyStart = typeLine >= 0 ? Math.max(i, 0) : 0;
  if (typeLine >= 0) {
    let paragraph: SourceLine[] = [];
    let paragraphStart = bodyStart;
    const settle = (): boolean => {
      if (paragraph.length === 0) return true;
      const text = paragraph.map((l) => l.text).join(' ');
      // A preamble paragraph that cites a document is a basis line too ("Ngày 22/12/2024, Bộ Chính trị đã ban
      // hành Nghị quyết số 57-NQ/TW …"), whatever word it opens with.
      if (BASIS.test(text) || CITES.test(text)) header.basis.push({text, line: paragraph[0]!.line});
      else if (header.basis.length === 0 && isUpperCase(text) && !lineMarker(text)) {
        header.authority = sentenceCase(text);
      } else return false;
      paragraph = [];
      return true;
    };
    const preambleStart = bodyStart;
    let j = bodyStart;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.drop) continue;
      if (ENACTMENT.test(line.text)) {
        if (!settle()) break;
        dropped.push({line: line.line, text: line.raw.trim(), reason: 'enactment'});
        paragraphStart = j + 1;
        break;
      }
      const opensBody = OPENS_BODY.has(lineMarker(line.text)?.kind ?? '');
      if (paragraph.length === 0 || line.blankBefore || BASIS.test(line.text) || opensBody) {
        if (!settle()) break;
        paragraphStart = j;
        if (opensBody) break;
      }
      paragraph.push(line);
    }
    if (j === lines.length && settle()) paragraphStart = j;
    bodyStart = paragraphStart;
    // Dropped lines of the preamble only: those of a paragraph given back to the body are the body's to record.
    for (let k = preambleStart; k < bodyStart; k++) {
      const line = lines[k]!;
      if (line.drop) dropped.push({line: line.line, text: line.raw.trim(), reason: line.drop});
    }
  }
  if (!header.issuer) header.issuer = issuerFromText(header.basis.map((b) => b.text).join(' '), header.title);
  return {header, bodyStart, dropped, notes};
}

/**
 * A plan with no header table still says who issues it: "… Ủy ban nhân dân tỉnh ban hành Kế hoạch …". The
 * province comes from the title when the sentence leaves it out ("… trên địa bàn tỉnh Thừa Thiên Huế").
 */
function issuerFromText(text: string, title: string | null): string | null {
  const match = ISSUER_IN_TEXT.exec(text);
  if (!match) return null;
  const body = 'Ủy ban nhân dân';
  const unit = (match[2] ?? '').trim();
  if (!unit) return body;
  if (AN_UPPER.test(unit.slice(1))) return `${body} ${unit}`;
  const place = title ? PLACE_IN_TITLE.exec(title) : null;
  return place && place[1] === unit ? `${body} ${unit} ${place[2]}` : `${body} ${unit}`;
}
