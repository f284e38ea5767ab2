import {describe, expect, it} from 'vitest';
import {
  afterLetter,
  afterLetterOrDigit,
  DAY_SOURCE,
  MONTH_SOURCE,
  YEAR_SOURCE,
  execNear,
  execNotAfter,
  formsOf,
  hasDigit,
  lastDayOfMonth,
} from '../../src/extract/vietnamese-dates.js';
import {DATED_PHRASE_SEARCH} from '../../src/extract/deadlines.js';
import {CITATION_SEARCH} from '../../src/extract/citations.js';
import {LETTER} from '../../src/text/letter-classes.js';

// Pieces the extractors' patterns care about, with letters outside the BMP, odd spaces, other scripts' digits and
// punctuation around them.
const PIECES = [
  'ngày', 'tháng', 'năm', 'quý', 'iv', 'giai đoạn', 'giaiđoạn', 'số', 'kế hoạch', 'quyết định', 'hành động', 'luật',
  'hằng', 'tuần', 'thường', 'xuyên', 'chi', 'a', 'ý', '𝐀', '٣', '“', '\u2028', '1', '06', '12', '2025', '/', '-', ':',
  ',', '.', ' ', '  ', '\n', '\t', '(', '0 6', '6', '31', '1999', 'đầu', 'cuối',
  // Whole phrases, which random pieces rarely make.
  '6 tháng đầu năm', '06 tháng cuối năm', 'tháng 0 6', 'ngày 5', '20/11', '0 6/11/2025', 'giai đoạn năm 2026',
  'quý IV/2026',
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

type NotAfter = (text: string, index: number) => boolean;
const LOOKBEHINDS: [NotAfter, string][] = [
  [afterLetterOrDigit, String.raw`(?<![${LETTER}\d])`],
  [afterLetter, String.raw`(?<![${LETTER}])`],
];
/** The plain way: the lookbehind at the start of the pattern, tried at every position. */
const fullScan = (lookbehind: string, source: string) => new RegExp(`${lookbehind}(?:${source})`, 'gu');

describe('afterLetter, afterLetterOrDigit', () => {
  it('tell what the lookbehinds tell, at every code point boundary', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 500; round++) {
      const text = randomText(random);
      for (const [notAfter, lookbehind] of LOOKBEHINDS) {
        const reference = new RegExp(lookbehind.replace('(?<!', '(?<='), 'uy');
        for (let i = 0; i <= text.length; i++) {
          if (/[\ud800-\udbff]/.test(text[i - 1] ?? '')) continue;
          reference.lastIndex = i;
          expect(notAfter(text, i), `${JSON.stringify(text)} at ${i}`).toBe(reference.test(text));
        }
      }
    }
  });
});

describe('execNotAfter', () => {
  const patterns = [
    String.raw`(?:ngày\s*)?${DAY_SOURCE}\s?/\s?${MONTH_SOURCE}|tháng\s*${MONTH_SOURCE}(?:\s*năm\s*${YEAR_SOURCE})?|quý\s*(?:iv|i)|${YEAR_SOURCE}`,
    String.raw`(?:kế\s+hoạch(?:\s*số)?|số)\s*:?\s*\d+\s?(?:[/-]\s?[${LETTER}\d]+)+`,
    String.raw`(?:hằng\s+(?:tuần|tháng|năm)|thường(?<!chi\s{1,3}thường)\s+xuyên)(?![${LETTER}])`,
  ];

  it('finds what the pattern with a leading lookbehind finds, on random texts', () => {
    const random = mulberry32(20251120);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(random);
      for (const source of patterns) {
        for (const [notAfter, lookbehind] of LOOKBEHINDS) {
          const fast = new RegExp(source, 'gu');
          const reference = fullScan(lookbehind, source);
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

describe('execNear', () => {
  // Shaped like the extractors' patterns: words (at most `words` of them) before the anchor of every match.
  const cases = [
    {
      source: String.raw`(?:(?:kế\s+hoạch|quyết\s+định)(?:\s+hành\s+động)?(?:\s*số)?|số)\s*:?\s*\d+\s?(?:[/-]\s?[${LETTER}\d]+)+|luật(?=\s+[${LETTER}])`,
      anchor: String.raw`\d(?<!\d\d)\d*\s?[/-](?<=(?:hoạch|định|động|số)\s*:?\s*\d+\s?[/-])|luật`,
      words: 5,
    },
    {
      source: String.raw`(?:ngày\s*)?${DAY_SOURCE}\s?/\s?${MONTH_SOURCE}|(?:giai\s*đoạn\s*)?(?:năm\s*)?${YEAR_SOURCE}|quý\s*(?:iv|i)(?![${LETTER}\d])`,
      anchor: String.raw`\d|quý`,
      words: 3,
    },
  ];

  it('finds what a full scan finds, as its callers read on from the end of each match', () => {
    const random = mulberry32(1486);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(random);
      for (const {source, anchor, words} of cases) {
        for (const [notAfter, lookbehind] of LOOKBEHINDS) {
          const fast = new RegExp(source, 'gu');
          const anchors = new RegExp(anchor, 'g');
          const reference = fullScan(lookbehind, source);
          expect(spans(() => execNear(fast, anchors, words, notAfter, text)), text)
            .toEqual(spans(() => reference.exec(text)));
        }
      }
    }
  });
});

describe('execNear with the extractors\' own searches', () => {
  it('finds what a full scan finds: no dated phrase or citation lies beyond the reach of its anchor', () => {
    const random = mulberry32(2026);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(random);
      for (const {pattern, anchor, words} of [DATED_PHRASE_SEARCH, CITATION_SEARCH]) {
        const fast = new RegExp(pattern, 'gu');
        const anchors = new RegExp(anchor, 'g');
        const reference = fullScan(String.raw`(?<![${LETTER}\d])`, pattern);
        expect(spans(() => execNear(fast, anchors, words, afterLetterOrDigit, text)), text)
          .toEqual(spans(() => reference.exec(text)));
      }
    }
  });
});

describe('lastDayOfMonth', () => {
  it('agrees with the calendar', () => {
    for (let year = 1900; year < 2200; year++) {
      for (let month = 1; month <= 12; month++) {
        expect(lastDayOfMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
    }
  });
});

describe('formsOf, hasDigit', () => {
  it('answer for the text asked about, one text after another', () => {
    const texts = ['Ngày 20/11', 'KẾ_HOẠCH\u00a0số–12', 'Ngày 20/11', 'quy\u0301 IV', '', 'İ 1'];
    for (const text of [...texts, ...texts.reverse()]) {
      expect(hasDigit(text)).toBe(/\d/.test(text));
      const printed = text.normalize('NFC');
      expect(formsOf(text).printed).toBe(printed);
      expect(formsOf(text).folded).toHaveLength(printed.length);
    }
    expect(formsOf('KẾ_HOẠCH\u00a0số–12').folded).toBe('kế hoạch số-12');
    expect(formsOf('quy\u0301 IV').folded).toBe('quý iv');
    // Markdown alone, with no odd space or mark beside it.
    expect(formsOf('Kế_hoạch *số*\t12\r').folded).toBe('kế hoạch  số  12 ');
  });
});
