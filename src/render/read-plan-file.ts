// A plan file (*.plan.yaml, *.plan.json) back to a Plan. A hand-edited file may be anything: it is parsed with
// the hostile-input guards of `validate` and checked against the schema before any sheet trusts its fields.

import {InputError} from '../errors.js';
import type {Plan} from '../model/plan.js';
import {validatePlan} from '../schema/validate-plan.js';
import {parsePlanText} from '../validate/parse-plan-text.js';

/** Throws InputError with one line saying what is wrong. */
export function readPlanFile(text: string): Plan {
  const parsed = parsePlanText(text);
  if (!parsed.ok) {
    const first = parsed.diagnostics[0]!;
    throw new InputError('unreadable', `line ${first.line}: ${first.message}`);
  }
  const problems = validatePlan(parsed.value);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new InputError('unreadable', `not a valid plan: ${first.pointer || '/'} ${first.message}`);
  }
  return parsed.value as Plan;
}
