import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {extendRegistry, loadBuiltinRegistry} from '../../src/agencies/index.js';
import {countAgencies} from '../../src/cli/commands/run-agencies.js';
import {compileDocument} from '../../src/compile.js';
import type {Plan, PlanNode} from '../../src/model/plan.js';
import {compileText} from '../helpers/compile-text.js';

// No issuer line: work a section hands to nobody has no owner to fall back on.
const plan = [
  'KẾ HOẠCH',
  'Thông tin đối ngoại năm 2021',
  'I. MỤC ĐÍCH',
  '1. Nâng cao hiệu quả công tác thông tin đối ngoại.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Y tế',
  'a) Chủ trì tuyên truyền phòng, chống dịch bệnh.',
  '2. Trung tâm Văn hóa Bình Minh',
  'a) Tổ chức triển lãm ảnh về biển, đảo.',
  'b) Phối hợp với Sở Y tế in tài liệu tuyên truyền.',
  '3. Chế độ báo cáo',
  'a) Định kỳ báo cáo kết quả thực hiện.',
  '',
].join('\n');

const agencyDiagnostics = (p: Plan) => p.diagnostics.filter((d) => d.code.startsWith('agencies/'));

describe('agency diagnostics', () => {
  it('warns once about an unknown body, where its group names it, and not again at each point', () => {
    const unknown = agencyDiagnostics(compileText(plan).plan).filter((d) => d.code === 'agencies/unknown');
    expect(unknown).toEqual([
      {
        severity: 'warning',
        code: 'agencies/unknown',
        message: expect.stringContaining('"Trung tâm Văn hóa Bình Minh" is not in the agency registry'),
        path: 'II.2',
        line: 8,
        column: 1,
      },
    ]);
  });

  it('reports an assignment item that names nobody and whose points have no owner', () => {
    const none = agencyDiagnostics(compileText(plan).plan).filter((d) => d.code === 'agencies/none');
    expect(none).toEqual([
      {severity: 'info', code: 'agencies/none', message: 'no agency named; its points have no owner', path: 'II.3', line: 11, column: 1},
    ]);
  });

  it('warns at a point that names an unknown body of its own', () => {
    const text = plan.replace('b) Phối hợp với Sở Y tế', 'b) Phối hợp với Viện Hải dương học Nha Trang tổ chức');
    const unknown = agencyDiagnostics(compileText(text).plan).filter((d) => d.code === 'agencies/unknown');
    expect(unknown.map((d) => [d.path, d.line])).toEqual([
      ['II.2', 8],
      ['II.2.b', 10],
    ]);
    expect(unknown[1]!.message).toContain('"Viện Hải dương học Nha Trang"');
  });

  it('says nothing once a user registry knows the body', () => {
    const registry = extendRegistry(loadBuiltinRegistry(), {agencies: [{id: 'trung-tam-van-hoa-binh-minh', name: 'Trung tâm Văn hóa Bình Minh'}]});
    const compiled = compileDocument({path: 'input.txt', bytes: new TextEncoder().encode(plan)}, {registry});
    expect(agencyDiagnostics(compiled).map((d) => d.code)).toEqual(['agencies/none']);
    const item = compiled.body[1]!.children[1]!;
    expect(item.agencies).toEqual([expect.objectContaining({id: 'trung-tam-van-hoa-binh-minh', known: true})]);
  });

  it('finds every body of the founding plan in the registry, the journals and Huế centres included', () => {
    const founding = readFileSync(new URL('../../fixtures/founding-plan/input.txt', import.meta.url));
    const compiled = compileDocument({path: 'input.txt', bytes: founding});
    expect(agencyDiagnostics(compiled)).toEqual([]);
    const names = compiled.body.find((n) => n.assignments)!.children.flatMap((item) => (item.agencies ?? []).map((a) => `${a.name}:${a.known}`));
    expect(names).toEqual(expect.arrayContaining(['Tạp chí Sông Hương:true', 'Tạp chí Huế Xưa và Nay:true', 'Trung tâm Festival Huế:true']));
  });
});

const corpus = join(process.cwd(), '../shared/corpus');

function assignmentSection(nodes: readonly PlanNode[]): PlanNode | null {
  for (const node of nodes) {
    if (node.assignments) return node;
    const found = assignmentSection(node.children);
    if (found) return found;
  }
  return null;
}

const isUnder = (path: string, ancestor: string): boolean => path === ancestor || path.startsWith(`${ancestor}.`);

describe.skipIf(!existsSync(corpus))('agencies across ../shared/corpus (skipped when the corpus is absent)', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort() : [];
  const plans = files.map((file) => ({file, plan: compileDocument({path: file, bytes: readFileSync(join(corpus, file))})}));

  it('gives each item of an assignment section an agency or a diagnostic with its path', () => {
    const silent: string[] = [];
    for (const {file, plan: compiled} of plans) {
      const section = assignmentSection(compiled.body);
      for (const item of section?.children ?? []) {
        if (item.kind !== 'item' && item.kind !== 'subitem') continue;
        const owned = (item.agencies?.length ?? 0) > 0 || compiled.tasks.some((t) => t.agencies.length > 0 && isUnder(t.path, item.path));
        if (!owned && !compiled.diagnostics.some((d) => d.path === item.path && d.code.startsWith('agencies/'))) silent.push(`${file}: ${item.path}`);
      }
    }
    expect(silent).toEqual([]);
  });

  it('knows at least 95% of the agencies tasks name', () => {
    const census = countAgencies(plans, loadBuiltinRegistry());
    const share = census.unknownMentions / census.mentions;
    console.log(`task agency mentions: ${census.mentions}, unknown ${census.unknownMentions} (${(share * 100).toFixed(1)}%)`);
    expect(census.mentions).toBeGreaterThan(800);
    expect(share).toBeLessThan(0.05);
  });
});
