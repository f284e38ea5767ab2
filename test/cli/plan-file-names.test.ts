import {describe, expect, it} from 'vitest';
import {planFileNames} from '../../src/cli/plan-file-names.js';

describe('planFileNames', () => {
  it('keeps plain stems when they do not clash', () => {
    expect(planFileNames(['ke-hoach-88.txt', 'hoso/chi-thi-05.md'], '.plan.yaml')).toEqual([
      'ke-hoach-88.plan.yaml',
      'chi-thi-05.plan.yaml',
    ]);
  });

  it('suffixes later clashes and never takes another input\'s plain name', () => {
    expect(planFileNames(['a/kh.txt', 'b/kh.md', 'kh-2.txt', 'c/kh.markdown'], '.plan.json')).toEqual([
      'kh.plan.json',
      'kh-3.plan.json',
      'kh-2.plan.json',
      'kh-4.plan.json',
    ]);
  });

  it('treats names differing only in case or Unicode normalisation as a clash', () => {
    const nfd = 'kế-hoạch.txt'.normalize('NFD');
    expect(planFileNames(['a/Kế-hoạch.txt', `b/${nfd}`, 'c/KẾ-HOẠCH.md'], '.plan.yaml')).toEqual([
      'Kế-hoạch.plan.yaml',
      `${'kế-hoạch'.normalize('NFD')}-2.plan.yaml`,
      'KẾ-HOẠCH-3.plan.yaml',
    ]);
  });
});
