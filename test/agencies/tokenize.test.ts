import {describe, expect, it} from 'vitest';
import {isPlainNfc, tokenize, tokenList} from '../../src/agencies/tokenize.js';
import {foldWord} from '../../src/agencies/fold-word.js';

describe('tokenize', () => {
  it('reads a text that is not in NFC as its NFC form', () => {
    const nfc = 'Sở Văn hóa, Thể thao và Du lịch – Ủy ban';
    expect(tokenize(nfc.normalize('NFD'))).toEqual(tokenize(nfc));
  });

  it('normalizes from where a text stops being plain, however far into it', () => {
    for (const text of [`${'Sở Y tế '.repeat(60)}phô\u0301i hợp`, 'a =\u0338 b', '\u0301Sở', `${'x'.repeat(300)}e\u0301`]) {
      expect(tokenize(text)).toEqual(tokenize(text.normalize('NFC')));
      const lazy = tokenList(text);
      expect(lazy.get(1)).toBe(tokenize(text.normalize('NFC'))[1]);
    }
  });

  it('reads markup and word-segmentation debris as spaces', () => {
    expect(tokenize('**Sở_Y_tế** `#x\\y`').map((t) => t.text)).toEqual(['Sở', 'Y', 'tế', 'x', 'y']);
    expect(tokenize('Sở_Y').map((t) => t.spaceBefore)).toEqual([true, true]);
  });

  it('gives a word its key and case, the same for every spelling of it', () => {
    const [a, b, c] = tokenize('Uỷ uỷ ỦY');
    expect([a!.key, b!.key, c!.key]).toEqual([foldWord('Ủy'), 'ủy', 'ủy']);
    expect([a!.upper, b!.upper, c!.upper]).toEqual([true, false, true]);
  });

  it('marks a word glued to "-" or "/" after a word', () => {
    expect(tokenize('KH-UBND QĐ/TTg - Sở').map((t) => t.glued)).toEqual([false, false, true, false, false, true, false, false]);
  });
});

describe('isPlainNfc', () => {
  // The tokenizer skips normalize() for texts of these characters only: no one of them, and no pair, may change.
  it('passes only characters that are NFC alone and next to each other', () => {
    const chars: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (isPlainNfc(c) && (code < 0xd800 || code > 0xdfff)) chars.push(c);
    }
    const changed: string[] = [];
    for (const a of chars) {
      if (a.normalize('NFC') !== a) changed.push(a);
      for (const b of chars) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    }
    expect(changed).toEqual([]);
  });
});
