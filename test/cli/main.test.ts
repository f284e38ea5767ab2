import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {main} from '../../src/cli/main.js';
import {fakeDeps, fakeWriters, plan, planWithError, planWithWarning, run, tempFolder, writeTree} from './fake-cli.js';

const ansi = /\u001B\[/;
let cwd: string;
beforeEach(() => {
  cwd = tempFolder();
});
afterEach(() => rmSync(cwd, {recursive: true, force: true}));

describe('help, version and usage errors', () => {
  it('prints help on stdout and exits 0', async () => {
    const r = await run(['--help'], {cwd});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: plan-compile');
    expect(r.stdout).toContain('compile');
    expect(r.stderr).toBe('');
  });

  it('documents every compile option', async () => {
    const r = await run(['compile', '--help'], {cwd});
    expect(r.code).toBe(0);
    for (const flag of ['-f, --format', '-o, --output', '--strict', '--summary', '--no-color']) expect(r.stdout).toContain(flag);
  });

  it('prints the version of package.json', async () => {
    const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
    for (const flag of ['--version', '-v']) {
      const r = await run([flag], {cwd});
      expect(r).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
    }
  });

  it('refuses an unknown option with one line and exit 2', async () => {
    writeTree(cwd, {'ke-hoach.txt': plan});
    const r = await run(['compile', 'ke-hoach.txt', '--frobnicate'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("plan-compile: unknown option '--frobnicate'\n");
    expect(r.stdout).toBe('');
  });

  it('exits 2 with help on stderr when no command is given', async () => {
    const r = await run([], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: plan-compile');
  });

  it('exits 2 for compile without inputs and for an unknown format', async () => {
    writeTree(cwd, {'ke-hoach.txt': plan});
    expect((await run(['compile'], {cwd})).code).toBe(2);
    const r = await run(['compile', 'ke-hoach.txt', '-f', 'xml'], {cwd});
    expect(r).toEqual({code: 2, stdout: '', stderr: "plan-compile: unknown format 'xml' (choose json or yaml)\n"});
  });
});

describe('inputs that are not plans: one line naming the file, exit 2', () => {
  it.each([
    ['a missing file', 'khong-co.txt', undefined, 'no such file or directory'],
    ['an empty file', 'rong.txt', '', 'empty file'],
    ['a binary file', 'ke-hoach.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe]), 'not a text document (binary data)'],
    ['text with no plan structure', 'thu.txt', 'Kính gửi anh chị, hẹn gặp lại.\n', 'no plan structure found'],
  ])('%s', async (_, name, content, reason) => {
    if (content !== undefined) writeTree(cwd, {[name]: content});
    const r = await run(['compile', name], {cwd});
    expect(r).toEqual({code: 2, stdout: '', stderr: `plan-compile: ${name}: ${reason}\n`});
  });

  it('a folder with nothing to compile (dotfiles, node_modules and other extensions do not count)', async () => {
    writeTree(cwd, {'hoso/.nhap.txt': plan, 'hoso/node_modules/goi/ke-hoach.txt': plan, 'hoso/.git/x.md': plan, 'hoso/anh.png': 'x'});
    const r = await run(['compile', 'hoso', '-o', 'out/'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-compile: hoso: nothing to compile (no .txt, .md or .markdown files)\n');
  });

  it('a glob that matches nothing', async () => {
    const r = await run(['compile', '*.txt', '-o', 'out'], {cwd});
    expect(r).toEqual({code: 2, stdout: '', stderr: 'plan-compile: *.txt: no files match\n'});
  });

  it('turns an unexpected failure of the compiler into one line, exit 2', async () => {
    writeTree(cwd, {'ke-hoach.txt': plan});
    const compile = (): never => {
      throw new TypeError('boom\n    at structure (src/structure/build.ts:10:3)');
    };
    const r = await run(['compile', 'ke-hoach.txt'], {cwd, deps: {compile, writers: fakeWriters}});
    expect(r).toEqual({code: 2, stdout: '', stderr: 'plan-compile: ke-hoach.txt: internal error: boom\n'});
  });
});

describe('one input without -o: the plan on stdout', () => {
  it('writes YAML by default', async () => {
    writeTree(cwd, {'ke-hoach.txt': plan});
    const r = await run(['compile', 'ke-hoach.txt'], {cwd});
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const parsed = parse(r.stdout) as {source: {path: string}; body: {title: string}[]};
    expect(parsed.source.path).toBe('ke-hoach.txt');
    expect(parsed.body.map((node) => node.title)).toEqual(['MỤC ĐÍCH', 'TỔ CHỨC THỰC HIỆN']);
  });

  it.each([[['-f', 'json']], [['--format', 'json']], [['--format=json']]])('writes JSON with %j', async (flags) => {
    writeTree(cwd, {'ke-hoach.txt': plan});
    const r = await run(['compile', 'ke-hoach.txt', ...flags], {cwd});
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as {document: {number: string}}).document.number).toBe('88/KH-UBND');
  });

  it('refuses several inputs without -o, before compiling anything', async () => {
    writeTree(cwd, {'a.txt': plan, 'b.txt': plan});
    const r = await run(['compile', 'a.txt', 'b.txt'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('plan-compile: several inputs need -o DIR (one plan file per input); stdout holds a single plan\n');
  });

  it('refuses a folder without -o even when it holds one document', async () => {
    writeTree(cwd, {'hoso/ke-hoach.txt': plan});
    expect((await run(['compile', 'hoso'], {cwd})).code).toBe(2);
  });
});

describe('-o', () => {
  it('-o FILE with one input writes that file, creating its folder, and reports it written', async () => {
    writeTree(cwd, {'ke-hoach.txt': plan});
    const r = await run(['compile', 'ke-hoach.txt', '-o', 'ra/kq.json', '-f', 'json'], {cwd});
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ke-hoach.txt > ra/kq.json: written\n');
    expect((JSON.parse(readFileSync(join(cwd, 'ra/kq.json'), 'utf8')) as {schemaVersion: number}).schemaVersion).toBe(1);
  });

  it('-o DIR with two inputs whose stems collide gives deterministic names', async () => {
    writeTree(cwd, {'b/ke-hoach.md': plan, 'a/ke-hoach.txt': plan, 'ke-hoach-2.txt': plan});
    const r = await run(['compile', 'b/ke-hoach.md', 'a/ke-hoach.txt', 'ke-hoach-2.txt', '-o', 'plans'], {cwd});
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'plans')).sort()).toEqual(['ke-hoach-2.plan.yaml', 'ke-hoach-3.plan.yaml', 'ke-hoach.plan.yaml']);
    const source = (file: string): string => (parse(readFileSync(join(cwd, 'plans', file), 'utf8')) as {source: {path: string}}).source.path;
    // Inputs are sorted, so a/ keeps the plain stem whatever the order on the command line.
    expect(source('ke-hoach.plan.yaml')).toBe('a/ke-hoach.txt');
    expect(source('ke-hoach-2.plan.yaml')).toBe('ke-hoach-2.txt');
    expect(source('ke-hoach-3.plan.yaml')).toBe('b/ke-hoach.md');
    expect(r.stderr).toContain('a/ke-hoach.txt > plans/ke-hoach.plan.yaml: written');
  });

  it('expands folders recursively and globs, de-duplicated, skipping dotfiles and node_modules', async () => {
    writeTree(cwd, {
      'hoso/2020/kh-01.txt': plan,
      'hoso/2021/ct-02.markdown': plan,
      'hoso/qd-03.MD': plan,
      'hoso/ghi-chu.docx': 'x',
      'hoso/.an.txt': plan,
      'hoso/node_modules/x/kh-09.txt': plan,
    });
    const r = await run(['compile', 'hoso', 'hoso/2020/*.txt', '-o', 'ra', '-f', 'json'], {cwd});
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'ra')).sort()).toEqual(['ct-02.plan.json', 'kh-01.plan.json', 'qd-03.plan.json']);
  });

  it('a path ending in "/" is a folder even for one input; an existing folder too', async () => {
    writeTree(cwd, {'ke-hoach.txt': plan, 'san-co/.keep': ''});
    expect((await run(['compile', 'ke-hoach.txt', '-o', 'moi/'], {cwd})).code).toBe(0);
    expect(readdirSync(join(cwd, 'moi'))).toEqual(['ke-hoach.plan.yaml']);
    expect((await run(['compile', 'ke-hoach.txt', '-o', 'san-co'], {cwd})).code).toBe(0);
    expect(readdirSync(join(cwd, 'san-co')).sort()).toEqual(['.keep', 'ke-hoach.plan.yaml']);
  });

  it('still writes the other plans when one input fails, and exits 2', async () => {
    writeTree(cwd, {'a.txt': plan, 'b.txt': '', 'c.txt': plan});
    const r = await run(['compile', 'a.txt', 'b.txt', 'c.txt', 'khong-co.txt', '-o', 'ra'], {cwd});
    expect(r.code).toBe(2);
    expect(readdirSync(join(cwd, 'ra')).sort()).toEqual(['a.plan.yaml', 'c.plan.yaml']);
    expect(r.stderr).toContain('plan-compile: khong-co.txt: no such file or directory\n');
    expect(r.stderr).toContain('plan-compile: b.txt: empty file\n');
  });

  it('never overwrites an input', async () => {
    writeTree(cwd, {'ke-hoach.txt': plan});
    const r = await run(['compile', 'ke-hoach.txt', '-o', 'ke-hoach.txt'], {cwd});
    expect(r).toEqual({code: 2, stdout: '', stderr: 'plan-compile: ke-hoach.txt: the output would overwrite this input\n'});
    expect(readFileSync(join(cwd, 'ke-hoach.txt'), 'utf8')).toBe(plan);
  });

  it('leaves no temp files behind', async () => {
    writeTree(cwd, {'a.txt': plan, 'b.txt': plan});
    await run(['compile', 'a.txt', 'b.txt', '-o', 'ra'], {cwd});
    expect(readdirSync(join(cwd, 'ra')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('says so in one line when the output folder cannot be made', async () => {
    writeTree(cwd, {'a.txt': plan, 'b.txt': plan, 'tep': 'không phải thư mục'});
    const r = await run(['compile', 'a.txt', 'b.txt', '-o', 'tep/ra'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan-compile: tep\/ra: cannot create folder \(.+\)\n$/);
    expect(existsSync(join(cwd, 'tep/ra'))).toBe(false);
  });
});

describe('diagnostics and exit codes', () => {
  it('reports warnings in the stylish layout and exits 0; --strict makes it 1', async () => {
    writeTree(cwd, {'ke-hoach.txt': planWithWarning});
    const loose = await run(['compile', 'ke-hoach.txt'], {cwd});
    expect(loose.code).toBe(0);
    expect(loose.stderr).toMatch(/^ke-hoach\.txt\n5:1 +warning +I\.1: điểm l\) bị thiếu +fake\/warning +plan-compile\n\n⚠ 1 warning\n$/);
    expect((await run(['compile', 'ke-hoach.txt', '--strict'], {cwd})).code).toBe(1);
  });

  it('exits 1 on errors, still writing the plan', async () => {
    writeTree(cwd, {'ke-hoach.txt': planWithError});
    const r = await run(['compile', 'ke-hoach.txt', '-o', 'ra/'], {cwd});
    expect(r.code).toBe(1);
    expect(existsSync(join(cwd, 'ra/ke-hoach.plan.yaml'))).toBe(true);
    expect(r.stderr).toMatch(/5:1 +error +I\.1: mục III lặp lại +fake\/error/);
    expect(r.stderr).toMatch(/✖ 1 error\n$/);
  });

  it('--summary gives type, number, date, sections, the assignment section and counts', async () => {
    writeTree(cwd, {'ke-hoach.txt': planWithWarning});
    const r = await run(['compile', 'ke-hoach.txt', '--summary'], {cwd});
    expect(r.stderr).toContain(
      [
        'ke-hoach.txt',
        '  document: KH 88/KH-UBND, 2020-11-06',
        '  sections: I, II',
        '  assignments: II TỔ CHỨC THỰC HIỆN',
        '  3 nodes, 0 tasks, 1 diagnostics (0 errors, 1 warning, 0 info)',
      ].join('\n'),
    );
  });
});

describe('colour', () => {
  const args = ['compile', 'ke-hoach.txt', '--summary'];
  beforeEach(() => writeTree(cwd, {'ke-hoach.txt': planWithError}));

  it('is on for a terminal and with FORCE_COLOR', async () => {
    expect((await run(args, {cwd, isTTY: true})).stderr).toMatch(ansi);
    expect((await run(args, {cwd, env: {FORCE_COLOR: '1'}})).stderr).toMatch(ansi);
  });

  it('is off when stderr is not a terminal', async () => {
    expect((await run(args, {cwd})).stderr).not.toMatch(ansi);
  });

  it('is off with NO_COLOR or --no-color, even on a terminal with FORCE_COLOR', async () => {
    const env = {FORCE_COLOR: '1'};
    expect((await run(args, {cwd, isTTY: true, env: {...env, NO_COLOR: '1'}})).stderr).not.toMatch(ansi);
    const r = await run([...args, '--no-color'], {cwd, isTTY: true, env});
    expect(r.stderr).toContain('error');
    expect(r.stderr).not.toMatch(ansi);
  });

  it('an empty NO_COLOR does not count as set', async () => {
    expect((await run(args, {cwd, isTTY: true, env: {NO_COLOR: ''}})).stderr).toMatch(ansi);
  });
});

describe('stdout failures', () => {
  async function runWithFailingStdout(code: string): Promise<{status: number; stderr: string}> {
    writeTree(cwd, {'ke-hoach.txt': plan});
    let stderr = '';
    let listener: ((error: Error) => void) | undefined;
    const stdout = {
      write: () => listener?.(Object.assign(new Error(`write ${code}`), {code})),
      on: (_: 'error', fn: (error: Error) => void) => (listener = fn),
    };
    const status = await main({argv: ['compile', 'ke-hoach.txt'], stdout, stderr: {write: (t: string) => (stderr += t)}, env: {}, cwd}, fakeDeps);
    return {status, stderr};
  }

  it('stays silent when the reader closes the pipe (EPIPE)', async () => {
    expect(await runWithFailingStdout('EPIPE')).toEqual({status: 0, stderr: ''});
  });

  it('says so in one line when stdout cannot be written', async () => {
    expect((await runWithFailingStdout('ENOSPC')).stderr).toBe('plan-compile: cannot write to stdout (no space left on device)\n');
  });
});
