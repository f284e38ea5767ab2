// Follows the registry's merge links: the body that does a department's work on a given date.
import type {AgencyRegistry} from './registry.js';

/** The id that stands for `id` on `date` (ISO): successors whose merge took effect by then are followed. */
export function successorOn(registry: AgencyRegistry, id: string, date: string): string {
  const seen = new Set<string>();
  let current = id;
  while (!seen.has(current)) {
    seen.add(current);
    const next = registry.get(current)?.successors?.find((s) => s.since <= date);
    if (!next) break;
    current = next.id;
  }
  return current;
}
