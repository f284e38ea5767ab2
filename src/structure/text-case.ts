// Vietnamese headings arrive in capitals; the plan keeps names in sentence case the way a clerk writes them.

import {LETTER} from '../text/letter-classes.js';

const STARTS_LETTER = new RegExp(String.raw`^[${LETTER}]`, 'u');
const PLACE_AFTER = new Set(['tỉnh', 'phố', 'huyện', 'quận', 'xã', 'phường']);
// Words that end a place name: "… TỈNH THỪA THIÊN HUẾ NĂM 2020" → "tỉnh Thừa Thiên Huế năm 2020".
const PLACE_ENDS = new Set([
  'năm', 'giai', 'đến', 'về', 'và', 'trong', 'theo', 'thời', 'của', 'với', 'tại', 'để', 'từ', 'trên', 'nhằm',
  'đối', 'thuộc', 'do', 'cho', 'lần', 'khóa', 'khoá',
]);

const UPPER = 1;
const LOWER = 2;
const CASELESS = 3;
// The case of each BMP character as the case mappings tell it, looked up once: a character is a capital when
// lowering changes it, a small letter when raising does. Headings are tested many times over, letter by letter.
const caseOf = new Uint8Array(0x10000);

const caseOfChar = (ch: string): number => (ch.toLowerCase() !== ch ? UPPER : ch.toUpperCase() !== ch ? LOWER : CASELESS);

/** True when the text has letters and none of them is lower case. */
export function isUpperCase(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let known: number;
    if (code >= 0xd800 && code <= 0xdfff) {
      // A character beyond the BMP (or a lone surrogate) is judged whole, and not cached.
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      known = caseOfChar(ch);
      i += ch.length - 1;
    } else {
      known = caseOf[code]! || (caseOf[code] = caseOfChar(String.fromCharCode(code)));
    }
    if (known === LOWER) return false;
    if (known === UPPER) letters++;
  }
  return letters > 0;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Sentence case for a name or title printed in capitals: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" → "Ủy ban nhân dân tỉnh
 * Bắc Ninh". Words after an administrative unit (tỉnh, thành phố …) are a place name and keep their capitals.
 */
export function sentenceCase(text: string): string {
  if (!isUpperCase(text)) return text;
  // The words as printed are only wanted for a word with a digit: most names and titles hold none.
  const printed = /\d/.test(text) ? text.split(' ') : undefined;
  const words = text.toLowerCase().split(' ');
  let inPlace = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // A document number ("32/CT-TTg", "57-NQ/TW") keeps its letters as printed.
    if (printed && /\d/.test(word)) {
      words[i] = printed[i]!;
      inPlace = false;
      continue;
    }
    if (inPlace && (PLACE_ENDS.has(word) || !STARTS_LETTER.test(word))) inPlace = false;
    if (i === 0 || inPlace) words[i] = capitalise(word);
    const next = words[i + 1];
    if (/[,;:.)]$/.test(word)) inPlace = false;
    // "xã hội" is society, not a commune; "đặc khu" is a special zone, "khu vực" is not a place name.
    else if (!inPlace && ((PLACE_AFTER.has(word) && !(word === 'xã' && next === 'hội')) || (word === 'khu' && words[i - 1] === 'đặc'))) inPlace = true;
  }
  return words.join(' ');
}
