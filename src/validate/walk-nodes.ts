// Every body node with its JSON pointer, parents before children, so rules need not each recurse.

import type {PlanNode} from '../model/plan.js';

export function walkNodes(nodes: readonly PlanNode[], pointer: string, visit: (node: PlanNode, pointer: string) => void): void {
  nodes.forEach((node, index) => {
    const here = `${pointer}/${index}`;
    visit(node, here);
    walkNodes(node.children, `${here}/children`, visit);
  });
}

/** Each list of siblings (the body itself, then every node's children) with the pointer of the list. */
export function walkSiblings(body: readonly PlanNode[], visit: (siblings: readonly PlanNode[], pointer: string) => void): void {
  visit(body, '/body');
  walkNodes(body, '/body', (node, pointer) => visit(node.children, `${pointer}/children`));
}
