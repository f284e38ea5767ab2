// The place part printed after a province-level body: "tỉnh", "thành phố Cần Thơ", "Thành ủy", "khu vực XI", "Đắk Lắk".
import type {Lexicon} from './lexicon.js';
import type {TokenList} from './token-list.js';

export type LocalityKind = 'admin' | 'party' | 'region' | 'province';

export interface Locality {
  kind: LocalityKind;
  end: number;
  /** As the name should show it: "tỉnh", "thành phố Cần Thơ", "Thành ủy", "khu vực XI", "Đắk Lắk". */
  display: string;
  /** An admin or party word followed by a province name. */
  named: boolean;
}

const toneless = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const REGION_NUMBER = /^(?:[ivxlc]+|\d+)$/i;

// Keys come from a small vocabulary: each is checked once.
const MEMO_LIMIT = 10_000;
const tinhKeys = new Map<string, boolean>();

/** "tỉnh", or a slip of its tone ("tính", "tinh"). */
function spellsTinh(key: string): boolean {
  let yes = tinhKeys.get(key);
  if (yes === undefined) {
    if (tinhKeys.size >= MEMO_LIMIT) tinhKeys.clear();
    yes = toneless(key) === 'tinh';
    tinhKeys.set(key, yes);
  }
  return yes;
}

function province(tokens: TokenList, i: number, lex: Lexicon): {end: number; name: string} | null {
  if (!tokens.get(i)?.upper) return null;
  const hit = lex.localities.longest(tokens, i, 'soft');
  return hit ? {end: hit.end, name: hit.values[0]!} : null;
}

export function parseLocality(tokens: TokenList, i: number, lex: Lexicon): Locality | null {
  const a = tokens.get(i);
  if (!a?.word) return null;
  const b = tokens.get(i + 1);
  // Keys are single words: a two-word place is read word by word.
  const second = b?.word ? b.key : null;
  if ((a.key === 'tỉnh' || a.key === 'thành') && second === 'ủy') {
    const word = a.key === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy';
    const p = province(tokens, i + 2, lex);
    return {kind: 'party', end: p ? p.end : i + 2, display: p ? `${word} ${p.name}` : word, named: p !== null};
  }
  if (a.key === 'khu' && second === 'vực' && tokens.get(i + 2)?.word && REGION_NUMBER.test(tokens.get(i + 2)!.text)) {
    return {kind: 'region', end: i + 3, display: `khu vực ${tokens.get(i + 2)!.text.toUpperCase()}`, named: true};
  }
  // "tính" for "tỉnh" is a common slip of the tone key; after a body's name it can only mean the province.
  const word = spellsTinh(a.key) ? 'tỉnh'
    : a.key === 'thành' && second === 'phố' ? 'thành phố'
    : a.key === 'thủ' && second === 'đô' ? 'thủ đô'
    : null;
  if (word) {
    const next = i + word.split(' ').length;
    const p = province(tokens, next, lex);
    return {kind: 'admin', end: p ? p.end : next, display: p ? `${word} ${p.name}` : word, named: p !== null};
  }
  const p = province(tokens, i, lex);
  return p ? {kind: 'province', end: p.end, display: p.name, named: true} : null;
}
