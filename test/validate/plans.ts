// Plans for the validate tests: a small valid plan with an assignment section, points and one task.

import {stringify} from 'yaml';
import type {Plan, PlanNode, Task} from '../../src/model/plan.js';
import {at, minimalPlan} from '../schema/plan-fixtures.js';

export function pointNode(marker: string, path = `II.1.${marker}`): PlanNode {
  return {kind: 'point', marker, path, text: `Nội dung điểm ${marker}.`, position: at(5), children: []};
}

export function task(overrides: Partial<Task> = {}): Task {
  return {
    path: 'II.1.a',
    text: 'Sở Y tế chủ trì tổ chức tập huấn.',
    agencies: [{id: 'so-y-te', name: 'Sở Y tế', kind: 'body', printed: 'Sở Y tế', known: true, role: 'lead'}],
    due: '2020-12-31',
    dueText: 'trước ngày 31/12/2020',
    recurrence: null,
    mode: 'order',
    position: at(5),
    ...overrides,
  };
}

export function samplePlan(): Plan {
  const item: PlanNode = {kind: 'item', marker: '1', path: 'II.1', text: 'Sở Y tế:', position: at(4), children: [pointNode('a'), pointNode('b')]};
  return {
    ...minimalPlan(),
    document: {...minimalPlan().document, type: 'KH', typeName: 'Kế hoạch', date: '2020-11-06'},
    body: [
      {kind: 'section', marker: 'I', path: 'I', title: 'MỤC ĐÍCH', position: at(2), children: []},
      {kind: 'section', marker: 'II', path: 'II', title: 'TỔ CHỨC THỰC HIỆN', assignments: true, position: at(3), children: [item]},
    ],
    tasks: [task()],
  };
}

export function yamlOf(plan: Plan): string {
  return stringify(plan, {lineWidth: 0});
}
