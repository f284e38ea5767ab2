// eslint's JSON formatter shape, so tools that read `eslint -f json` read this too: severity 2 error, 1 warning.

import type {ReportEntry} from '../cli/report.js';
import {countSeverities} from '../cli/report.js';
import {messageText} from './message-text.js';

export function formatJson(entries: readonly ReportEntry[]): string {
  const files = entries.map((entry) => {
    const counts = countSeverities(entry.diagnostics);
    return {
      filePath: entry.path,
      messages: entry.diagnostics.map((diagnostic) => ({
        ruleId: diagnostic.code,
        severity: diagnostic.severity === 'error' ? 2 : 1,
        message: messageText(diagnostic),
        line: diagnostic.line,
        column: diagnostic.column,
      })),
      errorCount: counts.error,
      warningCount: counts.warning,
    };
  });
  return JSON.stringify(files, null, 2) + '\n';
}
