// Rebuilds a plan with its keys in the order the schema lists them (the model's order), whatever order the
// builders set them in: the writers' output must not depend on construction order. Keys the schema does not
// name (x- annotations) follow, sorted. Deriving the order from the schema keeps one list of fields, not two.

import type {Plan} from '../model/plan.js';
import {loadPlanSchema, type SchemaObject} from './load-plan-schema.js';

const fieldsBySchema = new WeakMap<SchemaObject, Map<string, SchemaObject>>();

export function orderPlanKeys(plan: Plan): Plan {
  const root = loadPlanSchema();
  return inSchemaOrder(plan, root, root) as Plan;
}

function inSchemaOrder(value: unknown, schema: SchemaObject | undefined, root: SchemaObject): unknown {
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(item, itemsOf(schema, root), root));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const fields = schema ? fieldsOf(schema, root) : new Map<string, SchemaObject>();
  const ordered: Record<string, unknown> = {};
  for (const [key, fieldSchema] of fields) {
    if (record[key] !== undefined) ordered[key] = inSchemaOrder(record[key], fieldSchema, root);
  }
  for (const key of Object.keys(record).filter((k) => !fields.has(k)).sort()) {
    if (record[key] !== undefined) ordered[key] = inSchemaOrder(record[key], undefined, root);
  }
  return ordered;
}

/** The properties a schema object declares, those of its $ref target first (as TaskAgency extends AgencyRef). */
function fieldsOf(schema: SchemaObject, root: SchemaObject): Map<string, SchemaObject> {
  let fields = fieldsBySchema.get(schema);
  if (!fields) {
    const target = schema.$ref ? resolve(schema.$ref, root) : undefined;
    fields = new Map([...(target ? fieldsOf(target, root) : []), ...Object.entries(schema.properties ?? {})]);
    fieldsBySchema.set(schema, fields);
  }
  return fields;
}

function itemsOf(schema: SchemaObject | undefined, root: SchemaObject): SchemaObject | undefined {
  if (!schema) return undefined;
  return schema.items ?? (schema.$ref ? itemsOf(resolve(schema.$ref, root), root) : undefined);
}

/** Only local references ("#/$defs/name") occur in the plan schema. */
function resolve(ref: string, root: SchemaObject): SchemaObject | undefined {
  return root.$defs?.[ref.slice('#/$defs/'.length)];
}
