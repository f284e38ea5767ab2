// The registry's data compiled into tries, so every lookup is one walk from a token position.
import type {AgencyEntry, RegistryData} from './registry-data.js';
import {Abbreviations, expandedTokens, expandTokens, Expansion} from './expand-tokens.js';
import {TokenTrie} from './token-trie.js';
import {joinTokens, tokenize, type Token} from './tokenize.js';

/** How a registry name ends: a province-level body's name ends in a place word that the print may vary. */
export type Ending = 'none' | 'admin' | 'party' | 'region';

export interface BodyKey {
  entry: AgencyEntry;
  ending: Ending;
  /** The canonical name without its place word ("Công an" for "Công an tỉnh"). */
  stem: string;
  stemLength: number;
}

export interface Lexicon {
  abbreviations: Abbreviations;
  /** Every word key an abbreviation expands to. */
  expansionKeys: Set<string>;
  bodies: TokenTrie<BodyKey>;
  localities: TokenTrie<string>;
  heads: TokenTrie<true>;
  stops: TokenTrie<true>;
  qualifiers: TokenTrie<true>;
  classHeads: TokenTrie<TokenTrie<AgencyEntry>>;
  classNouns: TokenTrie<AgencyEntry>;
  byId: Map<string, AgencyEntry>;
  /** Every word an agency or class phrase can start with: other tokens are skipped at once. */
  starters: Set<string>;
}

const ENDINGS: {keys: string[]; ending: Ending}[] = [
  {keys: ['tỉnh', 'ủy'], ending: 'party'},
  {keys: ['khu', 'vực'], ending: 'region'},
  {keys: ['tỉnh'], ending: 'admin'},
];

function phraseTrie<T>(phrases: readonly string[], value: (p: string) => T, expand: (s: string) => readonly Token[]): TokenTrie<T> {
  const trie = new TokenTrie<T>();
  for (const p of phrases) trie.insert(wordKeys(expand(p)), value(p));
  return trie;
}

function wordKeys(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => t.word).map((t) => t.key);
}

function endingOf(keys: readonly string[]): {ending: Ending; size: number} {
  for (const {keys: end, ending} of ENDINGS) {
    const n = end.length;
    if (keys.length > n && end.every((k, j) => keys[keys.length - n + j] === k)) return {ending, size: n};
  }
  return {ending: 'none', size: 0};
}

export function buildLexicon(data: RegistryData): Lexicon {
  const abbreviations = new Abbreviations();
  const expansionKeys = new Set<string>();
  for (const [short, long] of Object.entries(data.abbreviations)) {
    const expansion = new Expansion(tokenize(long));
    const printed = tokenize(short);
    abbreviations.add(printed.map((t) => t.text), expansion);
    abbreviations.add(printed.map((t) => t.text.toUpperCase()), expansion);
    for (const t of expansion.tokens) if (t.word) expansionKeys.add(t.key);
  }
  const expand = (s: string): readonly Token[] => expandedTokens(s, abbreviations).all();

  const bodies = new TokenTrie<BodyKey>();
  const classHeads = new TokenTrie<TokenTrie<AgencyEntry>>();
  const headTries = new Map<string, TokenTrie<AgencyEntry>>();
  const classNouns = new TokenTrie<AgencyEntry>();
  for (const entry of data.agencies) {
    // The name is read once: its printed words give the stem, its expanded words the keys.
    const printed = tokenize(entry.name);
    let k = 0;
    const nameKeys = wordKeys(expandTokens({next: () => printed[k++]}, abbreviations).all());
    const nameEnding = endingOf(nameKeys);
    const stem = joinTokens(printed.filter((t) => t.word).slice(0, nameKeys.length - nameEnding.size));
    const grammar = entry.kind === 'class' && entry.nouns !== undefined;
    for (const phrase of grammar ? entry.aliases : [entry.name, ...entry.aliases]) {
      const keys = phrase === entry.name ? nameKeys : wordKeys(expand(phrase));
      const {ending, size} = entry.kind === 'class' ? {ending: 'none' as const, size: 0} : endingOf(keys);
      const stemKeys = keys.slice(0, keys.length - size);
      bodies.insert(stemKeys, {entry, ending, stem: ending === 'none' ? entry.name : stem, stemLength: stemKeys.length});
    }
    if (!grammar) continue;
    let nounTrie = classNouns;
    if (entry.head !== undefined) {
      const headKeys = wordKeys(expand(entry.head));
      const id = headKeys.join(' ');
      let trie = headTries.get(id);
      if (!trie) {
        trie = new TokenTrie<AgencyEntry>();
        headTries.set(id, trie);
        classHeads.insert(headKeys, trie);
      }
      nounTrie = trie;
    }
    for (const noun of entry.nouns ?? []) nounTrie.insert(wordKeys(expand(noun)), entry);
  }

  const localities = new TokenTrie<string>();
  for (const place of data.localities) localities.insert(wordKeys(expand(place)), place);
  const heads = phraseTrie(data.heads, () => true as const, expand);
  const starters = new Set(['các', 'tất', 'những']);
  for (const trie of [bodies, classHeads, classNouns, heads]) for (const k of trie.firstKeys()) starters.add(k);
  return {
    abbreviations,
    expansionKeys,
    bodies,
    localities,
    starters,
    heads,
    stops: phraseTrie(data.stops, () => true as const, expand),
    qualifiers: phraseTrie(data.classQualifiers, () => true as const, expand),
    classHeads,
    classNouns,
    byId: new Map(data.agencies.map((e) => [e.id, e] as const)),
  };
}
