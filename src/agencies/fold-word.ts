// Folds one word to its matching form: case, Unicode form and tone placement fold away.

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// In an open syllable ending "oa", "oe" or "uy" the old style puts the tone on the first vowel (hòa, thủy, ủy) and
// the new style on the second (hoà, thuỷ, uỷ). The key uses the old style. "qu" + "y" is a consonant + vowel, not "uy".
const NEW_STYLE_TONE = new RegExp(`(^|[^q])(o)([ae])([${TONE_MARKS}])$|(^|[^q])(u)(y)([${TONE_MARKS}])$`, 'u');
// The same endings in NFC, where a toned vowel is one character: a word without one needs no NFD.
const NEW_STYLE_ENDING = /o[àáãảạèéẽẻẹ]$|u[ỳýỹỷỵ]$/u;

// Documents reuse a small vocabulary: folding each distinct word once keeps tokenizing cheap.
const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();

/** One word in key form: NFC, lower case, tone on the old-style vowel. */
export function foldWord(word: string): string {
  let key = memo.get(word);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeKey(word);
    memo.set(word, key);
  }
  return key;
}

function computeKey(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  if (!NEW_STYLE_ENDING.test(lower)) return lower;
  const nfd = lower.normalize('NFD');
  const moved = nfd.replace(NEW_STYLE_TONE, (_m, p1, o, a, t1, p2, u, y, t2) =>
    o !== undefined ? `${p1}${o}${t1}${a}` : `${p2}${u}${t2}${y}`);
  return moved === nfd ? lower : moved.normalize('NFC');
}
