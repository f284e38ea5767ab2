import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {PLAN_SCHEMA_ID, validatePlan} from '../../src/schema/validate-plan.js';
import {minimalPlan, richPlan} from './plan-fixtures.js';

// A plan as a JSON value, so tests can break it in ways the types forbid.
type Json = Record<string, any>;

function broken(edit: (plan: Json) => void): Json {
  const plan = structuredClone(richPlan()) as Json;
  edit(plan);
  return plan;
}

describe('plan.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));

  it('is a draft 2020-12 schema published under PLAN_SCHEMA_ID', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(PLAN_SCHEMA_ID);
  });

  it('lists the plan fields in the model order', () => {
    expect(Object.keys(schema.properties)).toEqual([
      '$schema', 'schemaVersion', 'source', 'document', 'body', 'tasks', 'closing', 'signature', 'recipients',
      'dropped', 'diagnostics',
    ]);
  });
});

describe('validatePlan: valid plans', () => {
  it('accepts the least a plan holds', () => {
    expect(validatePlan(minimalPlan())).toEqual([]);
  });

  it('accepts a plan that uses every field', () => {
    expect(validatePlan(richPlan())).toEqual([]);
  });

  it('accepts "$schema" and x- annotations on the plan, nodes and tasks', () => {
    const plan = broken((p) => {
      p.$schema = PLAN_SCHEMA_ID;
      p['x-reviewed'] = true;
      p.body[0]['x-ghi-chu'] = 'Đã rà soát';
      p.tasks[0]['x-status'] = {done: false};
    });
    expect(validatePlan(plan)).toEqual([]);
  });
});

describe('validatePlan: readable problems at the field', () => {
  it('names a bad kind and the allowed kinds', () => {
    const problems = validatePlan(broken((p) => (p.body[0].kind = 'muc')));
    expect(problems).toEqual([
      {pointer: '/body/0/kind', keyword: 'enum', message: expect.stringContaining('kind "muc" is not one of: part, chapter, section')},
    ]);
  });

  it('rejects a date that is not a real ISO day', () => {
    const problems = validatePlan(broken((p) => {
      p.tasks[0].due = '2020-02-30';
      p.document.date = '13/3/2020';
    }));
    expect(problems.map((x) => [x.pointer, x.keyword])).toEqual([
      ['/document/date', 'format'],
      ['/tasks/0/due', 'format'],
    ]);
    expect(problems[1]!.message).toBe('due "2020-02-30" is not an ISO date (YYYY-MM-DD) of a real day');
  });

  it('points at a missing path itself', () => {
    const problems = validatePlan(broken((p) => delete p.body[0].children[0].children[1].path));
    expect(problems).toEqual([
      {pointer: '/body/0/children/0/children/1/path', keyword: 'required', message: 'missing field "path"'},
    ]);
  });

  it('explains a malformed path without quoting the regular expression', () => {
    const [problem] = validatePlan(broken((p) => (p.tasks[1].path = 'III. 2')));
    expect(problem).toMatchObject({pointer: '/tasks/1/path', keyword: 'pattern'});
    expect(problem!.message).toBe('path "III. 2" is not valid: expected markers joined with dots and no spaces, such as III.2.a');
  });

  it('rejects unknown fields where the objects are closed, including a misspelt one', () => {
    const problems = validatePlan(broken((p) => {
      p.body[0].children[0].children[0].deadlines[0].ngay = '2020-11-20';
      p.tasks[0].agencys = [];
      p.document['x-note'] = 'x- keys are for nodes, tasks and the plan only';
    }));
    expect(problems).toEqual([
      {pointer: '/document/x-note', keyword: 'additionalProperties', message: 'unknown field "x-note"'},
      {pointer: '/body/0/children/0/children/0/deadlines/0/ngay', keyword: 'additionalProperties', message: 'unknown field "ngay"'},
      {pointer: '/tasks/0/agencys', keyword: 'additionalProperties', message: 'unknown field "agencys"'},
    ]);
  });

  it('closes agencies too, which share their fields through $ref', () => {
    const problems = validatePlan(broken((p) => {
      p.body[0].children[0].agencies[0].role = 'lead';
      p.tasks[0].agencies[1].vaiTro = 'phối hợp';
    }));
    expect(problems.map((x) => [x.pointer, x.keyword])).toEqual([
      ['/body/0/children/0/agencies/0/role', 'unevaluatedProperties'],
      ['/tasks/0/agencies/1/vaiTro', 'unevaluatedProperties'],
    ]);
  });

  it('escapes field names in the pointer', () => {
    const [problem] = validatePlan(broken((p) => (p.source['a/b~c'] = 1)));
    expect(problem!.pointer).toBe('/source/a~1b~0c');
  });

  it('describes wrong types, constants and bounds in words', () => {
    const problems = validatePlan(broken((p) => {
      p.schemaVersion = 2;
      p.recipients[1] = 42;
      p.diagnostics[0].line = 0;
      p.body[0].children[0].agencies[0].kind = 'nhóm';
      p.signature = 'TM. Ủy ban nhân dân';
    }));
    expect(problems.map((x) => `${x.pointer}: ${x.message}`)).toEqual([
      '/schemaVersion: schemaVersion must be 1, not 2',
      '/body/0/children/0/agencies/0/kind: kind "nhóm" is not one of: body, class',
      '/signature: signature must be an object or null, not "TM. Ủy ban nhân dân"',
      '/recipients/1: recipients[1] must be text, not 42',
      '/diagnostics/0/line: line must be 1 or more, not 0',
    ]);
  });

  it('reports a value that is not an object at the root pointer', () => {
    expect(validatePlan([])).toEqual([{pointer: '', keyword: 'type', message: 'the plan must be an object, not a list'}]);
  });

  it('never passes on ajv\'s raw wording', () => {
    const problems = validatePlan(broken((p) => {
      p.body[0].position.start = {line: 'một'};
      p.tasks[0].mode = 'yêu cầu';
      p.source.sha256 = 'ABC';
    }));
    expect(problems.length).toBeGreaterThan(2);
    for (const {message} of problems) expect(message).not.toMatch(/must NOT|must match|must have required/);
  });
});
