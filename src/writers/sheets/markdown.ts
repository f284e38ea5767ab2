// Markdown sheets: one file per agency, tasks as GitHub task-list items ("- [ ] …") to tick off.

import {roleTitles, type Sheet, type SheetSet, type SheetTask} from '../../render/sheet.js';
import type {TextFile} from './output-file.js';
import {sheetFileNames} from './sheet-file-names.js';
import {dueLabel, partnersLabel} from './task-labels.js';

export function writeMarkdownSheets(set: SheetSet): TextFile[] {
  const names = sheetFileNames(set.sheets.map((s) => s.agency.id), '.md');
  return set.sheets.map((sheet, k) => ({name: names[k]!, content: markdownSheet(sheet)}));
}

function markdownSheet(sheet: Sheet): string {
  const out = [`# ${inline(sheet.agency.name)}`, ''];
  for (const role of ['lead', 'support'] as const) {
    if (sheet[role].length === 0) continue;
    out.push(`## ${roleTitles[role]} (${sheet[role].length})`, '');
    for (const task of sheet[role]) out.push(taskItem(task));
    out.push('');
  }
  return out.join('\n');
}

function taskItem(task: SheetTask): string {
  const [first = '', ...rest] = task.text.split('\n');
  const lines = [`- [ ] ${inline(first)}`, ...rest.map((line) => `  ${inline(line)}`)];
  const due = dueLabel(task);
  if (due !== '') lines.push(`  - Thời hạn: ${inline(due)}`);
  if (task.partners.length > 0) lines.push(`  - Phối hợp: ${inline(partnersLabel(task))}`);
  if (task.mode === 'request') lines.push('  - Đề nghị (không phải giao nhiệm vụ)');
  lines.push(`  - Nguồn: ${inline(task.source.label)} (${inline(task.source.file)})`);
  return lines.join('\n');
}

// Printed text must read as text: markup characters are escaped, and a line that would open a block
// ("# …", "1. …", "- …", "> …") is defused at its start.
function inline(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>|]/g, '\\$&');
  return escaped.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
