import {describe, expect, it} from 'vitest';
import {compileText} from '../helpers/compile-text.js';

const assignmentOf = (text: string) => compileText(text).plan.body.find((n) => n.assignments)?.marker ?? null;

const plan = (second: string, third: string) =>
  `KẾ HOẠCH\nThử nghiệm\n\nI. MỤC ĐÍCH\nBảo đảm tiến độ.\n${second}\n1. Hoàn thiện thể chế\na) Rà soát văn bản.\n` +
  `2. Phát triển hạ tầng\na) Đầu tư trung tâm dữ liệu.\n${third}\n1. Sở Khoa học và Công nghệ\na) Chủ trì tổng hợp.\n` +
  `2. Sở Tài chính\na) Bố trí kinh phí.\n`;

describe('the assignment section', () => {
  it('is the better-worded section whose groups name agencies', () => {
    expect(assignmentOf(plan('II. NHIỆM VỤ CỤ THỂ', 'III. TỔ CHỨC THỰC HIỆN'))).toBe('III');
  });

  it('is an explicit "Phân công" section even when its groups are topics', () => {
    expect(assignmentOf(plan('II. PHÂN CÔNG NHIỆM VỤ', 'III. TỔ CHỨC THỰC HIỆN'))).toBe('II');
  });

  it('is the best wording when no section names agencies', () => {
    expect(assignmentOf('KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ CỤ THỂ\n1. Rà soát\n2. Báo cáo\nII. TỔ CHỨC THỰC HIỆN\n1. Tổng kết\n')).toBe('I');
  });
});
