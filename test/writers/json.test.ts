import {describe, expect, it} from 'vitest';
import {PLAN_SCHEMA_ID, validatePlan} from '../../src/schema/validate-plan.js';
import {writeJson} from '../../src/writers/json.js';
import {minimalPlan, reversed, richPlan} from '../schema/plan-fixtures.js';

describe('writeJson', () => {
  it('writes "$schema" first, then the plan in model order, indented by two spaces, with a final newline', () => {
    const text = writeJson(minimalPlan());
    expect(text.startsWith(`{\n  "$schema": "${PLAN_SCHEMA_ID}",\n  "schemaVersion": 1,\n  "source": {\n    "path"`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual([
      '$schema', 'schemaVersion', 'source', 'document', 'body', 'tasks', 'closing', 'signature', 'recipients',
      'dropped', 'diagnostics',
    ]);
  });

  it('round-trips and validates', () => {
    const parsed = JSON.parse(writeJson(richPlan()));
    expect(parsed).toEqual({$schema: PLAN_SCHEMA_ID, ...richPlan()});
    expect(validatePlan(parsed)).toEqual([]);
  });

  it('keeps a "$schema" the plan already names', () => {
    expect(JSON.parse(writeJson({...minimalPlan(), $schema: './plan.schema.json'})).$schema).toBe('./plan.schema.json');
  });

  it('gives the same bytes whatever order the fields were set in', () => {
    expect(writeJson(reversed(richPlan()))).toBe(writeJson(richPlan()));
  });
});
