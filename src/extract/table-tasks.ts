// Appendix tables that list work: a task column (Nhiệm vụ, Nội dung, Tên nhiệm vụ), a lead column (Chủ trì, Đơn vị
// thực hiện), a support column (Phối hợp), a time column (Thời gian, Thời hạn, Tiến độ). Headers come in many
// spellings and glued words ("Đơn vịchủ trì"), so columns are found by folded keywords.

import type {AgencyRef, PlanNode, Task, TaskAgency} from '../model/plan.js';
import {type AgencyRegistry, mentionedAgencies, taskAgency} from '../agencies/index.js';
import {findDatedDeadlines, findRecurrence} from './deadlines.js';

interface Columns {
  task: number;
  lead: number;
  support: number;
  time: number;
}

/** A header cell without case, marks or spaces: "Đơn vịchủ trì" and "ĐƠN VỊ CHỦ TRÌ" are both "donvichutri". */
function headerKey(cell: string): string {
  return cell.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z]/g, '');
}

function findColumns(header: readonly string[]): Columns | null {
  const folded = header.map(headerKey);
  const find = (...keys: string[]): number => folded.findIndex((h) => keys.some((k) => h.includes(k)));
  const support = find('phoihop');
  const lead = folded.findIndex((h, i) => i !== support && (h.includes('chutri') || h.includes('donvithuchien') || h.includes('coquanthuchien')));
  const task = folded.findIndex((h, i) => i !== lead && i !== support && (h.includes('nhiemvu') || h.includes('noidung') || h.includes('giaiphap') || h.includes('hoatdong')));
  const time = find('thoigian', 'thoihan', 'tiendo');
  if (task < 0 || lead < 0) return null;
  return {task, lead, support, time};
}

const asTaskAgencies = (refs: AgencyRef[], role: TaskAgency['role']): TaskAgency[] => refs.map((r) => taskAgency(r, role));

/** `read` with each distinct cell read once: the rows of a table repeat their cells ("Sở Y tế", "Năm 2025"). */
function perCell<T>(read: (cell: string) => T): (cell: string) => T {
  const seen = new Map<string, T>();
  return (cell) => {
    let value = seen.get(cell);
    if (value === undefined) {
      value = read(cell);
      seen.set(cell, value);
    }
    return value;
  };
}

export function tableTasks(table: PlanNode, registry: AgencyRegistry, planDate: string | null): Task[] {
  const columns = findColumns(table.header ?? []);
  if (!columns) return [];
  const agenciesIn = perCell((cell) => mentionedAgencies(cell, registry));
  const timeIn = perCell((time): Pick<Task, 'due' | 'dueText' | 'recurrence'> => {
    const dated = findDatedDeadlines(time, {planDate})[0];
    return {due: dated?.date ?? null, dueText: dated?.text ?? (time || null), recurrence: dated?.recurrence ?? findRecurrence(time)};
  });
  const tasks: Task[] = [];
  for (const row of table.rows ?? []) {
    if (row.group) continue;
    const text = row.cells[columns.task] ?? '';
    if (!text) continue;
    const lead = agenciesIn(row.cells[columns.lead] ?? '');
    const leadIds = new Set(lead.map((a) => a.id));
    const support = columns.support >= 0 ? agenciesIn(row.cells[columns.support] ?? '').filter((a) => !leadIds.has(a.id)) : [];
    const {due, dueText, recurrence} = timeIn(columns.time >= 0 ? row.cells[columns.time] ?? '' : '');
    tasks.push({
      path: row.path,
      text,
      agencies: [...asTaskAgencies(lead, 'lead'), ...asTaskAgencies(support, 'support')],
      due,
      dueText,
      recurrence,
      mode: 'order',
      position: row.position,
    });
  }
  return tasks;
}
