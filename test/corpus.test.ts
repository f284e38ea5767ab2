// The corpus of DESIGN.md "Inputs in the wild": every document compiles, validates against the schema, and keeps
// every line ("Nothing lost"). Reads ../shared/corpus relative to the project root; skipped when it is absent.

import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {validatePlan} from '../src/schema/validate-plan.js';
import {compileBytes} from './helpers/compile-text.js';
import {lostLines} from './helpers/lost-lines.js';
import {fileURLToPath} from 'node:url';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const present = existsSync(CORPUS);
const documents = present ? readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort() : [];

describe.skipIf(!present)(`corpus (skipped: ${CORPUS} is absent)`, () => {
  it('holds the founding plan and the D documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(36);
  });

  for (const name of documents) {
    describe(name, () => {
      const compiled = () => compileBytes(readFileSync(join(CORPUS, name)), name);

      it('compiles to a plan the schema accepts', () => {
        expect(validatePlan(JSON.parse(JSON.stringify(compiled().plan)))).toEqual([]);
      });

      it('loses no line', () => {
        const {plan, source} = compiled();
        const lost = lostLines(source, plan).map((l) => `${name}:${l.line}: ${l.text.slice(0, 100)} [${l.missing.join(' ')}]`);
        expect(lost).toEqual([]);
      });
    });
  }
});
