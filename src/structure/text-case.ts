// Vietnamese headings arrive in capitals; the plan keeps names in sentence case the way a clerk writes them.

const PLACE_AFTER = new Set(['tỉnh', 'phố', 'huyện', 'quận', 'xã', 'phường']);
// Words that end a place name: "… TỈNH THỪA THIÊN HUẾ NĂM 2020" → "tỉnh Thừa Thiên Huế năm 2020".
const PLACE_ENDS = new Set([
  'năm', 'giai', 'đến', 'về', 'và', 'trong', 'theo', 'thời', 'của', 'với', 'tại', 'để', 'từ', 'trên', 'nhằm',
  'đối', 'thuộc', 'do', 'cho', 'lần', 'khóa', 'khoá',
]);

/** True when the text has letters and none of them is lower case. */
export function isUpperCase(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch) letters++;
    else if (ch.toUpperCase() !== ch) return false;
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
  const printed = text.split(' ');
  const words = text.toLowerCase().split(' ');
  let inPlace = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // A document number ("32/CT-TTg", "57-NQ/TW") keeps its letters as printed.
    if (/\d/.test(word)) {
      words[i] = printed[i]!;
      inPlace = false;
      continue;
    }
    if (inPlace && (PLACE_ENDS.has(word) || !/^\p{L}/u.test(word))) inPlace = false;
    if (i === 0 || inPlace) words[i] = capitalise(word);
    const next = words[i + 1];
    if (/[,;:.)]$/.test(word)) inPlace = false;
    // "xã hội" is society, not a commune; "đặc khu" is a special zone, "khu vực" is not a place name.
    else if (!inPlace && ((PLACE_AFTER.has(word) && !(word === 'xã' && next === 'hội')) || (word === 'khu' && words[i - 1] === 'đặc'))) inPlace = true;
  }
  return words.join(' ');
}
