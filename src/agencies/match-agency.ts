// Recognises one agency (or a distributive list such as "các Tạp chí: A, B") at a token position.
import type {AgencyRef} from '../model/plan.js';
import {slugify} from './fold-name.js';
import type {BodyKey, Ending, Lexicon} from './lexicon.js';
import {parseLocality, type Locality, type LocalityKind} from './locality.js';
import type {AgencyEntry} from './registry-data.js';
import {TokenList} from './token-list.js';
import {joinTokens, type Token} from './tokenize.js';

export interface AgencyMatch {
  refs: AgencyRef[];
  end: number;
}

/** `anyCase`: accept a body name that does not start with a capital (a user's query rather than a document). */
export interface MatchOptions {
  anyCase?: boolean;
}

const ACCEPTS: Record<Ending, readonly LocalityKind[]> = {
  admin: ['admin', 'province'],
  party: ['party'],
  region: ['region'],
  none: ['admin', 'province'],
};
// A stem this long names the body without its place word ("Bộ Chỉ huy Quân sự"); shorter ones need it ("Công an").
const BARE_STEM = 3;
// Words between an unknown body's head and its proper name: "Liên hiệp các Hội …", "Tổ đảng ở Thường trực …".
const CONNECTORS = new Set(['các', 'ở']);
const MAX_UNKNOWN_WORDS = 12;
const MAX_LIST_LOOKAHEAD = 40;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
// In an all-capitals line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA") capitals say nothing about where a name starts.
const titleCase = (t: Token): boolean => t.upper && (t.text.length === 1 || t.text !== t.text.toUpperCase());

function ref(id: string, name: string, kind: 'body' | 'class', tokens: TokenList, from: number, to: number, known: boolean): AgencyRef {
  return {id, name, kind, printed: joinTokens(tokens.slice(from, to), 'raw'), known};
}

function bodyName(key: BodyKey, loc: Locality | null): string {
  if (!loc) return key.entry.name;
  // "Sở Tài chính tỉnh" says no more than "Sở Tài chính"; a named place ("tỉnh Đắk Lắk") is kept.
  if (key.ending === 'none' && !loc.named) return key.entry.name;
  return `${key.stem} ${loc.display}`;
}

export function matchBody(tokens: TokenList, i: number, lex: Lexicon, opts: MatchOptions = {}): AgencyMatch | null {
  const first = tokens.get(i);
  if (!first?.word || first.glued) return null;
  const bodyOk = first.upper || opts.anyCase === true;
  for (const hit of lex.bodies.matches(tokens, i, 'soft')) {
    const keys = bodyOk ? hit.values : hit.values.filter((k) => k.entry.kind === 'class');
    const loc = parseLocality(tokens, hit.end, lex);
    const placed = loc
      ? (keys.find((k) => k.ending !== 'none' && ACCEPTS[k.ending].includes(loc.kind)) ??
        keys.find((k) => k.ending === 'none' && ACCEPTS.none.includes(loc.kind)))
      : undefined;
    if (placed && loc) {
      const e = placed.entry;
      return {refs: [ref(e.id, bodyName(placed, loc), e.kind, tokens, i, loc.end, true)], end: loc.end};
    }
    const bare = keys.find((k) => k.ending === 'none') ?? keys.find((k) => k.stemLength >= BARE_STEM);
    if (bare) {
      const e = bare.entry;
      return {refs: [ref(e.id, e.name, e.kind, tokens, i, hit.end, true)], end: hit.end};
    }
  }
  return null;
}

function isSeparator(t: Token | undefined): boolean {
  return t !== undefined && (t.text === ',' || t.text === '/' || t.text === '-' || t.text === '–');
}

/** The position after a quantifier ("các", "những", "tất cả các") at `k`, or `k`. */
function afterQuantifier(tokens: TokenList, k: number): number {
  if (tokens.get(k)?.key === 'tất' && tokens.get(k + 1)?.key === 'cả') k += 2;
  const key = tokens.get(k)?.key;
  return key === 'các' || key === 'những' ? k + 1 : k;
}

/** A class of bodies: "các sở, ban, ngành tỉnh", "UBND các xã, phường", "Doanh nghiệp, cộng đồng, tổ chức, cá nhân". */
export function matchClass(tokens: TokenList, i: number, lex: Lexicon): AgencyMatch | null {
  const first = tokens.get(i);
  if (!first?.word || first.glued) return null;
  let j = afterQuantifier(tokens, i);
  let quantified = j > i;
  let nouns = lex.classNouns;
  const head = lex.classHeads.longest(tokens, j);
  if (head) {
    nouns = head.values[0]!;
    j = afterQuantifier(tokens, head.end);
    quantified ||= j > head.end;
  }
  let entry: AgencyEntry | null = null;
  let count = 0;
  let levelWord = false;
  // Each noun is found once: the one after a separator is looked for before the list is taken to go on.
  for (let noun = nouns.longest(tokens, j, 'soft'); noun !== null; ) {
    entry ??= noun.values[0]!;
    levelWord ||= count === 0 && tokens.get(j)!.key === 'cấp';
    count++;
    j = noun.end;
    let k = j;
    if (isSeparator(tokens.get(k))) k++;
    const key = tokens.get(k)?.key;
    if (key === 'và' || key === 'hoặc') k++;
    k = afterQuantifier(tokens, k);
    if (k === j) break;
    noun = nouns.longest(tokens, k, 'soft');
    if (noun !== null) j = k;
  }
  if (!entry || !(quantified || count >= 2 || levelWord)) return null;
  for (let n = 0; n < 4; n++) {
    const q = lex.qualifiers.longest(tokens, j);
    const place = q ? null : parseLocality(tokens, j, lex);
    if (q) j = q.end;
    else if (place && place.kind === 'province') j = place.end;
    else if (head && tokens.get(j)?.word && tokens.get(j)!.upper && !lex.heads.longest(tokens, j)) j = properNameEnd(tokens, j, lex);
    else break;
  }
  const name = capitalise(joinTokens(tokens.slice(i, j)));
  return {refs: [ref(entry.id, name, 'class', tokens, i, j, true)], end: j};
}

/** The end of a run of capitalised words ("Thành phố Huế"), at most three. */
function properNameEnd(tokens: TokenList, j: number, lex: Lexicon): number {
  let n = 0;
  while (n < 3 && tokens.get(j)?.word && tokens.get(j)!.upper && !lex.stops.longest(tokens, j)) {
    j++;
    n++;
  }
  return j;
}

/** A body the registry does not know: a head word ("Trung tâm", "Tạp chí") and a capitalised proper name. */
export function matchUnknown(tokens: TokenList, i: number, lex: Lexicon, opts: MatchOptions = {}): AgencyMatch | null {
  const first = tokens.get(i);
  if (!first?.word || first.glued || !(titleCase(first) || opts.anyCase)) return null;
  const head = lex.heads.longest(tokens, i);
  if (!head) return null;
  let j = head.end;
  while (tokens.get(j)?.word && CONNECTORS.has(tokens.get(j)!.key)) j++;
  const proper = tokens.get(j);
  if (!proper?.word || !(proper.upper || (opts.anyCase && !lex.stops.longest(tokens, j)))) return null;
  j++;
  // After "-" or "và" the name goes on only into a capitalised word that heads no other body.
  const nameGoesOn = (k: number): boolean => {
    const next = tokens.get(k);
    return next?.word === true && next.upper && !lex.heads.longest(tokens, k);
  };
  for (let n = 0; n < MAX_UNKNOWN_WORDS; n++) {
    const t = tokens.get(j);
    if (t === undefined) break;
    if (!t.word) {
      if ((t.text === '-' || t.text === '–') && nameGoesOn(j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    if (t.key === 'và') {
      if (!nameGoesOn(j + 1)) break;
      j += 2;
      continue;
    }
    if (lex.stops.longest(tokens, j)) break;
    j++;
  }
  const name = joinTokens(tokens.slice(i, j));
  return {refs: [ref(slugify(name), name, 'body', tokens, i, j, false)], end: j};
}

/** "các Sở: Tài chính, Nội vụ", "các Tạp chí: Sông Hương, Huế Xưa và Nay": the head applies to every item. */
export function matchDistributive(tokens: TokenList, i: number, lex: Lexicon): AgencyMatch | null {
  const plural = tokens.get(i)?.key === 'các';
  const headStart = plural ? i + 1 : i;
  const head = lex.heads.longest(tokens, headStart);
  if (!head || tokens.get(head.end)?.text !== ':' || !(plural || tokens.get(headStart)!.upper)) return null;
  if (lex.heads.longest(tokens, head.end + 1)) return null;
  const headTokens = tokens.slice(headStart, head.end);
  const refs: AgencyRef[] = [];
  let j = head.end + 1;
  let end = j;
  for (;;) {
    const item = new TokenList([...headTokens, ...tokens.slice(j, j + MAX_LIST_LOOKAHEAD)]);
    const m = matchBody(item, 0, lex, {anyCase: true}) ?? matchUnknown(item, 0, lex, {anyCase: true});
    const used = m ? m.end - headTokens.length : 0;
    if (!m || used <= 0) break;
    refs.push(...m.refs.map((r) => ({...r, printed: joinTokens(item.slice(0, m.end), 'raw')})));
    j += used;
    end = j;
    if (tokens.get(j)?.text === ',') j++;
    if (tokens.get(j)?.key === 'và') j++;
    if (j === end) break;
  }
  return refs.length > 0 ? {refs, end} : null;
}

/** The agency at `i`: a distributive list, else the longer of a known body and a class, else an unknown body. */
export function matchAgencyAt(tokens: TokenList, i: number, lex: Lexicon, opts: MatchOptions = {}): AgencyMatch | null {
  const t = tokens.get(i);
  if (!t?.word || t.glued || !lex.starters.has(t.key)) return null;
  const list = matchDistributive(tokens, i, lex);
  if (list) return list;
  const body = matchBody(tokens, i, lex, opts);
  const cls = matchClass(tokens, i, lex);
  if (body && (!cls || body.end >= cls.end)) return body;
  return cls ?? matchUnknown(tokens, i, lex, opts);
}
