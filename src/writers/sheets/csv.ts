// One CSV of every sheet: a row per task and agency, RFC 4180 (CRLF, quoted where needed), UTF-8 with a BOM
// so Excel reads the Vietnamese as UTF-8.

import {csvTable} from '../csv-table.js';
import {recurrenceNames, roleTitles, type SheetSet} from '../../render/sheet.js';
import type {TextFile} from './output-file.js';
import {partnersLabel} from './task-labels.js';

const header = ['Mã cơ quan', 'Cơ quan', 'Vai trò', 'Nhiệm vụ', 'Cơ quan phối hợp', 'Thời hạn', 'Hạn', 'Định kỳ', 'Hình thức', 'Văn bản', 'Mục', 'Tệp'];

export function writeCsvSheets(set: SheetSet): TextFile[] {
  const rows = [header];
  for (const sheet of set.sheets) {
    for (const task of [...sheet.lead, ...sheet.support]) {
      rows.push([
        sheet.agency.id,
        sheet.agency.name,
        roleTitles[task.role],
        task.text,
        partnersLabel(task),
        task.dueText ?? '',
        task.due ?? '',
        task.recurrence !== null ? recurrenceNames[task.recurrence] : '',
        task.mode === 'request' ? 'Đề nghị' : 'Giao',
        task.source.document,
        task.source.path,
        task.source.file,
      ]);
    }
  }
  return [{name: 'tasks.csv', content: csvTable(rows)}];
}
