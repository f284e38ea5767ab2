// Build step, after tsc: bundles the CLI (dist/cli/main.js and everything it imports) into one CommonJS file,
// dist/bundle/cli.cjs, which load-main.ts runs through V8's code cache (train-code-cache.ts writes it next).
// Start-up is most of a one-document compile, so every millisecond a clerk's run pays before its work counts here.

import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

await build({
  entryPoints: [fileURLToPath(new URL('./main.js', import.meta.url))],
  outfile: fileURLToPath(new URL('../bundle/cli.cjs', import.meta.url)),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Modules that find files next to themselves (the schema validator, the registry) keep their dist/ URL.
  define: {'import.meta.url': '__importMetaUrl'},
  banner: {js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
  // vfile-reporter measures each cell of the stylish report with string-width, which segments graphemes with
  // Intl.Segmenter: its first use starts ICU's locale services, about 9 ms of a run that prints a warning.
  // fast-string-width measures without segmenting, by code point classes; on a report's cells (positions,
  // Vietnamese text, rule ids) it gives the same widths (test/cli/report-widths.test.ts). Tests and library users
  // of dist/ keep string-width.
  alias: {'string-width': 'fast-string-width'},
  // Left to require() from node_modules when a command needs them: docx (1 MB) writes Word sheets only, yaml reads
  // plans in \`validate\` (the YAML writer requires it itself). Inside the bundle every run would read them.
  external: ['docx', 'yaml'],
});
