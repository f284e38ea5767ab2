// Points run a) b) c) d) đ) e) g) … in the Vietnamese sequence and items 1. 2. 3. without gaps: a skipped or
// repeated marker in a hand-edited plan is usually a lost or doubled paragraph.

import type {PlanNode} from '../../model/plan.js';
import {pointLetterIndex, pointLetters} from '../../structure/point-letters.js';
import {defineRule} from '../rule.js';
import {walkSiblings} from '../walk-nodes.js';

interface Sequence {
  kind: PlanNode['kind'];
  /** Position in the sequence (0 for the first marker), or -1 when the marker is not one of it. */
  indexOf(marker: string): number;
  label(index: number): string;
}

const wholeNumber = /^\d{1,6}$/;

const numberSequence = (kind: PlanNode['kind'], last: (marker: string) => string): Sequence => ({
  kind,
  indexOf: (marker) => (wholeNumber.test(last(marker)) ? Number(last(marker)) - 1 : -1),
  label: (index) => `${index + 1}.`,
});

const sequences: readonly Sequence[] = [
  {kind: 'point', indexOf: pointLetterIndex, label: (index) => `${pointLetters[index]})`},
  numberSequence('item', (marker) => marker),
  // Sub-items "1.1", "1.2": the sequence is in the last number.
  numberSequence('subitem', (marker) => marker.slice(marker.lastIndexOf('.') + 1)),
];

export const numberingSequence = defineRule({
  id: 'numbering/sequence',
  severity: 'warn',
  docs: 'Point letters follow the Vietnamese sequence a b c d đ e g h i k … and items and sub-items count 1, 2, 3 without gaps or repeats.',
  messages: {
    outside: '"{marker}" is not in the sequence; {expected} expected',
    skipped: '{missing} missing before "{marker}"',
    backwards: '"{marker}" repeats or goes back; {expected} expected',
  },
  check(plan, report) {
    walkSiblings(plan.body, (siblings, pointer) => {
      for (const sequence of sequences) {
        let expected = 0;
        siblings.forEach((node, index) => {
          if (node.kind !== sequence.kind || node.marker === null) return;
          const at = {pointer: `${pointer}/${index}/marker`, path: node.path};
          const found = sequence.indexOf(node.marker);
          const data = {marker: node.marker, expected: sequence.label(expected)};
          if (found < 0) {
            report({...at, messageId: 'outside', data});
            expected++;
            return;
          }
          if (found > expected) {
            const missing = Array.from({length: Math.min(found - expected, 5)}, (_, i) => sequence.label(expected + i));
            report({...at, messageId: 'skipped', data: {...data, missing: missing.join(' ') + (found - expected > 5 ? ' …' : '')}});
          } else if (found < expected) {
            report({...at, messageId: 'backwards', data});
          }
          expected = Math.max(expected, found + 1);
        });
      }
    });
  },
});
