// The numbering grammar of ND30: which marker a line opens with. A marker's kind comes from its form, never from
// indentation; whether a marker really opens a node is decided by the builder, which knows the sequence.

import type {NodeKind} from '../model/plan.js';
import {pointLetterIndex} from './point-letters.js';
import {romanValue} from './roman.js';

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

const PART = /^(?:PHẦN|Phần)\s+(?:(?:THỨ|thứ)\s+(\p{L}+)|([IVX]+|\d{1,2}))(?![\p{L}\p{N}])\s*[.:\-–]?\s*(.*)$/u;
const LETTER_PART = /^([A-HK])\s?[.\-–](?:\s+(.*))?$/u;
const CHAPTER = /^(?:CHƯƠNG|Chương)\s+([IVX]+|\d{1,2})(?![\p{L}\p{N}])\s*[.:\-–]?\s*(.*)$/u;
const DIVISION = /^(?:MỤC|Mục)\s+(\d{1,2})(?!\d)\s*[.:\-–]?\s*(.*)$/u;
const ARTICLE = /^(?:ĐIỀU|Điều)\s+(\d{1,3}[a-z]?)\s*(?:[.:]\s*(.*))?$/u;
// Word-segmented copies mangle case ("Ii ."): a numeral that starts in capitals counts.
const ROMAN = /^([IVX][IVXivx]{0,5})\s?[.\-–:)]\s*(.*)$/;
const SUBITEM = /^([1-9]\d?(?:\.(?:[1-9]\d?))+)(?:\s?[.:)])?(?:\s+(.*))?$/;
const ITEM = /^([1-9]\d{0,2})\s?[.)](?!\d)\s*(.*)$/;
const POINT = /^([a-zđ])\s?\)\s*(.*)$/u;
const POINT_DOT = /^([a-zđ])\.\s+(.*)$/u;
const BULLET = /^[-–—•●▪]\s*(.*)$/u;
const SUBBULLET = /^\+\s*(.*)$/;

/** The marker a line opens with, or null for a line of plain text. */
export function lineMarker(text: string): LineMarker | null {
  const first = text.charCodeAt(0);
  // Digits: items and sub-items (the commonest markers, tested first).
  if (first >= 48 && first <= 57) {
    const sub = SUBITEM.exec(text);
    if (sub && (sub[2] === undefined || sub[2] !== '')) {
      const parts = sub[1]!.split('.');
      return {kind: 'subitem', marker: sub[1]!, ordinal: Number(parts.at(-1)), rank: RANK.subitem! + (parts.length - 2) / 10, rest: sub[2] ?? ''};
    }
    const item = ITEM.exec(text);
    if (item) return {kind: 'item', marker: item[1]!, ordinal: Number(item[1]), rank: RANK.item!, rest: item[2]!};
    return null;
  }
  const bullet = BULLET.exec(text);
  if (bullet) return {kind: 'bullet', marker: '-', ordinal: 0, rank: RANK.bullet!, rest: bullet[1]!};
  const sub = SUBBULLET.exec(text);
  if (sub) return {kind: 'bullet', marker: '+', ordinal: 0, rank: RANK.subbullet!, rest: sub[1]!};
  const point = POINT.exec(text) ?? POINT_DOT.exec(text);
  if (point) {
    return {kind: 'point', marker: point[1]!, ordinal: pointLetterIndex(point[1]!), rank: RANK.point!, rest: point[2]!};
  }
  const roman = ROMAN.exec(text);
  if (roman) {
    const value = romanValue(roman[1]!);
    if (value > 0) return {kind: 'section', marker: roman[1]!.toUpperCase(), ordinal: value, rank: RANK.section!, rest: roman[2]!};
  }
  const article = ARTICLE.exec(text);
  if (article) {
    return {kind: 'article', marker: article[1]!, ordinal: parseInt(article[1]!, 10), rank: RANK.article!, rest: article[2] ?? ''};
  }
  const part = PART.exec(text);
  if (part) {
    const ordinal = part[1] ? (ORDINAL_WORDS[part[1].toLowerCase()] ?? 0) : romanValue(part[2]!) || Number(part[2]);
    return {kind: 'part', marker: part[1] ? `thứ ${part[1]}` : part[2]!, ordinal, rank: RANK.part!, rest: part[3]!};
  }
  const chapter = CHAPTER.exec(text);
  if (chapter) {
    const ordinal = romanValue(chapter[1]!) || Number(chapter[1]);
    return {kind: 'chapter', marker: chapter[1]!, ordinal, rank: RANK.chapter!, rest: chapter[2]!};
  }
  const division = DIVISION.exec(text);
  if (division) {
    return {kind: 'section', marker: division[1]!, ordinal: Number(division[1]), rank: RANK.section!, rest: division[2]!};
  }
  const letterPart = LETTER_PART.exec(text);
  if (letterPart && (letterPart[2] === undefined || /^\p{Lu}/u.test(letterPart[2]))) {
    const letter = letterPart[1]!;
    return {kind: 'part', marker: letter, ordinal: letter.charCodeAt(0) - 64, rank: RANK.part!, rest: letterPart[2] ?? ''};
  }
  return null;
}
