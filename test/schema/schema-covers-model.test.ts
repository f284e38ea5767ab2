// The schema is the published form of src/model/plan.ts and other people add fields to the model: this test
// reads the model's source and fails on the first field or enum value the schema has not caught up with.

import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

const model = readFileSync(new URL('../../src/model/plan.ts', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));

// Which schema object stands for which interface. TaskAgency's own fields sit beside a $ref to the shared ones.
const OBJECTS: Record<string, any> = {
  Plan: schema,
  Point: schema.$defs.point,
  Position: schema.$defs.position,
  Deadline: schema.$defs.deadline,
  Citation: schema.$defs.citation,
  AgencyRef: schema.$defs.agencyFields,
  TaskAgency: schema.$defs.taskAgency,
  TableRow: schema.$defs.tableRow,
  PlanNode: schema.$defs.node,
  Task: schema.$defs.task,
  BasisLine: schema.$defs.basisLine,
  DocumentHeader: schema.$defs.document,
  Signature: schema.$defs.signature,
  Diagnostic: schema.$defs.diagnostic,
  DroppedLine: schema.$defs.droppedLine,
  SourceInfo: schema.$defs.source,
};

const ENUMS: Record<string, unknown[]> = {
  NodeKind: schema.$defs.node.properties.kind.enum,
  Recurrence: schema.$defs.recurrence.enum.filter((v: unknown) => v !== null),
  Role: schema.$defs.taskAgency.properties.role.enum,
  Severity: schema.$defs.diagnostic.properties.severity.enum,
  DropReason: schema.$defs.droppedLine.properties.reason.enum,
};

/** Fields of each exported interface, in order, with whether they are optional. */
function interfaces(): Map<string, {name: string; optional: boolean}[]> {
  const found = new Map<string, {name: string; optional: boolean}[]>();
  for (const [, name, body] of model.matchAll(/export interface (\w+)(?: extends \w+)? \{\n(.*?)\n\}/gs)) {
    const fields = [...body!.matchAll(/^ {2}(\$?\w+)(\??):/gm)].map(([, field, q]) => ({name: field!, optional: q === '?'}));
    found.set(name!, fields);
  }
  return found;
}

describe('schemas/plan.schema.json covers src/model/plan.ts', () => {
  const all = interfaces();

  it('maps every interface of the model', () => {
    expect([...all.keys()].sort()).toEqual(Object.keys(OBJECTS).sort());
  });

  for (const [name, fields] of all) {
    it(`${name}: same fields, same order, same required ones`, () => {
      const object = OBJECTS[name];
      expect(Object.keys(object.properties)).toEqual(fields.map((f) => f.name));
      expect(object.required).toEqual(fields.filter((f) => !f.optional).map((f) => f.name));
    });
  }

  it('the closing object has the one field of {text: string}', () => {
    expect(model).toContain('closing: {text: string} | null;');
    expect(Object.keys(schema.properties.closing.properties)).toEqual(['text']);
  });

  for (const [name, values] of Object.entries(ENUMS)) {
    it(`${name}: same values`, () => {
      const union = new RegExp(`export type ${name} =([^;]*);`).exec(model)?.[1] ?? '';
      expect(values).toEqual([...union.matchAll(/'([^']*)'/g)].map(([, v]) => v));
    });
  }

  it('mode and agency kind keep their inline unions', () => {
    expect(model).toContain(`mode: 'order' | 'request';`);
    expect(model).toContain(`kind: 'body' | 'class';`);
    expect(schema.$defs.task.properties.mode.enum).toEqual(['order', 'request']);
    expect(schema.$defs.agencyFields.properties.kind.enum).toEqual(['body', 'class']);
  });
});
