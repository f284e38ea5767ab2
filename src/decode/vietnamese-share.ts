// Judges which of several decodings of the same bytes is Vietnamese. A wrong legacy decoding still yields letters
// (TCVN3 maps almost every high byte to one), so counting letters proves nothing; what survives only the right
// decoding is the shape of each syllable: optional initial consonant, one to three vowels, optional final
// consonant, and at most one tone mark.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
// Words are runs between white space, digits and ASCII punctuation; anything else inside a run (U+FFFD, "µ",
// "©") is part of the word and makes it fail.
const WORD = /[^\s\d!-/:-@[-`{-~]+/g;
// Enough words to judge by; a cap keeps the cost flat on big files.
const SAMPLE = 4000;

export function isVietnameseSyllable(word: string): boolean {
  const bare = word.toLowerCase().normalize('NFD');
  const base = bare.replace(TONE_MARKS, '');
  if (bare.length - base.length > 1) return false;
  return SYLLABLE.test(base.normalize('NFC'));
}

/** Share (0-1) of words that are Vietnamese syllables, among words with a character beyond ASCII. */
export function vietnameseShare(text: string): number {
  let words = 0;
  let good = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    // Plain ASCII words read the same in every decoding, so they cannot tell decodings apart.
    if (!/[^\x00-\x7f]/.test(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) good++;
    if (words === SAMPLE) break;
  }
  return words === 0 ? 0 : good / words;
}
