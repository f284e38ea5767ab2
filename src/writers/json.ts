// The JSON plan: keys in model order, "$schema" first so editors validate it, two-space indent, final newline.

import type {Plan} from '../model/plan.js';
import {orderPlanKeys} from '../schema/order-plan-keys.js';
import {PLAN_SCHEMA_ID} from '../schema/plan-schema-id.js';

export function writeJson(plan: Plan): string {
  return `${JSON.stringify(orderPlanKeys({...plan, $schema: plan.$schema ?? PLAN_SCHEMA_ID}), null, 2)}\n`;
}
