// A task sheet line with no words tells its agency nothing.

import {defineRule} from '../rule.js';

export const tasksText = defineRule({
  id: 'tasks/text',
  severity: 'error',
  docs: 'Every task has text beyond white space.',
  messages: {empty: 'the task has no text'},
  check(plan, report) {
    plan.tasks.forEach((task, index) => {
      if (task.text.trim() === '') report({messageId: 'empty', pointer: `/tasks/${index}/text`, path: task.path});
    });
  },
});
