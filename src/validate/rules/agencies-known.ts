// An agency outside the registry may be a typo or a body renamed since: worth a look, not a failure.

import type {AgencyRef} from '../../model/plan.js';
import {defineRule} from '../rule.js';
import {walkNodes} from '../walk-nodes.js';

export const agenciesKnown = defineRule({
  id: 'agencies/known',
  severity: 'warn',
  docs: 'Agencies are ones the registry knows (known: true).',
  messages: {unknown: 'agency "{name}" is not in the registry'},
  check(plan, report) {
    const visit = (agencies: readonly AgencyRef[] | undefined, pointer: string, path: string): void =>
      agencies?.forEach((agency, index) => {
        if (!agency.known) report({messageId: 'unknown', pointer: `${pointer}/${index}/known`, path, data: {name: agency.name}});
      });
    walkNodes(plan.body, (node, pointer) => visit(node.agencies, `${pointer}/agencies`, node.path));
    plan.tasks.forEach((task, index) => visit(task.agencies, `/tasks/${index}/agencies`, task.path));
  },
});
