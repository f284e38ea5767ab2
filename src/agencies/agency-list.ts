// Reads a run of agencies joined by commas, semicolons and "và": "Sở A, Sở B và các cơ quan liên quan".
import type {AgencyRef} from '../model/plan.js';
import type {Lexicon} from './lexicon.js';
import {matchAgencyAt} from './match-agency.js';
import {TokenList} from './token-list.js';

export interface AgencyList {
  refs: AgencyRef[];
  end: number;
}

// A parenthesis that enumerates a class is short: "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý …)".
const MAX_WORDS_BEFORE_PAREN = 6;
const MAX_PAREN_TOKENS = 80;
const SEPARATORS = new Set([',', ';', '-', '–', '/']);

function closingParen(tokens: TokenList, open: number): number {
  for (let k = open + 1; k <= open + MAX_PAREN_TOKENS; k++) {
    const t = tokens.get(k);
    if (t === undefined) break;
    if (t.text === ')') return k;
    if (t.text === '(') return -1;
  }
  return -1;
}

/**
 * A parenthesis after an agency. If it lists bodies, they are returned (they name the members of a class before
 * it); any other parenthesis right after a name ("(cơ quan thường trực)") is stepped over.
 */
function parenthesis(tokens: TokenList, j: number, lex: Lexicon, afterClass: boolean): {refs: AgencyRef[]; end: number} | null {
  let open = j;
  const limit = afterClass ? MAX_WORDS_BEFORE_PAREN : 0;
  while (open - j < limit && tokens.get(open)?.word) open++;
  if (tokens.get(open)?.text !== '(') return null;
  const close = closingParen(tokens, open);
  if (close < 0) return null;
  const inner = parseAgencyList(new TokenList(tokens.slice(0, close)), open + 1, lex);
  const bodies = inner.refs.filter((r) => r.kind === 'body');
  if (bodies.length > 0) return {refs: bodies, end: close + 1};
  return open === j ? {refs: [], end: close + 1} : null;
}

// The last list read: a point's subject is read for the point and again for its roles, from the same tokens
// (tokensOf keeps the last text's).
const last: {tokens: TokenList | null; i: number; lex: Lexicon | null; list: AgencyList} = {
  tokens: null,
  i: 0,
  lex: null,
  list: {refs: [], end: 0},
};

/** The run of agencies at `i`. The list returned may be shared with the caller before: no one may change it. */
export function parseAgencyList(tokens: TokenList, i: number, lex: Lexicon): AgencyList {
  if (tokens !== last.tokens || i !== last.i || lex !== last.lex) {
    last.list = readAgencyList(tokens, i, lex);
    last.tokens = tokens;
    last.i = i;
    last.lex = lex;
  }
  return last.list;
}

function readAgencyList(tokens: TokenList, i: number, lex: Lexicon): AgencyList {
  const refs: AgencyRef[] = [];
  let end = i;
  let j = i;
  for (;;) {
    const m = matchAgencyAt(tokens, j, lex);
    if (!m) break;
    let found = m.refs;
    j = m.end;
    const isClass = found.length === 1 && found[0]!.kind === 'class';
    const paren = parenthesis(tokens, j, lex, isClass);
    if (paren) {
      if (paren.refs.length > 0) found = isClass ? paren.refs : [...found, ...paren.refs];
      j = paren.end;
    }
    refs.push(...found);
    end = j;
    if (SEPARATORS.has(tokens.get(j)?.text ?? '')) j++;
    if (tokens.get(j)?.key === 'và' || tokens.get(j)?.key === 'cùng') j++;
    if (j === end) break;
  }
  return {refs, end};
}
