import {test} from 'vitest';
import {readFileSync} from 'node:fs';
import {findDeadlines, findRecurrence} from '../src/extract/deadlines.js';
import {findCitations} from '../src/extract/citations.js';
test('perf', () => {
  const prose = readFileSync('/work/shared/corpus/D14-kh-153-cantho-ma-tuy.txt', 'utf8').replace(/\n/g, ' ');
  const line = prose.repeat(Math.ceil(1_000_000 / prose.length)).slice(0, 1_000_000);
  const dense = 'Thời gian thực hiện: trước ngày 20/11/2026 hằng năm; năm 2026 - 2030 số 1/2/3 tháng 0 '.repeat(12_000);
  const a = 'a'.repeat(1_000_000), digits = '1'.repeat(1_000_000), spaces = 'ngày' + ' '.repeat(1_000_000), sl='1/'.repeat(500_000);
  for (const [name, s] of Object.entries({line, dense, a, digits, spaces, sl})) {
    for (const [fn, f] of Object.entries({dl: () => findDeadlines(s, {planDate: '2025-11-17'}), rec: () => findRecurrence(s), cit: () => findCitations(s)})) {
      f(); const t = performance.now(); const r = f(); console.log(name, fn, (performance.now() - t).toFixed(1), 'ms', Array.isArray(r) ? r.length : r);
    }
  }
});
