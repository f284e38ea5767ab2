// ND30 letters its points in Vietnamese alphabet order without the letters Vietnamese does not use, and skips the
// vowel variants ă â ê ô ơ ư: Điều 8 khoản 2 of ND30 itself runs a) … đ) e) g) h) i).

export const pointLetters = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const;

const letterIndex = new Map<string, number>(pointLetters.map((letter, i) => [letter, i]));

/** Position of a point letter in the Vietnamese sequence, or -1 for a letter outside it (f, j, w, z). */
export function pointLetterIndex(letter: string): number {
  return letterIndex.get(letter) ?? -1;
}
