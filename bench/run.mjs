// Measures plan-compile against the performance bars of DESIGN.md ("Fast") and writes bench/RESULTS.md.
// Needs a build (dist/); `npm run bench` builds first.

import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {measureProcess} from './process-timing.mjs';
import {measureCorpus, measureLinearity} from './throughput.mjs';
import {resultsMarkdown, summaryLines} from './results-markdown.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(root, '..', 'shared', 'corpus');
const compileModule = path.join(root, 'dist', 'compile.js');

/** The founding plan, relative to the project root (the CLI records the path it is given). */
function foundingPlanPath() {
  const fixture = path.join('fixtures', 'founding-plan', 'input.txt');
  if (existsSync(path.join(root, fixture))) return fixture;
  if (!existsSync(corpusDir)) return null;
  const name = readdirSync(corpusDir).find((file) => file.startsWith('S00-') && file.endsWith('.txt'));
  return name ? path.relative(root, path.join(corpusDir, name)) : null;
}

function readCorpus() {
  const decoder = new TextDecoder('utf-8');
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(corpusDir, file));
      return {path: file, bytes, text: decoder.decode(bytes)};
    });
}

if (!existsSync(compileModule)) {
  console.error(`bench: ${path.relative(root, compileModule)} is missing; run \`npm run build\` first (or \`npm run bench\`).`);
  process.exit(1);
}
const {compileDocument} = await import(pathToFileURL(compileModule).href);

// Other work on the machine skews absolute numbers (less so the same-run ratios); the table says how busy it was.
const loadAtStart = os.loadavg()[0];
const founding = foundingPlanPath();
const noFounding = 'no fixtures/founding-plan/input.txt and no ../shared/corpus/S00-*.txt';
const noCorpus = '../shared/corpus not found';

console.log('bench: whole-process timing …');
const wholeProcess = founding ? {input: founding, ...measureProcess(root, founding)} : {skipped: noFounding};

console.log('bench: corpus throughput …');
const corpus = existsSync(corpusDir) ? await measureCorpus(compileModule, readCorpus()) : {skipped: noCorpus};
if (corpus.skipped) console.log(`bench: corpus throughput skipped: ${corpus.skipped}`);

console.log('bench: linearity …');
const linearity = founding
  ? {points: measureLinearity(compileDocument, {path: founding, bytes: readFileSync(path.join(root, founding))})}
  : {skipped: noFounding};

const env = {
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  load: loadAtStart,
  date: new Date().toISOString(),
};
const results = {wholeProcess, corpus, linearity};
const resultsPath = path.join(root, 'bench', 'RESULTS.md');
writeFileSync(resultsPath, resultsMarkdown(env, results));

console.log(`\nbench: ${env.cpu}, ${env.cores} cores, node ${env.node}, load ${env.load.toFixed(2)} at start`);
for (const line of summaryLines(results)) console.log(line);
console.log(`bench: wrote ${path.relative(process.cwd(), resultsPath) || resultsPath}`);
