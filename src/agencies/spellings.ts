// The tokens of every distinct printed word or symbol, shared by all the texts that print it: tokenizing runs on
// every task's text, and finding a spelling already seen costs neither a slice of the text nor a new token.
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

interface Entry extends Spelling {
  text: string;
  /** The next spelling with the same hash. */
  next: Entry | null;
}

// Far more than any vocabulary; a text of random strings only makes the table start again.
const LIMIT = 100_000;
const table = new Map<number, Entry>();

/** Folds one more code unit into a spelling's hash (start from 0); 30 bits, so that it stays a small integer. */
export function mixHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
}

/** The spelling text[start, end), a word or a symbol, whose code units mixHash folded into `hash`. */
export function spellingAt(text: string, start: number, end: number, hash: number, word: boolean): Spelling {
  const length = end - start;
  for (let e = table.get(hash) ?? null; e !== null; e = e.next) {
    if (e.text.length === length && text.startsWith(e.text, start)) return e;
  }
  return add(text.slice(start, end), hash, word);
}

function add(raw: string, hash: number, word: boolean): Entry {
  if (table.size >= LIMIT) table.clear();
  const key = word ? foldWord(raw) : raw;
  const upper = word && raw[0] !== raw[0]!.toLowerCase();
  const token = (spaceBefore: boolean, glued: boolean): Token => ({text: raw, raw, key, word, upper, spaceBefore, glued});
  const entry: Entry = {text: raw, spaced: token(true, false), tight: token(false, false), glued: token(false, true), next: table.get(hash) ?? null};
  table.set(hash, entry);
  return entry;
}
