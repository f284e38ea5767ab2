import {describe, expect, it} from 'vitest';
import {lineMarker, RANK} from '../../src/structure/markers.js';

describe('lineMarker', () => {
  it('reads each kind of marker with its ordinal, rank and rest', () => {
    expect(lineMarker('I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({kind: 'section', marker: 'I', ordinal: 1, rank: RANK.section, rest: 'MỤC ĐÍCH, YÊU CẦU'});
    expect(lineMarker('XIV. TỔ CHỨC THỰC HIỆN')).toMatchObject({kind: 'section', marker: 'XIV', ordinal: 14});
    expect(lineMarker('2. Sở Thông tin và Truyền thông')).toMatchObject({kind: 'item', marker: '2', ordinal: 2, rank: RANK.item, rest: 'Sở Thông tin và Truyền thông'});
    expect(lineMarker('12) Sở Tài chính')).toMatchObject({kind: 'item', marker: '12', ordinal: 12});
    expect(lineMarker('1.1. Nâng cấp hạ tầng')).toMatchObject({kind: 'subitem', marker: '1.1', ordinal: 1, rest: 'Nâng cấp hạ tầng'});
    expect(lineMarker('2.3.4. Chi tiết')).toMatchObject({kind: 'subitem', marker: '2.3.4', ordinal: 4});
    expect(lineMarker('a) Chủ trì, phối hợp')).toMatchObject({kind: 'point', marker: 'a', ordinal: 0, rank: RANK.point, rest: 'Chủ trì, phối hợp'});
    expect(lineMarker('đ) Hoàn thiện cơ sở dữ liệu')).toMatchObject({kind: 'point', marker: 'đ', ordinal: 4});
    expect(lineMarker('- Triển khai thực hiện')).toMatchObject({kind: 'bullet', marker: '-', rank: RANK.bullet, rest: 'Triển khai thực hiện'});
    expect(lineMarker('+ Màn hình tương tác')).toMatchObject({kind: 'bullet', marker: '+', rank: RANK.subbullet, rest: 'Màn hình tương tác'});
    expect(lineMarker('Điều 3. Chánh Văn phòng')).toMatchObject({kind: 'article', marker: '3', ordinal: 3, rank: RANK.article, rest: 'Chánh Văn phòng'});
    expect(lineMarker('Chương IV')).toMatchObject({kind: 'chapter', marker: 'IV', ordinal: 4, rank: RANK.chapter});
    expect(lineMarker('Phần thứ hai. Nhiệm vụ')).toMatchObject({kind: 'part', ordinal: 2, rank: RANK.part});
    expect(lineMarker('Mục 2. Quy định chung')).toMatchObject({kind: 'section', marker: '2', ordinal: 2});
  });

  it('reads a point letter outside the Vietnamese sequence with ordinal -1', () => {
    expect(lineMarker('j) Phối hợp với ngành y tế')).toMatchObject({kind: 'point', marker: 'j', ordinal: -1});
    expect(lineMarker('f) Báo cáo')).toMatchObject({kind: 'point', ordinal: -1});
  });

  it('does not take numbers with a thousands dot or a decimal comma for items', () => {
    expect(lineMarker('3.000 lượt nhân lực làm việc')).toBeNull();
    expect(lineMarker('5.937,440 tỷ đồng, trong đó')).toBeNull();
    expect(lineMarker('2.305 tỷ đồng')).toBeNull();
    expect(lineMarker('120.000 lồng nuôi trên biển')).toBeNull();
    expect(lineMarker('2025 là năm cuối')).toBeNull();
    expect(lineMarker('100% cán bộ')).toBeNull();
  });

  it('tells Roman sections from lettered parts and from points', () => {
    expect(lineMarker('V. Tổ chức kiểm tra')).toMatchObject({kind: 'section', ordinal: 5});
    expect(lineMarker('A. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({kind: 'part', marker: 'A', ordinal: 1});
    expect(lineMarker('C. Tổ chức thực hiện')).toMatchObject({kind: 'part', marker: 'C', ordinal: 3});
    // "i." and "v." are lower case: points, never sections.
    expect(lineMarker('i) Tổ chức ngoại khóa')).toMatchObject({kind: 'point', marker: 'i'});
    expect(lineMarker('v. Việc khác')).toMatchObject({kind: 'point', marker: 'v'});
    // A capital letter followed by a lower-case word is a sentence, not a part.
    expect(lineMarker('A. có thể')).toBeNull();
  });

  it('reads no marker in ordinary text', () => {
    expect(lineMarker('Trên đây là Kế hoạch')).toBeNull();
    expect(lineMarker('Ủy ban nhân dân tỉnh')).toBeNull();
    expect(lineMarker('')).toBeNull();
    expect(lineMarker('Điều chỉnh kế hoạch')).toBeNull();
  });

  it('stays linear on a 1 MB line of marker-like text', () => {
    const started = performance.now();
    lineMarker('1.'.repeat(500_000));
    lineMarker('I'.repeat(1_000_000));
    lineMarker(`Điều ${'1'.repeat(1_000_000)}`);
    lineMarker(`PHẦN ${' '.repeat(1_000_000)}x`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
