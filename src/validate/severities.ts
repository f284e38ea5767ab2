// Rule severities: each rule's default, then plan-compile.config.yaml in the working folder (`rules: {id: sev}`),
// then `--rule id=sev` flags, the last word winning, as eslint layers its config and --rule.

import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {UsageError} from '../cli/usage-error.js';
import {describeFsError} from '../cli/fs-error.js';
import type {Severities} from './check-plan.js';
import {parsePlanText} from './parse-plan-text.js';
import type {RuleSetting} from './rule.js';
import {ruleIds} from './rules/index.js';

export const configFileName = 'plan-compile.config.yaml';

const settings: readonly string[] = ['off', 'warn', 'error'];

export async function resolveSeverities(cwd: string, ruleFlags: readonly string[]): Promise<Severities> {
  const severities = new Map<string, RuleSetting>(await configSeverities(cwd));
  for (const flag of ruleFlags) {
    const equals = flag.indexOf('=');
    if (equals < 0) throw new UsageError(`--rule ${flag}: expected id=off|warn|error`);
    severities.set(...checked(flag.slice(0, equals), flag.slice(equals + 1), '--rule'));
  }
  return severities;
}

async function configSeverities(cwd: string): Promise<[string, RuleSetting][]> {
  let text: string;
  try {
    text = await readFile(join(cwd, configFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(`${configFileName}: cannot read (${describeFsError(error)})`);
  }
  const parsed = parsePlanText(text);
  if (!parsed.ok) {
    const [first] = parsed.diagnostics;
    throw new UsageError(`${configFileName}:${first.line}:${first.column}: ${first.message}`);
  }
  if (parsed.value === null) return [];
  if (!isRecord(parsed.value)) throw new UsageError(`${configFileName}: expected a mapping with a "rules" key`);
  const rules = parsed.value.rules;
  if (rules === undefined) return [];
  if (!isRecord(rules)) throw new UsageError(`${configFileName}: "rules" must map rule ids to off, warn or error`);
  return Object.entries(rules).map(([id, setting]) => checked(id, setting, configFileName));
}

function checked(id: string, setting: unknown, where: string): [string, RuleSetting] {
  if (!ruleIds.has(id)) throw new UsageError(`${where}: unknown rule '${id}' (rules: ${[...ruleIds].join(', ')})`);
  if (typeof setting !== 'string' || !settings.includes(setting)) {
    throw new UsageError(`${where}: rule '${id}' must be off, warn or error, not '${String(setting)}'`);
  }
  return [id, setting as RuleSetting];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
