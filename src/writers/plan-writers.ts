// The plan writers by format name. Both modules are cheap to import: yaml.ts loads the yaml package only when
// it writes, so a JSON run never loads it and write stays synchronous.

import type {Plan} from '../model/plan.js';
import {writeJson} from './json.js';
import {writeYaml} from './yaml.js';

export interface PlanWriter {
  /** Appended to the input's base name: "ke-hoach-88" → "ke-hoach-88.plan.yaml". */
  extension: string;
  write(plan: Plan): string;
}

export const planWriters: Record<string, PlanWriter> = {
  json: {extension: '.plan.json', write: writeJson},
  yaml: {extension: '.plan.yaml', write: writeYaml},
};
