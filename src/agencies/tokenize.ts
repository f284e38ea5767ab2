// Splits text into word and punctuation tokens that keep their place in the (NFC) text.
import {mixHash, spellingAt} from './spellings.js';

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

/**
 * Whether a character leaves a text in NFC whatever stands around it: below U+0300, Latin Extended Additional
 * (Vietnamese letters with their tone marks) and general punctuation after U+2001 are precomposed and combine with
 * nothing (test/agencies/tokenize.test.ts checks every pair).
 */
export function keepsNfc(code: number): boolean {
  return code < 0x300 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2002 && code <= 0x206f);
}

export function tokenize(input: string): Token[] {
  // Documents are decoded to NFC: a text is read as it is, and normalized first only when it may not be.
  return scan(input, true) ?? scan(input.normalize('NFC'), false)!;
}

// Tokens are gathered here and copied out at their final count: a list grown token by token is copied many times.
const gathered: Token[] = [];

/** The tokens of `text`; null when `nfcOnly` and the text has a character that may not be in NFC. */
function scan(text: string, nfcOnly: boolean): Token[] | null {
  let count = 0;
  let prevEnd = -1;
  // The two tokens before the current one: a word glues to "-" or "/" printed right after a word.
  let prev: Token | undefined;
  let beforePrev: Token | undefined;
  for (let i = 0; i < text.length; ) {
    let code = text.charCodeAt(i);
    if (nfcOnly && !keepsNfc(code)) return null;
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    const word = isWordChar(code);
    let hash = 0;
    if (word) {
      do {
        hash = mixHash(hash, code);
        code = ++i < text.length ? text.charCodeAt(i) : -1;
        if (nfcOnly && code >= 0 && !keepsNfc(code)) return null;
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
    gathered[count++] = token;
    beforePrev = prev;
    prev = token;
    prevEnd = i;
  }
  return gathered.slice(0, count);
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
