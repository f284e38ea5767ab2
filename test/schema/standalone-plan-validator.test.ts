import {mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {ErrorObject} from 'ajv/dist/2020.js';
import {afterAll, describe, expect, it} from 'vitest';
import {standalonePlanValidatorCode} from '../../src/schema/standalone-plan-validator.js';
import {schemaProblemsFromAjv, validatePlan} from '../../src/schema/validate-plan.js';
import {richPlan} from './plan-fixtures.js';

type Validator = ((data: unknown) => boolean) & {errors?: ErrorObject[] | null};

describe('standalone plan validator (what the build writes)', () => {
  // The module requires ajv's runtime helpers, so it needs a node_modules beside it.
  const dir = mkdtempSync(join(tmpdir(), 'plan-validator-'));
  symlinkSync(new URL('../../node_modules', import.meta.url), join(dir, 'node_modules'));
  const file = join(dir, 'plan-validator.cjs');
  writeFileSync(file, standalonePlanValidatorCode());
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it('judges plans exactly as the validator compiled at run time', async () => {
    const validate = ((await import(file)) as {default: Validator}).default;
    const bad = structuredClone(richPlan()) as Record<string, any>;
    bad.body[0].kind = 'muc';
    bad.tasks[0].due = '2020-02-30';
    delete bad.tasks[1].mode;
    expect(validate(richPlan())).toBe(true);
    expect(validate(bad)).toBe(false);
    expect(schemaProblemsFromAjv(validate.errors)).toEqual(validatePlan(bad));
  });
});
