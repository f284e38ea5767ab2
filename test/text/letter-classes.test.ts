import {describe, expect, it} from 'vitest';
import {LETTER, MARK, NUMBER, UPPER} from '../../src/text/letter-classes.js';

const classes = {LETTER: [LETTER, /\p{L}/u], UPPER: [UPPER, /\p{Lu}/u], NUMBER: [NUMBER, /\p{N}/u], MARK: [MARK, /\p{M}/u]} as const;
const inLatinBlocks = (code: number) => code <= 0x036f || (code >= 0x1e00 && code <= 0x1eff);

describe('letter classes', () => {
  for (const [name, [source, property]] of Object.entries(classes)) {
    it(`${name} is the Unicode property within the Latin blocks, and empty outside them`, () => {
      const own = new RegExp(`^[${source}]$`, 'u');
      for (let code = 0; code <= 0xffff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const char = String.fromCharCode(code);
        expect(own.test(char), `U+${code.toString(16)}`).toBe(inLatinBlocks(code) && property.test(char));
      }
    });
  }

  it('holds the Vietnamese alphabet in both cases, with every tone', () => {
    expect(new RegExp(`^[${LETTER}]+$`, 'u').test('ĐƯỜNGđườngỞởỸỹẶặỆệƠơ')).toBe(true);
    expect(new RegExp(`^[${UPPER}]+$`, 'u').test('ĐƯỜNGỞỸẶỆƠ')).toBe(true);
    expect(new RegExp(`^[${MARK}]+$`, 'u').test('\u0300\u0301\u0303\u0309\u0323')).toBe(true);
  });
});
