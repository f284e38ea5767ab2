// iCalendar sheets (RFC 5545): one calendar per agency, one VTODO per dated task. UID and DTSTAMP come from the
// content, never from the clock, so rendering twice gives the same bytes and calendars update instead of duplicating.

import {createHash} from 'node:crypto';
import type {Recurrence} from '../../model/plan.js';
import {roleTitles, type Sheet, type SheetSet, type SheetTask} from '../../render/sheet.js';
import type {TextFile} from './output-file.js';
import {sheetFileNames} from './sheet-file-names.js';
import {dueLabel, partnersLabel} from './task-labels.js';

const rules: Readonly<Partial<Record<Recurrence, string>>> = {
  weekly: 'FREQ=WEEKLY',
  monthly: 'FREQ=MONTHLY',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
  semiannual: 'FREQ=MONTHLY;INTERVAL=6',
  annual: 'FREQ=YEARLY',
};

export function writeIcsSheets(set: SheetSet): TextFile[] {
  const names = sheetFileNames(set.sheets.map((s) => s.agency.id), '.ics');
  return set.sheets.map((sheet, k) => ({name: names[k]!, content: calendar(sheet)}));
}

function calendar(sheet: Sheet): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//plan-compile//render//VI', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(sheet.agency.name)}`];
  for (const task of [...sheet.lead, ...sheet.support]) {
    if (task.due !== null) lines.push(...todo(sheet, task, task.due));
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function todo(sheet: Sheet, task: SheetTask, due: string): string[] {
  const uid = createHash('sha256').update([sheet.agency.id, task.source.file, task.source.path, task.role, due, task.text].join('\u0000')).digest('hex');
  const description = [
    `${roleTitles[task.role]}: ${sheet.agency.name}`,
    `Thời hạn: ${dueLabel(task)}`,
    ...(task.partners.length > 0 ? [`Phối hợp: ${partnersLabel(task)}`] : []),
    `Nguồn: ${task.source.label} (${task.source.file})`,
  ].join('\n');
  const rule = task.recurrence !== null ? rules[task.recurrence] : undefined;
  return [
    'BEGIN:VTODO',
    `UID:${uid.slice(0, 32)}@plan-compile`,
    // The plan's own date stands for "when this was created"; a plan with none falls back to the deadline.
    `DTSTAMP:${basicDate(task.source.issued ?? due)}T000000Z`,
    `DUE;VALUE=DATE:${basicDate(due)}`,
    ...(rule !== undefined ? [`RRULE:${rule}`] : []),
    `SUMMARY:${escapeText(task.text)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'STATUS:NEEDS-ACTION',
    'END:VTODO',
  ];
}

function basicDate(iso: string): string {
  return iso.replace(/-/g, '');
}

// RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values.
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

// RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 sequence.
function fold(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}
