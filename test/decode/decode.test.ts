import iconv from 'iconv-lite';
import {describe, expect, it} from 'vitest';
import {decode} from '../../src/decode/decode.js';
import {InputError} from '../../src/errors.js';
import {isVietnameseSyllable, vietnameseShare} from '../../src/decode/vietnamese-share.js';

const PLAN = 'KẾ HOẠCH\nTriển khai công tác thông tin đối ngoại năm 2020\nI. MỤC ĐÍCH, YÊU CẦU\n1. Ủy ban nhân dân tỉnh chủ trì, phối hợp với các sở, ngành.\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};
// Windows-1258 keeps â ê ô ơ ư ă precomposed and writes the tone as a combining mark after them.
const cp1258 = (s: string) => iconv.encode(s.normalize('NFD').replace(/[a-zA-Z][\u0302\u0306\u031b]/g, (m) => m.normalize('NFC')), 'windows1258');

function refusal(bytes: Uint8Array): InputError | undefined {
  try {
    decode(bytes);
  } catch (error) {
    return error as InputError;
  }
  return undefined;
}

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(utf8(PLAN))).toEqual({text: PLAN, encoding: 'utf-8'});
    expect(decode(utf8('\ufeff' + PLAN))).toEqual({text: PLAN, encoding: 'utf-8-bom'});
  });

  it('reads UTF-16 LE and BE after their BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, 'utf16le')]))).toEqual({text: PLAN, encoding: 'utf-16le'});
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(PLAN)]))).toEqual({text: PLAN, encoding: 'utf-16be'});
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decode(utf8('Số: 88/KH-UBND\r\nHuế\rngày 13\n')).text).toBe('Số: 88/KH-UBND\nHuế\nngày 13\n');
  });

  it('composes decomposed text to NFC', () => {
    const nfd = PLAN.normalize('NFD');
    expect(nfd).not.toBe(PLAN);
    expect(decode(utf8(nfd)).text).toBe(PLAN);
  });

  it('makes no-break spaces plain, keeps tabs, drops zero-width and control characters', () => {
    expect(decode(utf8('ngày\u00a013\u202ftháng\t3')).text).toBe('ngày 13 tháng\t3');
    expect(decode(utf8('1.\u200b Mục\u200c đích\u200d\u2060\ufeff\u0007\u001b\f')).text).toBe('1. Mục đích');
  });

  it('composes a letter and its tone mark that a zero-width joiner kept apart', () => {
    expect(decode(utf8('Hoa\u200d\u0300 bình')).text).toBe('Hoà bình');
  });

  it('refuses binary data: NUL bytes, mostly invalid UTF-8, mostly control bytes', () => {
    const attacks = [
      Uint8Array.from({length: 4096}, (_, i) => (i * 7919) % 256),
      utf8('KẾ HOẠCH\u0000 I. Mục đích'),
      Uint8Array.from({length: 2000}, (_, i) => 0x80 + ((i * 37) % 0x7f)),
      Uint8Array.from({length: 400}, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 8))),
    ];
    for (const bytes of attacks) {
      const error = refusal(bytes);
      expect(error).toBeInstanceOf(InputError);
      expect(error?.problem).toBe('not-text');
      expect(error?.message).toBe('not a text document (binary data)');
    }
  });

  it('keeps text with a few invalid bytes, each replaced by U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from(PLAN.repeat(5)), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(PLAN)]);
    const {text, encoding} = decode(bytes);
    expect(encoding).toBe('utf-8');
    expect(text.match(/\ufffd/g)).toHaveLength(3);
    expect(text.endsWith(PLAN)).toBe(true);
  });

  it('detects TCVN3 (ABC) text', () => {
    expect(decode(iconv.encode(PLAN, 'tcvn'))).toEqual({text: PLAN, encoding: 'tcvn3'});
  });

  it('detects Windows-1258 text and composes its tone marks', () => {
    expect(decode(cp1258(PLAN))).toEqual({text: PLAN, encoding: 'windows-1258'});
  });

  it('never takes UTF-8 Vietnamese for a legacy encoding, not even with a damaged byte', () => {
    const bytes = Buffer.concat([Buffer.from('Tòa án nhân dân '), Buffer.from([0xb5]), Buffer.from(' hoà bình, ngày 13 tháng 3')]);
    expect(decode(bytes).encoding).toBe('utf-8');
  });
});

describe('vietnameseShare', () => {
  it('tells syllables from mojibake', () => {
    expect(['nghiêng', 'hoà', 'thuỷ', 'Đảng', 'quyết', 'ương'].every(isVietnameseSyllable)).toBe(true);
    expect(['Toµ', 'd©n', 'hoáº¡ch', 'nghÜa', 'ảá'].some(isVietnameseSyllable)).toBe(false);
    expect(vietnameseShare(PLAN)).toBe(1);
    expect(vietnameseShare('Toµ ¸n nh©n d©n céng hoµ')).toBeLessThan(0.3);
  });
});
