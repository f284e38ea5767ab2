// What a check beyond the schema is, as eslint's rules are: an id, a default severity, a line of docs, message
// templates and a check that reports findings at JSON pointers (the file's line:column is found from those).

import type {Plan} from '../model/plan.js';

export type RuleSetting = 'off' | 'warn' | 'error';

export interface Finding<M extends string> {
  messageId: M;
  /** JSON pointer of the offending field, e.g. "/tasks/2/due". */
  pointer: string;
  /** The plan path of the node or task concerned, shown before the message. */
  path?: string | null;
  /** Values for the `{name}` placeholders of the message. */
  data?: Record<string, string | number>;
}

export interface Rule<M extends string = string> {
  id: string;
  severity: Exclude<RuleSetting, 'off'>;
  docs: string;
  messages: Readonly<Record<M, string>>;
  check(plan: Plan, report: (finding: Finding<M>) => void): void;
}

/** Rules of every message type in one list; `defineRule` keeps each rule's message ids checked. */
export type AnyRule = Rule<string>;

export function defineRule<M extends string>(rule: Rule<M>): AnyRule {
  return rule as unknown as AnyRule;
}
