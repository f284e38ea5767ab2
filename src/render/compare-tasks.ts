// Deadline order of a sheet: dated tasks by date, then recurring ones by rhythm (most frequent first), then undated.

import type {Recurrence} from '../model/plan.js';
import type {SheetTask} from './sheet.js';

const rhythm: Readonly<Record<Recurrence, number>> = {
  weekly: 0,
  monthly: 1,
  quarterly: 2,
  semiannual: 3,
  annual: 4,
  ongoing: 5,
};

/** For a stable sort: equal keys keep document order. */
export function compareTasks(a: SheetTask, b: SheetTask): number {
  const rank = rankOf(a) - rankOf(b);
  if (rank !== 0) return rank;
  if (a.due !== null && b.due !== null) return a.due < b.due ? -1 : a.due > b.due ? 1 : 0;
  if (a.recurrence !== null && b.recurrence !== null) return rhythm[a.recurrence] - rhythm[b.recurrence];
  return 0;
}

function rankOf(task: SheetTask): number {
  if (task.due !== null) return 0;
  return task.recurrence !== null ? 1 : 2;
}
