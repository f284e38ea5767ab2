// "Thường xuyên" (ongoing) work has no end, so an ongoing task with a due date says two things at once: either
// the date or the recurrence was misread. Periodic recurrences (weekly … annual) may carry a date: the first or
// last period's deadline.

import {defineRule} from '../rule.js';

export const tasksRecurrence = defineRule({
  id: 'tasks/recurrence',
  severity: 'warn',
  docs: 'A task with recurrence "ongoing" has no due date (it never ends); periodic recurrences may have one.',
  messages: {ongoingWithDue: 'the task is ongoing yet due on {due}'},
  check(plan, report) {
    plan.tasks.forEach((task, index) => {
      if (task.recurrence === 'ongoing' && task.due !== null) {
        report({messageId: 'ongoingWithDue', pointer: `/tasks/${index}/recurrence`, path: task.path, data: {due: task.due}});
      }
    });
  },
});
