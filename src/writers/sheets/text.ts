// Plain-text sheets, for a terminal, an e-mail body or a printer with no formatting at all.

import {roleTitles, type Sheet, type SheetSet} from '../../render/sheet.js';
import type {TextFile} from './output-file.js';
import {sheetFileNames} from './sheet-file-names.js';
import {dueLabel, partnersLabel} from './task-labels.js';

export function writeTextSheets(set: SheetSet): TextFile[] {
  const names = sheetFileNames(set.sheets.map((s) => s.agency.id), '.txt');
  return set.sheets.map((sheet, k) => ({name: names[k]!, content: textSheet(sheet)}));
}

function textSheet(sheet: Sheet): string {
  const title = sheet.agency.name.toLocaleUpperCase('vi');
  const out = [title, '='.repeat([...title].length), ''];
  for (const role of ['lead', 'support'] as const) {
    if (sheet[role].length === 0) continue;
    out.push(`${roleTitles[role]} (${sheet[role].length})`, '');
    sheet[role].forEach((task, k) => {
      const number = `${k + 1}. `;
      const indent = ' '.repeat(number.length + 2);
      out.push(`  ${number}${task.text.split('\n').join(`\n${indent}`)}`);
      const due = dueLabel(task);
      if (due !== '') out.push(`${indent}Thời hạn: ${due}`);
      if (task.partners.length > 0) out.push(`${indent}Phối hợp: ${partnersLabel(task)}`);
      if (task.mode === 'request') out.push(`${indent}Đề nghị (không phải giao nhiệm vụ)`);
      out.push(`${indent}Nguồn: ${task.source.label} (${task.source.file})`, '');
    });
  }
  return out.join('\n');
}
