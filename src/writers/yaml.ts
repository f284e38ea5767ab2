// The YAML plan: a yaml-language-server comment naming the schema (YAML has no "$schema" key by custom), then
// the plan in model order. The yaml package costs about as much to load as node itself, so it is required on
// first use: importing this module (as the writer registry does) stays free for JSON output.
//
// Strings are quoted whenever YAML 1.2 (what the yaml package and editors read) or YAML 1.1 (PyYAML and older
// tools) would read them as anything else: "08", "1.1", "no", "yes", "2020-03-13" stay strings for both.

import {createRequire} from 'node:module';
import type {Plan} from '../model/plan.js';
import {orderPlanKeys} from '../schema/order-plan-keys.js';
import {PLAN_SCHEMA_ID} from '../schema/plan-schema-id.js';

type YamlPackage = typeof import('yaml');

let yaml: YamlPackage | undefined;

export function writeYaml(plan: Plan): string {
  yaml ??= createRequire(import.meta.url)('yaml') as YamlPackage;
  const {$schema = PLAN_SCHEMA_ID, ...content} = plan;
  const document = yaml.stringify(orderPlanKeys(content), {
    schema: 'core',
    compat: 'yaml-1.1',
    lineWidth: 0,
    aliasDuplicateObjects: false,
  });
  return `# yaml-language-server: $schema=${$schema}\n${document}`;
}
