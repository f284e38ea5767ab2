// The pipeline of DESIGN.md "Architecture": bytes → decode → reader → structure → extractors → checks → plan.

import {createHash} from 'node:crypto';
import type {Plan} from './model/plan.js';
import type {AgencyRegistry} from './agencies/index.js';
import {decode} from './decode/decode.js';
import {InputError} from './errors.js';
import {formatOfPath, loadReader, loadedReader, readerFormats} from './readers/registry.js';
import {buildStructure} from './structure/build-structure.js';
import {enrichPlan} from './extract/enrich-plan.js';
import {PLAN_SCHEMA_ID} from './schema/plan-schema-id.js';
import {validatePlan} from './schema/validate-plan.js';

export interface CompileInput {
  /** Path as the user gave it; recorded in `source.path`. */
  path: string;
  bytes: Uint8Array;
  /** Reader name ("text", "markdown"); chosen from the path's extension when absent. */
  format?: string;
}

export interface CompileOptions {
  /** The agency registry: the built-in one, or one a user file extended (`--agencies FILE.yaml`). */
  registry?: AgencyRegistry;
}

/** Compiles one document. Throws InputError for input that is not a plan document. */
export function compileDocument(input: CompileInput, options: CompileOptions = {}): Plan {
  if (input.bytes.length === 0) throw new InputError('empty', 'empty file');
  const {text, encoding} = decode(input.bytes);
  if (text.trim() === '') throw new InputError('empty', 'no text (only blank lines)');
  const format = input.format ?? formatOfPath(input.path);
  const reader = loadedReader(format);
  if (!reader) {
    if (!readerFormats.includes(format)) throw new InputError('unreadable', `no reader for format "${format}"`);
    throw new Error(`the ${format} reader is not loaded: use compileDocumentAsync, or await loadReader("${format}") first`);
  }
  const structure = buildStructure(reader(text));
  if (structure.body.length === 0 || (structure.header.type === null && !structure.body.some((n) => n.marker !== null))) {
    throw new InputError('no-structure', 'no plan structure found (no document type, no numbered sections or items)');
  }
  const {header, notes} = structure;
  const plan: Plan = {
    $schema: PLAN_SCHEMA_ID,
    schemaVersion: 1,
    source: {path: input.path, format, sha256: createHash('sha256').update(input.bytes).digest('hex'), encoding},
    document: {
      type: header.type,
      typeName: header.typeName,
      number: header.number,
      date: header.date,
      place: header.place,
      issuer: header.issuer,
      parentIssuer: header.parentIssuer,
      title: header.title,
      ...(header.authority ? {authority: header.authority} : {}),
      basis: header.basis.map((b) => ({text: b.text, line: b.line, citations: []})),
      ...(notes.length ? {notes} : {}),
    },
    body: structure.body,
    tasks: [],
    closing: structure.closing,
    signature: structure.signature,
    recipients: structure.recipients,
    dropped: structure.dropped,
    diagnostics: structure.diagnostics,
  };
  enrichPlan(plan, options.registry);
  // The contract is checked on every plan before anyone writes it: a violation is our bug, reported as an error.
  for (const problem of validatePlan(plan)) {
    plan.diagnostics.push({severity: 'error', code: `schema/${problem.keyword}`, message: `${problem.pointer}: ${problem.message}`, path: null, line: null, column: null});
  }
  return plan;
}

/** Compiles one document, loading the reader its format needs first (the Markdown reader is loaded on demand). */
export async function compileDocumentAsync(input: CompileInput, options: CompileOptions = {}): Promise<Plan> {
  await loadReader(input.format ?? formatOfPath(input.path));
  return compileDocument(input, options);
}
