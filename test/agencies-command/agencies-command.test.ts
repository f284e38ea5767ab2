// `plan-compile agencies` and `compile --agencies`, in-process over the real compiler.

import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {AgencyCensus} from '../../src/cli/commands/run-agencies.js';
import {compileDocument} from '../../src/compile.js';
import type {Plan} from '../../src/model/plan.js';
import {run, tempFolder, writeTree} from '../cli/fake-cli.js';
import {fileURLToPath} from 'node:url';

const real = {deps: {}};
const founding = fileURLToPath(new URL('../../fixtures/founding-plan/input.txt', import.meta.url));

const shortPlan = [
  'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA',
  'Số: 12/KH-UBND',
  'Khánh Hòa, ngày 06 tháng 01 năm 2021',
  'KẾ HOẠCH',
  'Tuyên truyền biển, đảo năm 2021',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Nâng cao nhận thức về biển, đảo.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Thông tin và Truyền thông',
  'a) Chủ trì, phối hợp với Sở Ngoại vụ triển khai Kế hoạch.',
  '2. Trung tâm Văn hóa Bình Minh',
  'a) Tổ chức triển lãm ảnh về biển, đảo.',
  'b) Phối hợp với Sở Thông tin và Truyền thông in tài liệu tuyên truyền.',
  '',
].join('\n');

const userRegistry = 'agencies:\n  - id: trung-tam-van-hoa-binh-minh\n    name: Trung tâm Văn hóa Bình Minh\n    aliases: [TTVH Bình Minh]\n';

let cwd: string;
beforeAll(() => {
  cwd = tempFolder();
  copyFileSync(founding, join(cwd, 'founding.txt'));
  // A plan file compiled before the registry knew the centre: the command looks its names up again.
  const plan = compileDocument({path: 'khanh-hoa.txt', bytes: new TextEncoder().encode(shortPlan)});
  mkdirSync(join(cwd, 'plans'));
  writeFileSync(join(cwd, 'plans/khanh-hoa.plan.json'), JSON.stringify(plan));
  writeTree(cwd, {'khanh-hoa.txt': shortPlan, 'user.yaml': userRegistry, 'bad.yaml': 'agencies:\n  - id: Trung Tâm\n    name: X\n', 'dup.yaml': 'a: 1\na: 2\n'});
});

const census = (stdout: string): AgencyCensus => JSON.parse(stdout) as AgencyCensus;
const row = (c: AgencyCensus, id: string) => c.agencies.find((a) => a.id === id);

describe('plan-compile agencies', () => {
  it('lists the founding plan\'s agencies with lead and support counts, all of them known', async () => {
    const r = await run(['agencies', 'founding.txt', '-f', 'json'], {cwd, ...real});
    expect(r.code).toBe(0);
    const c = census(r.stdout);
    expect(c.plans).toBe(1);
    expect(c.unknownMentions).toBe(0);
    expect(c.agencies.every((a) => a.known && a.plans === 1)).toBe(true);
    const sttt = row(c, 'so-thong-tin-va-truyen-thong')!;
    expect(sttt.lead).toBeGreaterThanOrEqual(11);
    expect(sttt.support).toBeGreaterThan(0);
    expect(row(c, 'tap-chi-song-huong')).toMatchObject({name: 'Tạp chí Sông Hương', lead: 3, support: 0});
    // Most tasks first.
    expect(c.agencies[0]!.id).toBe('so-thong-tin-va-truyen-thong');
  });

  it('prints a table, then the names the registry does not know with an example source', async () => {
    const r = await run(['agencies', 'khanh-hoa.txt', 'founding.txt'], {cwd, ...real});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id +name +lead +support +plans\n/);
    expect(r.stdout).toMatch(/\nso-thong-tin-va-truyen-thong +Sở Thông tin và Truyền thông +\d+ +\d+ +2\n/);
    expect(r.stdout).toContain('2 of ');
    expect(r.stdout).toContain('Names not in the registry (add them with --agencies FILE.yaml):');
    expect(r.stdout).toMatch(/\n +2 {2}Trung tâm Văn hóa Bình Minh {2}khanh-hoa\.txt:II\.2\.a\n/);
  });

  it('reads plan files from a folder and counts an unknown body once per task', async () => {
    const r = await run(['agencies', 'plans', '-f', 'json'], {cwd, ...real});
    expect(r.code).toBe(0);
    const c = census(r.stdout);
    expect(c.plans).toBe(1);
    expect(row(c, 'trung-tam-van-hoa-binh-minh')).toEqual({
      id: 'trung-tam-van-hoa-binh-minh', name: 'Trung tâm Văn hóa Bình Minh', kind: 'body', known: false,
      lead: 1, support: 1, plans: 1, example: join('plans', 'khanh-hoa.plan.json') + ':II.2.a',
    });
  });

  it('knows a body of --agencies, in documents and in plan files compiled without it', async () => {
    for (const input of ['khanh-hoa.txt', 'plans']) {
      const r = await run(['agencies', input, '-f', 'json', '--agencies', 'user.yaml'], {cwd, ...real});
      expect(r.code).toBe(0);
      const c = census(r.stdout);
      expect(c.unknownMentions).toBe(0);
      expect(row(c, 'trung-tam-van-hoa-binh-minh')).toMatchObject({known: true, lead: 1, support: 1});
    }
  });

  it('writes CSV with a BOM and quotes names holding commas', async () => {
    const r = await run(['agencies', 'founding.txt', '-f', 'csv'], {cwd, ...real});
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFid,name,kind,known,lead,support,plans,example\r\n')).toBe(true);
    expect(r.stdout).toContain('ubnd-cap-huyen,"Ủy ban nhân dân các huyện, thị xã, thành phố",class,true,');
  });

  it('exits 2 on an input it cannot read, and still reports the others', async () => {
    const r = await run(['agencies', 'founding.txt', 'missing.txt'], {cwd, ...real});
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan-compile: missing.txt: no such file or directory\n');
    expect(r.stdout).toContain('so-thong-tin-va-truyen-thong');
  });

  it('exits 2 on a bad format or a bad registry file, with one line', async () => {
    expect((await run(['agencies', 'founding.txt', '-f', 'xml'], {cwd, ...real})).code).toBe(2);
    const bad = await run(['agencies', 'founding.txt', '--agencies', 'bad.yaml'], {cwd, ...real});
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^plan-compile: --agencies bad\.yaml: .*id must be an ASCII slug[^\n]*\n$/);
  });
});

describe('compile --agencies', () => {
  const compiled = (stdout: string): Plan => JSON.parse(stdout) as Plan;

  it('warns about an unknown body without it, and knows the body with it', async () => {
    const without = await run(['compile', 'khanh-hoa.txt', '-f', 'json'], {cwd, ...real});
    expect(without.code).toBe(0);
    expect(compiled(without.stdout).diagnostics).toContainEqual(expect.objectContaining({code: 'agencies/unknown', path: 'II.2', line: 11, column: 1}));
    expect(without.stderr).toContain('agencies/unknown');

    const withFile = await run(['compile', 'khanh-hoa.txt', '-f', 'json', '--agencies', 'user.yaml'], {cwd, ...real});
    expect(withFile.code).toBe(0);
    const plan = compiled(withFile.stdout);
    expect(plan.diagnostics.filter((d) => d.code.startsWith('agencies/'))).toEqual([]);
    expect(plan.body[1]!.children[1]!.agencies).toEqual([
      {id: 'trung-tam-van-hoa-binh-minh', name: 'Trung tâm Văn hóa Bình Minh', kind: 'body', printed: 'Trung tâm Văn hóa Bình Minh', known: true},
    ]);
  });

  it('refuses a registry file it cannot read or use with one line and exit 2', async () => {
    for (const [file, reason] of [
      ['missing.yaml', 'cannot read (no such file or directory)'],
      ['dup.yaml', 'line 2: Map keys must be unique'],
      ['bad.yaml', 'id must be an ASCII slug'],
    ]) {
      const r = await run(['compile', 'khanh-hoa.txt', '--agencies', file!], {cwd, ...real});
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toContain(`plan-compile: --agencies ${file}: `);
      expect(r.stderr).toContain(reason);
    }
    expect(readFileSync(join(cwd, 'khanh-hoa.txt'), 'utf8')).toBe(shortPlan);
  });
});
