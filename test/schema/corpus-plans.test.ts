// The plans the compiler makes of real documents must meet the published schema and survive both writers.

import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {compileDocument} from '../../src/compile.js';
import {validatePlan} from '../../src/schema/validate-plan.js';
import {writeJson} from '../../src/writers/json.js';
import {writeYaml} from '../../src/writers/yaml.js';

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(files.length === 0)('corpus plans (skipped: ../shared/corpus is absent)', () => {
  it.each(files)('%s validates and round-trips through JSON and YAML', (file) => {
    const plan = compileDocument({path: file, bytes: readFileSync(new URL(file, corpus))});
    expect(validatePlan(plan)).toEqual([]);
    expect(JSON.parse(writeJson(plan))).toEqual(plan);
    const {$schema: _, ...content} = plan;
    expect(parse(writeYaml(plan))).toEqual(content);
  });
});
