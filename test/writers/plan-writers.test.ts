import {describe, expect, it} from 'vitest';
import {writeJson} from '../../src/writers/json.js';
import {planWriters} from '../../src/writers/plan-writers.js';
import {writeYaml} from '../../src/writers/yaml.js';
import {richPlan} from '../schema/plan-fixtures.js';

describe('planWriters', () => {
  it('offers json and yaml with their file extensions', () => {
    expect(Object.keys(planWriters).sort()).toEqual(['json', 'yaml']);
    expect(planWriters.json!.extension).toBe('.plan.json');
    expect(planWriters.yaml!.extension).toBe('.plan.yaml');
  });

  it('writes synchronously with the format\'s writer', () => {
    expect(planWriters.json!.write(richPlan())).toBe(writeJson(richPlan()));
    expect(planWriters.yaml!.write(richPlan())).toBe(writeYaml(richPlan()));
  });
});
