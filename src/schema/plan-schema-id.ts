// The published address of schemas/plan.schema.json: JSON plans carry it as "$schema", YAML plans in their first
// line. Its own module so writers can name the schema without loading the validator.

export const PLAN_SCHEMA_ID = 'https://plan-compile.dev/schemas/plan.schema.json';
