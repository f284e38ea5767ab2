// Turns ajv's errors into messages a clerk can act on: the field, the value found and what is expected, at the
// JSON pointer of the field itself (for a missing or unknown field, the pointer of that field, not its parent).

import type {ErrorObject} from 'ajv/dist/2020.js';

export interface SchemaProblem {
  /** JSON pointer of the field ("" for the whole plan). */
  pointer: string;
  message: string;
  /** The JSON Schema keyword that failed (required, enum, format …). */
  keyword: string;
}

// What a pattern means, by the name of the field it guards: a regular expression is no help to a clerk.
const PATTERN_HINTS: Record<string, string> = {
  path: 'markers joined with dots and no spaces, such as III.2.a',
  sha256: '64 lower-case hexadecimal digits',
  id: 'a slug of lower-case letters and digits joined by hyphens, such as so-y-te',
  number: 'the number as printed with spaces removed, such as 88/KH-UBND',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

export function schemaProblemsFromAjv(errors: readonly ErrorObject[] | null | undefined): SchemaProblem[] {
  return (errors ?? []).map(problemFromError);
}

function problemFromError(error: ErrorObject): SchemaProblem {
  const {keyword, instancePath, params} = error;
  const field = fieldLabel(instancePath);
  const value = describeValue(error.data);
  switch (keyword) {
    case 'required':
      return {keyword, pointer: child(instancePath, params.missingProperty), message: `missing field "${params.missingProperty}"`};
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      return {keyword, pointer: child(instancePath, name), message: `unknown field "${name}"`};
    }
    case 'type':
      return {keyword, pointer: instancePath, message: `${field} must be ${typeList(params.type)}, not ${value}`};
    case 'enum':
      return {keyword, pointer: instancePath, message: `${field} ${value} is not one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`};
    case 'const':
      return {keyword, pointer: instancePath, message: `${field} must be ${JSON.stringify(params.allowedValue)}, not ${value}`};
    case 'format':
      return {keyword, pointer: instancePath, message: `${field} ${value} is not ${params.format === 'date' ? 'an ISO date (YYYY-MM-DD) of a real day' : `a valid ${params.format}`}`};
    case 'pattern': {
      const hint = PATTERN_HINTS[lastToken(instancePath)];
      return {keyword, pointer: instancePath, message: `${field} ${value} is not valid: expected ${hint ?? `text matching ${params.pattern}`}`};
    }
    case 'minLength':
      return {keyword, pointer: instancePath, message: `${field} must not be empty`};
    case 'minimum':
      return {keyword, pointer: instancePath, message: `${field} must be ${params.limit} or more, not ${value}`};
    default:
      return {keyword, pointer: instancePath, message: `${field} fails the "${keyword}" rule of the plan schema`};
  }
}

function child(pointer: string, name: unknown): string {
  return `${pointer}/${String(name).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

function lastToken(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1).replaceAll('~1', '/').replaceAll('~0', '~');
}

/** "/tasks/3/due" → "due"; "/recipients/2" → "recipients[2]"; "" → "the plan". */
function fieldLabel(pointer: string): string {
  if (pointer === '') return 'the plan';
  const name = lastToken(pointer);
  if (!/^\d+$/.test(name)) return name;
  const parent = pointer.slice(0, pointer.lastIndexOf('/'));
  return parent === '' ? `[${name}]` : `${lastToken(parent)}[${name}]`;
}

function typeList(type: unknown): string {
  const names = (Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[String(t)] ?? String(t));
  return names.join(' or ');
}

function describeValue(data: unknown): string {
  if (data === undefined) return 'nothing';
  if (Array.isArray(data)) return 'a list';
  if (data !== null && typeof data === 'object') return 'an object';
  const text = JSON.stringify(data);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
