// Splits text into word and punctuation tokens that keep their place in the (NFC) text.
import {foldWord} from './fold-word.js';

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
  /** Span in the NFC text. */
  start: number;
  end: number;
  spaceBefore: boolean;
  /** Glued to a symbol before it ("KH-UBND", "QĐ/TTg"): part of a document number, not a name. */
  glued: boolean;
}

// Markup and word-segmentation debris read as spaces: "**Sở**", "Sở_Y_tế". A "|" stays: it ends a table cell.
const DEBRIS = /[_*`#\\]/g;
const TOKEN = /([\p{L}\p{M}\p{N}]+)|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(input: string): Token[] {
  const text = input.normalize('NFC').replace(DEBRIS, ' ');
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const word = m[1] !== undefined;
    const spaceBefore = start !== prevEnd;
    const prev = tokens[tokens.length - 1];
    const beforePrev = tokens[tokens.length - 2];
    const glued =
      word && !spaceBefore && prev !== undefined && (prev.text === '-' || prev.text === '/') &&
      !prev.spaceBefore && beforePrev !== undefined && beforePrev.word;
    tokens.push({
      text: raw,
      raw,
      key: word ? foldWord(raw) : raw,
      word,
      upper: word && raw[0] !== raw[0]!.toLowerCase(),
      start,
      end: start + raw.length,
      spaceBefore,
      glued,
    });
    prevEnd = start + raw.length;
  }
  return tokens;
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
