// A task nobody leads is a task nobody does: ND30 assignments name the body that "chủ trì".

import {defineRule} from '../rule.js';

export const tasksLead = defineRule({
  id: 'tasks/lead',
  severity: 'warn',
  docs: 'Every task has at least one agency with the role "lead".',
  messages: {noLead: 'the task has no lead agency'},
  check(plan, report) {
    plan.tasks.forEach((task, index) => {
      if (task.agencies.some((agency) => agency.role === 'lead')) return;
      report({messageId: 'noLead', pointer: `/tasks/${index}/agencies`, path: task.path});
    });
  },
});
