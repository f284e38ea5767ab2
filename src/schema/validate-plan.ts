// Checks a value against schemas/plan.schema.json. Compiling the schema costs more than the whole compile
// budget of a process, so the build generates a standalone validator (build-validator.ts) next to this module;
// without it (vitest runs src/ directly) the schema is compiled once, on first use.

import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type {ErrorObject} from 'ajv/dist/2020.js';
import {compilePlanSchema} from './compile-plan-schema.js';
import {schemaProblemsFromAjv, type SchemaProblem} from './schema-problems-from-ajv.js';

export {PLAN_SCHEMA_ID} from './plan-schema-id.js';
export {schemaProblemsFromAjv, type SchemaProblem} from './schema-problems-from-ajv.js';

type PlanValidator = ((data: unknown) => boolean) & {errors?: ErrorObject[] | null};

// Relative to dist/, so the module finds it from dist/schema/ and from the CLI bundle in dist/bundle/ alike.
const standaloneUrl = new URL('../schema/plan-validator.cjs', import.meta.url);
const requireHere = createRequire(import.meta.url);
const standalone: PlanValidator | null = existsSync(standaloneUrl) ? (requireHere(fileURLToPath(standaloneUrl)) as PlanValidator) : null;

let compiled: PlanValidator | undefined;

/** The problems of `value` as a plan; empty when it is one. */
export function validatePlan(value: unknown): SchemaProblem[] {
  const validate = standalone ?? (compiled ??= compilePlanSchema().validate);
  return validate(value) ? [] : schemaProblemsFromAjv(validate.errors);
}
