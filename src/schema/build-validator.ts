// Build step: writes plan-validator.cjs next to this script (dist/schema/), where validate-plan.js looks for it,
// so no process pays for compiling the schema. Run after tsc: node dist/schema/build-validator.js

import {writeFileSync} from 'node:fs';
import {standalonePlanValidatorCode} from './standalone-plan-validator.js';

writeFileSync(new URL('./plan-validator.cjs', import.meta.url), standalonePlanValidatorCode());
