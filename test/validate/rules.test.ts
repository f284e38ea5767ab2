import {describe, expect, it} from 'vitest';
import type {Plan} from '../../src/model/plan.js';
import type {AnyRule, Finding} from '../../src/validate/rule.js';
import {rules} from '../../src/validate/rules/index.js';
import {pointNode, samplePlan, task} from './plans.js';

function rule(id: string): AnyRule {
  return rules.find((candidate) => candidate.id === id)!;
}

function findings(id: string, plan: Plan): Finding<string>[] {
  const found: Finding<string>[] = [];
  rule(id).check(plan, (finding) => found.push(finding));
  return found;
}

function withPoints(...markers: string[]): Plan {
  const plan = samplePlan();
  plan.body[1].children[0].children = markers.map((marker, index) => pointNode(marker, `II.1.${index}`));
  return plan;
}

describe('the registry', () => {
  it('gives every rule an id, a default severity, one line of docs and its messages', () => {
    expect(rules.map((r) => r.id)).toEqual([
      'numbering/sequence', 'paths/unique', 'tasks/lead', 'tasks/text', 'tasks/recurrence', 'agencies/known', 'deadlines/sane',
    ]);
    for (const r of rules) {
      expect(['warn', 'error']).toContain(r.severity);
      expect(r.docs).not.toContain('\n');
      expect(Object.keys(r.messages).length).toBeGreaterThan(0);
    }
  });

  it('finds nothing in the sample plan', () => {
    for (const r of rules) expect(findings(r.id, samplePlan()), r.id).toEqual([]);
  });
});

describe('numbering/sequence', () => {
  it('accepts the Vietnamese letter sequence with đ and without f', () => {
    expect(findings('numbering/sequence', withPoints('a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h'))).toEqual([]);
  });

  it('reports a skipped letter, a letter outside the sequence and a repeat at the marker', () => {
    const found = findings('numbering/sequence', withPoints('a', 'b', 'd', 'f', 'd'));
    expect(found.map((f) => [f.messageId, f.pointer])).toEqual([
      ['skipped', '/body/1/children/0/children/2/marker'],
      ['outside', '/body/1/children/0/children/3/marker'],
      ['backwards', '/body/1/children/0/children/4/marker'],
    ]);
    expect(found[0].data).toMatchObject({missing: 'c)', marker: 'd'});
  });

  it('reports items that do not count 1, 2, 3', () => {
    const plan = samplePlan();
    const item = plan.body[1].children[0];
    plan.body[1].children = [item, {...item, marker: '3', path: 'II.3'}];
    expect(findings('numbering/sequence', plan).map((f) => f.data?.missing)).toEqual(['2.']);
  });
});

describe('paths/unique', () => {
  it('reports the second node with a path', () => {
    const plan = withPoints('a', 'b');
    plan.body[1].children[0].children[1].path = 'II.1.0';
    expect(findings('paths/unique', plan)).toEqual([
      {messageId: 'duplicate', pointer: '/body/1/children/0/children/1/path', path: 'II.1.0', data: {path: 'II.1.0'}},
    ]);
  });
});

describe('tasks/lead', () => {
  it('reports a task whose agencies only support', () => {
    const plan = samplePlan();
    plan.tasks = [task({agencies: [{...task().agencies[0], role: 'support'}]})];
    expect(findings('tasks/lead', plan).map((f) => f.pointer)).toEqual(['/tasks/0/agencies']);
  });
});

describe('tasks/text', () => {
  it('reports a task of white space only', () => {
    const plan = samplePlan();
    plan.tasks = [task(), task({text: ' \n '})];
    expect(findings('tasks/text', plan).map((f) => f.pointer)).toEqual(['/tasks/1/text']);
  });
});

describe('tasks/recurrence', () => {
  it('reports an ongoing task with a due date and accepts a quarterly one with a date', () => {
    const plan = samplePlan();
    plan.tasks = [task({recurrence: 'ongoing', dueText: 'thường xuyên'}), task({recurrence: 'quarterly'}), task({recurrence: 'ongoing', due: null})];
    expect(findings('tasks/recurrence', plan).map((f) => f.pointer)).toEqual(['/tasks/0/recurrence']);
  });
});

describe('agencies/known', () => {
  it('warns on an agency outside the registry, in tasks and in nodes', () => {
    const plan = samplePlan();
    const stranger = {id: 'ban-chi-dao-xyz', name: 'Ban Chỉ đạo XYZ', kind: 'body' as const, printed: 'Ban Chỉ đạo XYZ', known: false};
    plan.tasks = [task({agencies: [...task().agencies, {...stranger, role: 'support'}]})];
    plan.body[1].children[0].agencies = [stranger];
    expect(findings('agencies/known', plan).map((f) => [f.pointer, f.data?.name])).toEqual([
      ['/body/1/children/0/agencies/0/known', 'Ban Chỉ đạo XYZ'],
      ['/tasks/0/agencies/1/known', 'Ban Chỉ đạo XYZ'],
    ]);
  });
});

describe('deadlines/sane', () => {
  it('reports a day that does not exist and a date decades from the plan', () => {
    const plan = samplePlan();
    plan.tasks = [task({due: '2021-02-29'}), task({due: '2102-03-31'}), task({due: '2035-11-06'})];
    plan.body[1].children[0].deadlines = [{text: 'trước ngày 30/02/2021', date: '2021-02-30', recurrence: null}];
    expect(findings('deadlines/sane', plan).map((f) => [f.messageId, f.pointer])).toEqual([
      ['notDay', '/tasks/0/due'],
      ['farOff', '/tasks/1/due'],
      ['notDay', '/body/1/children/0/deadlines/0/date'],
    ]);
  });

  it('checks only real days when the plan has no date', () => {
    const plan = samplePlan();
    plan.document.date = null;
    plan.tasks = [task({due: '2102-03-31'})];
    expect(findings('deadlines/sane', plan)).toEqual([]);
  });
});
