// "Never crash" and "Nothing lost" (DESIGN.md, Quality bars) under random input: arbitrary strings and bytes,
// soups of real markers, and mutations of the founding plan. Runs are bounded so the file stays under ~20 s.

import {existsSync, readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {InputError} from '../src/errors.js';
import type {Plan} from '../src/model/plan.js';
import {validatePlan} from '../src/schema/validate-plan.js';
import {compileBytes, type Compiled} from './helpers/compile-text.js';
import {lostLines} from './helpers/lost-lines.js';
import {fileURLToPath} from 'node:url';

// A fixed seed keeps CI repeatable; FC_SEED=<n> explores other inputs.
fc.configureGlobal({seed: Number(process.env.FC_SEED ?? 20261126)});

const FOUNDING = fileURLToPath(new URL('../fixtures/founding-plan/input.txt', import.meta.url));
const encoder = new TextEncoder();

/** Compiles, accepting only InputError as a failure; null when the input was refused. */
function compileOrRefuse(bytes: Uint8Array): Compiled | null {
  try {
    return compileBytes(bytes);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

function expectSound(text: string): void {
  const compiled = compileOrRefuse(encoder.encode(text));
  if (!compiled) return;
  const plan: Plan = JSON.parse(JSON.stringify(compiled.plan));
  expect(validatePlan(plan)).toEqual([]);
  expect(lostLines(compiled.source, compiled.plan)).toEqual([]);
}

const WORDS = [
  'Sở', 'Tài chính', 'chủ trì', 'phối hợp', 'triển khai', 'thực hiện', 'kế hoạch', 'năm 2025', 'trước ngày 20/11/2025',
  'Ủy ban nhân dân', 'tỉnh', 'các', 'xã', 'báo cáo', 'MỤC ĐÍCH', 'YÊU CẦU', 'TỔ CHỨC THỰC HIỆN', 'hằng quý', '3.000',
  '5.937,440', 'tỷ đồng', '100%', '(b/c)', 'số 12/KH-UBND', 'đ', 'j', 'ngày 05 tháng 3 năm 2024',
];
const MARKERS = [
  'I.', 'II.', 'III.', 'IV.', 'Ii.', '1.', '2.', '3.', '1.1.', '2.1.', 'a)', 'b)', 'đ)', 'g)', 'j)', '-', '+', '|',
  '**', '**1.**', '**1.****', '* *', '** **', '-------', 'Điều 1.', 'Điều 2.', 'Chương I', 'PHẦN THỨ HAI', 'A.',
  'PHỤ LỤC', 'PHỤ LỤC I', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'KẾ HOẠCH', 'QUYẾT ĐỊNH:', 'Số:',
  'Căn cứ', 'Trên đây là', '[1]', '#', '##', '|---|---|', '| Số: 1/KH | Hà Nội, ngày 1 tháng 1 năm 2020 |', '[đã ký]',
];

const word = fc.constantFrom(...WORDS);
const soupLine = fc.oneof(
  fc.tuple(fc.constantFrom(...MARKERS, ''), fc.array(word, {maxLength: 6})).map(([m, ws]) => [m, ...ws].join(' ').trim()),
  fc.constantFrom(...MARKERS),
  fc.constant(''),
);
const soup = fc.array(soupLine, {minLength: 1, maxLength: 40}).map((lines) => lines.join('\n'));

describe('never crash', () => {
  it('refuses or compiles arbitrary strings', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 300}), (text) => {
      compileOrRefuse(encoder.encode(text));
    }), {numRuns: 200});
  });

  it('refuses or compiles arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 400}), (bytes) => {
      compileOrRefuse(bytes);
    }), {numRuns: 200});
  });

  it('gives schema-valid plans for soups of real markers', () => {
    fc.assert(fc.property(soup, (text) => {
      const compiled = compileOrRefuse(encoder.encode(text));
      if (compiled) expect(validatePlan(JSON.parse(JSON.stringify(compiled.plan)))).toEqual([]);
    }), {numRuns: 200});
  });
});

describe('nothing lost', () => {
  it('keeps every line of soups of real markers', () => {
    fc.assert(fc.property(soup, expectSound), {numRuns: 150});
  });

  describe.skipIf(!existsSync(FOUNDING))('mutations of the founding plan (skipped: fixture absent)', () => {
    const lines = existsSync(FOUNDING) ? readFileSync(FOUNDING, 'utf8').split('\n') : [];
    const index = fc.nat({max: Math.max(0, lines.length - 1)});
    const debris = fc.constantFrom('|', '-------', '** **', '* *', '**', '[2]', '***', '|---|---|', '**1.****');
    // Mutations are plain data so a counterexample prints readably.
    type Mutation =
      | {op: 'delete'; at: number}
      | {op: 'duplicate'; at: number}
      | {op: 'swap'; at: number; with: number}
      | {op: 'insert'; at: number; debris: string}
      | {op: 'rewrap'; at: number; column: number};
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({op: fc.constant('delete' as const), at: index}),
      fc.record({op: fc.constant('duplicate' as const), at: index}),
      fc.record({op: fc.constant('swap' as const), at: index, with: index}),
      fc.record({op: fc.constant('insert' as const), at: index, debris}),
      fc.record({op: fc.constant('rewrap' as const), at: index, column: fc.nat({max: 200})}),
    );
    const apply = (ls: string[], m: Mutation): void => {
      const k = m.at % ls.length;
      if (m.op === 'delete') ls.splice(k, 1);
      else if (m.op === 'duplicate') ls.splice(k, 0, ls[k]!);
      else if (m.op === 'insert') ls.splice(k, 0, m.debris);
      else if (m.op === 'swap') {
        const j = m.with % ls.length;
        [ls[k], ls[j]] = [ls[j]!, ls[k]!];
      } else {
        // Break the line at a space, as a web copy wraps at ~80 characters.
        const line = ls[k]!;
        const space = line.indexOf(' ', Math.min(m.column, line.length));
        if (space > 0) ls.splice(k, 1, line.slice(0, space), line.slice(space + 1));
      }
    };

    it('compiles every mutant to a schema-valid plan that keeps every line', () => {
      fc.assert(fc.property(fc.array(mutation, {minLength: 1, maxLength: 8}), (mutations) => {
        const mutant = [...lines];
        for (const m of mutations) if (mutant.length > 1) apply(mutant, m);
        expectSound(mutant.join('\n'));
      }), {numRuns: 100});
    });
  });
});
