// Plan text (YAML, or JSON, which YAML 1.2 reads as well) to a value that keeps its way back to line:column.
// Hostile input is a finding, never a crash or a hang: aliases are capped (a "billion laughs" file expands
// exponentially), duplicate keys and tags outside the core schema (!!binary, !!js/function …) are errors.
// Most plan files are plain JSON or plain block YAML: fast parsers read those, and their places are looked up
// only when a finding asks for one; the rest go through the yaml Document API.

import {LineCounter, parseDocument, type Document} from 'yaml';
import type {Diagnostic, Point} from '../model/plan.js';
import {errorLine} from '../cli/error-line.js';
import {locatePointer} from './locate-pointer.js';
import {parseJsonPlan} from './parse-json-plan.js';
import {parseYamlSubset, yamlLines} from './parse-yaml-subset.js';
import {yamlSubsetLocator} from './locate-yaml-subset.js';
import {jsonLocator} from './locate-json.js';

export const maxAliasCount = 100;
// A file of broken YAML can raise one error per byte; the first few say what is wrong.
const maxSyntaxFindings = 10;

export type ParsedPlanText =
  | {ok: true; value: unknown; locate: (pointer: string) => Point}
  | {ok: false; diagnostics: Diagnostic[]};

export function parsePlanText(text: string): ParsedPlanText {
  const json = parseJsonPlan(text);
  if (json !== undefined) return {ok: true, value: json, locate: jsonLocator(text)};
  const lines = yamlLines(text);
  if (lines !== undefined) {
    const yaml = parseYamlSubset(lines);
    if (yaml !== undefined) return {ok: true, value: yaml, locate: yamlSubsetLocator(lines)};
  }
  return parseWithDocument(text);
}

function parseWithDocument(text: string): ParsedPlanText {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, {lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, resolveKnownTags: false});
  } catch (error) {
    return failed([finding('yaml/syntax', `cannot parse: ${errorLine(error)}`, {line: 1, column: 1})]);
  }
  const at = (offset: number): Point => {
    const {line, col} = lineCounter.linePos(offset);
    return {line, column: col};
  };
  const problems = [
    ...doc.errors.map((error) => finding(error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax', error.message, at(error.pos[0]))),
    ...doc.warnings
      .filter((warning) => warning.code === 'TAG_RESOLVE_FAILED')
      .map((warning) => finding('yaml/tag', `${warning.message} (only the tags of the YAML core schema are allowed)`, at(warning.pos[0]))),
  ];
  if (problems.length > 0) return failed(problems.slice(0, maxSyntaxFindings));
  let value: unknown;
  try {
    value = doc.toJS({maxAliasCount});
  } catch (error) {
    const message = errorLine(error);
    const bomb = message.startsWith('Excessive alias count');
    return failed([
      bomb
        ? finding('yaml/aliases', `more than ${maxAliasCount} alias expansions: refused as a resource exhaustion attack`, {line: 1, column: 1})
        : finding('yaml/syntax', message, {line: 1, column: 1}),
    ]);
  }
  return {ok: true, value, locate: (pointer) => locatePointer(doc, lineCounter, pointer)};
}

function failed(diagnostics: Diagnostic[]): ParsedPlanText {
  return {ok: false, diagnostics};
}

function finding(code: string, message: string, point: Point): Diagnostic {
  return {severity: 'error', code, message, path: null, line: point.line, column: point.column};
}
