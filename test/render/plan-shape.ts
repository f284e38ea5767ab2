// What a round trip through the plan text must keep: the body's nodes (kind, marker, path, title, text, table
// cells) and the header fields; positions and the extractors' findings are left out.

import type {Plan, PlanNode} from '../../src/model/plan.js';

export interface NodeShape {
  kind: string;
  marker: string | null;
  path: string;
  title?: string;
  text?: string;
  header?: string[];
  rows?: string[][];
  children: NodeShape[];
}

export function bodyShape(nodes: readonly PlanNode[]): NodeShape[] {
  return nodes.map((n) => ({
    kind: n.kind,
    marker: n.marker,
    path: n.path,
    ...(n.title !== undefined ? {title: n.title} : {}),
    ...(n.text !== undefined ? {text: n.text} : {}),
    ...(n.header !== undefined ? {header: n.header} : {}),
    ...(n.rows !== undefined ? {rows: n.rows.map((r) => r.cells)} : {}),
    children: bodyShape(n.children),
  }));
}

export function headerShape(plan: Plan) {
  const {type, typeName, number, date, place, issuer, parentIssuer, title, authority, basis} = plan.document;
  return {type, typeName, number, date, place, issuer, parentIssuer, title, authority: authority ?? null, basis: basis.map((b) => b.text)};
}

/** Paths of the first differing nodes (at most `limit`), for a readable failure. */
export function firstDifferences(a: readonly NodeShape[], b: readonly NodeShape[], limit = 5): string[] {
  const out: string[] = [];
  const walk = (x: readonly NodeShape[], y: readonly NodeShape[]): void => {
    for (let i = 0; i < Math.max(x.length, y.length) && out.length < limit; i++) {
      const p = x[i], q = y[i];
      if (!p || !q) {
        out.push(`${p?.path ?? q?.path}: ${p ? 'lost' : 'extra'}`);
        continue;
      }
      const {children: pc, ...pn} = p;
      const {children: qc, ...qn} = q;
      const [ps, qs] = [JSON.stringify(pn), JSON.stringify(qn)];
      let at = 0;
      while (at < ps.length && ps[at] === qs[at]) at++;
      if (ps !== qs) out.push(`${p.path}: …${ps.slice(Math.max(0, at - 60), at + 80)} ≠ …${qs.slice(Math.max(0, at - 60), at + 80)}`);
      else walk(pc, qc);
    }
  };
  walk(a, b);
  return out;
}
