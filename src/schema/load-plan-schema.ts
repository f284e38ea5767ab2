// Reads schemas/plan.schema.json once per process. The file sits two folders above both src/schema and
// dist/schema, so one relative URL serves vitest (which runs src/) and the built CLI.

import {readFileSync} from 'node:fs';

/** The parts of a JSON Schema that this project's code walks; everything else stays opaque. */
export interface SchemaObject {
  $id?: string;
  $ref?: string;
  $defs?: Record<string, SchemaObject>;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  [keyword: string]: unknown;
}

let schema: SchemaObject | undefined;

export function loadPlanSchema(): SchemaObject {
  schema ??= JSON.parse(
    readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'),
  ) as SchemaObject;
  return schema;
}
