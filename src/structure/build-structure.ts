// From source lines to the plan's skeleton: header, body tree, closing, recipients, signature, dropped lines and
// numbering diagnostics. Extractors (agencies, deadlines, citations, tasks) work on what this returns.

import type {Diagnostic, DroppedLine, PlanNode, Signature} from '../model/plan.js';
import type {SourceLine} from '../model/source-line.js';
import {readHeader, type HeaderRead} from '../header/read-header.js';
import {readSignature} from '../header/read-signature.js';
import {buildBody} from './build-body.js';
import {newDraft} from './draft.js';
import {toNodes} from './to-nodes.js';

export interface Structure {
  header: HeaderRead['header'];
  notes: string[];
  body: PlanNode[];
  closing: {text: string} | null;
  signature: Signature | null;
  recipients: string[];
  dropped: DroppedLine[];
  diagnostics: Diagnostic[];
}

const joinLines = (lines: readonly SourceLine[]): string =>
  lines.map((l) => l.text).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();

function inLineOrder(lines: readonly DroppedLine[]): boolean {
  for (let i = 1; i < lines.length; i++) if (lines[i]!.line < lines[i - 1]!.line) return false;
  return true;
}

export function buildStructure(lines: readonly SourceLine[]): Structure {
  const head = readHeader(lines);
  const root = newDraft('paragraph', null, 0, null, '');
  const body = buildBody(lines.slice(head.bodyStart), root);
  const nodes = toNodes(body.roots);
  const diagnostics: Diagnostic[] = body.findings.map(({draft, diagnostic}) => ({...diagnostic, path: draft.path ?? null}));
  const recipients = body.recipients
    .map((l) => l.text.replace(/^[-+•]\s*/, '').replace(/[;,.]$/, '').trim())
    .filter(Boolean);
  const closing = body.closing.length ? {text: joinLines(body.closing)} : null;
  const dropped = [...head.dropped, ...body.dropped];
  // "Nơi nhận:" with nobody after it is a heading of nothing: kept as dropped, never lost.
  if (recipients.length === 0) {
    for (const line of body.recipients) dropped.push({line: line.line, text: line.raw.trim(), reason: 'boilerplate'});
  }
  // The header's and the body's dropped lines come in line order, almost always one after the other: a look
  // costs a tenth of a sort, which calls its comparator on every pair even then.
  if (!inLineOrder(dropped)) dropped.sort((a, b) => a.line - b.line);
  return {
    header: head.header,
    notes: head.notes,
    body: nodes,
    closing,
    signature: body.signature.length ? readSignature(body.signature) : null,
    recipients,
    dropped,
    diagnostics,
  };
}
