// HTML sheets: one self-contained page per agency (inline CSS, printable on A4) and index.html linking them.

import {roleTitles, type Sheet, type SheetSet, type SheetTask} from '../../render/sheet.js';
import type {TextFile} from './output-file.js';
import {sheetFileNames} from './sheet-file-names.js';
import {dueLabel, partnersLabel} from './task-labels.js';

const style = `
body { font-family: "Times New Roman", serif; font-size: 13pt; margin: 2em; color: #000; }
h1 { font-size: 16pt; text-transform: uppercase; }
h2 { font-size: 14pt; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #444; padding: 4pt 6pt; vertical-align: top; text-align: left; }
th { background: #eee; }
td.text { white-space: pre-line; }
.source { font-size: 10pt; color: #333; }
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
@media print {
  body { margin: 0; font-size: 12pt; }
  a { color: inherit; text-decoration: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}`;

export function writeHtmlSheets(set: SheetSet): TextFile[] {
  const names = sheetFileNames(set.sheets.map((s) => s.agency.id), '.html');
  const pages = set.sheets.map((sheet, k) => ({name: names[k]!, content: sheetPage(sheet)}));
  return [...pages, {name: 'index.html', content: indexPage(set, names)}];
}

function sheetPage(sheet: Sheet): string {
  const sections = (['lead', 'support'] as const)
    .filter((role) => sheet[role].length > 0)
    .map((role) => `<h2>${roleTitles[role]} (${sheet[role].length})</h2>\n${taskTable(sheet[role])}`);
  return page(sheet.agency.name, `<h1>${escapeHtml(sheet.agency.name)}</h1>\n${sections.join('\n')}`);
}

function taskTable(tasks: readonly SheetTask[]): string {
  const rows = tasks.map(
    (task, k) =>
      `<tr><td>${k + 1}</td><td class="text">${escapeHtml(task.text)}${task.mode === 'request' ? ' <em>(đề nghị)</em>' : ''}</td>` +
      `<td>${escapeHtml(partnersLabel(task))}</td><td>${escapeHtml(dueLabel(task))}</td>` +
      `<td class="source">${escapeHtml(task.source.label)}<br>${escapeHtml(task.source.file)}</td></tr>`,
  );
  return `<table>\n<thead><tr><th>TT</th><th>Nhiệm vụ</th><th>Phối hợp</th><th>Thời hạn</th><th>Nguồn</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function indexPage(set: SheetSet, names: readonly string[]): string {
  const rows = set.index.map(
    (entry, k) =>
      `<tr><td><a href="${escapeHtml(names[k]!)}">${escapeHtml(entry.agency.name)}</a></td>` +
      `<td>${entry.lead}</td><td>${entry.support}</td><td>${entry.nearestDue ?? ''}</td></tr>`,
  );
  const table = `<table>\n<thead><tr><th>Cơ quan</th><th>Chủ trì</th><th>Phối hợp</th><th>Hạn gần nhất</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  return page('Nhiệm vụ theo cơ quan', `<h1>Nhiệm vụ theo cơ quan</h1>\n${table}`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${style}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
