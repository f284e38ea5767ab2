// Plan diagnostics as vfile messages, so every command prints them in one eslint-"stylish" layout.

import type {VFile} from 'vfile';
import type {Diagnostic, Severity} from '../model/plan.js';

export interface ReportEntry {
  /** The input as shown to the user. */
  path: string;
  diagnostics: readonly Diagnostic[];
  /** Where its output went, shown as "input > output: written" (remark-cli's habit). */
  writtenTo?: string;
}

/**
 * The stylish report with its closing "✖ 1 error, ⚠ 2 warnings" line. Entries neither written nor with messages
 * are left out, as eslint does; the result is empty when nothing is left.
 */
export async function formatReport(entries: readonly ReportEntry[], options: {color: boolean}): Promise<string> {
  const quiet = entries.every((entry) => entry.writtenTo === undefined);
  if (quiet && entries.every((entry) => entry.diagnostics.length === 0)) return '';
  // Loaded only here: vfile and its reporter cost most of a bare Node start, and a clean run needs neither.
  const [{VFile}, {reporter}] = await Promise.all([import('vfile'), import('vfile-reporter')]);
  const files = entries.map((entry) => {
    const file = new VFile({path: entry.path});
    for (const diagnostic of entry.diagnostics) addDiagnostic(file, diagnostic);
    if (entry.writtenTo !== undefined) {
      file.path = entry.writtenTo;
      file.stored = true;
    }
    return file;
  });
  const text = reporter(files, {color: options.color, quiet});
  return text === '' ? '' : text + '\n';
}

export function addDiagnostic(file: VFile, diagnostic: Diagnostic): void {
  const reason = diagnostic.path === null ? diagnostic.message : `${diagnostic.path}: ${diagnostic.message}`;
  const place = diagnostic.line === null ? undefined : {line: diagnostic.line, column: diagnostic.column ?? 1};
  const options = {place, ruleId: diagnostic.code, source: 'plan-compile'};
  // vfile's scale: fatal true = error, false = warning, undefined = info.
  if (diagnostic.severity === 'info') {
    file.info(reason, options);
  } else {
    file.message(reason, options).fatal = diagnostic.severity === 'error';
  }
}

export function countSeverities(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0};
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}
