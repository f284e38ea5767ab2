// Shared pieces of the deadline and citation extractors: a matching form of the text that keeps every index of
// the original (so a match can be cut from the text as printed), fast scans for their word-bound patterns, the date
// grammar, and calendar arithmetic.

import {LETTER} from '../text/letter-classes.js';

/** Characters that only get in the way of matching: markdown emphasis, word-segmentation underscores, odd spaces. */
const NOISE = /[_*\u00a0\t\r\u2000-\u200b\u2010-\u2015\u202f\u3000]/g;
const COMBINING_MARK = /[\u0300-\u036f]/;
// Most texts need neither NFC nor a noise replacement. Every combining mark and noise character is in this simple
// class, which V8 tests several times faster than NOISE's, or is one of four characters, which a string search finds
// faster still.
const MAY_BE_UNUSUAL = /[\u00a0\u0300-\u036f\u2000-\u3000]/;
const mayHoldMarkdown = (text: string) =>
  text.includes('_') || text.includes('*') || text.includes('\t') || text.includes('\r');

/** The two forms of a text the extractors work on. */
export interface Forms {
  /** What matches are cut from and reported as printed. */
  printed: string;
  /** What the patterns run on. */
  folded: string;
}

// What the extractors have learnt of a text. They read one node's text in turn (deadlines, then citations), so
// what is known of the last text is kept rather than learnt again.
interface Known {
  text: string;
  digit?: boolean;
  printed?: string;
  forms?: Forms;
}
let known: Known = {text: ''};
const about = (text: string): Known => (known.text === text ? known : (known = {text}));

const DIGIT = /\d/;

/** Whether the text holds a digit, as every numbered phrase does: the extractors' cheapest gate. */
export function hasDigit(text: string): boolean {
  const facts = about(text);
  return (facts.digit ??= DIGIT.test(text));
}

/** The forms of a text. */
export function formsOf(text: string): Forms {
  const facts = about(text);
  if (facts.forms === undefined) {
    const unusual = MAY_BE_UNUSUAL.test(text);
    const printed = unusual ? printedForm(text) : text;
    facts.forms = {printed, folded: matchingForm(printed, unusual || mayHoldMarkdown(printed))};
  }
  return facts.forms;
}

/**
 * The text the extractors report from: NFC, so that printed phrases and matches share indices. Only text that
 * arrives decomposed is re-normalised (NFC can change its length).
 */
export function printedForm(text: string): string {
  const facts = about(text);
  return (facts.printed ??= COMBINING_MARK.test(text) ? text.normalize('NFC') : text);
}

/**
 * Lower case with noise turned into spaces (dashes into "-"), index for index the same as `printed`, so a
 * match at [start, end) in the result is the phrase printed at [start, end). Not `noisy`: known to hold no noise.
 */
function matchingForm(printed: string, noisy: boolean): string {
  const spaced = noisy ? printed.replace(NOISE, (ch) => (ch >= '\u2010' && ch <= '\u2015' ? '-' : ' ')) : printed;
  const lower = spaced.toLowerCase();
  if (lower.length === spaced.length) return lower;
  // A few characters (İ) lower-case into two code units; keep those as they are to preserve indices.
  let out = '';
  for (const ch of spaced) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const LETTER_BEFORE = new RegExp(String.raw`(?<=[${LETTER}])`, 'uy');

/** Whether a letter stands right before `index`: there a word-bound pattern may not start. */
export function afterLetter(text: string, index: number): boolean {
  if (index === 0) return false;
  // Mostly a space or punctuation, told without a regex call.
  const code = text.charCodeAt(index - 1);
  if (code < 128) return isAsciiLetter(code);
  LETTER_BEFORE.lastIndex = index;
  return LETTER_BEFORE.test(text);
}

/** Whether a letter or a digit stands right before `index`. */
export const afterLetterOrDigit = (text: string, index: number): boolean =>
  isAsciiDigit(text.charCodeAt(index - 1)) || afterLetter(text, index);

/**
 * The next match of the global `pattern` from its lastIndex that does not start right after what `notAfter` tells
 * (one of the two above): the match of `(?<!…)pattern`. V8 evaluates a leading lookbehind at every position of the
 * text before the first character can reject that position, which made the big patterns several times slower on
 * long paragraphs; here the lookbehind only runs where the rest matched. Every pattern starts with a character of
 * the Basic Multilingual Plane, so a retry one code unit on stays on a code point boundary.
 */
export function execNotAfter(
  pattern: RegExp,
  notAfter: (text: string, index: number) => boolean,
  text: string,
): RegExpExecArray | null {
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (!notAfter(text, m.index)) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/** The first match of `pattern` in the whole text, as execNotAfter finds it. */
export function firstNotAfter(
  pattern: RegExp,
  notAfter: (text: string, index: number) => boolean,
  text: string,
): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return execNotAfter(pattern, notAfter, text);
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);
const isWordChar = (code: number) => code >= 128 || isAsciiLetter(code);

function spacesBefore(text: string, index: number): number {
  while (index > 0 && isSpace(text.charCodeAt(index - 1))) index--;
  return index;
}

/**
 * The earliest start of a phrase of at most `words` words that ends at `index`, spaces and a colon before `index`
 * included ("Kế hoạch số: 12/…"). A lower bound: only ASCII whitespace separates words and only ASCII
 * punctuation or a digit ends the phrase, so a word of the patterns (letters) is never split or cut short.
 */
function phraseStartBefore(text: string, index: number, words: number): number {
  let i = spacesBefore(text, index);
  if (text.charCodeAt(i - 1) === 58 /* : */) i = spacesBefore(text, i - 1);
  let start = i;
  for (let word = 0; word < words; word++) {
    let wordStart = i;
    while (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === i) break;
    start = wordStart;
    i = spacesBefore(text, wordStart);
    if (i === wordStart) break;
  }
  return start;
}

/**
 * The next match of `pattern` as execNotAfter finds it, for a pattern whose every match holds a match of `anchor`
 * (global) at most `words` words after its start, spaces and a colon between them included: the first anchor at or
 * after the match's start is that close. The pattern starts from the earliest place before the next anchor, so it
 * skips the long stretches of text without one, which it would otherwise try position by position.
 */
export function execNear(
  pattern: RegExp,
  anchor: RegExp,
  words: number,
  notAfter: (text: string, index: number) => boolean,
  text: string,
): RegExpExecArray | null {
  anchor.lastIndex = pattern.lastIndex;
  const next = anchor.exec(text);
  if (next === null) return null;
  pattern.lastIndex = Math.max(pattern.lastIndex, phraseStartBefore(text, next.index, words));
  return execNotAfter(pattern, notAfter, text);
}

// Day and month numbers tolerate the scraper's split digits ("tháng 0 6") and never run into a following digit.
const DAY = String.raw`(0\s?[1-9]|[12]\d|3[01]|[1-9])(?!\d)`;
const MONTH = String.raw`(0\s?[1-9]|1[0-2]|[1-9])(?!\d)`;
const YEAR = String.raw`((?:19|20)\d\d)(?!\d)`;
const SLASH = String.raw`\s?[/-]\s?`;

/** "06 tháng 11 năm 2018" or "06/11/2018" after "ngày": groups day, month, year (one of the two triples). */
export const FULL_DATE_SOURCE = String.raw`${DAY}\s*tháng\s*${MONTH}\s*năm\s*${YEAR}|${DAY}${SLASH}${MONTH}${SLASH}${YEAR}`;

/** The first defined group from `from` on, in threes: [day, month, year] of a FULL_DATE_SOURCE match. */
export function fullDateOf(groups: ArrayLike<string | undefined>, from: number): string | null {
  for (let i = from; i < from + 6; i += 3) {
    if (groups[i] !== undefined) return isoDate(numberOf(groups[i + 2]), numberOf(groups[i + 1]), numberOf(groups[i]));
  }
  return null;
}

export const DAY_SOURCE = DAY;
export const MONTH_SOURCE = MONTH;
export const YEAR_SOURCE = YEAR;
export const SLASH_SOURCE = SLASH;

const SPACES = /\s/g;

/** A captured number, split digits joined ("0 6" → 6). */
export function numberOf(digits: string | undefined): number {
  if (digits === undefined) return NaN;
  // Digits are rarely split, and a split number reads as NaN: only then is it joined.
  const number = Number(digits);
  return Number.isNaN(number) ? Number(digits.replace(SPACES, '')) : number;
}

/** The last day of a month (1-12) of the Gregorian calendar. */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad = (n: number) => (n < 10 ? '0' + n : String(n));

/** ISO date, or null when the day does not exist ("31/2"). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && year >= 1900 && year <= 2199)) return null;
  if (day > lastDayOfMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ROMAN_QUARTERS: Record<string, number> = {i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4};

/** 1-4 from "I", "iv", "3"; NaN otherwise. */
export function quarterOf(marker: string): number {
  return ROMAN_QUARTERS[marker.toLowerCase()] ?? NaN;
}
