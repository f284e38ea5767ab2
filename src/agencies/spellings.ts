// The tokens of every distinct printed word or symbol, shared by all the texts that print it: tokenizing runs on
// every task's text, and a spelling already seen costs no new token.
import {foldWord} from './fold-word.js';
import type {Token} from './tokenize.js';

/** One printed word or symbol and its tokens. Tokens are shared: no one may change them. */
export interface Spelling {
  /** After a space, or at the start. */
  spaced: Token;
  /** Right after the token before it. */
  tight: Token;
  /** A word glued to a "-" or "/" after a word ("KH-UBND"). */
  glued: Token;
}

// Far more than any vocabulary; a text of random strings only makes the table start again.
const LIMIT = 100_000;
const table = new Map<string, Spelling>();

export function spellingOf(raw: string, word: boolean): Spelling {
  return table.get(raw) ?? add(raw, word);
}

function add(raw: string, word: boolean): Spelling {
  if (table.size >= LIMIT) table.clear();
  const key = word ? foldWord(raw) : raw;
  const upper = word && raw[0] !== raw[0]!.toLowerCase();
  const token = (spaceBefore: boolean, glued: boolean): Token => ({text: raw, raw, key, word, upper, spaceBefore, glued});
  const spelling: Spelling = {spaced: token(true, false), tight: token(false, false), glued: token(false, true)};
  table.set(raw, spelling);
  return spelling;
}
