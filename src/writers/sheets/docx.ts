// Word sheets: one .docx per agency laid out as an ND30 administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
// Times New Roman 13–14 pt on A4 with its margins, the issuer and national motto side by side, a centred title, then
// the tasks in tables by role. Packed with the `docx` package, with no clock in the bytes.

import {AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, convertMillimetersToTwip} from 'docx';
import {roleTitles, type Sheet, type SheetSet, type SheetTask} from '../../render/sheet.js';
import type {OutputFile} from './output-file.js';
import {sheetFileNames} from './sheet-file-names.js';
import {dueLabel, partnersLabel} from './task-labels.js';
import {clearZipTimestamps} from './zip-timestamps.js';

const font = 'Times New Roman';
// Half-points: 14 pt body, 13 pt in tables (ND30 allows 13–14).
const bodySize = 28;
const tableSize = 26;
const margins = {top: 20, bottom: 20, left: 30, right: 15};
const textWidth = convertMillimetersToTwip(210 - margins.left - margins.right);
// TT | Nhiệm vụ | Phối hợp | Thời hạn | Nguồn, in per cent of the text width.
const columnShares = [6, 44, 20, 14, 16];
const romanNumerals = ['I', 'II'];
const noBorder = {style: BorderStyle.NONE, size: 0, color: 'FFFFFF'};

export async function writeDocxSheets(set: SheetSet): Promise<OutputFile[]> {
  const names = sheetFileNames(set.sheets.map((s) => s.agency.id), '.docx');
  return Promise.all(
    set.sheets.map(async (sheet, k) => {
      const packed = await Packer.toBuffer(sheetDocument(sheet), false, [{path: 'docProps/core.xml', data: coreProperties(sheet)}]);
      return {name: names[k]!, content: clearZipTimestamps(new Uint8Array(packed))};
    }),
  );
}

function sheetDocument(sheet: Sheet): Document {
  const roles = (['lead', 'support'] as const).filter((role) => sheet[role].length > 0);
  return new Document({
    styles: {default: {document: {run: {font, size: bodySize}}}},
    sections: [
      {
        properties: {
          page: {
            size: {width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297)},
            margin: {
              top: convertMillimetersToTwip(margins.top),
              bottom: convertMillimetersToTwip(margins.bottom),
              left: convertMillimetersToTwip(margins.left),
              right: convertMillimetersToTwip(margins.right),
            },
          },
        },
        children: [
          headerBlock(sheet),
          centred([run('DANH MỤC NHIỆM VỤ', {bold: true})], 240),
          centred([run(`Chủ trì: ${sheet.lead.length}; phối hợp: ${sheet.support.length}`, {italics: true})]),
          ...roles.flatMap((role, k) => [
            new Paragraph({spacing: {before: 240, after: 120}, children: [run(`${romanNumerals[k]}. ${roleTitles[role].toLocaleUpperCase('vi')}`, {bold: true})]}),
            taskTable(sheet[role]),
          ]),
        ],
      },
    ],
  });
}

// ND30 header: the issuer on the left, the national name and motto on the right, without borders.
function headerBlock(sheet: Sheet): Table {
  const half = Math.floor(textWidth / 2);
  const cell = (paragraphs: Paragraph[], width: number): TableCell =>
    new TableCell({width: {size: width, type: WidthType.DXA}, borders: {top: noBorder, bottom: noBorder, left: noBorder, right: noBorder}, children: paragraphs});
  return new Table({
    width: {size: textWidth, type: WidthType.DXA},
    columnWidths: [half, textWidth - half],
    borders: {top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder},
    rows: [
      new TableRow({
        children: [
          cell([centred([run(sheet.agency.name.toLocaleUpperCase('vi'), {bold: true, size: tableSize})])], half),
          cell(
            [
              centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', {bold: true, size: tableSize})]),
              centred([run('Độc lập - Tự do - Hạnh phúc', {bold: true, underline: {}})]),
            ],
            textWidth - half,
          ),
        ],
      }),
    ],
  });
}

function taskTable(tasks: readonly SheetTask[]): Table {
  const widths = columnShares.map((share) => Math.floor((textWidth * share) / 100));
  const row = (cells: Paragraph[][], header = false): TableRow =>
    new TableRow({tableHeader: header, cantSplit: !header, children: cells.map((children, k) => new TableCell({width: {size: widths[k]!, type: WidthType.DXA}, children}))});
  const header = ['TT', 'Nhiệm vụ', 'Phối hợp', 'Thời hạn', 'Nguồn'].map((title) => [centred([run(title, {bold: true, size: tableSize})])]);
  return new Table({
    width: {size: textWidth, type: WidthType.DXA},
    columnWidths: widths,
    rows: [
      row(header, true),
      ...tasks.map((task, k) =>
        row([
          [centred([cellRun(String(k + 1))])],
          taskParagraphs(task),
          [new Paragraph({children: [cellRun(partnersLabel(task))]})],
          [new Paragraph({children: [cellRun(dueLabel(task))]})],
          [new Paragraph({children: [cellRun(task.source.label)]}), new Paragraph({children: [cellRun(task.source.file, {italics: true})]})],
        ]),
      ),
    ],
  });
}

// A task's paragraphs stay paragraphs; a request ("Đề nghị …") says it is not an order.
function taskParagraphs(task: SheetTask): Paragraph[] {
  const paragraphs = task.text.split('\n').map((line) => new Paragraph({alignment: AlignmentType.JUSTIFIED, children: [cellRun(line)]}));
  if (task.mode === 'request') paragraphs.push(new Paragraph({children: [cellRun('(đề nghị)', {italics: true})]}));
  return paragraphs;
}

function centred(children: TextRun[], after = 0): Paragraph {
  return new Paragraph({alignment: AlignmentType.CENTER, spacing: {after}, children});
}

function run(text: string, options: {bold?: boolean; italics?: boolean; underline?: object; size?: number} = {}): TextRun {
  return new TextRun({text, font, ...options});
}

function cellRun(text: string, options: {italics?: boolean} = {}): TextRun {
  return run(text, {size: tableSize, ...options});
}

// docx stamps created/modified with the clock; these properties carry no date so two renders give the same bytes.
function coreProperties(sheet: Sheet): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(`Danh mục nhiệm vụ - ${sheet.agency.name}`)}</dc:title><dc:creator>plan-compile</dc:creator>` +
    '</cp:coreProperties>'
  );
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
