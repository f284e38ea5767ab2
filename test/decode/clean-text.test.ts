import {describe, expect, it} from 'vitest';
import {cleanText, isCleanAndComposed} from '../../src/decode/clean-text.js';

/** The text in UTF-16LE, in a buffer of its own as the transcoder gives it to decode. */
const units = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));

describe('isCleanAndComposed', () => {
  it('passes only characters that cleanText leaves alone wherever they stand', () => {
    // What NFC can attach to the character before it: every code point after the first of a canonical decomposition.
    const attachable = new Set<number>();
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      for (const part of [...String.fromCodePoint(c).normalize('NFD')].slice(1)) attachable.add(part.codePointAt(0)!);
    }
    const wrong: string[] = [];
    let plain = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!isCleanAndComposed(units(ch))) continue;
      plain++;
      // The control character sends the text through every fix and NFC.
      const kept = cleanText('\u0001' + ch) === ch;
      if (!kept || /\p{M}/u.test(ch) || attachable.has(ch.normalize('NFD').codePointAt(0)!)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(plain).toBeGreaterThan(1000);
  });

  it('sends text with anything to fix or compose the long way', () => {
    expect(isCleanAndComposed(units('Kế hoạch số 12/KH-UBND “Hà Nội” – năm 2025 ≤ 10‰\tx\n'))).toBe(true);
    for (const text of ['a\r\n', 'ngày\u00a013', '1.\u200b', 'Hoa\u0300', '\u2000', 'a\u000c', '\ufeffa', '😀']) {
      expect(isCleanAndComposed(units(text))).toBe(false);
      // Read two units at a time: the odd one at the end, or either one of a pair.
      expect(isCleanAndComposed(units(`ab${text}`))).toBe(false);
      expect(isCleanAndComposed(units(`abc${text}`))).toBe(false);
    }
  });
});
