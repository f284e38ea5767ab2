#!/usr/bin/env node
// Thin on purpose: main() parses, reports and catches everything; this only hands it the process. It loads the
// CLI bundled into a few files (npm run bundle): resolving a hundred modules one by one costs more start-up time
// than a whole compile.
import {main} from '../dist/bundle/main.js';

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
