// The registry of rules beyond the schema, in the order their findings are listed for one place.

import type {AnyRule} from '../rule.js';
import {agenciesKnown} from './agencies-known.js';
import {deadlinesSane} from './deadlines-sane.js';
import {numberingSequence} from './numbering-sequence.js';
import {pathsUnique} from './paths-unique.js';
import {tasksLead} from './tasks-lead.js';
import {tasksRecurrence} from './tasks-recurrence.js';
import {tasksText} from './tasks-text.js';

export const rules: readonly AnyRule[] = [numberingSequence, pathsUnique, tasksLead, tasksText, tasksRecurrence, agenciesKnown, deadlinesSane];

export const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.id));
