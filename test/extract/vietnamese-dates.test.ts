import {describe, expect, it} from 'vitest';
import {
  afterLetter,
  afterLetterOrDigit,
  DAY_SOURCE,
  MONTH_SOURCE,
  YEAR_SOURCE,
  execNotAfter,
} from '../../src/extract/vietnamese-dates.js';

// Pieces the extractors' patterns care about, with letters outside the BMP and noise around them.
const PIECES = [
  'ngày', 'tháng', 'năm', 'quý', 'iv', 'số', 'kế hoạch', 'hằng', 'tuần', 'thường', 'xuyên', 'chi', 'a', 'ý', '𝐀',
  '1', '06', '12', '2025', '/', '-', ':', ',', '.', ' ', '  ', '\n', '(',
];

function randomText(random: () => number): string {
  let text = '';
  const length = 1 + Math.floor(random() * 24);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

/** A small deterministic generator, so that a failure can be replayed. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const spans = (next: () => RegExpExecArray | null) => {
  const out: [number, string][] = [];
  for (let m = next(); m !== null; m = next()) out.push([m.index, m[0]]);
  return out;
};

describe('execNotAfter', () => {
  const patterns = [
    String.raw`(?:ngày\s*)?${DAY_SOURCE}\s?/\s?${MONTH_SOURCE}|tháng\s*${MONTH_SOURCE}(?:\s*năm\s*${YEAR_SOURCE})?|quý\s*(?:iv|i)|${YEAR_SOURCE}`,
    String.raw`(?:kế\s+hoạch(?:\s*số)?|số)\s*:?\s*\d+\s?(?:[/-]\s?[\p{L}\d]+)+`,
    String.raw`(?:hằng\s+(?:tuần|tháng|năm)|thường(?<!chi\s{1,3}thường)\s+xuyên)(?![\p{L}])`,
  ];
  const lookbehinds: [(text: string, index: number) => boolean, string][] = [[afterLetterOrDigit, String.raw`(?<![\p{L}\d])`], [afterLetter, String.raw`(?<![\p{L}])`]];

  it('finds what the pattern with a leading lookbehind finds, on random texts', () => {
    const random = mulberry32(20251120);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(random);
      for (const source of patterns) {
        for (const [notAfter, lookbehind] of lookbehinds) {
          const fast = new RegExp(source, 'gu');
          const reference = new RegExp(`${lookbehind}(?:${source})`, 'gu');
          expect(spans(() => execNotAfter(fast, notAfter, text)), text).toEqual(spans(() => reference.exec(text)));
        }
      }
    }
  });

  it('continues from where the caller moved lastIndex', () => {
    const pattern = /\d+/gu;
    pattern.lastIndex = 3;
    expect(execNotAfter(pattern, afterLetterOrDigit, '12 a3 45')?.index).toBe(6);
  });
});
