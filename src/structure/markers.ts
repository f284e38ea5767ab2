// The numbering grammar of ND30: which marker a line opens with. A marker's kind comes from its form, never from
// indentation; whether a marker really opens a node is decided by the builder, which knows the sequence.

import type {NodeKind} from '../model/plan.js';
import {pointLetterIndex} from './point-letters.js';
import {romanValue} from './roman.js';
import {LETTER, NUMBER, UPPER} from '../text/letter-classes.js';

export interface LineMarker {
  kind: NodeKind;
  /** As printed, without punctuation: "III", "2", "1.1", "a", "-", "+". */
  marker: string;
  /** Position in its sequence: the numeral's value, the letter's index (-1 outside the alphabet), 0 for bullets. */
  ordinal: number;
  /** Depth in the hierarchy: smaller ranks contain larger ones. */
  rank: number;
  /** Text after the marker. */
  rest: string;
}

export const RANK: Record<string, number> = {
  part: 1, chapter: 2, section: 3, article: 4, item: 5, subitem: 6, point: 7, bullet: 8, subbullet: 9,
};

const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};

// The u flag only where a pattern needs it (\p{…}): in unicode mode "(.*)$" walks the rest of a line code point
// by code point, at twice the cost, and every line of a document meets one of these patterns.
const PART = new RegExp(String.raw`^(?:PHẦN|Phần)\s+(?:(?:THỨ|thứ)\s+([${LETTER}]+)|([IVX]+|\d{1,2}))(?![${LETTER}${NUMBER}])\s*[.:\-–]?\s*(.*)$`, 'u');
const STARTS_UPPER = new RegExp(String.raw`^[${UPPER}]`, 'u');
const LETTER_PART = /^([A-HK])\s?[.\-–](?:\s+(.*))?$/;
const CHAPTER = new RegExp(String.raw`^(?:CHƯƠNG|Chương)\s+([IVX]+|\d{1,2})(?![${LETTER}${NUMBER}])\s*[.:\-–]?\s*(.*)$`, 'u');
const DIVISION = /^(?:MỤC|Mục)\s+(\d{1,2})(?!\d)\s*[.:\-–]?\s*(.*)$/;
const ARTICLE = /^(?:ĐIỀU|Điều)\s+(\d{1,3}[a-z]?)\s*(?:[.:]\s*(.*))?$/;
// Word-segmented copies mangle case ("Ii ."): a numeral that starts in capitals counts.
const ROMAN = /^([IVX][IVXivx]{0,5})\s?[.\-–:)]\s*(.*)$/;
const SUBITEM = /^([1-9]\d?(?:\.(?:[1-9]\d?))+)(?:\s?[.:)])?(?:\s+(.*))?$/;
const ITEM = /^([1-9]\d{0,2})\s?[.)](?!\d)\s*(.*)$/;
// "a)", "b )", or "c." before a space.
const POINT = /^([a-zđ])(?:\s?\)\s*|\.\s+)(.*)$/;
const BULLET = /^[-–—•●▪]\s*(.*)$/;
const SUBBULLET = /^\+\s*(.*)$/;

/** The marker a line opens with, or null for a line of plain text. */
export function lineMarker(text: string): LineMarker | null {
  // Each form opens with characters of its own: the first character picks the patterns worth trying, in the
  // order of the grammar. Most lines are plain text and try one pattern or none.
  // Character codes, not one-letter strings: a switch over numbers is a jump, over strings a row of comparisons.
  const first = text.charCodeAt(0);
  switch (first) {
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: case 0x38: case 0x39:
      // Digits: items and sub-items, the commonest markers.
      return numbered(text);
    case 0x2d: case 0x2013: case 0x2014: case 0x2022: case 0x25cf: case 0x25aa: { // - – — • ● ▪
      const bullet = BULLET.exec(text);
      return bullet && {kind: 'bullet', marker: '-', ordinal: 0, rank: RANK.bullet!, rest: bullet[1]!};
    }
    case 0x2b: { // +
      const sub = SUBBULLET.exec(text);
      return sub && {kind: 'bullet', marker: '+', ordinal: 0, rank: RANK.subbullet!, rest: sub[1]!};
    }
    case 0x49: case 0x56: case 0x58: { // I V X
      const roman = ROMAN.exec(text);
      const value = roman ? romanValue(roman[1]!) : 0;
      return value > 0 ? {kind: 'section', marker: roman![1]!.toUpperCase(), ordinal: value, rank: RANK.section!, rest: roman![2]!} : null;
    }
    case 0x110: { // Đ
      const article = ARTICLE.exec(text);
      return article && {kind: 'article', marker: article[1]!, ordinal: parseInt(article[1]!, 10), rank: RANK.article!, rest: article[2] ?? ''};
    }
    case 0x50: { // P
      const part = PART.exec(text);
      if (!part) return null;
      const ordinal = part[1] ? (ORDINAL_WORDS[part[1].toLowerCase()] ?? 0) : romanValue(part[2]!) || Number(part[2]);
      return {kind: 'part', marker: part[1] ? `thứ ${part[1]}` : part[2]!, ordinal, rank: RANK.part!, rest: part[3]!};
    }
    case 0x43: { // C
      const chapter = CHAPTER.exec(text);
      if (!chapter) return letterPart(text);
      const ordinal = romanValue(chapter[1]!) || Number(chapter[1]);
      return {kind: 'chapter', marker: chapter[1]!, ordinal, rank: RANK.chapter!, rest: chapter[2]!};
    }
    case 0x4d: { // M
      const division = DIVISION.exec(text);
      return division && {kind: 'section', marker: division[1]!, ordinal: Number(division[1]), rank: RANK.section!, rest: division[2]!};
    }
    case 0x41: case 0x42: case 0x44: case 0x45: case 0x46: case 0x47: case 0x48: case 0x4b: // A B D E F G H K
      return letterPart(text);
    default: {
      if ((first < 0x61 || first > 0x7a) && first !== 0x111) return null; // points: a–z, đ
      const point = POINT.exec(text);
      return point && {kind: 'point', marker: point[1]!, ordinal: pointLetterIndex(point[1]!), rank: RANK.point!, rest: point[2]!};
    }
  }
}

function numbered(text: string): LineMarker | null {
  const sub = SUBITEM.exec(text);
  if (sub && (sub[2] === undefined || sub[2] !== '')) {
    const parts = sub[1]!.split('.');
    return {kind: 'subitem', marker: sub[1]!, ordinal: Number(parts.at(-1)), rank: RANK.subitem! + (parts.length - 2) / 10, rest: sub[2] ?? ''};
  }
  const item = ITEM.exec(text);
  return item && {kind: 'item', marker: item[1]!, ordinal: Number(item[1]), rank: RANK.item!, rest: item[2]!};
}

function letterPart(text: string): LineMarker | null {
  const part = LETTER_PART.exec(text);
  if (!part || (part[2] !== undefined && !STARTS_UPPER.test(part[2]))) return null;
  const letter = part[1]!;
  return {kind: 'part', marker: letter, ordinal: letter.charCodeAt(0) - 64, rank: RANK.part!, rest: part[2] ?? ''};
}
