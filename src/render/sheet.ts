// The per-agency task sheet: what `render` hands to every sheet writer. Built by build-sheets.ts.

import type {Recurrence, Role} from '../model/plan.js';

export interface SheetAgency {
  id: string;
  name: string;
  kind: 'body' | 'class';
}

/** Where a task was assigned: "88/KH-UBND, III.2.a" in `label`, with the file it was read from. */
export interface TaskSource {
  /** The plan's number, or the file's stem when the plan has none. */
  document: string;
  path: string;
  label: string;
  file: string;
  /** ISO date the plan was issued, or null. */
  issued: string | null;
}

export interface SheetTask {
  text: string;
  role: Role;
  /** The task's other agencies, with their roles. */
  partners: (SheetAgency & {role: Role})[];
  due: string | null;
  dueText: string | null;
  recurrence: Recurrence | null;
  mode: 'order' | 'request';
  source: TaskSource;
}

export interface Sheet {
  agency: SheetAgency;
  /** Role "lead" (Chủ trì), then role "support" (Phối hợp); each in deadline order. */
  lead: SheetTask[];
  support: SheetTask[];
}

export interface SheetIndexEntry {
  agency: SheetAgency;
  lead: number;
  support: number;
  /** Earliest ISO due date of the agency's tasks, or null when none is dated. */
  nearestDue: string | null;
}

export interface SheetSet {
  /** In code-unit order of agency id. */
  sheets: Sheet[];
  index: SheetIndexEntry[];
}

export const roleTitles: Readonly<Record<Role, string>> = {lead: 'Chủ trì', support: 'Phối hợp'};

export const recurrenceNames: Readonly<Record<Recurrence, string>> = {
  weekly: 'hằng tuần',
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  semiannual: '6 tháng một lần',
  annual: 'hằng năm',
  ongoing: 'thường xuyên',
};
