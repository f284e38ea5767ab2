// Splits text into word and punctuation tokens, read from its NFC form.
import {mixHash, spellingAt} from './spellings.js';
import {TokenList, type TokenSource} from './token-list.js';

export interface Token {
  /** The token as displayed (for an expanded abbreviation: a word of the expansion). */
  text: string;
  /** The source text this token stands for ("" for the second and later words of an expansion). */
  raw: string;
  /** Folded form used for matching. */
  key: string;
  word: boolean;
  /** Printed with an upper-case first letter (names of bodies are). */
  upper: boolean;
  spaceBefore: boolean;
  /** Glued to a symbol before it ("KH-UBND", "QĐ/TTg"): part of a document number, not a name. */
  glued: boolean;
}

/**
 * Letters, combining marks and digits make words. Tokenising runs on every task's text, so characters are
 * classified by code: ASCII by table; above it, Latin letters and marks (all of Vietnamese) are word characters,
 * and the punctuation and space blocks (U+2000–U+2BFF, U+3000–U+303F) and a few Latin-1 signs are not.
 */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  return code !== 0xfeff;
}

/** Spaces, and markup and word-segmentation debris read as spaces: "**Sở**", "Sở_Y_tế". A "|" stays: it ends a table cell. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) || code === 95 || code === 42 || code === 96 || code === 35 || code === 92;
  return code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000;
}

// Characters that leave a text in NFC whatever stands around them: below U+0300, Latin Extended Additional
// (Vietnamese letters with their tone marks) and general punctuation after U+2001 are precomposed and combine with
// nothing (test/agencies/tokenize.test.ts checks every pair). Anything else may need normalize().
const MAY_NEED_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2002-\u206f]/;

/** Whether the text is in NFC as it stands, judged by its characters alone. */
export function isPlainNfc(text: string): boolean {
  return !MAY_NEED_NFC.test(text);
}

/** A text's tokens, read as they are asked for. */
export function tokenList(input: string): TokenList {
  // Documents are decoded to NFC: a text is normalized only when it may not be.
  return new TokenList([], scanner(isPlainNfc(input) ? input : input.normalize('NFC')));
}

/** A text's tokens, all of them. */
export function tokenize(input: string): readonly Token[] {
  return tokenList(input).all();
}

/** Reads one token of `text` at each call. */
function scanner(text: string): TokenSource {
  let i = 0;
  let prevEnd = -1;
  // The two tokens before the current one: a word glues to "-" or "/" printed right after a word.
  let prev: Token | undefined;
  let beforePrev: Token | undefined;
  return (into) => {
    let code = 0;
    while (i < text.length && isSpace((code = text.charCodeAt(i)))) i++;
    if (i >= text.length) return false;
    const start = i;
    const word = isWordChar(code);
    let hash = 0;
    if (word) {
      do {
        hash = mixHash(hash, code);
        code = ++i < text.length ? text.charCodeAt(i) : -1;
      } while (code >= 0 && isWordChar(code));
    } else {
      hash = mixHash(hash, code);
      i++;
      // A surrogate pair is one symbol.
      if (code >= 0xd800 && code <= 0xdbff) hash = mixHash(hash, text.charCodeAt(i++));
    }
    const spelling = spellingAt(text, start, i, hash, word);
    const spaceBefore = start !== prevEnd;
    const glued = word && !spaceBefore && prev !== undefined && (prev.text === '-' || prev.text === '/') &&
      !prev.spaceBefore && beforePrev !== undefined && beforePrev.word;
    const token = glued ? spelling.glued : spaceBefore ? spelling.spaced : spelling.tight;
    into.push(token);
    beforePrev = prev;
    prev = token;
    prevEnd = i;
    return true;
  };
}

const TIGHT = new Set([',', ';', ':', ')', '.']);

/** Joins tokens back into text with the spacing they were printed with: `raw` gives the source, else the display. */
export function joinTokens(tokens: readonly Token[], field: 'text' | 'raw' = 'text'): string {
  let out = '';
  for (const t of tokens) {
    const s = t[field];
    if (s === '') continue;
    out += out === '' || !t.spaceBefore || TIGHT.has(s) ? s : ' ' + s;
  }
  return out;
}
