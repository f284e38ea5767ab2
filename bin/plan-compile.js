#!/usr/bin/env node
// Thin on purpose: main() parses, reports and catches everything; this only hands it the process.
import {main} from '../dist/cli/main.js';

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
