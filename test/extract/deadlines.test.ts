import {describe, expect, it} from 'vitest';
import {findDatedDeadlines, findDeadlines, findRecurrence} from '../../src/extract/deadlines.js';

const plan = {planDate: '2025-11-20'};
const undated = {planDate: null};
const dates = (text: string, context = plan) => findDeadlines(text, context).map((d) => d.date);
const one = (text: string, context = plan) => {
  const found = findDeadlines(text, context);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('findDeadlines: dated phrases', () => {
  it('reads day/month/year and spelled-out dates, with the lead in the text', () => {
    expect(one('Báo cáo gửi về Sở trước ngày 20/11/2020 và đột xuất khi có yêu cầu.', undated)).toEqual({
      text: 'trước ngày 20/11/2020', date: '2020-11-20', recurrence: null});
    expect(one('hoàn thành trước ngày 15 tháng 12 năm 2025').date).toBe('2025-12-15');
    expect(one('Thời gian hoàn thành: Trước ngày 31/5/2026.').text).toBe('Trước ngày 31/5/2026');
  });

  it('gives the last day of a month, quarter, half-year or year', () => {
    expect(one('xong trong tháng 12/2025.')).toMatchObject({text: 'xong trong tháng 12/2025', date: '2025-12-31'});
    expect(one('Thời gian hoàn thành: Tháng 11 - 12/2025.').date).toBe('2025-12-31');
    expect(one('Thời gian thực hiện: Tháng 11, 12/2026 và thường xuyên.').date).toBe('2026-12-31');
    expect(one('Tháng 2/2028').date).toBe('2028-02-29');
    expect(one('hoàn thành trong Quý I/2026').date).toBe('2026-03-31');
    expect(one('Thời gian: quý IV năm 2026').date).toBe('2026-12-31');
    expect(one('hoàn thành 6 tháng đầu năm 2026').date).toBe('2026-06-30');
    expect(one('Thời gian: 6 tháng cuối năm 2026').date).toBe('2026-12-31');
    expect(one('thực hiện cơ bản hoàn thành trong năm 2026.').date).toBe('2026-12-31');
  });

  it('takes the end of a range that times work', () => {
    expect(one('Thời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026.')).toMatchObject({
      text: 'Từ ngày 01/01/2026 đến ngày 31/3/2026', date: '2026-03-31'});
    expect(one('Thời gian thực hiện Chương trình: Từ năm 2025 đến hết năm 2030.').date).toBe('2030-12-31');
    expect(one('Thời gian thực hiện: Giai đoạn 2026-2030').date).toBe('2030-12-31');
    expect(one('Quý IV/2025- Quý II/2026').date).toBe('2026-06-30');
  });

  it('reads a line that holds only a period: a table cell or a stage heading', () => {
    expect(one('2026').date).toBe('2026-12-31');
    expect(one('2025 - 2035').date).toBe('2035-12-31');
    expect(one('Giai đoạn 2025 - 2030').date).toBe('2030-12-31');
  });

  it('dates a review by its year in parentheses', () => {
    expect(dates('Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035).'))
      .toEqual(['2030-12-31', '2035-12-31']);
  });

  it('gives a date without a year the plan year, or the next one when it would fall before the plan', () => {
    expect(one('báo cáo kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 tháng 11) hoặc theo đề nghị.')).toEqual({
      text: 'trước ngày 15 tháng 11', date: '2026-11-15', recurrence: 'annual'});
    expect(one('định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở.', {planDate: '2025-11-19'}).date)
      .toBe('2025-11-20');
    expect(one('Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả.').date).toBe('2025-12-15');
    expect(one('trong tháng 3').date).toBe('2026-03-31');
    expect(findDeadlines('trước ngày 20/11', undated)).toEqual([]);
  });

  it('tolerates word segmentation, markdown and split digits, and returns the phrase as printed', () => {
    expect(one('báo_cáo trước_ngày 20 /11/2026 .')).toMatchObject({text: 'trước_ngày 20 /11/2026', date: '2026-11-20'});
    expect(one('gửi về Công an tỉnh **trong tháng 0 6/2026**.').date).toBe('2026-06-30');
    expect(one('trước ngày 20/11/2026'.normalize('NFD')).text).toBe('trước ngày 20/11/2026');
  });
});

describe('findDeadlines: what is not a deadline', () => {
  it('skips dates of cited documents', () => {
    expect(dates('Thực hiện Quyết định số 1486/QĐ-TTg ngày 06 tháng 11 năm 2025 của Thủ tướng Chính phủ')).toEqual([]);
    expect(dates('Kế hoạch số 64/KH-UBND ngày 02/4/2025 của UBND tỉnh; Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025'))
      .toEqual([]);
    expect(dates('Nghị định số 200/2023/NĐ-CP ngày 28/12/2023 được ban hành ngày 28/12/2023')).toEqual([]);
  });

  it('skips horizons, topics, statistics and starts', () => {
    expect(dates('Đến năm 2030, 100% các xã có điểm phục vụ; phấn đấu đến năm 2025 đạt 30%.')).toEqual([]);
    expect(dates('Phối hợp giới thiệu Festival Huế năm 2026 và Kế hoạch thông tin đối ngoại năm 2026.')).toEqual([]);
    expect(dates('Thông tin đối ngoại về các sự kiện nổi bật trong năm 2026')).toEqual([]);
    expect(dates('Bảo đảm kinh phí trong dự toán ngân sách nhà nước trong năm 2026 để đầu tư')).toEqual([]);
    expect(dates('đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2026')).toEqual([]);
    expect(dates('Kế hoạch thực hiện giai đoạn 2026-2030 trên địa bàn tỉnh')).toEqual([]);
    expect(dates('Thời gian thực hiện: Từ 01/7/2026.')).toEqual([]);
    expect(dates('Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.')).toEqual([]);
    expect(dates('tại thời điểm 0h00 ngày 01 tháng 01 năm 2026, quý III đạt 6,26%')).toEqual([]);
  });

  it('skips open-ended ranges and ranges already over when the plan was signed', () => {
    expect(dates('Thời gian thực hiện: Giai đoạn 2026-2030 và những năm tiếp theo.')).toEqual([]);
    expect(dates('Thời gian thực hiện: Từ năm 2026 đến năm 2030 và tiếp theo.')).toEqual([]);
    expect(dates('Từ ngày 15/11 đến ngày 19/11/2025, trên địa bàn tỉnh xảy ra mưa lớn')).toEqual([]);
  });

  it('reports nothing for a node in a targets section', () => {
    expect(findDeadlines('Hằng năm, giảm số người nghiện; trước ngày 20/11/2026 hoàn thành.', {...plan, inTargets: true}))
      .toEqual([]);
  });
});

describe('findDeadlines: rhythms', () => {
  it('reports a bare frequency with no date', () => {
    expect(findDeadlines('Thời gian thực hiện: Thường xuyên.', plan)).toEqual([
      {text: 'Thường xuyên', date: null, recurrence: 'ongoing'}]);
    expect(findDeadlines('trước 15h, thứ năm hàng tuần', plan)).toEqual([
      {text: 'hàng tuần', date: null, recurrence: 'weekly'}]);
  });

  it('attaches the nearest rhythm to the dates of a reporting sentence', () => {
    const found = findDeadlines('Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm.', plan);
    expect(found).toEqual([
      {text: 'trước ngày 16 hàng tháng', date: null, recurrence: 'monthly'},
      {text: 'trước ngày 16/6', date: '2026-06-16', recurrence: 'semiannual'},
    ]);
    expect(one('báo cáo trước ngày 30/11 hằng năm.')).toEqual({
      text: 'trước ngày 30/11 hằng năm', date: '2025-11-30', recurrence: 'annual'});
  });
});

describe('findDatedDeadlines', () => {
  // Sentences of the cases above, and pieces to shuffle: quarters without a digit, rhythms, decomposed letters.
  const SENTENCES = [
    'Báo cáo gửi về Sở trước ngày 20/11/2020 và đột xuất khi có yêu cầu.', 'Thời gian: quý IV năm 2026',
    'báo cáo kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 tháng 11) hoặc theo đề nghị.', 'Giai đoạn 2025 - 2030',
    'Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm.', 'Thường xuyên.',
    'Thời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026.', 'Đến năm 2030, 100% các xã có điểm phục vụ',
    // Only the quarter decomposed: findDeadlines reads the text for its rhythm word, then finds the quarter.
    'Thời gian: qu' + 'ý'.normalize('NFD') + ' IV, hằng năm', 'Thời gian: qu' + 'ý'.normalize('NFD') + ' IV',
  ];
  const PIECES = [
    'hoàn thành trong quý', ' IV', ' I', 'Quý II', 'QUÝ III', 'qu' + 'ý'.normalize('NFD'), 'hằng tháng', 'năm', ', ', '\n',
    'trước ngày 16', 'Thời gian: ', '2026', '/', 'tháng 3', ' hàng tuần',
  ];

  it('keeps the dated deadlines of findDeadlines, in order', () => {
    let seed = 17;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const texts = [...SENTENCES, ...SENTENCES.map((s) => s.normalize('NFD'))];
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let n = Math.floor(random() * 8); n >= 0; n--) {
        text += (random() < 0.5 ? ' ' : '') + PIECES[Math.floor(random() * PIECES.length)];
      }
      texts.push(random() < 0.2 ? text.normalize('NFD') : text);
    }
    for (const text of texts) {
      for (const context of [plan, undated, {...plan, inTargets: true}]) {
        expect(findDatedDeadlines(text, context), text).toEqual(findDeadlines(text, context).filter((d) => d.date !== null));
      }
    }
  });
});

describe('findRecurrence', () => {
  it('maps each frequency phrase', () => {
    expect(findRecurrence('báo cáo hằng tuần')).toBe('weekly');
    expect(findRecurrence('định kỳ hàng tháng báo cáo')).toBe('monthly');
    expect(findRecurrence('định kỳ hằng quý')).toBe('quarterly');
    expect(findRecurrence('định kỳ 6 tháng báo cáo')).toBe('semiannual');
    expect(findRecurrence('Thời gian thực hiện: 6 tháng, hằng năm và định kỳ.')).toBe('semiannual');
    expect(findRecurrence('tổ chức hàng năm')).toBe('annual');
    expect(findRecurrence('Thường xuyên rà soát')).toBe('ongoing');
  });

  it('prefers a specific rhythm to "thường xuyên" and ignores look-alikes', () => {
    expect(findRecurrence('Thường xuyên theo dõi, báo cáo hằng quý.')).toBe('quarterly');
    expect(findRecurrence('bố trí kinh phí chi thường xuyên')).toBeNull();
    expect(findRecurrence('trẻ em từ 06 tháng đến 36 tháng tuổi')).toBeNull();
    expect(findRecurrence('báo cáo 6 tháng đầu năm 2025')).toBeNull();
    expect(findRecurrence('không có gì')).toBeNull();
  });
});

describe('cost', () => {
  // Generous bounds: these catch quadratic regular expressions, not slow machines.
  it('stays linear on a 1 MB line full of dates', () => {
    const line = 'Thời gian thực hiện: trước ngày 20/11/2026 hằng năm; năm 2026 - 2030 số 1/2/3 tháng 0 '.repeat(12_000);
    const started = performance.now();
    expect(findDeadlines(line, plan).length).toBeGreaterThan(10_000);
    expect(findRecurrence(line)).toBe('annual');
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('stays linear on a 1 MB run of spaces, digits or separators', () => {
    for (const line of ['ngày' + ' '.repeat(1_000_000), '6'.repeat(1_000_000), ', '.repeat(500_000), '1/'.repeat(500_000)]) {
      const started = performance.now();
      expect(findDeadlines(line, plan)).toEqual([]);
      expect(findRecurrence(line)).toBeNull();
      expect(performance.now() - started).toBeLessThan(3_000);
    }
  });
});
