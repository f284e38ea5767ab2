import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import type {AgencyRef} from '../../src/model/plan.js';
import {PLAN_SCHEMA_ID, validatePlan} from '../../src/schema/validate-plan.js';
import {writeYaml} from '../../src/writers/yaml.js';
import {minimalPlan, reversed, richPlan} from '../schema/plan-fixtures.js';

describe('writeYaml', () => {
  it('opens with the yaml-language-server schema comment', () => {
    const [first, second] = writeYaml(minimalPlan()).split('\n');
    expect(first).toBe(`# yaml-language-server: $schema=${PLAN_SCHEMA_ID}`);
    expect(second).toBe('schemaVersion: 1');
  });

  it('names a "$schema" the plan carries in the comment, not as a key', () => {
    const text = writeYaml({...minimalPlan(), $schema: './plan.schema.json'});
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    expect(parse(text)).toEqual(minimalPlan());
  });

  it('round-trips the plan, tricky strings included, for YAML 1.2 and 1.1 readers alike', () => {
    const text = writeYaml(richPlan());
    expect(parse(text)).toEqual(richPlan());
    expect(parse(text, {schema: 'yaml-1.1'})).toEqual(richPlan());
    expect(validatePlan(parse(text))).toEqual([]);
    // Strings that look like numbers, booleans, null or dates are quoted.
    for (const cell of ['"08"', '"no"', '"2020-11-20"', '"1.1"', '"yes"', '"null"', '"~"', '""', '"0o7"']) {
      expect(text).toContain(`- ${cell}\n`);
    }
    expect(text).toContain('date: "2020-03-13"\n');
    expect(text).toContain('marker: "1.1"\n');
  });

  it('never folds a long line', () => {
    const plan = richPlan();
    const long = `${'Tăng cường công tác thông tin đối ngoại, '.repeat(10)}hoàn thành trước ngày 20/11/2020.`;
    plan.body[0]!.children[2]!.text = long;
    const text = writeYaml(plan);
    expect(text).toContain(`text: ${long}\n`);
    expect(parse(text)).toEqual(plan);
  });

  it('writes a shared object in full each time, never as an alias', () => {
    const plan = richPlan();
    const agency: AgencyRef = {id: 'so-y-te', name: 'Sở Y tế', kind: 'body', printed: 'Sở Y tế', known: true};
    plan.body[0]!.agencies = [agency];
    plan.body[0]!.children[0]!.agencies = [agency];
    const text = writeYaml(plan);
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text.match(/id: so-y-te/g)).toHaveLength(2);
  });

  it('is deterministic and independent of the order fields were set in', () => {
    expect(writeYaml(reversed(richPlan()))).toBe(writeYaml(richPlan()));
  });
});
