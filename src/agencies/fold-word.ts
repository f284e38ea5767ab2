// Folds one word to its matching form: case, Unicode form and tone placement fold away.

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// In an open syllable ending "oa", "oe" or "uy" the old style puts the tone on the first vowel (hòa, thủy, ủy) and
// the new style on the second (hoà, thuỷ, uỷ). The key uses the old style. "qu" + "y" is a consonant + vowel, not "uy".
const NEW_STYLE_TONE = new RegExp(`(^|[^q])(o)([ae])([${TONE_MARKS}])$|(^|[^q])(u)(y)([${TONE_MARKS}])$`, 'u');

/** A printed word and what matching reads of it. */
export interface WordForm {
  word: string;
  /** NFC, lower case, tone on the old-style vowel. */
  key: string;
  /** Printed with an upper-case first letter (names of bodies are). */
  upper: boolean;
}

interface Entry extends WordForm {
  /** The next word with the same hash. */
  next: Entry | null;
}

// Documents reuse a small vocabulary: each distinct word is folded once. Words are found by a hash of their code
// units, which the tokenizer computes as it scans, so a word already seen is neither sliced out nor hashed again.
const MEMO_LIMIT = 100_000;
const memo = new Map<number, Entry>();

/** Folds one more code unit into a word's hash (start from 0); 30 bits, so that it stays a small integer. */
export function mixHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
}

/** The form of the word text[start, end), whose code units mixHash folded into `hash`. */
export function wordFormAt(text: string, start: number, end: number, hash: number): WordForm {
  const length = end - start;
  for (let e = memo.get(hash) ?? null; e !== null; e = e.next) {
    if (e.word.length === length && text.startsWith(e.word, start)) return e;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const word = text.slice(start, end);
  const entry: Entry = {word, key: computeKey(word), upper: word[0] !== word[0]?.toLowerCase(), next: memo.get(hash) ?? null};
  memo.set(hash, entry);
  return entry;
}

/** One word in key form: NFC, lower case, tone on the old-style vowel. */
export function foldWord(word: string): string {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = mixHash(hash, word.charCodeAt(i));
  return wordFormAt(word, 0, word.length, hash).key;
}

function computeKey(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  const nfd = lower.normalize('NFD');
  const moved = nfd.replace(NEW_STYLE_TONE, (_m, p1, o, a, t1, p2, u, y, t2) =>
    o !== undefined ? `${p1}${o}${t1}${a}` : `${p2}${u}${t2}${y}`);
  return moved === nfd ? lower : moved.normalize('NFC');
}
