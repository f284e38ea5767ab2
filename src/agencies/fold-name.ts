// The matching key of a Vietnamese name: case, spacing, Unicode form, tone placement and markup debris fold away.
import {tokenize} from './tokenize.js';

/** The matching key of a name: its words folded, joined by single spaces; punctuation other than "&" drops out. */
export function foldName(s: string): string {
  return tokenize(s)
    .filter((t) => t.word || t.text === '&')
    .map((t) => t.key)
    .join(' ');
}

/** ASCII slug of a name, used as the id of bodies the registry does not know. */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
