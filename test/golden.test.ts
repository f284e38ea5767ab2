// Golden fixtures: fixtures/<name>/input.txt (or input.md) compiles to fixtures/<name>/expected.plan.json, the
// plan exactly as the JSON writer writes it. `UPDATE_FIXTURES=1 npx vitest run test/golden.test.ts` rewrites the
// expected files; read the diff before committing it.

import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {validatePlan} from '../src/schema/validate-plan.js';
import {writeJson} from '../src/writers/json.js';
import {compileBytes} from './helpers/compile-text.js';
import {lostLines} from './helpers/lost-lines.js';
import {fileURLToPath} from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';

const fixtures = readdirSync(FIXTURES, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const input = ['input.txt', 'input.md'].find((name) => existsSync(join(FIXTURES, entry.name, name)));
    return {name: entry.name, input};
  })
  .filter((f): f is {name: string; input: string} => f.input !== undefined)
  .sort((a, b) => a.name.localeCompare(b.name));

describe('golden fixtures', () => {
  it('has the founding plan and one fixture per irregularity', () => {
    expect(fixtures.map((f) => f.name)).toContain('founding-plan');
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  for (const {name, input} of fixtures) {
    describe(name, () => {
      const dir = join(FIXTURES, name);
      // The fixture's own file name as the source path, so expected plans do not depend on where the repo lives.
      const compiled = () => compileBytes(readFileSync(join(dir, input)), input);

      it('compiles to the expected plan, which the schema accepts', () => {
        const json = writeJson(compiled().plan);
        const expectedPath = join(dir, 'expected.plan.json');
        if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, json);
        expect(json).toBe(readFileSync(expectedPath, 'utf8'));
        expect(validatePlan(JSON.parse(json))).toEqual([]);
      });

      it('loses no line', () => {
        const {plan, source} = compiled();
        expect(lostLines(source, plan).map((l) => `${l.line}: ${l.text}`)).toEqual([]);
      });
    });
  }
});
