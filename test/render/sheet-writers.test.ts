import {describe, expect, it} from 'vitest';
import {buildSheets} from '../../src/render/build-sheets.js';
import {writeCsvSheets} from '../../src/writers/sheets/csv.js';
import {writeHtmlSheets} from '../../src/writers/sheets/html.js';
import {writeIcsSheets} from '../../src/writers/sheets/ics.js';
import {writeMarkdownSheets} from '../../src/writers/sheets/markdown.js';
import {sheetWriters} from '../../src/writers/sheets/sheet-writers.js';
import {writeTextSheets} from '../../src/writers/sheets/text.js';
import {agency, planWith, samplePlans, task} from './plan-fixtures.js';

const sheets = buildSheets(samplePlans());
const hostileText = 'Rà soát <script>alert("x")</script> & báo cáo; kết quả, "đúng hạn" \\ tuyệt đối\nĐoạn hai: 1. không phải danh sách';
const hostile = buildSheets([
  {plan: planWith([task('IV.1', hostileText, [agency('so-y-te', 'lead')], {due: '2021-12-15', dueText: 'trước ngày 15 tháng 12 năm 2021'})]), file: 'a,b.plan.yaml'},
]);

// RFC 4180, read back independently of the writer: quoted fields may hold commas, quotes ("") and line breaks.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  expect(field === '' && row.length === 0 && !quoted).toBe(true);
  return rows;
}

// Unfolds RFC 5545 content lines after checking the line rules: CRLF only, at most 75 octets a line.
function unfoldIcs(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  }
  return lines.reduce<string[]>((out, line) => (line.startsWith(' ') ? (out[out.length - 1] += line.slice(1), out) : [...out, line]), []);
}

function unescapeIcs(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

// Void elements aside, every tag opened is closed in order: the page is well-formed enough for any browser.
function expectBalancedHtml(html: string): void {
  const voids = new Set(['meta', 'br', 'link', 'img', 'hr', 'input']);
  const open: string[] = [];
  const body = html.replace(/<style>[^<]*<\/style>/, '').replace(/^<!DOCTYPE html>/, '');
  for (const [, close, name] of body.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*>/g)) {
    if (voids.has(name!)) continue;
    if (close === '') open.push(name!);
    else expect(open.pop()).toBe(name);
  }
  expect(open).toEqual([]);
}

describe('markdown sheets', () => {
  it('writes one file per agency with task-list items under Chủ trì then Phối hợp', () => {
    const files = writeMarkdownSheets(sheets);
    expect(files.map((f) => f.name)).toEqual(['so-ngoai-vu.md', 'so-thong-tin-va-truyen-thong.md', 'so-y-te.md']);
    const yTe = files[2]!.content;
    expect(yTe.startsWith('# Sở Y tế\n\n## Chủ trì (5)\n\n- [ ] Hoàn thành đề án\n')).toBe(true);
    expect(yTe).toContain('  - Thời hạn: trước ngày 01/5/2020 (2020-05-01)\n  - Phối hợp: Sở Thông tin và Truyền thông\n  - Nguồn: chi-thi-05, II.4 (plans/chi-thi-05.plan.yaml)');
    expect(yTe.indexOf('## Chủ trì')).toBeLessThan(yTe.indexOf('## Phối hợp (1)'));
    expect(yTe).toContain('  - Phối hợp: Sở Ngoại vụ (chủ trì)');
  });

  it('escapes markup so printed text stays text', () => {
    const content = writeMarkdownSheets(hostile)[0]!.content;
    expect(content).toContain('- [ ] Rà soát \\<script\\>alert("x")\\</script\\> & báo cáo');
    expect(content).toContain('\n  Đoạn hai: 1. không phải');
  });
});

describe('csv sheets', () => {
  it('reads back as one row per task and agency, with a BOM and a header', () => {
    const [file] = writeCsvSheets(sheets);
    expect(file!.name).toBe('tasks.csv');
    expect(file!.content.startsWith('\uFEFFMã cơ quan,')).toBe(true);
    const rows = parseCsv(file!.content.slice(1));
    expect(rows).toHaveLength(1 + 2 + 1 + 6);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([12]));
    expect(rows[1]).toEqual(['so-ngoai-vu', 'Sở Ngoại vụ', 'Chủ trì', 'Cung cấp thông tin; "đối ngoại", y tế', 'Sở Y tế', 'tháng 6/2020', '2020-06-30', '', 'Giao', '88/KH-UBND', 'III.2.a', 'plans/ke-hoach-88.plan.yaml']);
  });

  it('quotes commas, quotes and line breaks', () => {
    const rows = parseCsv(writeCsvSheets(hostile)[0]!.content.slice(1));
    expect(rows[1]![3]).toBe(hostileText);
    expect(rows[1]![11]).toBe('a,b.plan.yaml');
  });
});

describe('ics sheets', () => {
  it('writes a VTODO per dated task with CRLF lines of at most 75 octets', () => {
    const files = writeIcsSheets(sheets);
    const yTe = unfoldIcs(files.find((f) => f.name === 'so-y-te.ics')!.content);
    expect(yTe[0]).toBe('BEGIN:VCALENDAR');
    expect(yTe.filter((l) => l === 'BEGIN:VTODO')).toHaveLength(3);
    expect(yTe.filter((l) => l.startsWith('DUE;VALUE=DATE:'))).toEqual(['DUE;VALUE=DATE:20200501', 'DUE;VALUE=DATE:20201120', 'DUE;VALUE=DATE:20200630']);
    expect(yTe).toContain('DTSTAMP:20200313T000000Z');
    // The plan without a date stamps its task with the deadline.
    expect(yTe).toContain('DTSTAMP:20200501T000000Z');
  });

  it('folds long Vietnamese lines without splitting a character, and escapes TEXT values', () => {
    const content = writeIcsSheets(hostile)[0]!.content;
    expect(content).toContain('\r\n ');
    for (const line of content.split('\r\n')) expect(line).not.toContain('\uFFFD');
    const summary = unfoldIcs(content).find((l) => l.startsWith('SUMMARY:'))!;
    expect(summary).toContain('báo cáo\\; kết quả\\, "đúng hạn" \\\\ tuyệt đối\\nĐoạn hai');
    expect(unescapeIcs(summary.slice('SUMMARY:'.length))).toBe(hostileText);
  });

  it('gives stable, distinct UIDs and a rule for recurring dated tasks', () => {
    const recurring = buildSheets([
      {plan: planWith([task('1', 'Báo cáo quý', [agency('so-y-te', 'lead')], {due: '2020-03-31', dueText: 'Quý I/2020, hằng quý', recurrence: 'quarterly'}), task('2', 'Báo cáo năm', [agency('so-y-te', 'lead')], {due: '2020-12-31'})]), file: 'q.plan.yaml'},
    ]);
    const lines = unfoldIcs(writeIcsSheets(recurring)[0]!.content);
    expect(lines).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3');
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(2);
    expect(unfoldIcs(writeIcsSheets(recurring)[0]!.content).filter((l) => l.startsWith('UID:'))).toEqual(uids);
  });
});

describe('html sheets', () => {
  it('writes a balanced, self-contained page per agency and an index linking them', () => {
    const files = writeHtmlSheets(sheets);
    expect(files.map((f) => f.name)).toEqual(['so-ngoai-vu.html', 'so-thong-tin-va-truyen-thong.html', 'so-y-te.html', 'index.html']);
    for (const file of files) {
      expectBalancedHtml(file.content);
      expect(file.content).toContain('@page { size: A4;');
      expect(file.content).not.toMatch(/<(?:link|script)\b|src=|https?:/);
    }
    const index = files[3]!.content;
    expect(index).toContain('<tr><td><a href="so-y-te.html">Sở Y tế</a></td><td>5</td><td>1</td><td>2020-05-01</td></tr>');
  });

  it('escapes text', () => {
    const [page] = writeHtmlSheets(hostile);
    expectBalancedHtml(page!.content);
    expect(page!.content).toContain('Rà soát &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; báo cáo');
  });
});

describe('text sheets', () => {
  it('numbers the tasks under each role with their deadline, partners and source', () => {
    const yTe = writeTextSheets(sheets)[2]!;
    expect(yTe.name).toBe('so-y-te.txt');
    expect(yTe.content.split('\n').slice(0, 8)).toEqual([
      'SỞ Y TẾ',
      '=======',
      '',
      'Chủ trì (5)',
      '',
      '  1. Hoàn thành đề án',
      '     Thời hạn: trước ngày 01/5/2020 (2020-05-01)',
      '     Phối hợp: Sở Thông tin và Truyền thông',
    ]);
  });
});

describe('every writer', () => {
  it('is deterministic', () => {
    for (const writer of Object.values(sheetWriters)) {
      expect(writer.write(buildSheets(samplePlans()))).toEqual(writer.write(buildSheets(samplePlans())));
    }
  });
});
