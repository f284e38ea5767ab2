// The body of `plan-compile validate`, loaded only when the command runs.

import type {Diagnostic} from '../../model/plan.js';
import {formatGithub} from '../../validate/format-github.js';
import {formatJson} from '../../validate/format-json.js';
import {expandPlanInputs} from '../../validate/expand-plan-inputs.js';
import {checkFiles} from '../../validate/check-files.js';
import {resolveSeverities} from '../../validate/severities.js';
import {colorOnStderr} from '../color.js';
import type {CliIo} from '../io.js';
import {countSeverities, formatReport, type ReportEntry} from '../report.js';
import {UsageError} from '../usage-error.js';

import type {ValidateOptions} from './validate.js';

export async function runValidate(args: string[], options: ValidateOptions, io: CliIo): Promise<number> {
  const maxWarnings = options.maxWarnings === undefined ? Infinity : warningLimit(options.maxWarnings);
  const severities = await resolveSeverities(io.cwd, options.rule);
  const inputs = await expandPlanInputs(args, io.cwd);
  const refuse = (line: string): void => void io.stderr.write(`plan-compile: ${line}\n`);
  inputs.problems.forEach(refuse);
  let status = inputs.problems.length > 0 ? 2 : 0;

  const entries: ReportEntry[] = [];
  const results = await checkFiles(inputs.files.map((input) => input.absolute), severities);
  for (const [index, input] of inputs.files.entries()) {
    const read = results[index]!;
    if ('unreadable' in read) {
      refuse(`${input.display}: ${read.unreadable}`);
      status = 2;
      continue;
    }
    const result = read.diagnostics;
    const shown = options.quiet === true ? result.filter((diagnostic) => diagnostic.severity === 'error') : result;
    entries.push({path: input.display, diagnostics: shown});
  }

  const counts = countSeverities(entries.flatMap((entry): readonly Diagnostic[] => entry.diagnostics));
  if (counts.error > 0 || counts.warning > maxWarnings) status = Math.max(status, 1);
  if (options.format === 'stylish') {
    io.stderr.write(await formatReport(entries, {color: colorOnStderr(io, options.color)}));
    if (counts.error === 0 && counts.warning > maxWarnings) {
      refuse(`too many warnings (${counts.warning}, at most ${maxWarnings} allowed)`);
    }
  } else {
    io.stdout.write(options.format === 'json' ? formatJson(entries) : formatGithub(entries));
  }
  return status;
}

function warningLimit(text: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--max-warnings ${text}: expected a whole number`);
  return Number(text);
}
