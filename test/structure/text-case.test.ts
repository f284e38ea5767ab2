import {describe, expect, it} from 'vitest';
import {isUpperCase} from '../../src/structure/text-case.js';

// The case mappings, one code point at a time, as isUpperCase's table remembers them.
function byCaseMappings(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch) letters++;
    else if (ch.toUpperCase() !== ch) return false;
  }
  return letters > 0;
}

describe('isUpperCase', () => {
  it('tells capitals, small letters and caseless text apart', () => {
    expect(isUpperCase('ỦY BAN NHÂN DÂN TỈNH BẮC NINH')).toBe(true);
    expect(isUpperCase('KẾ HOẠCH 2026 - 2030')).toBe(true);
    expect(isUpperCase('Kế hoạch')).toBe(false);
    expect(isUpperCase('2026 - 2030')).toBe(false);
    expect(isUpperCase('')).toBe(false);
  });

  it('agrees with the case mappings on every character, looked up or remembered', () => {
    const wrong: string[] = [];
    for (let round = 0; round < 2; round++) {
      for (let c = 0; c <= 0xffff; c++) {
        const text = `A${String.fromCharCode(c)}`;
        if (isUpperCase(text) !== byCaseMappings(text)) wrong.push(c.toString(16));
      }
    }
    for (const text of ['𝐀𝐁', 'A𝐚', '𐐀', 'A𐐨', 'A\ud835', '\udc00']) {
      if (isUpperCase(text) !== byCaseMappings(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});
