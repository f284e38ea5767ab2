import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readMarkdown} from '../../src/readers/markdown.js';

const byLine = (text: string) => new Map(readMarkdown(text).map((l) => [l.line, l]));

describe('readMarkdown', () => {
  it('reads ATX and setext headings, even an indented first line, with their positions', () => {
    const lines = byLine('      ## ĐẢNG CỘNG SẢN VIỆT NAM\n\n# NGHỊ QUYẾT\n## Ban hành Chương trình\n\nKẾ HOẠCH\n========\n');
    expect(lines.get(1)).toMatchObject({text: 'ĐẢNG CỘNG SẢN VIỆT NAM', heading: 2, column: 10, raw: '      ## ĐẢNG CỘNG SẢN VIỆT NAM'});
    expect(lines.get(3)).toMatchObject({text: 'NGHỊ QUYẾT', heading: 1, column: 3, blankBefore: true});
    expect(lines.get(4)).toMatchObject({text: 'Ban hành Chương trình', heading: 2, blankBefore: true});
    expect(lines.get(6)).toMatchObject({text: 'KẾ HOẠCH', heading: 1});
    expect(lines.get(7)).toMatchObject({text: '', drop: 'empty-markup'});
    expect(lines.get(7)?.heading).toBeUndefined();
  });

  it('removes emphasis and marks lines set wholly in bold, one line per source line', () => {
    const lines = byLine('**I. MỤC ĐÍCH,\nYÊU CẦU**\n**Điều 1.** Ban hành kèm theo\n*Nơi nhận:*\n');
    expect(lines.get(1)).toMatchObject({text: 'I. MỤC ĐÍCH,', bold: true, column: 3, blankBefore: true});
    expect(lines.get(2)).toMatchObject({text: 'YÊU CẦU', bold: true, column: 1, blankBefore: false});
    expect(lines.get(3)).toMatchObject({text: 'Điều 1. Ban hành kèm theo', bold: false});
    expect(lines.get(4)).toMatchObject({text: 'Nơi nhận:', bold: false, column: 2});
  });

  it('turns every unordered bullet into a dash and keeps numbers as printed', () => {
    const lines = byLine('*   Quán triệt sâu sắc\n    nâng cao nhận thức\n+ Sở Tư pháp\n\n1. Mục đích\n2) Yêu cầu\n');
    expect(lines.get(1)).toMatchObject({text: '- Quán triệt sâu sắc', column: 1, blankBefore: true});
    expect(lines.get(2)).toMatchObject({text: 'nâng cao nhận thức', column: 5, blankBefore: false});
    expect(lines.get(3)).toMatchObject({text: '- Sở Tư pháp', blankBefore: true});
    expect(lines.get(5)).toMatchObject({text: '1. Mục đích'});
    expect(lines.get(6)).toMatchObject({text: '2) Yêu cầu'});
  });

  it('keeps an empty numbered item and drops an empty dash item', () => {
    const lines = byLine('1.\n\n-\n');
    expect(lines.get(1)).toMatchObject({text: '1.'});
    expect(lines.get(3)).toMatchObject({text: '', drop: 'empty-markup'});
  });

  it('reduces links to their text, resolves escapes and entities, drops stray markers', () => {
    const lines = byLine('Xem [Quyết định 1486](http://vbpl.vn/1486) \\*mới\\* &amp; cũ\n\n**ỦY BAN NHÂN DÂN\n**\n');
    expect(lines.get(1)?.text).toBe('Xem Quyết định 1486 *mới* & cũ');
    expect(lines.get(3)).toMatchObject({text: 'ỦY BAN NHÂN DÂN', column: 3});
    expect(lines.get(4)).toMatchObject({text: '', drop: 'empty-markup'});
  });

  it('marks thematic breaks as rules', () => {
    expect(byLine('Hà Nội\n\n---\n\nKẾ HOẠCH\n').get(3)).toMatchObject({text: '', drop: 'rule'});
  });

  it('splits pipe-table rows into clean cells and drops the delimiter row', () => {
    const text = '(Kèm theo Nghị quyết)\n| TT | Nhiệm vụ | Chủ trì |\n|---|---|:--:|\n|  **I.** | **Đến năm 2030** |  |\n| 1. | Xây dựng *đề án* | Bộ Nội vụ |\n';
    const lines = byLine(text);
    expect(lines.get(1)).toMatchObject({text: '(Kèm theo Nghị quyết)'});
    expect(lines.get(1)?.cells).toBeUndefined();
    expect(lines.get(2)).toMatchObject({cells: ['TT', 'Nhiệm vụ', 'Chủ trì'], text: 'TT | Nhiệm vụ | Chủ trì', blankBefore: true});
    expect(lines.get(3)).toMatchObject({drop: 'table-border'});
    expect(lines.get(4)).toMatchObject({cells: ['I.', 'Đến năm 2030', ''], bold: true});
    expect(lines.get(5)).toMatchObject({cells: ['1.', 'Xây dựng đề án', 'Bộ Nội vụ'], bold: false, blankBefore: false});
  });

  it('keeps fenced code and HTML lines as text', () => {
    const lines = byLine('```\nđiều 5\n```\n\n<div>Phụ lục <b>I</b></div>\n');
    expect(lines.get(1)).toMatchObject({drop: 'empty-markup'});
    expect(lines.get(2)?.text).toBe('điều 5');
    expect(lines.get(3)).toMatchObject({drop: 'empty-markup'});
    expect(lines.get(5)?.text).toBe('Phụ lục I');
  });

  it('keeps inline code, also over two lines', () => {
    const lines = byLine('Mã `QĐ-TTg` và `số\n1486` hết\n');
    expect(lines.get(1)?.text).toBe('Mã QĐ-TTg và số');
    expect(lines.get(2)?.text).toBe('1486 hết');
  });

  it('stays linear on a long line of markers', () => {
    const started = performance.now();
    readMarkdown('**' + '*'.repeat(200_000) + 'x\n| ' + '-'.repeat(200_000) + ' - |\n');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('folds tabs and runs of spaces and skips blank lines', () => {
    const out = readMarkdown('a)\tPhối   hợp\n\n   \nb) Báo cáo\n');
    expect(out.map((l) => [l.line, l.text, l.blankBefore])).toEqual([[1, 'a) Phối hợp', true], [4, 'b) Báo cáo', true]]);
  });
});

const corpus = join(process.cwd(), '..', 'shared', 'corpus');
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => /^D(29|30|31|34)-.*\.txt$/.test(f)) : [];

describe.skipIf(files.length === 0)('readMarkdown on hand-made Markdown of the corpus (needs ../shared/corpus)', () => {
  it.each(files)('loses no line of %s', (file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    const raws = text.split('\n');
    const out = readMarkdown(text);
    const nonBlank = raws.flatMap((raw, i) => (raw.trim() === '' ? [] : [i + 1]));
    expect(out.map((l) => l.line)).toEqual(nonBlank);
    for (const l of out) {
      expect(l.raw).toBe(raws[l.line - 1]);
      expect(l.text !== '' || l.drop !== undefined, `line ${l.line}`).toBe(true);
      expect(l.text).not.toMatch(/\*\*|^\s|\s$/);
    }
  });

  it('reads the tables of D31 as rows of six cells', () => {
    const file = files.find((f) => f.startsWith('D31'));
    if (!file) return;
    const rows = readMarkdown(readFileSync(join(corpus, file), 'utf8')).filter((l) => l.cells);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.cells!.length === 6).length / rows.length).toBeGreaterThan(0.95);
    expect(rows.map((r) => r.cells![0])).toEqual(expect.arrayContaining(['I.', 'II.', 'VII.', '1.']));
  });
});
