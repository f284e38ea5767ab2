import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Plan} from '../../src/model/plan.js';
import {writePlanText} from '../../src/writers/plan-text.js';
import {compileBytes, compileText} from '../helpers/compile-text.js';
import {bodyShape, firstDifferences, headerShape} from './plan-shape.js';

const corpus = join(import.meta.dirname, '../../../shared/corpus');
const foundingPlan = join(import.meta.dirname, '../../fixtures/founding-plan/input.txt');

function expectRoundTrip(plan: Plan): void {
  const again = compileText(writePlanText(plan), plan.source.path).plan;
  expect(firstDifferences(bodyShape(plan.body), bodyShape(again.body))).toEqual([]);
  expect(bodyShape(again.body)).toEqual(bodyShape(plan.body));
  expect(headerShape(again)).toEqual(headerShape(plan));
}

const sample = `ỦY BAN NHÂN DÂN
TỈNH BẮC NINH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 141/KH-UBND

Bắc Ninh, ngày 05 tháng 11 năm 2025

KẾ HOẠCH
Nâng cao năng lực xây dựng pháp luật

Căn cứ Quyết định số 12/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ;

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng văn bản.

II. NHIỆM VỤ
1. Sở Tư pháp
a) Chủ trì rà soát văn bản trước ngày 20/12/2025.
- Rà soát các nghị quyết;
+ Báo cáo kết quả.
1.1. Tổ chức tập huấn.

| STT | Nhiệm vụ | Cơ quan |
|---|---|---|
| 1 | Rà soát | Sở Tư pháp |

Trên đây là Kế hoạch của UBND tỉnh./.

Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`;

describe('writePlanText', () => {
  it('prints the header, the markers, a pipe table, Nơi nhận and the signature in ND30 order', () => {
    const text = writePlanText(compileText(sample).plan);
    const lines = text.split('\n').filter(Boolean);
    expect(lines.slice(0, 9)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 141/KH-UBND',
      'Bắc Ninh, ngày 05 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'Nâng cao năng lực xây dựng pháp luật',
      'Căn cứ Quyết định số 12/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ;',
      '**I. MỤC ĐÍCH, YÊU CẦU**',
    ]);
    for (const line of ['a) Chủ trì rà soát văn bản trước ngày 20/12/2025.', '- Rà soát các nghị quyết;', '+ Báo cáo kết quả.', '| STT | Nhiệm vụ | Cơ quan |', '| --- | --- | --- |', '| 1 | Rà soát | Sở Tư pháp |']) {
      expect(lines).toContain(line);
    }
    expect(lines.slice(-7)).toEqual(['Trên đây là Kế hoạch của UBND tỉnh./.', 'Nơi nhận:', '- Bộ Tư pháp;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']);
  });

  it('round-trips an inline plan: same body, same header', () => {
    const plan = compileText(sample).plan;
    expect(plan.body.length).toBeGreaterThan(1);
    expectRoundTrip(plan);
    const again = compileText(writePlanText(plan)).plan;
    expect(again.recipients).toEqual(plan.recipients);
    expect(again.signature).toEqual(plan.signature);
    expect(again.closing).toEqual(plan.closing);
  });

  it('prints articles before the attached plan, which follows the signature', () => {
    const decision = `QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn B\n\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN\n\nI. MỤC TIÊU\n1. Hoàn thành kiểm kê.\n`;
    const plan = compileText(decision).plan;
    expect(plan.body.map((n) => n.kind)).toEqual(['article', 'article', 'attachment']);
    const text = writePlanText(plan);
    expect(text).toContain('QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành');
    expect(text.indexOf('Trần Văn B')).toBeLessThan(text.indexOf('**TRIỂN KHAI THỰC HIỆN**'));
    expectRoundTrip(plan);
  });

  it('round-trips the founding plan', () => {
    expectRoundTrip(compileBytes(readFileSync(foundingPlan), 'input.txt').plan);
  });
});

describe.skipIf(!existsSync(corpus))('writePlanText on the corpus (skipped: ../shared/corpus is absent)', () => {
  const documents = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort() : [];
  it.each(documents)('round-trips %s', (name) => {
    expectRoundTrip(compileBytes(readFileSync(join(corpus, name)), name).plan);
  });
});
