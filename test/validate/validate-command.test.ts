import {existsSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {maxPlanFileBytes} from '../../src/validate/read-plan-file.js';
import {run, tempFolder, writeTree} from '../cli/fake-cli.js';
import {samplePlan, yamlOf} from './plans.js';
import {fileURLToPath} from 'node:url';

let cwd: string;
beforeEach(() => {
  cwd = tempFolder();
});
afterEach(() => rmSync(cwd, {recursive: true, force: true}));

const validate = (...args: string[]) => run(['validate', ...args], {cwd});

// A plan whose second task has an invalid mode: the field sits on a line of its own, whose number we look up.
function brokenPlanYaml(): {text: string; line: number; column: number} {
  const plan = samplePlan();
  plan.tasks = [plan.tasks[0], {...plan.tasks[0], mode: 'suggest' as never}];
  const text = yamlOf(plan);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('mode: suggest')) + 1;
  return {text, line, column: lines[line - 1].indexOf('mode') + 1};
}

describe('clean plans and exit 0', () => {
  it('passes a valid YAML plan in a folder with nothing printed', async () => {
    writeTree(cwd, {'plans/ke-hoach.plan.yaml': yamlOf(samplePlan()), 'plans/notes.txt': 'không phải kế hoạch'});
    expect(await validate('plans')).toEqual({code: 0, stdout: '', stderr: ''});
  });

  it('prints an empty list and no annotations for clean files', async () => {
    writeTree(cwd, {'a.plan.json': JSON.stringify(samplePlan())});
    expect((await validate('a.plan.json', '-f', 'json')).stdout).toBe(
      JSON.stringify([{filePath: 'a.plan.json', messages: [], errorCount: 0, warningCount: 0}], null, 2) + '\n',
    );
    expect(await validate('a.plan.json', '-f', 'github')).toEqual({code: 0, stdout: '', stderr: ''});
  });
});

describe('a plan with one broken field is reported at its line and column in all three formats', () => {
  it('stylish, json and github agree on the place', async () => {
    const {text, line, column} = brokenPlanYaml();
    writeTree(cwd, {'ke-hoach.plan.yaml': text});
    const stylish = await validate('ke-hoach.plan.yaml');
    expect(stylish.code).toBe(1);
    expect(stylish.stderr).toContain(`${line}:${column}`);
    expect(stylish.stderr).toContain('schema/enum');

    const json = await validate('ke-hoach.plan.yaml', '--format', 'json');
    expect(json.code).toBe(1);
    const [file] = JSON.parse(json.stdout) as {messages: {line: number; column: number; ruleId: string; severity: number}[]; errorCount: number}[];
    expect(file.errorCount).toBe(1);
    expect(file.messages[0]).toMatchObject({ruleId: 'schema/enum', severity: 2, line, column});

    const github = await validate('ke-hoach.plan.yaml', '--format', 'github');
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(new RegExp(`^::error file=ke-hoach\\.plan\\.yaml,line=${line},col=${column},title=schema/enum::mode "suggest" is not one of`));
  });

  it('places a field of a JSON plan too, and a missing field at its parent', async () => {
    const plan = samplePlan() as unknown as Record<string, unknown>;
    delete (plan.document as Record<string, unknown>).title;
    writeTree(cwd, {'a.plan.json': JSON.stringify(plan, null, 2)});
    const lines = JSON.stringify(plan, null, 2).split('\n');
    const line = lines.findIndex((l) => l.startsWith('  "document"')) + 1;
    const [file] = JSON.parse((await validate('a.plan.json', '-f', 'json')).stdout) as {messages: {line: number; column: number; message: string}[]}[];
    expect(file.messages).toEqual([expect.objectContaining({line, column: 3, message: 'missing field "title"'})]);
  });
});

describe('rules, severities and warnings', () => {
  const skipped = (): string => {
    const plan = samplePlan();
    plan.body[1].children[0].children[1].marker = 'c';
    return yamlOf(plan);
  };

  it('warns on a skipped point letter and exits 0 unless --max-warnings is exceeded', async () => {
    writeTree(cwd, {'a.plan.yaml': skipped()});
    const r = await validate('a.plan.yaml');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('II.1.b: b) missing before "c"');
    expect((await validate('a.plan.yaml', '--max-warnings', '1')).code).toBe(0);
    const over = await validate('a.plan.yaml', '--max-warnings', '0');
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (1, at most 0 allowed)');
  });

  it('hides warnings with --quiet', async () => {
    writeTree(cwd, {'a.plan.yaml': skipped()});
    expect(await validate('a.plan.yaml', '--quiet', '--max-warnings', '0')).toEqual({code: 0, stdout: '', stderr: ''});
  });

  it('turns a rule into an error or off with --rule, over the config file', async () => {
    writeTree(cwd, {'a.plan.yaml': skipped(), 'plan-compile.config.yaml': 'rules:\n  numbering/sequence: error\n'});
    expect((await validate('a.plan.yaml')).code).toBe(1);
    expect(await validate('a.plan.yaml', '--rule', 'numbering/sequence=off')).toEqual({code: 0, stdout: '', stderr: ''});
  });

  it('refuses an unknown rule, a bad severity and a broken config with exit 2', async () => {
    writeTree(cwd, {'a.plan.yaml': skipped()});
    expect(await validate('a.plan.yaml', '--rule', 'tasks/frobnicate=warn')).toMatchObject({code: 2, stdout: ''});
    expect((await validate('a.plan.yaml', '--rule', 'tasks/lead=loud')).stderr).toBe(
      "plan-compile: --rule: rule 'tasks/lead' must be off, warn or error, not 'loud'\n",
    );
    writeFileSync(join(cwd, 'plan-compile.config.yaml'), 'rules: [1, 2]\n');
    expect((await validate('a.plan.yaml')).code).toBe(2);
  });
});

describe('usage errors and unreadable inputs exit 2', () => {
  it('for a missing file, a folder without plans, a bad format or --max-warnings', async () => {
    writeTree(cwd, {'docs/ke-hoach.txt': 'KẾ HOẠCH', 'a.plan.yaml': yamlOf(samplePlan())});
    expect(await validate('khong-co.plan.yaml')).toEqual({code: 2, stdout: '', stderr: 'plan-compile: khong-co.plan.yaml: no such file or directory\n'});
    expect((await validate('docs')).stderr).toBe('plan-compile: docs: no plan files (*.plan.yaml, *.plan.yml, *.plan.json)\n');
    expect((await validate('a.plan.yaml', '-f', 'xml')).code).toBe(2);
    expect((await validate('a.plan.yaml', '--max-warnings', 'nhiều')).code).toBe(2);
    expect((await validate()).code).toBe(2);
  });
});

describe('hostile YAML is an error with a message, never a crash', () => {
  const cases: [string, string, string][] = [
    ['an alias bomb', 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n', 'yaml/aliases'],
    ['a duplicate key', 'schemaVersion: 1\nschemaVersion: 1\n', 'yaml/duplicate-key'],
    ['a tag outside the core schema', 'schemaVersion: !!js/function "return 1"\n', 'yaml/tag'],
    ['a binary tag', 'schemaVersion: !!binary aGVsbG8=\n', 'yaml/tag'],
    ['deep nesting', '['.repeat(20000), 'yaml/syntax'],
    ['two documents', 'a: 1\n---\nb: 2\n', 'yaml/syntax'],
    ['an undefined alias', 'a: *nowhere\n', 'yaml/syntax'],
  ];
  it.each(cases)('%s', async (_name, text, ruleId) => {
    writeTree(cwd, {'x.plan.yaml': text});
    const r = await validate('x.plan.yaml', '-f', 'json');
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout) as {messages: {ruleId: string; line: number}[]}[];
    expect(file.messages[0].ruleId).toBe(ruleId);
    expect(file.messages.length).toBeLessThanOrEqual(10);
    expect(r.stderr).toBe('');
  });

  it('refuses a file over the size limit without parsing it', async () => {
    writeTree(cwd, {'big.plan.yaml': '#'.repeat(maxPlanFileBytes + 1)});
    const r = await validate('big.plan.yaml', '-f', 'github');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=big\.plan\.yaml,line=1,col=1,title=file\/too-large::file is 5\.0 MB, over the 5 MB limit/);
  });
});

describe('the plans of this repository', () => {
  const plans = fileURLToPath(new URL('../../plans', import.meta.url));
  it.skipIf(!existsSync(plans))('validate with warnings only (numbering/sequence) and no errors', async () => {
    const r = await run(['validate', plans, '-f', 'json'], {cwd});
    expect([0, 1]).toContain(r.code);
    const files = JSON.parse(r.stdout) as {errorCount: number; messages: {ruleId: string}[]}[];
    expect(files.length).toBeGreaterThan(0);
    expect(files.map((file) => file.errorCount)).toEqual(files.map(() => 0));
    expect(r.code).toBe(0);
  });
});
