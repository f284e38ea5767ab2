// GitHub Actions workflow commands, which the runner turns into annotations on the pull request's lines.
// Escaping is @actions/core's (command.ts): data escapes % CR LF; properties escape : and , as well.

import type {ReportEntry} from '../cli/report.js';
import {messageText} from './message-text.js';

export function formatGithub(entries: readonly ReportEntry[]): string {
  let out = '';
  for (const entry of entries) {
    for (const diagnostic of entry.diagnostics) {
      const command = diagnostic.severity === 'error' ? 'error' : diagnostic.severity === 'warning' ? 'warning' : 'notice';
      const properties = [
        `file=${escapeProperty(entry.path)}`,
        `line=${diagnostic.line ?? 1}`,
        `col=${diagnostic.column ?? 1}`,
        `title=${escapeProperty(diagnostic.code)}`,
      ];
      out += `::${command} ${properties.join(',')}::${escapeData(messageText(diagnostic))}\n`;
    }
  }
  return out;
}

export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
