// The wording of a task's deadline and partners, shared by every sheet writer so all formats say the same.

import {recurrenceNames, type SheetTask} from '../../render/sheet.js';

/** "trước ngày 20/11/2020 (2020-11-20)", "hằng quý", or "" when the task has no deadline. */
export function dueLabel(task: SheetTask): string {
  const printed = task.dueText ?? (task.recurrence !== null ? recurrenceNames[task.recurrence] : null);
  if (printed === null) return task.due ?? '';
  return task.due !== null && !printed.includes(task.due) ? `${printed} (${task.due})` : printed;
}

/** "Sở Ngoại vụ (chủ trì), Sở Tài chính": the lead among the partners is the one the sheet's agency answers to. */
export function partnersLabel(task: SheetTask): string {
  return task.partners.map((p) => (p.role === 'lead' ? `${p.name} (chủ trì)` : p.name)).join(', ');
}
