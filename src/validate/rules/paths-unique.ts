// A path addresses one node or table row: task sheets and edits refer to plans by it.

import {defineRule} from '../rule.js';
import {walkNodes} from '../walk-nodes.js';

export const pathsUnique = defineRule({
  id: 'paths/unique',
  severity: 'error',
  docs: 'Every node and table row has a path of its own.',
  messages: {duplicate: 'path "{path}" is already used by an earlier node or row'},
  check(plan, report) {
    const seen = new Set<string>();
    const visit = (path: string, pointer: string): void => {
      if (seen.has(path)) report({messageId: 'duplicate', pointer, path, data: {path}});
      seen.add(path);
    };
    walkNodes(plan.body, (node, pointer) => {
      visit(node.path, `${pointer}/path`);
      node.rows?.forEach((row, index) => visit(row.path, `${pointer}/rows/${index}/path`));
    });
  },
});
