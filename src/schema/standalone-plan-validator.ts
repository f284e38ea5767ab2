// The plan schema compiled to the source of a standalone CommonJS module (ajv's standalone code generation).
// CommonJS, so validate-plan.ts loads it synchronously with require, from dist/ and from the CLI bundle alike;
// its require() calls for ajv's runtime helpers (ajv-formats' date check, ucs2length) work as they are.

import {createRequire} from 'node:module';
import {compilePlanSchema} from './compile-plan-schema.js';

export function standalonePlanValidatorCode(): string {
  const standaloneCode = (createRequire(import.meta.url)('ajv/dist/standalone/index.js') as {
    default: (ajv: unknown, validate: unknown) => string;
  }).default;
  const {ajv, validate} = compilePlanSchema({source: true, esm: false});
  return standaloneCode(ajv, validate);
}
