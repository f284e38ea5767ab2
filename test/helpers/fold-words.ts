// The words of a text as the loss check compares them: NFC, lower case, "_" as a space, markup and footnote marks
// removed, only runs of letters and digits kept. Numbers lose leading zeros so "ngày 06 tháng 3" meets "2020-03-06";
// tone placement folds as the agency registry folds it, so a name written "Uỷ" in the source and "Ủy" by the
// registry is the same word.

import {foldWord} from '../../src/agencies/fold-word.js';

const FOOTNOTE_MARK = /\\?\[\d{1,3}\\?\]/g;
// Emphasis may sit inside a word ("*Z*alo"): it is removed, not read as a space.
const EMPHASIS = /[*\\]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function foldWords(text: string): string[] {
  const folded = text.normalize('NFC').toLowerCase().replace(FOOTNOTE_MARK, ' ').replace(EMPHASIS, '').replaceAll('_', ' ');
  const words: string[] = [];
  for (const [word] of folded.matchAll(WORD)) words.push(/^\d+$/.test(word) ? word.replace(/^0+(?=\d)/, '') : foldWord(word));
  return words;
}
