// One parsed plan through the schema and then the rules. Rules read the plan as the model types describe it,
// so they run only on a plan the schema accepts; a rule that throws anyway becomes a finding of its own.

import type {Diagnostic, Plan, Point} from '../model/plan.js';
import {validatePlan} from '../schema/validate-plan.js';
import {errorLine} from '../cli/error-line.js';
import type {AnyRule, RuleSetting} from './rule.js';
import {rules} from './rules/index.js';

export type Severities = ReadonlyMap<string, RuleSetting>;

export function checkPlan(value: unknown, locate: (pointer: string) => Point, severities: Severities): Diagnostic[] {
  const schemaProblems = validatePlan(value);
  if (schemaProblems.length > 0) {
    return schemaProblems.map((problem) => ({
      severity: 'error',
      code: `schema/${problem.keyword}`,
      message: problem.message,
      path: null,
      ...placed(locate(problem.pointer)),
    }));
  }
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = severities.get(rule.id) ?? rule.severity;
    if (setting !== 'off') runRule(rule, value as Plan, locate, setting === 'error' ? 'error' : 'warning', diagnostics);
  }
  return diagnostics;
}

function runRule(rule: AnyRule, plan: Plan, locate: (pointer: string) => Point, severity: Diagnostic['severity'], out: Diagnostic[]): void {
  try {
    rule.check(plan, (finding) => {
      const template = rule.messages[finding.messageId] ?? finding.messageId;
      const message = template.replace(/\{(\w+)\}/g, (whole, name: string) => String(finding.data?.[name] ?? whole));
      out.push({severity, code: rule.id, message, path: finding.path ?? null, ...placed(locate(finding.pointer))});
    });
  } catch (error) {
    out.push({severity: 'error', code: rule.id, message: `the rule failed: ${errorLine(error)}`, path: null, line: 1, column: 1});
  }
}

function placed(point: Point): {line: number; column: number} {
  return {line: point.line, column: point.column};
}
