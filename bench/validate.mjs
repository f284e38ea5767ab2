// Measures `plan-compile validate` over 1,000 plan files made from the corpus and writes its own section of
// bench/RESULTS.md (between the validate markers), leaving the rest of the file as bench/run.mjs wrote it.
// Needs a build (dist/); `npm run build` first.

import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {median, msSince} from './stats.mjs';

const FILES = 1000;
const RUNS = 3;
const BAR_MS = 3000;
// Every JSON_EVERY-th file is written as JSON, the rest as YAML: validate reads both and users keep both.
const JSON_EVERY = 4;
const START = '<!-- validate -->';
const END = '<!-- /validate -->';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(root, '..', 'shared', 'corpus');
const resultsPath = path.join(root, 'bench', 'RESULTS.md');
const dist = (module) => pathToFileURL(path.join(root, 'dist', module)).href;

if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(corpusDir)) {
  console.error('bench: ../shared/corpus not found; the validate benchmark needs it to make plan files.');
  process.exit(1);
}

const {compileDocument} = await import(dist('compile.js'));
const {writeYaml} = await import(dist('writers/yaml.js'));
const {writeJson} = await import(dist('writers/json.js'));
const {main} = await import(dist('cli/main.js'));

/** Each corpus document the compiler accepts, as its YAML and JSON plan texts. */
function corpusPlans() {
  const plans = [];
  for (const file of readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort()) {
    try {
      const plan = compileDocument({path: file, bytes: readFileSync(path.join(corpusDir, file))});
      plans.push({name: file.replace(/\.txt$/, ''), yaml: writeYaml(plan), json: writeJson(plan)});
    } catch (error) {
      console.log(`bench: ${file} left out (${error.message})`);
    }
  }
  return plans;
}

function writePlanFiles(dir, plans) {
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const plan = plans[i % plans.length];
    const json = i % JSON_EVERY === JSON_EVERY - 1;
    const text = json ? plan.json : plan.yaml;
    writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}-${plan.name}.plan.${json ? 'json' : 'yaml'}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** One `main(['validate', dir, '--format', 'json'])` with fake streams; the report is checked, not just timed. */
async function timeInProcess(dir) {
  let stdout = '';
  let stderr = '';
  const io = {
    argv: ['validate', dir, '--format', 'json'],
    stdout: {write: (text) => (stdout += text)},
    stderr: {write: (text) => (stderr += text), isTTY: false},
    env: {},
    cwd: root,
  };
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const code = await main(io);
  const ms = msSince(start);
  const cpu = process.cpuUsage(cpuStart);
  return {ms, cpuMs: (cpu.user + cpu.system) / 1000, ...checkedReport(code, stdout, stderr)};
}

function timeWholeProcess(dir) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['bin/plan-compile.js', 'validate', dir, '-f', 'json'], {cwd: root, maxBuffer: 1 << 30});
  const ms = msSince(start);
  if (result.error) throw result.error;
  return {ms, ...checkedReport(result.status, result.stdout.toString(), result.stderr.toString())};
}

// Exit 1 (findings) is still a full run; exit 2 or a short report means the timing measured something else.
function checkedReport(code, stdout, stderr) {
  if (code !== 0 && code !== 1) throw new Error(`validate exited with ${code}:\n${stderr}`);
  const files = JSON.parse(stdout);
  if (files.length !== FILES) throw new Error(`validate reported ${files.length} files, not ${FILES}`);
  const count = (key) => files.reduce((sum, file) => sum + file[key], 0);
  return {code, errors: count('errorCount'), warnings: count('warningCount')};
}

function section(env, figures) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const verdict = (x) => (x < BAR_MS ? 'PASS' : 'FAIL');
  const {inProcess, whole} = figures;
  const runs = (list) => list.map((run) => ms(run.ms)).join(', ');
  return [
    START,
    '## validate: 1,000 plan files',
    '',
    `${env.cpu}, ${env.cores} cores, node ${env.node}, load ${env.load.toFixed(2)} at start, ${env.date}.`,
    '',
    '| Measure | Value | Bar | Result |',
    '| --- | --- | --- | --- |',
    `| Plan files (${figures.documents} corpus documents round-robin; every ${JSON_EVERY}th as JSON) | ${FILES} files, ${(figures.bytes / 1e6).toFixed(1)} MB | | |`,
    `| \`main(['validate', DIR, '--format', 'json'])\` in one process, median of ${RUNS} (runs: ${runs(inProcess)}) | ${ms(figures.inProcessMedian)} | < ${ms(BAR_MS)} | ${verdict(figures.inProcessMedian)} |`,
    `| Per file, in process | ${(figures.inProcessMedian / FILES).toFixed(2)} ms | | |`,
    `| CPU time (user + system) of the in-process runs, median (runs: ${inProcess.map((run) => ms(run.cpuMs)).join(', ')}) | ${ms(median(inProcess.map((run) => run.cpuMs)))} | | |`,
    `| Whole process \`node bin/plan-compile.js validate DIR -f json\`, median of ${RUNS} (runs: ${runs(whole)}) | ${ms(figures.wholeMedian)} | < ${ms(BAR_MS)} | ${verdict(figures.wholeMedian)} |`,
    `| Findings in the report (exit ${inProcess[0].code}) | ${inProcess[0].errors} errors, ${inProcess[0].warnings} warnings | | |`,
    '',
    'Method: the plan files are compiled from ../shared/corpus with dist/compile.js and written with the YAML and ' +
      'JSON writers into a temporary folder. The in-process runs share one process, so the first pays for loading ' +
      'the validator and the later ones do not; the whole-process runs pay for everything. The report is parsed ' +
      'after every run to make sure all files were validated. Wall time depends on other work on the machine ' +
      '(see the load above); the CPU time of the same runs depends on it much less. The bar is reported, not enforced.',
    '',
    'Regenerate with `node bench/validate.mjs` after `npm run build`.',
    END,
  ].join('\n');
}

function writeSection(text) {
  const current = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + text + current.slice(end + END.length)
      : `${current}${current === '' || current.endsWith('\n\n') ? '' : current.endsWith('\n') ? '\n' : '\n\n'}${text}\n`;
  writeFileSync(resultsPath, next);
}

const env = {
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  load: os.loadavg()[0],
  date: new Date().toISOString(),
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-compile-bench-validate-'));
try {
  console.log('bench: compiling the corpus into plan files …');
  const plans = corpusPlans();
  const bytes = writePlanFiles(dir, plans);
  const inProcess = [];
  for (let i = 0; i < RUNS; i++) {
    inProcess.push(await timeInProcess(dir));
    console.log(`bench: validate in process, run ${i + 1}: ${inProcess.at(-1).ms.toFixed(0)} ms`);
  }
  const whole = [];
  for (let i = 0; i < RUNS; i++) {
    whole.push(timeWholeProcess(dir));
    console.log(`bench: validate as a process, run ${i + 1}: ${whole.at(-1).ms.toFixed(0)} ms`);
  }
  const figures = {
    documents: plans.length,
    bytes,
    inProcess,
    whole,
    inProcessMedian: median(inProcess.map((run) => run.ms)),
    wholeMedian: median(whole.map((run) => run.ms)),
  };
  writeSection(section(env, figures));
  console.log(`bench: validate median ${figures.inProcessMedian.toFixed(0)} ms in process, ${figures.wholeMedian.toFixed(0)} ms whole; wrote ${path.relative(process.cwd(), resultsPath) || resultsPath}`);
} finally {
  rmSync(dir, {recursive: true, force: true});
}
