import {describe, expect, it} from 'vitest';
import {readText} from '../../src/readers/text.js';

const byLine = (text: string) => new Map(readText(text).map((l) => [l.line, l]));

describe('readText', () => {
  it('keeps positions, raw text and the blank line before', () => {
    const lines = byLine('KẾ HOẠCH\n\n   I. MỤC ĐÍCH\n1. Nâng cao nhận thức');
    expect(lines.get(1)).toMatchObject({text: 'KẾ HOẠCH', column: 1, blankBefore: false, bold: false});
    expect(lines.get(3)).toMatchObject({text: 'I. MỤC ĐÍCH', column: 4, raw: '   I. MỤC ĐÍCH', blankBefore: true});
    expect(lines.get(4)).toMatchObject({text: '1. Nâng cao nhận thức', blankBefore: false});
    expect(lines.has(2)).toBe(false);
  });

  it('drops lone "|" cells, rules and delimiter rows with their reason', () => {
    const lines = byLine('|\n-------\n---------------\n|---|---|\n* * *\n');
    expect(lines.get(1)).toMatchObject({text: '', drop: 'table-border', cellBorder: true});
    expect(lines.get(2)).toMatchObject({drop: 'rule'});
    expect(lines.get(3)).toMatchObject({drop: 'rule'});
    expect(lines.get(4)).toMatchObject({drop: 'table-border'});
    expect(lines.get(4)?.cellBorder).toBeUndefined();
    expect(lines.get(5)).toMatchObject({drop: 'rule'});
  });

  it('drops empty bold as empty markup', () => {
    expect(byLine('**\n').get(1)).toMatchObject({text: '', drop: 'empty-markup'});
  });

  it('removes bold around numbers and marks wholly bold lines, following a bold span over a wrap', () => {
    const lines = byLine('**I. MỤC ĐÍCH,\nYÊU CẦU**\n**1**. **Mục đích**\n**1. **100% cán bộ\n**1.****\n');
    expect(lines.get(1)).toMatchObject({text: 'I. MỤC ĐÍCH,', bold: true, boldContinues: true});
    expect(lines.get(2)).toMatchObject({text: 'YÊU CẦU', bold: true});
    expect(lines.get(2)?.boldContinues).toBeUndefined();
    expect(lines.get(3)).toMatchObject({text: '1. Mục đích', bold: true});
    expect(lines.get(4)).toMatchObject({text: '1. 100% cán bộ', bold: false});
    expect(lines.get(5)).toMatchObject({text: '1.'});
  });

  it('removes italics, even around a point letter', () => {
    expect(byLine('*d) Phòng chống bệnh\nlây từ động vật sang người*').get(1)).toMatchObject({text: 'd) Phòng chống bệnh', bold: false});
    expect(byLine('*Đơn vị chủ trì thực hiện: *Sở Tư pháp.').get(1)).toMatchObject({text: 'Đơn vị chủ trì thực hiện: Sở Tư pháp.'});
  });

  it('keeps a lone "*" that is text', () => {
    expect(byLine('Các xã (*) và phường * được hỗ trợ').get(1)?.text).toBe('Các xã (*) và phường * được hỗ trợ');
  });

  it('removes footnote marks inside a line and keeps them where they open a footnote', () => {
    expect(byLine('phát hiện 120 vụ vi phạm[1], tăng 8%').get(1)?.text).toBe('phát hiện 120 vụ vi phạm, tăng 8%');
    expect(byLine('950 người\\[2\\].').get(1)?.text).toBe('950 người.');
    expect(byLine('tội phạm ma túy***[3]**.').get(1)?.text).toBe('tội phạm ma túy.');
    expect(byLine('[1] Số liệu của Công an tỉnh').get(1)?.text).toBe('[1] Số liệu của Công an tỉnh');
  });

  it('joins word-segmented tokens and closes the spaces before punctuation', () => {
    expect(byLine('Uỷ_ban_nhân_dân tỉnh yêu_cầu các sở , ban , ngành : ').get(1)?.text)
      .toBe('Uỷ ban nhân dân tỉnh yêu cầu các sở, ban, ngành:');
    expect(byLine('I . ').get(1)?.text).toBe('I.');
    expect(byLine('( ODA ) và năm_2020').get(1)?.text).toBe('(ODA) và năm_2020');
  });

  it('cleans a line the same whether or not "\\", "[", "_" or a tab occurs elsewhere in the document', () => {
    for (const elsewhere of ['', '\nvăn_bản', '\n[1] ghi chú', '\nMục 1\\.', '\n\tx', '\n| a  | b , |']) {
      const lines = byLine(`các sở , ban  ngành ( ODA ) .\n| sở , ban  |  ( ODA ) |${elsewhere}`);
      expect(lines.get(1)?.text).toBe('các sở, ban ngành (ODA).');
      expect(lines.get(2)?.cells).toEqual(['sở, ban', '(ODA)']);
    }
  });

  it('reads pipe rows into cells and Markdown headings and bullets', () => {
    const lines = byLine('| Số: 45/KH-BCĐ | Hà Nội, ngày 06 tháng 5 năm 2013 |\n      ## ĐẢNG CỘNG SẢN VIỆT NAM\n*   Quán triệt sâu sắc');
    expect(lines.get(1)).toMatchObject({cells: ['Số: 45/KH-BCĐ', 'Hà Nội, ngày 06 tháng 5 năm 2013'], text: 'Số: 45/KH-BCĐ | Hà Nội, ngày 06 tháng 5 năm 2013'});
    expect(lines.get(2)).toMatchObject({text: 'ĐẢNG CỘNG SẢN VIỆT NAM', heading: 2, bold: true, column: 7});
    expect(lines.get(3)).toMatchObject({text: '- Quán triệt sâu sắc'});
  });

  it('stays linear on a 1 MB line of markup', () => {
    const started = performance.now();
    readText('*'.repeat(1_000_000));
    readText(`${'a_'.repeat(500_000)}\n${'| '.repeat(500_000)}|\n${' ,'.repeat(500_000)}`);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  // Compiler faults found by the test campaign: these fail until the reader is fixed (see the campaign report).
  it('drops empty bold "** **" as empty markup, not as a rule', () => {
    expect(byLine('** **').get(1)).toMatchObject({drop: 'empty-markup'});
  });

  it('drops empty italics "* *" instead of reading it as a Markdown bullet', () => {
    expect(byLine('* *').get(1)).toMatchObject({text: '', drop: 'empty-markup'});
  });

  it('keeps a "+" sub-bullet as "+", a level below "-"', () => {
    expect(byLine('+ Giáo viên cốt cán hướng dẫn lại').get(1)?.text).toBe('+ Giáo viên cốt cán hướng dẫn lại');
  });

  it('closes the empty bold of "**1.****", so the text below is not a bold heading', () => {
    const lines = byLine('**1.****\nSở Nội vụ chủ trì tổ chức các lớp bồi dưỡng.');
    expect(lines.get(2)).toMatchObject({bold: false});
  });

  it('does not carry an open bold span across a blank line', () => {
    const lines = byLine('**Chủ tịch Ủy ban nhân dân yêu cầu:\n\nCác sở thực hiện nghiêm.');
    expect(lines.get(3)).toMatchObject({bold: false});
  });
});
