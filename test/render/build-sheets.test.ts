import {describe, expect, it} from 'vitest';
import {buildSheets} from '../../src/render/build-sheets.js';
import {agency, planWith, samplePlans, task} from './plan-fixtures.js';

describe('buildSheets', () => {
  it('makes one sheet per agency across all plans, lead tasks and support tasks apart', () => {
    const {sheets} = buildSheets(samplePlans());
    expect(sheets.map((s) => s.agency.id)).toEqual(['so-ngoai-vu', 'so-thong-tin-va-truyen-thong', 'so-y-te']);
    const yTe = sheets[2]!;
    expect(yTe.agency.name).toBe('Sở Y tế');
    expect(yTe.lead.map((t) => t.source.path)).toEqual(['II.4', 'III.1.c', 'II.3', 'III.1.b', 'III.1.a']);
    expect(yTe.support.map((t) => t.source.label)).toEqual(['88/KH-UBND, III.2.a']);
  });

  it('sorts dated tasks first by date, then recurring ones by rhythm, then undated ones', () => {
    const lead = buildSheets(samplePlans()).sheets[2]!.lead;
    expect(lead.map((t) => t.due ?? t.recurrence)).toEqual(['2020-05-01', '2020-11-20', 'weekly', 'quarterly', null]);
  });

  it('names the source by plan number, or by the file stem when the plan has none', () => {
    const lead = buildSheets(samplePlans()).sheets[2]!.lead;
    expect(lead[0]!.source).toMatchObject({label: 'chi-thi-05, II.4', file: 'plans/chi-thi-05.plan.yaml', document: 'chi-thi-05'});
    expect(lead[1]!.source).toMatchObject({label: '88/KH-UBND, III.1.c', issued: '2020-03-13'});
  });

  it('lists the other agencies of a task as partners with their roles', () => {
    const [ngoaiVu] = buildSheets(samplePlans()).sheets;
    expect(ngoaiVu!.lead[0]!.partners).toEqual([{id: 'so-y-te', name: 'Sở Y tế', kind: 'body', role: 'support'}]);
    expect(ngoaiVu!.support[0]!.partners.map((p) => [p.id, p.role])).toEqual([['so-y-te', 'lead']]);
  });

  it('indexes every agency with its counts and nearest deadline', () => {
    expect(buildSheets(samplePlans()).index.map((e) => [e.agency.id, e.lead, e.support, e.nearestDue])).toEqual([
      ['so-ngoai-vu', 1, 1, '2020-06-30'],
      ['so-thong-tin-va-truyen-thong', 0, 1, '2020-05-01'],
      ['so-y-te', 5, 1, '2020-05-01'],
    ]);
  });

  it('keeps only the agencies asked for, by printed name, abbreviation or id', () => {
    for (const name of ['Sở Y tế', 'SỞ Y TẾ', 'so-y-te']) {
      expect(buildSheets(samplePlans(), {agencies: [name]}).sheets.map((s) => s.agency.id)).toEqual(['so-y-te']);
    }
    const two = buildSheets(samplePlans(), {agencies: ['Sở TT&TT', 'so-ngoai-vu']});
    expect(two.sheets.map((s) => s.agency.id)).toEqual(['so-ngoai-vu', 'so-thong-tin-va-truyen-thong']);
  });

  it('filters by due date; recurring tasks fall in any window, undated ones in none', () => {
    const yTe = buildSheets(samplePlans(), {from: '2020-06-01', to: '2020-12-31', agencies: ['so-y-te']}).sheets[0]!;
    expect(yTe.lead.map((t) => t.due ?? t.recurrence)).toEqual(['2020-11-20', 'weekly', 'quarterly']);
    expect(yTe.support.map((t) => t.due)).toEqual(['2020-06-30']);
    // Sở Ngoại vụ owes nothing by then: it gets no sheet.
    const early = buildSheets(samplePlans(), {to: '2020-05-31'}).index;
    expect(early.map((e) => [e.agency.id, e.nearestDue])).toEqual([
      ['so-thong-tin-va-truyen-thong', '2020-05-01'],
      ['so-y-te', '2020-05-01'],
    ]);
  });

  it('renders merged bodies as their successors on a date, merging roles within a task', () => {
    const plans = [
      {
        plan: planWith([
          task('1', 'Chuyển đổi số', [agency('so-thong-tin-va-truyen-thong', 'lead'), agency('so-khoa-hoc-va-cong-nghe', 'support')]),
        ]),
        file: 'a.plan.yaml',
      },
    ];
    const before = buildSheets(plans, {successors: '2024-12-31'});
    expect(before.sheets.map((s) => s.agency.id)).toEqual(['so-khoa-hoc-va-cong-nghe', 'so-thong-tin-va-truyen-thong']);
    const after = buildSheets(plans, {successors: '2025-06-01'});
    expect(after.sheets.map((s) => [s.agency.id, s.agency.name, s.lead.length, s.support.length])).toEqual([
      ['so-khoa-hoc-va-cong-nghe', 'Sở Khoa học và Công nghệ', 1, 0],
    ]);
    expect(after.sheets[0]!.lead[0]!.partners).toEqual([]);
    expect(buildSheets(plans, {successors: '2025-06-01', agencies: ['Sở Thông tin và Truyền thông']}).sheets).toHaveLength(1);
  });

  it('is empty for plans without tasks', () => {
    expect(buildSheets([{plan: planWith([]), file: 'x.plan.json'}])).toEqual({sheets: [], index: []});
  });
});
