// One place for the ajv options, so the validator generated at build time and the one compiled at run time (when
// the generated module is absent, as under vitest) check exactly the same things.
// ajv is loaded with require inside the function: importing this module costs nothing until a compile is needed.

import {createRequire} from 'node:module';
import type {Ajv2020, CodeOptions, ValidateFunction} from 'ajv/dist/2020.js';
import type {FormatsPlugin} from 'ajv-formats';
import {loadPlanSchema} from './load-plan-schema.js';

const require = createRequire(import.meta.url);

export interface CompiledPlanSchema {
  ajv: Ajv2020;
  validate: ValidateFunction;
}

export function compilePlanSchema(code: CodeOptions = {}): CompiledPlanSchema {
  const Ajv = (require('ajv/dist/2020.js') as {Ajv2020: typeof Ajv2020}).Ajv2020;
  const addFormats = (require('ajv-formats') as {default: FormatsPlugin}).default;
  // allErrors: a hand-edited plan should show every problem at once. verbose: errors carry the offending value,
  // which the readable messages quote.
  const ajv = new Ajv({allErrors: true, verbose: true, strict: true, code});
  addFormats(ajv, ['date']);
  return {ajv, validate: ajv.compile(loadPlanSchema())};
}
