// A deadline is a real day near the plan's own date: "2102-03-31" or "2020-02-30" is a typing slip.

import {isoDayTime} from '../iso-date.js';
import {defineRule} from '../rule.js';
import {walkNodes} from '../walk-nodes.js';

const spanYears = 15;
const spanMs = spanYears * 365.25 * 24 * 3600 * 1000;

export const deadlinesSane = defineRule({
  id: 'deadlines/sane',
  severity: 'error',
  docs: `Deadline dates are ISO dates of real days within ${spanYears} years of the plan's date.`,
  messages: {
    notDay: '"{date}" is not a real day (YYYY-MM-DD)',
    farOff: `"{date}" is more than ${spanYears} years from the plan's date {planDate}`,
  },
  check(plan, report) {
    const planDate = plan.document.date;
    const planTime = planDate === null ? null : isoDayTime(planDate);
    const visit = (date: string | null, pointer: string, path: string | null): void => {
      if (date === null) return;
      const time = isoDayTime(date);
      if (time === null) report({messageId: 'notDay', pointer, path, data: {date}});
      else if (planTime !== null && Math.abs(time - planTime) > spanMs) {
        report({messageId: 'farOff', pointer, path, data: {date, planDate: planDate ?? ''}});
      }
    };
    plan.tasks.forEach((task, index) => visit(task.due, `/tasks/${index}/due`, task.path));
    walkNodes(plan.body, (node, pointer) =>
      node.deadlines?.forEach((deadline, index) => visit(deadline.date, `${pointer}/deadlines/${index}/date`, node.path)),
    );
  },
});
