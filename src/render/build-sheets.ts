// Plans → one task sheet per agency across all of them, plus an index of the agencies (DESIGN.md: `render`).

import {loadBuiltinRegistry, successorOn, type AgencyRegistry} from '../agencies/index.js';
import type {Plan, Role, Task} from '../model/plan.js';
import {compareTasks} from './compare-tasks.js';
import type {Sheet, SheetAgency, SheetIndexEntry, SheetSet} from './sheet.js';
import {taskSource} from './task-source.js';

export interface PlanInput {
  plan: Plan;
  /** The file the plan was read or compiled from, as the user named it. */
  file: string;
}

export interface SheetOptions {
  /** Only these agencies: names resolved through the registry, or ids. */
  agencies?: readonly string[];
  /** ISO dates, inclusive. Dated tasks outside are left out, undated ones too; recurring ones fall in any window. */
  from?: string;
  to?: string;
  /** ISO date: merged bodies are rendered as the body that does their work on that date. */
  successors?: string;
  /** The built-in registry when absent. */
  registry?: AgencyRegistry;
}

type RoledAgency = SheetAgency & {role: Role};

export function buildSheets(inputs: readonly PlanInput[], options: SheetOptions = {}): SheetSet {
  const registry = options.registry ?? (options.agencies !== undefined || options.successors !== undefined ? loadBuiltinRegistry() : undefined);
  const current = (id: string): string =>
    options.successors !== undefined && registry !== undefined ? successorOn(registry, id, options.successors) : id;
  const wanted = options.agencies === undefined ? undefined : new Set(options.agencies.flatMap((name) => [name, registry!.resolve(name).id]).map(current));

  const sheets = new Map<string, Sheet>();
  for (const {plan, file} of inputs) {
    for (const task of plan.tasks) {
      if (!inWindow(task, options)) continue;
      const agencies = agenciesOf(task, current, registry);
      for (const agency of agencies) {
        if (wanted !== undefined && !wanted.has(agency.id)) continue;
        let sheet = sheets.get(agency.id);
        if (sheet === undefined) {
          sheet = {agency: {id: agency.id, name: agency.name, kind: agency.kind}, lead: [], support: []};
          sheets.set(agency.id, sheet);
        }
        sheet[agency.role].push({
          text: task.text,
          role: agency.role,
          partners: agencies.filter((other) => other.id !== agency.id),
          due: task.due,
          dueText: task.dueText,
          recurrence: task.recurrence,
          mode: task.mode,
          source: taskSource(plan, file, task),
        });
      }
    }
  }

  const ordered = [...sheets.values()].sort((a, b) => (a.agency.id < b.agency.id ? -1 : a.agency.id > b.agency.id ? 1 : 0));
  for (const sheet of ordered) {
    sheet.lead.sort(compareTasks);
    sheet.support.sort(compareTasks);
  }
  return {sheets: ordered, index: ordered.map(indexEntry)};
}

function inWindow(task: Task, {from, to}: SheetOptions): boolean {
  if (from === undefined && to === undefined) return true;
  if (task.due === null) return task.recurrence !== null;
  return (from === undefined || task.due >= from) && (to === undefined || task.due <= to);
}

/** The task's agencies under their current ids, once each; an agency named both ways is the lead. */
function agenciesOf(task: Task, current: (id: string) => string, registry: AgencyRegistry | undefined): RoledAgency[] {
  const byId = new Map<string, RoledAgency>();
  for (const agency of task.agencies) {
    const id = current(agency.id);
    const entry = id === agency.id ? undefined : registry?.get(id);
    const known = byId.get(id);
    if (known !== undefined) {
      if (agency.role === 'lead') known.role = 'lead';
      continue;
    }
    byId.set(id, {id, name: entry?.name ?? agency.name, kind: entry?.kind ?? agency.kind, role: agency.role});
  }
  return [...byId.values()];
}

function indexEntry(sheet: Sheet): SheetIndexEntry {
  let nearestDue: string | null = null;
  for (const task of [...sheet.lead, ...sheet.support]) {
    if (task.due !== null && (nearestDue === null || task.due < nearestDue)) nearestDue = task.due;
  }
  return {agency: sheet.agency, lead: sheet.lead.length, support: sheet.support.length, nearestDue};
}
