// Rebuilds a plan with its keys in the order the schema lists them (the model's order), whatever order the
// builders set them in: the writers' output must not depend on construction order. Keys the schema does not
// name (x- annotations) follow, sorted. Deriving the order from the schema keeps one list of fields, not two.

import type {Plan} from '../model/plan.js';
import {loadPlanSchema, type SchemaObject} from './load-plan-schema.js';

/** A schema object's properties, in order, as parallel lists: the walk runs once per process, mostly before V8
 * has optimized it, where indexed loops over arrays cost a fraction of Map iteration. */
interface Fields {
  names: string[];
  schemas: SchemaObject[];
  known: Set<string>;
}

const NO_FIELDS: Fields = {names: [], schemas: [], known: new Set()};
const fieldsBySchema = new WeakMap<SchemaObject, Fields>();

export function orderPlanKeys(plan: Plan): Plan {
  const root = loadPlanSchema();
  return inSchemaOrder(plan, root, root) as Plan;
}

function inSchemaOrder(value: unknown, schema: SchemaObject | undefined, root: SchemaObject): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = itemsOf(schema, root);
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = inSchemaOrder(value[i], items, root);
    return out;
  }
  const record = value as Record<string, unknown>;
  const fields = schema ? fieldsOf(schema, root) : NO_FIELDS;
  const ordered: Record<string, unknown> = {};
  let placed = 0;
  for (let i = 0; i < fields.names.length; i++) {
    const key = fields.names[i]!;
    const field = record[key];
    if (field !== undefined) {
      ordered[key] = inSchemaOrder(field, fields.schemas[i], root);
      placed++;
    }
  }
  const keys = Object.keys(record);
  if (keys.length > placed) {
    for (const key of keys.filter((k) => !fields.known.has(k)).sort()) {
      if (record[key] !== undefined) ordered[key] = inSchemaOrder(record[key], undefined, root);
    }
  }
  return ordered;
}

/** The properties a schema object declares, those of its $ref target first (as TaskAgency extends AgencyRef). */
function fieldsOf(schema: SchemaObject, root: SchemaObject): Fields {
  let fields = fieldsBySchema.get(schema);
  if (!fields) {
    const target = schema.$ref ? resolve(schema.$ref, root) : undefined;
    const byName = new Map([...(target ? entriesOf(fieldsOf(target, root)) : []), ...Object.entries(schema.properties ?? {})]);
    fields = {names: [...byName.keys()], schemas: [...byName.values()], known: new Set(byName.keys())};
    fieldsBySchema.set(schema, fields);
  }
  return fields;
}

function entriesOf(fields: Fields): [string, SchemaObject][] {
  return fields.names.map((name, i) => [name, fields.schemas[i]!]);
}

function itemsOf(schema: SchemaObject | undefined, root: SchemaObject): SchemaObject | undefined {
  if (!schema) return undefined;
  return schema.items ?? (schema.$ref ? itemsOf(resolve(schema.$ref, root), root) : undefined);
}

/** Only local references ("#/$defs/name") occur in the plan schema. */
function resolve(ref: string, root: SchemaObject): SchemaObject | undefined {
  return root.$defs?.[ref.slice('#/$defs/'.length)];
}
