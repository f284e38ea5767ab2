// Hand-built plans with tasks, so sheets are tested without the task extractor.

import type {Plan, Role, Task, TaskAgency} from '../../src/model/plan.js';

const names: Record<string, string> = {
  'so-y-te': 'Sở Y tế',
  'so-ngoai-vu': 'Sở Ngoại vụ',
  'so-thong-tin-va-truyen-thong': 'Sở Thông tin và Truyền thông',
  'so-khoa-hoc-va-cong-nghe': 'Sở Khoa học và Công nghệ',
  'so-tai-chinh': 'Sở Tài chính',
};

export function agency(id: string, role: Role): TaskAgency {
  const name = names[id] ?? id;
  return {id, name, kind: 'body', printed: name, known: id in names, role};
}

export function task(path: string, text: string, agencies: TaskAgency[], due: Partial<Pick<Task, 'due' | 'dueText' | 'recurrence' | 'mode'>> = {}): Task {
  return {
    path,
    text,
    agencies,
    due: due.due ?? null,
    dueText: due.dueText ?? null,
    recurrence: due.recurrence ?? null,
    mode: due.mode ?? 'order',
    position: {start: {line: 1, column: 1}, end: {line: 1, column: 2}},
  };
}

export function planWith(tasks: Task[], number: string | null = '88/KH-UBND', date: string | null = '2020-03-13'): Plan {
  return {
    schemaVersion: 1,
    source: {path: 'ke-hoach-88.txt', format: 'text', sha256: '0'.repeat(64), encoding: 'utf-8'},
    document: {type: 'KH', typeName: 'Kế hoạch', number, date, place: null, issuer: null, parentIssuer: null, title: 'Thông tin đối ngoại', basis: []},
    body: [],
    tasks,
    closing: null,
    signature: null,
    recipients: [],
    dropped: [],
    diagnostics: [],
  };
}

/** Two plans: Sở Y tế leads and supports tasks with dated, recurring and undated deadlines. */
export function samplePlans() {
  const first = planWith([
    task('III.1.a', 'Tổ chức tập huấn, phối hợp với Sở Ngoại vụ', [agency('so-y-te', 'lead'), agency('so-ngoai-vu', 'support')]),
    task('III.1.b', 'Báo cáo kết quả hằng quý', [agency('so-y-te', 'lead')], {dueText: 'hằng quý', recurrence: 'quarterly'}),
    task('III.1.c', 'Gửi báo cáo tổng kết', [agency('so-y-te', 'lead')], {due: '2020-11-20', dueText: 'trước ngày 20/11/2020'}),
    task('III.2.a', 'Cung cấp thông tin; "đối ngoại", y tế', [agency('so-ngoai-vu', 'lead'), agency('so-y-te', 'support')], {due: '2020-06-30', dueText: 'tháng 6/2020'}),
  ]);
  const second = planWith(
    [
      task('II.3', 'Cập nhật dữ liệu hằng tuần', [agency('so-y-te', 'lead')], {dueText: 'hằng tuần', recurrence: 'weekly'}),
      task('II.4', 'Hoàn thành đề án', [agency('so-y-te', 'lead'), agency('so-thong-tin-va-truyen-thong', 'support')], {due: '2020-05-01', dueText: 'trước ngày 01/5/2020'}),
    ],
    null,
    null,
  );
  return [
    {plan: first, file: 'plans/ke-hoach-88.plan.yaml'},
    {plan: second, file: 'plans/chi-thi-05.plan.yaml'},
  ];
}
