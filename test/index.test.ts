import {describe, expect, it} from 'vitest';
import * as library from '../src/index.js';

describe('the library entry', () => {
  it('compiles, validates and writes a plan with what it exports', async () => {
    const text = 'KẾ HOẠCH\nThử nghiệm\n\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\na) Chủ trì kiểm tra trước ngày 30/6/2026.\n';
    const plan = await library.compileDocumentAsync({path: 'thu.md', bytes: new TextEncoder().encode(text)});
    expect(library.validatePlan(plan)).toEqual([]);
    expect(plan.tasks.map((t) => [t.path, t.agencies[0]?.name, t.due])).toEqual([['I.1.a', 'Sở Y tế', '2026-06-30']]);
    expect(JSON.parse(library.planWriters.json!.write(plan)).$schema).toBe(library.PLAN_SCHEMA_ID);
    expect(() => library.compileDocument({path: 'x.txt', bytes: new Uint8Array()})).toThrow(library.InputError);
  });
});
