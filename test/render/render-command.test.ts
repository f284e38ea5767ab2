import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {stringify} from 'yaml';
import {run, tempFolder, writeTree} from '../cli/fake-cli.js';
import {agency, planWith, samplePlans, task} from './plan-fixtures.js';

let cwd: string;
beforeEach(() => {
  const [first, second] = samplePlans();
  cwd = tempFolder();
  writeTree(cwd, {
    'plans/ke-hoach-88.plan.yaml': stringify(first!.plan),
    'plans/chi-thi-05.plan.json': JSON.stringify(second!.plan),
  });
});
afterEach(() => rmSync(cwd, {recursive: true, force: true}));

describe('plan-compile render', () => {
  it('prints markdown sheets of a folder of plans on stdout', async () => {
    const r = await run(['render', 'plans'], {cwd});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Sở Ngoại vụ\n');
    expect(r.stdout).toContain('# Sở Y tế\n\n## Chủ trì (5)\n\n- [ ] Hoàn thành đề án');
    expect(r.stdout).toContain('Nguồn: 88/KH-UBND, III.1.c (plans/ke-hoach-88.plan.yaml)');
    expect(r.stdout).toContain('Nguồn: chi-thi-05, II.4 (plans/chi-thi-05.plan.json)');
  });

  it('keeps one agency by name, within dates', async () => {
    const r = await run(['render', 'plans/ke-hoach-88.plan.yaml', '-f', 'text', '--agency', 'Sở Y tế', '--from', '2020-06-01', '--to', '2020-12-31'], {cwd});
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('SỞ Y TẾ\n')).toBe(true);
    expect(r.stdout).not.toContain('SỞ NGOẠI VỤ');
    expect(r.stdout).toContain('Gửi báo cáo tổng kết');
    expect(r.stdout).not.toContain('Tổ chức tập huấn');
  });

  it('writes html pages and an index into -o, and nothing outside it', async () => {
    const r = await run(['render', 'plans', '-f', 'html', '-o', 'out'], {cwd});
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['index.html', 'so-ngoai-vu.html', 'so-thong-tin-va-truyen-thong.html', 'so-y-te.html']);
    expect(readFileSync(join(cwd, 'out/so-y-te.html'), 'utf8')).toContain('<h1>Sở Y tế</h1>');
    expect(readdirSync(cwd).sort()).toEqual(['out', 'plans']);
  });

  it('names files of hostile agency ids safely inside -o', async () => {
    writeTree(cwd, {'evil.plan.yaml': stringify(planWith([task('1', 'Việc', [agency('con', 'lead')]), task('2', 'Việc khác', [agency('z-x', 'lead')])]))});
    const r = await run(['render', 'evil.plan.yaml', '-f', 'ics', '-o', 'out'], {cwd});
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['con-agency.ics', 'z-x.ics']);
  });

  it('writes csv to stdout and renders merged bodies under their successors', async () => {
    const r = await run(['render', 'plans/chi-thi-05.plan.json', '-f', 'csv', '--successors', '2025-06-01'], {cwd});
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout).toContain('so-khoa-hoc-va-cong-nghe,Sở Khoa học và Công nghệ,Phối hợp,Hoàn thành đề án');
    expect(r.stdout).not.toContain('so-thong-tin-va-truyen-thong,');
  });

  it('compiles documents given instead of plans', async () => {
    writeTree(cwd, {'ke-hoach.txt': 'KẾ HOẠCH\n'});
    const compile = () => planWith([task('I.1', 'Triển khai', [agency('so-y-te', 'lead')])]);
    const r = await run(['render', 'ke-hoach.txt'], {cwd, deps: {compile}});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- [ ] Triển khai\n  - Nguồn: 88/KH-UBND, I.1 (ke-hoach.txt)');
  });

  it('refuses html and ics on stdout, unknown formats and bad dates with exit 2', async () => {
    for (const args of [['-f', 'html'], ['-f', 'ics'], ['-f', 'docx'], ['--from', '1/6/2020'], ['--successors', 'hôm nay']]) {
      const r = await run(['render', 'plans', ...args], {cwd});
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^plan-compile: .+\n$/);
    }
  });

  it('names a plan file that is not a plan, renders the rest and exits 2', async () => {
    writeTree(cwd, {'plans/hong.plan.yaml': 'tasks: [1, 2\n', 'plans/sai.plan.yaml': 'schemaVersion: 1\n'});
    const r = await run(['render', 'plans'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan-compile: plans\/hong\.plan\.yaml: line \d+: .+\nplan-compile: plans\/sai\.plan\.yaml: not a valid plan: .+\n$/);
    expect(r.stdout).toContain('# Sở Y tế');
  });

  it('says so when no task is left', async () => {
    const r = await run(['render', 'plans', '--agency', 'Sở Xây dựng'], {cwd});
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no tasks to render');
  });
});
