// Splits text into word and punctuation tokens that keep their place in the (NFC) text.
import {foldWord} from './fold-word.js';

export interface Token {
  /** The token as printed (for an expanded abbreviation: the word of the expansion). */
  text: string;
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

// Markup and word-segmentation debris read as spaces: "**Sở**", "Sở_Y_tế", "| Sở |".
const DEBRIS = /[_*`#|\\]/g;
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(input: string): Token[] {
  const text = input.normalize('NFC').replace(DEBRIS, ' ');
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const word = /^[\p{L}\p{M}\p{N}]/u.test(raw);
    const spaceBefore = start !== prevEnd;
    const prev = tokens[tokens.length - 1];
    const beforePrev = tokens[tokens.length - 2];
    const glued =
      word && !spaceBefore && prev !== undefined && (prev.text === '-' || prev.text === '/') &&
      !prev.spaceBefore && beforePrev !== undefined && beforePrev.word;
    tokens.push({
      text: raw,
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

/** Joins tokens back into display text, with the spacing they were printed with. */
export function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    const tight = t.text === ',' || t.text === ';' || t.text === ':' || t.text === ')' || t.text === '.';
    out += out === '' || !t.spaceBefore || tight ? t.text : ' ' + t.text;
  }
  return out;
}
