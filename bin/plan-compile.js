#!/usr/bin/env node
// Thin on purpose: main() parses, reports and catches everything; this only hands it the process.
// loadMain() brings the CLI in the fastest way the build allows (see src/cli/load-main.ts).
import {loadMain} from '../dist/cli/load-main.js';

const main = await loadMain();
process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
