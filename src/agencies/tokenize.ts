// Splits text into word and punctuation tokens, read from its NFC form.
import {mixHash, spellingAt} from './spellings.js';
import {TokenList} from './token-list.js';

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
const PLAIN = '\\u0000-\\u02ff\\u1e00-\\u1eff\\u2002-\\u206f';
const MAY_NEED_NFC = new RegExp(`[^${PLAIN}]`);
// A scanner checks the text this far ahead at a time.
const PLAIN_RUN = new RegExp(`[${PLAIN}]{0,256}`, 'y');

/** Whether the text is in NFC as it stands, judged by its characters alone. */
export function isPlainNfc(text: string): boolean {
  return !MAY_NEED_NFC.test(text);
}

/** A text's tokens, read as they are asked for. */
export function tokenList(input: string): TokenList {
  const scanner = new Scanner(input);
  return new TokenList([], (into) => scanner.read(into));
}

/** A text's tokens, all of them. */
export function tokenize(input: string): readonly Token[] {
  return tokenList(input).all();
}

/**
 * Reads a text one token at a time. Documents are decoded to NFC, so the text is read as it stands while its
 * characters show that it is in NFC, a stretch ahead of the token being read. At the first one that may not be (a
 * combining mark), the text is normalized from the plain character before it on: no token read so far reaches it.
 */
class Scanner {
  private i = 0;
  private prevEnd = -1;
  // The two tokens before the current one: a word glues to "-" or "/" printed right after a word.
  private prev: Token | undefined;
  private beforePrev: Token | undefined;
  /** text[0, plainEnd) is known to be in NFC as it stands. */
  private plainEnd = 0;

  constructor(private text: string) {}

  read(into: Token[]): boolean {
    let i = this.i;
    let code = this.codeAt(i);
    while (code >= 0 && isSpace(code)) code = this.codeAt(++i);
    if (code < 0) {
      this.i = i;
      return false;
    }
    const start = i;
    const word = isWordChar(code);
    let hash = 0;
    if (word) {
      do {
        hash = mixHash(hash, code);
        code = this.codeAt(++i);
      } while (code >= 0 && isWordChar(code));
    } else {
      hash = mixHash(hash, code);
      i++;
      // A surrogate pair is one symbol.
      if (code >= 0xd800 && code <= 0xdbff) hash = mixHash(hash, this.codeAt(i++));
    }
    const spelling = spellingAt(this.text, start, i, hash, word);
    const prev = this.prev;
    const spaceBefore = start !== this.prevEnd;
    const glued = word && !spaceBefore && prev !== undefined && (prev.text === '-' || prev.text === '/') &&
      !prev.spaceBefore && this.beforePrev !== undefined && this.beforePrev.word;
    const token = glued ? spelling.glued : spaceBefore ? spelling.spaced : spelling.tight;
    into.push(token);
    this.beforePrev = prev;
    this.prev = token;
    this.prevEnd = this.i = i;
    return true;
  }

  /** The code unit at `k` (no position before one read already), or -1 past the end; the one after it is plain too. */
  private codeAt(k: number): number {
    if (k + 1 >= this.plainEnd) this.checkAhead();
    return k < this.text.length ? this.text.charCodeAt(k) : -1;
  }

  private checkAhead(): void {
    const text = this.text;
    if (this.plainEnd >= text.length) return;
    PLAIN_RUN.lastIndex = this.plainEnd;
    PLAIN_RUN.test(text);
    const end = PLAIN_RUN.lastIndex;
    if (end - this.plainEnd < 256 && end < text.length) {
      const from = Math.max(end - 1, 0);
      this.text = text.slice(0, from) + text.slice(from).normalize('NFC');
      this.plainEnd = Infinity;
    } else {
      this.plainEnd = end;
    }
  }
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
