// An agency with its role in a task.
import type {AgencyRef, Role, TaskAgency} from '../model/plan.js';

/**
 * The agency `ref` with `role`. Written out field by field: a ref has just these, and spreading one into a new
 * object costs several times as much on every task.
 */
export function taskAgency(ref: AgencyRef, role: Role): TaskAgency {
  return {id: ref.id, name: ref.name, kind: ref.kind, printed: ref.printed, known: ref.known, role};
}
