// Build step, after `npm run bundle`: compiles the founding plan once through the bundle, the way a clerk's run
// would, and keeps V8's code for everything that run compiled (dist/bundle/cli.cjs.cache). Writes nothing else.

import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {codeCachePath, runBundle} from './load-main.js';

const foundingPlan = fileURLToPath(new URL('../../fixtures/founding-plan/input.txt', import.meta.url));
const sink = {write: () => true};
const {main, script} = runBundle();
await main({argv: ['compile', foundingPlan, '-f', 'json'], stdout: sink, stderr: sink, env: {}, cwd: process.cwd()});
writeFileSync(codeCachePath, script.createCachedData());
