import {describe, expect, it} from 'vitest';
import {findCitations} from '../../src/extract/citations.js';

const numbers = (text: string) => findCitations(text).map((c) => c.number);

describe('findCitations', () => {
  it('reads type, number, date and issuer of a cited decision', () => {
    expect(findCitations('Thực hiện Quyết định số 1486/QĐ-TTg ngày 06 tháng 11 năm 2018 của Thủ tướng Chính phủ về việc ban hành Kế hoạch'))
      .toEqual([{
        type: 'QĐ', typeName: 'Quyết định', number: '1486/QĐ-TTg', date: '2018-11-06', issuer: 'Thủ tướng Chính phủ',
        text: 'Quyết định số 1486/QĐ-TTg ngày 06 tháng 11 năm 2018 của Thủ tướng Chính phủ',
      }]);
  });

  it('reads Party and normative numbers, in the order printed', () => {
    const found = findCitations('Căn cứ Kế hoạch số 14-KH/TU ngày 02/4/2019 của Ban Thường vụ Tỉnh ủy; Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị; Thông tư số 03/2019/TT-BTTTT.');
    expect(found.map((c) => [c.type, c.number, c.date, c.issuer])).toEqual([
      ['KH', '14-KH/TU', '2019-04-02', 'Ban Thường vụ Tỉnh ủy'],
      ['NQ', '66-NQ/TW', '2025-04-30', 'Bộ Chính trị'],
      ['TT', '03/2019/TT-BTTTT', null, null],
    ]);
  });

  it('takes the issuer after a number with no date, up to "về"', () => {
    expect(findCitations('Nghị quyết số 197/2025/QH15 của Quốc hội về một số cơ chế')[0]).toMatchObject({
      type: 'NQ', number: '197/2025/QH15', date: null, issuer: 'Quốc hội'});
  });

  it('removes spaces inside a number and tolerates a repeated type word', () => {
    expect(numbers('Nghị quyết số 27/NQ- TW và Chương trình hành động số 10- CTr/TU')).toEqual(['27/NQ-TW', '10-CTr/TU']);
    expect(findCitations('Kế hoạch Kế hoạch số 65/KH-UBND ngày 02 tháng 4 năm 2019 của UBND tỉnh Thừa Thiên Huế về thực hiện')[0])
      .toMatchObject({type: 'KH', number: '65/KH-UBND', date: '2019-04-02', issuer: 'UBND tỉnh Thừa Thiên Huế'});
  });

  it('reads a number printed without "số", and "số" without a type word', () => {
    expect(findCitations('Chỉ thị 36/CT-TTg ngày 13 tháng 9 năm 2017')[0]).toMatchObject({
      type: 'CT', typeName: 'Chỉ thị', number: '36/CT-TTg', date: '2017-09-13'});
    const list = findCitations('Công điện số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025 của UBND tỉnh');
    expect(list.map((c) => [c.type, c.typeName, c.number, c.date])).toEqual([
      ['CĐ', 'Công điện', '007/CĐ-UBND', '2025-11-17'],
      ['CĐ', null, '008/CĐ-UBND', null],
      ['CĐ', null, '009/CĐ-UBND', '2025-11-19'],
    ]);
    expect(list[2].issuer).toBe('UBND tỉnh');
  });

  it('derives the type from the symbol when no type word is printed', () => {
    expect(findCitations('theo văn bản số 200/2023/NĐ-CP')[0].type).toBe('NĐ');
    expect(findCitations('số 197/2025/QH15')[0].type).toBe('QH');
    expect(findCitations('số 49/QCPH-UBND-UBMT')[0].type).toBeNull();
  });

  it('keeps a named law without a number, and nothing that merely says "luật"', () => {
    expect(findCitations('bố trí kinh phí theo Luật Ngân sách nhà nước; Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025')
      .map((c) => [c.type, c.number, c.date, c.text])).toEqual([
      ['Luật', null, null, 'Luật Ngân sách nhà nước'],
      ['Luật', null, '2025-06-16', 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025'],
    ]);
    expect(findCitations('văn bản quy phạm pháp luật, dự án luật và Luật của Quốc hội')).toEqual([]);
    expect(findCitations('NÂNG CAO NĂNG LỰC XÂY DỰNG PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH')).toEqual([]);
  });

  it('stops the issuer at a verb or at a following citation', () => {
    expect(findCitations('Nghị định số 98/2021/NĐ-CP ngày 08/11/2021 của Chính phủ quy định chi tiết')[0].issuer).toBe('Chính phủ');
    expect(findCitations('Quyết định số 1/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ và Quyết định số 2/QĐ-BTC')
      .map((c) => c.issuer)).toEqual(['Thủ tướng Chính phủ', null]);
  });

  it('ignores numbers that are not document symbols and blanks left for a number', () => {
    expect(findCitations('số lượng 3.000 lượt, tỷ lệ 3/4, ngày 20/11/2020, Nghị quyết số  /NQ-CP')).toEqual([]);
  });

  it('reads word-segmented and markdown text, returning the phrase as printed', () => {
    expect(findCitations('Thực_hiện **Quyết_định số 1486/QĐ-TTg** ngày 06/11/2018')[0]).toMatchObject({
      type: 'QĐ', number: '1486/QĐ-TTg', date: '2018-11-06', text: 'Quyết_định số 1486/QĐ-TTg** ngày 06/11/2018'});
  });

  it('stays linear on long lines', () => {
    const lines = [
      'số ' + '1/'.repeat(500_000), 'Quyết định số 1/QĐ ngày '.repeat(40_000), ' '.repeat(1_000_000), '6'.repeat(1_000_000),
      'số' + ' '.repeat(1_000_000) + '12/KH', 'luật '.repeat(200_000),
    ];
    for (const line of lines) {
      const started = performance.now();
      findCitations(line);
      expect(performance.now() - started).toBeLessThan(3_000);
    }
  });
});
