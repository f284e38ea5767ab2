// In-process harness for main(): fake streams, a temp folder as cwd, and a fake compiler and writers that
// stand in for src/compile.ts and src/writers/plan-writers.ts.

import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {stringify} from 'yaml';
import type {CompileDeps} from '../../src/cli/commands/compile.js';
import {main} from '../../src/cli/main.js';
import {InputError} from '../../src/errors.js';
import type {Diagnostic, Plan} from '../../src/model/plan.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'plan-compile-cli-'));
}

/** Writes files (path → text or bytes) under `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), content);
  }
}

export async function run(
  argv: string[],
  {cwd, env = {}, isTTY = false, deps = fakeDeps}: {cwd: string; env?: Record<string, string>; isTTY?: boolean; deps?: Partial<CompileDeps>},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    {
      argv,
      stdout: {write: (text: string) => (stdout += text)},
      stderr: {write: (text: string) => (stderr += text), isTTY},
      env,
      cwd,
    },
    deps,
  );
  return {code, stdout, stderr};
}

// A plan is any text with "KẾ HOẠCH"; lines "CẢNH BÁO: …" and "LỖI: …" become a warning and an error there.
export function fakeCompile({path, bytes}: {path: string; bytes: Uint8Array}): Plan {
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  if (bytes.includes(0)) throw new InputError('not-text', 'not a text document (binary data)');
  const lines = Buffer.from(bytes).toString('utf8').split('\n');
  if (!lines.some((line) => line.includes('KẾ HOẠCH'))) throw new InputError('no-structure', 'no plan structure found');
  const diagnostics: Diagnostic[] = [];
  lines.forEach((line, index) => {
    const [label, message] = line.split(': ');
    const severity = label === 'LỖI' ? 'error' : label === 'CẢNH BÁO' ? 'warning' : undefined;
    if (severity) diagnostics.push({severity, code: `fake/${severity}`, message, path: 'I.1', line: index + 1, column: 1});
  });
  return {
    schemaVersion: 1,
    source: {path, format: 'text', sha256: '0'.repeat(64), encoding: 'utf-8'},
    document: {type: 'KH', typeName: 'Kế hoạch', number: '88/KH-UBND', date: '2020-11-06', place: null, issuer: null, parentIssuer: null, title: lines[0], basis: []},
    body: [
      {kind: 'section', marker: 'I', path: 'I', title: 'MỤC ĐÍCH', position: {start: {line: 2, column: 1}, end: {line: 2, column: 12}}, children: []},
      {
        kind: 'section', marker: 'II', path: 'II', title: 'TỔ CHỨC THỰC HIỆN', assignments: true,
        position: {start: {line: 3, column: 1}, end: {line: 4, column: 20}},
        children: [{kind: 'item', marker: '1', path: 'II.1', text: 'Sở Y tế chủ trì.', position: {start: {line: 4, column: 1}, end: {line: 4, column: 20}}, children: []}],
      },
    ],
    tasks: [],
    closing: null,
    signature: null,
    recipients: [],
    dropped: [],
    diagnostics,
  };
}

export const fakeWriters: CompileDeps['writers'] = {
  json: {extension: '.plan.json', write: (plan) => JSON.stringify(plan, null, 2) + '\n'},
  yaml: {extension: '.plan.yaml', write: (plan) => stringify(plan)},
};

export const fakeDeps: CompileDeps = {compile: fakeCompile, writers: fakeWriters};

export const plan = 'KẾ HOẠCH\nI. MỤC ĐÍCH\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì.\n';
export const planWithWarning = plan + 'CẢNH BÁO: điểm l) bị thiếu\n';
export const planWithError = plan + 'LỖI: mục III lặp lại\n';
