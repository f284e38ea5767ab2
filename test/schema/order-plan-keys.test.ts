import {describe, expect, it} from 'vitest';
import type {Plan} from '../../src/model/plan.js';
import {orderPlanKeys} from '../../src/schema/order-plan-keys.js';
import {reversed, richPlan} from './plan-fixtures.js';

describe('orderPlanKeys', () => {
  it('puts keys in model order whatever order they were set in', () => {
    const plan = orderPlanKeys(reversed(richPlan()));
    expect(Object.keys(plan)).toEqual([
      'schemaVersion', 'source', 'document', 'body', 'tasks', 'closing', 'signature', 'recipients', 'dropped',
      'diagnostics',
    ]);
    expect(Object.keys(plan.body[0]!)).toEqual(['kind', 'marker', 'path', 'title', 'assignments', 'position', 'children']);
    expect(Object.keys(plan.body[0]!.position)).toEqual(['start', 'end']);
    expect(Object.keys(plan.body[0]!.children[0]!.children[0]!.deadlines![0]!)).toEqual(['text', 'date', 'recurrence']);
    expect(Object.keys(plan.tasks[0]!)).toEqual(['path', 'text', 'agencies', 'due', 'dueText', 'recurrence', 'mode', 'position']);
    // A task agency is an agency plus its role: the inherited fields come first.
    expect(Object.keys(plan.tasks[0]!.agencies[0]!)).toEqual(['id', 'name', 'kind', 'printed', 'known', 'role']);
    expect(Object.keys(plan.body[1]!.children[0]!.rows![0]!)).toEqual(['path', 'cells', 'group', 'position']);
    expect(plan).toEqual(richPlan());
  });

  it('keeps "$schema" first and fields the schema does not name last, sorted', () => {
    const plan = {'x-b': 1, ...richPlan(), 'x-a': {z: 1, a: 2}, $schema: 'plan.schema.json'} as Plan;
    const keys = Object.keys(orderPlanKeys(plan));
    expect(keys[0]).toBe('$schema');
    expect(keys.slice(-2)).toEqual(['x-a', 'x-b']);
  });

  it('leaves out keys whose value is undefined', () => {
    const plan = richPlan();
    plan.body[0]!.text = undefined;
    expect('text' in orderPlanKeys(plan).body[0]!).toBe(false);
  });
});
