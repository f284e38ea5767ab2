// The plan schema compiled to the source of a standalone ESM module (ajv's standalone code generation).
//
// ajv's standalone code calls require() for its runtime helpers (ajv-formats' date check, ucs2length) even in
// ESM mode, so the module opens with a require made for its own location.

import {createRequire} from 'node:module';
import {compilePlanSchema} from './compile-plan-schema.js';

const PRELUDE = "import {createRequire} from 'node:module';\nconst require = createRequire(import.meta.url);\n";

export function standalonePlanValidatorCode(): string {
  const standaloneCode = (createRequire(import.meta.url)('ajv/dist/standalone/index.js') as {
    default: (ajv: unknown, validate: unknown) => string;
  }).default;
  const {ajv, validate} = compilePlanSchema({source: true, esm: true});
  return PRELUDE + standaloneCode(ajv, validate);
}
