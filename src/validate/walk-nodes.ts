// Every body node with its JSON pointer, parents before children, so rules need not each recurse. Several
// rules walk the same plan, and none changes it: the walk is made once per body and kept while the plan lives.

import type {PlanNode} from '../model/plan.js';

interface Walk {
  nodes: {node: PlanNode; pointer: string}[];
  siblings: {list: readonly PlanNode[]; pointer: string}[];
}

const walks = new WeakMap<readonly PlanNode[], Walk>();

function walkOf(body: readonly PlanNode[]): Walk {
  let walk = walks.get(body);
  if (walk === undefined) {
    walk = {nodes: [], siblings: []};
    collect(body, '/body', walk);
    walks.set(body, walk);
  }
  return walk;
}

function collect(list: readonly PlanNode[], pointer: string, walk: Walk): void {
  walk.siblings.push({list, pointer});
  list.forEach((node, index) => {
    const here = `${pointer}/${index}`;
    walk.nodes.push({node, pointer: here});
    collect(node.children, `${here}/children`, walk);
  });
}

/** Each node of the plan's body with its pointer ("/body/0/children/2"). */
export function walkNodes(body: readonly PlanNode[], visit: (node: PlanNode, pointer: string) => void): void {
  for (const {node, pointer} of walkOf(body).nodes) visit(node, pointer);
}

/** Each list of siblings (the body itself, then every node's children) with the pointer of the list. */
export function walkSiblings(body: readonly PlanNode[], visit: (siblings: readonly PlanNode[], pointer: string) => void): void {
  for (const {list, pointer} of walkOf(body).siblings) visit(list, pointer);
}
