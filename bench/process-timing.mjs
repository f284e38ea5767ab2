// Bar 1: a whole `plan-compile compile` process against a bare `node -e 0`, both spawned the same way so that
// the spawn cost itself cancels out of the comparison.

import {spawnSync} from 'node:child_process';
import {median, msSince, percentile} from './stats.mjs';

const WARMUPS = 2;
const RUNS = 20;

function timeSpawn(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {cwd, stdio: ['ignore', 'ignore', 'pipe']});
  const ms = msSince(start);
  if (result.error) throw result.error;
  return {ms, status: result.status, stderr: result.stderr.toString()};
}

/**
 * Times `node bin/plan-compile.js compile <input> -f json` (stdout discarded) against `node -e 0`, interleaved
 * A B A B so that drift in machine load hits both equally.
 */
export function measureProcess(root, input) {
  const compileArgs = ['bin/plan-compile.js', 'compile', input, '-f', 'json'];
  const baselineArgs = ['-e', '0'];
  const compile = [];
  const baseline = [];
  let exitStatus;
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const a = timeSpawn(compileArgs, root);
    const b = timeSpawn(baselineArgs, root);
    // Exit 1 is a plan with error diagnostics, still a full compile; anything else means the timing is meaningless.
    if (a.status !== 0 && a.status !== 1) throw new Error(`plan-compile exited with ${a.status}:\n${a.stderr}`);
    exitStatus = a.status;
    if (i < WARMUPS) continue;
    compile.push(a.ms);
    baseline.push(b.ms);
  }
  const summary = (xs) => ({median: median(xs), p90: percentile(xs, 90)});
  return {
    runs: RUNS,
    warmups: WARMUPS,
    exitStatus,
    compile: summary(compile),
    baseline: summary(baseline),
    ratio: median(compile) / median(baseline),
  };
}
