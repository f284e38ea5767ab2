import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {buildSheets} from '../../src/render/build-sheets.js';
import {compileBytes} from '../helpers/compile-text.js';
import {run, tempFolder} from '../cli/fake-cli.js';

const root = join(import.meta.dirname, '../..');
const corpus = join(root, '../shared/corpus');
const foundingPlan = 'fixtures/founding-plan/input.txt';
const out = tempFolder();
afterAll(() => rmSync(out, {recursive: true, force: true}));

describe('the founding plan, rendered', () => {
  const plan = compileBytes(readFileSync(join(root, foundingPlan)), foundingPlan).plan;
  const sheet = buildSheets([{plan, file: foundingPlan}]).sheets.find((s) => s.agency.id === 'so-thong-tin-va-truyen-thong')!;
  const paths = (role: 'lead' | 'support') => sheet[role].map((t) => t.source.path);

  it('gives Sở Thông tin và Truyền thông its 11 own points and the points naming it as partner', () => {
    const own = ['III.2.a', 'III.2.b', 'III.2.c', 'III.2.d', 'III.2.đ', 'III.2.e', 'III.2.g', 'III.2.h', 'III.2.i', 'III.2.k', 'III.2.m'];
    expect([...paths('lead'), ...paths('support')].filter((p) => p.startsWith('III.2.')).sort()).toEqual([...own].sort());
    expect(paths('lead')).toEqual(expect.arrayContaining(['III.2.a', 'III.2.c', 'III.2.d', 'III.2.đ', 'III.2.m']));
    expect(paths('support')).toEqual(expect.arrayContaining(['III.5.a', 'III.9.c']));
    expect(sheet.support.find((t) => t.source.path === 'III.5.a')!.partners.map((p) => [p.id, p.role])).toContainEqual(['so-van-hoa-va-the-thao', 'lead']);
  });
  // "b) Phối hợp với Ban Tuyên giáo Tỉnh ủy …" under "2. Sở Thông tin và Truyền thông": Ban Tuyên giáo leads, the
  // group's own agency supports.
  it('lists a point that opens with "Phối hợp với A" under Phối hợp, as DESIGN.md "Roles" says', () => {
    expect(paths('support')).toEqual(expect.arrayContaining(['III.2.b', 'III.2.e']));
  });

  it.each(['md', 'html', 'csv', 'docx', 'ics', 'text'])('renders in -f %s', async (format) => {
    const r = await run(['render', foundingPlan, '-f', format, '-o', join(out, format)], {cwd: root, deps: {}});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(out, format)).length).toBeGreaterThan(format === 'csv' ? 0 : 5);
  });
});

describe.skipIf(!existsSync(corpus))('the whole corpus in one command (skipped: ../shared/corpus is absent)', () => {
  it('renders every document to markdown sheets without an error', async () => {
    const r = await run(['render', corpus, '-f', 'md', '-o', join(out, 'corpus')], {cwd: root, deps: {}});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = readdirSync(join(out, 'corpus'));
    expect(files.length).toBeGreaterThan(50);
    expect(readFileSync(join(out, 'corpus', 'so-tai-chinh.md'), 'utf8')).toMatch(/^# Sở Tài chính\n\n## Chủ trì \(\d+\)/);
  });
});
