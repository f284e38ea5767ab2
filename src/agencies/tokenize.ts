// Splits text into word and punctuation tokens, read from its NFC form.
import {spellingOf} from './spellings.js';
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

// Letters, combining marks and digits make words: ASCII letters and digits, and above ASCII the Latin letters and
// marks (all of Vietnamese) and every other script, but not the punctuation and space blocks (U+2000–U+2BFF,
// U+3000–U+303F), a few Latin-1 signs and the byte-order mark. Words and spaces are found by sticky regexps: the
// scan runs on every task's text.
const WORD = /[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2fff\u3040-\ufefe\uff00-\uffff]+/y;
// Spaces, and markup and word-segmentation debris read as spaces: "**Sở**", "Sở_Y_tế". A "|" stays: it ends a table cell.
const SPACES = /[\t-\r \u00a0\u2000-\u200b\u202f\u3000_*`#\\]*/y;

// Characters that leave a text in NFC whatever stands around them: below U+0300, Latin Extended Additional
// (Vietnamese letters with their tone marks) and general punctuation after U+2001 are precomposed and combine with
// nothing (test/agencies/tokenize.test.ts checks every pair). Anything else may need normalize().
const PLAIN = '\\u0000-\\u02ff\\u1e00-\\u1eff\\u2002-\\u206f';
// Anchored at both ends: a run of plain characters is read faster than a search for one that is not.
const ALL_PLAIN = new RegExp(`^[${PLAIN}]*$`);
// A scanner checks the text ahead of the tokens it reads, a stretch at a time. Most texts are read for their first
// words only: the first stretch is short, and each next one twice as long, up to 256 characters.
const PLAIN_RUNS = [32, 64, 128, 256].map((n) => new RegExp(`[${PLAIN}]{0,${n}}`, 'y'));

/** Whether the text is in NFC as it stands, judged by its characters alone. */
export function isPlainNfc(text: string): boolean {
  return ALL_PLAIN.test(text);
}

/** A text's tokens, read as they are asked for. */
export function tokenList(input: string): TokenList {
  return new TokenList([], new Scanner(input));
}

/** A text's tokens, all of them. */
export function tokenize(input: string): readonly Token[] {
  return tokenList(input).all();
}

/**
 * Reads a text one token at a time. Documents are decoded to NFC, so the text is read as it stands while its
 * characters show that it is in NFC, through the one after the token read. At the first that may not be (a
 * combining mark), the text is normalized from the plain character before it on: no token read so far reaches it.
 */
export class Scanner implements TokenSource {
  private i = 0;
  private prevEnd = -1;
  // The two tokens before the current one: a word glues to "-" or "/" printed right after a word.
  private prev: Token | undefined;
  private beforePrev: Token | undefined;
  /** text[0, plainEnd) is known to be in NFC as it stands. */
  private plainEnd = 0;
  /** How many stretches have been checked. */
  private stretches = 0;

  constructor(private text: string) {}

  read(into: Token[]): boolean {
    const token = this.next();
    if (token === undefined) return false;
    into.push(token);
    return true;
  }

  /** The next token, or undefined at the end of the text. */
  next(): Token | undefined {
    const text = this.text;
    SPACES.lastIndex = this.i;
    SPACES.test(text);
    const start = SPACES.lastIndex;
    if (start >= text.length) return undefined;
    WORD.lastIndex = start;
    const word = WORD.test(text);
    const end = word ? WORD.lastIndex : start + 1;
    // The text was normalized from inside the token: read it again.
    if (!this.plainThrough(end)) return this.next();
    const spelling = spellingOf(text.slice(start, end), word);
    const prev = this.prev;
    const spaceBefore = start !== this.prevEnd;
    const glued = word && !spaceBefore && prev !== undefined && (prev.text === '-' || prev.text === '/') &&
      !prev.spaceBefore && this.beforePrev !== undefined && this.beforePrev.word;
    const token = glued ? spelling.glued : spaceBefore ? spelling.spaced : spelling.tight;
    this.beforePrev = prev;
    this.prev = token;
    this.prevEnd = this.i = end;
    return token;
  }

  /**
   * Whether text[0, end] keeps NFC as it stands. If a character up to `end` may not, the text is normalized from the
   * plain character before it on, and the answer is false.
   */
  private plainThrough(end: number): boolean {
    const text = this.text;
    while (this.plainEnd <= end && this.plainEnd < text.length) {
      const plainRun = PLAIN_RUNS[Math.min(this.stretches++, PLAIN_RUNS.length - 1)]!;
      plainRun.lastIndex = this.plainEnd;
      plainRun.test(text);
      const run = plainRun.lastIndex;
      if (run === this.plainEnd) {
        const from = Math.max(run - 1, 0);
        this.text = text.slice(0, from) + text.slice(from).normalize('NFC');
        this.plainEnd = Infinity;
        return false;
      }
      this.plainEnd = run;
    }
    return true;
  }
}

// Printed right after the token before them; all are one character long.
const TIGHT = new Set([',', ';', ':', ')', '.']);

/** Joins tokens back into text with the spacing they were printed with: `raw` gives the source, else the display. */
export function joinTokens(tokens: readonly Token[], field: 'text' | 'raw' = 'text'): string {
  let out = '';
  for (const t of tokens) {
    const s = t[field];
    if (s === '') continue;
    out += out === '' || !t.spaceBefore || (s.length === 1 && TIGHT.has(s)) ? s : ' ' + s;
  }
  return out;
}
