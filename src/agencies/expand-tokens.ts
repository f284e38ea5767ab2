// Abbreviations replaced by their expansions ("UBND" → "Ủy ban nhân dân") and a lone "&" by "và", as tokens
// are read.
import {TokenList, type TokenSource} from './token-list.js';
import {TokenTrie, type TrieHit} from './token-trie.js';
import {joinTokens, Scanner, type Token} from './tokenize.js';

/** Gives a text's tokens one at a time, undefined at the end. */
export interface RawTokens {
  next(): Token | undefined;
}

/** The words an abbreviation stands for. */
export class Expansion {
  /** The second and later words as they are passed on: built once, as they stand for no printed text of their own. */
  readonly rest: readonly Token[];

  constructor(readonly tokens: readonly Token[]) {
    this.rest = tokens.slice(1).map((x) => ({...x, raw: '', glued: false}));
  }
}

/** The registry's abbreviations, by the texts of their printed tokens ("TT", "&", "TT"). */
export class Abbreviations {
  private readonly trie = new TokenTrie<Expansion>();
  // Whether one opens with a word not printed with a capital: if none does, a word in lower case opens none.
  private lowerOpening = false;

  /** Adds an abbreviation printed as these tokens. */
  add(printed: readonly string[], expansion: Expansion): void {
    const first = printed[0];
    if (first !== undefined && first[0] === first[0]!.toLowerCase()) this.lowerOpening = true;
    this.trie.insert(printed, expansion);
  }

  /** Whether an abbreviation may start at the word `t`. */
  opensAt(t: Token): boolean {
    return (t.upper || this.lowerOpening) && this.trie.opensWith(t.text);
  }

  /** The longest abbreviation printed at `start`, or null. */
  longest(tokens: TokenList, start: number): TrieHit<Expansion> | null {
    return this.trie.longest(tokens, start, 'raw');
  }

  /** The texts abbreviations open with. */
  openings(): IterableIterator<string> {
    return this.trie.firstKeys();
  }
}

/** The tokens `raw` gives, with abbreviations expanded, read as they are asked for. */
export function expandTokens(raw: RawTokens, abbreviations: Abbreviations): TokenList {
  return new TokenList([], new Expander(raw, abbreviations));
}

/** A text's tokens with abbreviations expanded, read as they are asked for. */
export function expandedTokens(text: string, abbreviations: Abbreviations): TokenList {
  return expandTokens(new Scanner(text), abbreviations);
}

/** Passes the raw tokens on as they are read: only a word that opens an abbreviation makes it read ahead. */
class Expander implements TokenSource {
  /** Tokens read ahead while an abbreviation was looked for, and not part of it. */
  private ahead: Token[] | null = null;

  constructor(private readonly raw: RawTokens, private readonly abbreviations: Abbreviations) {}

  read(into: Token[]): boolean {
    const t = this.ahead !== null && this.ahead.length > 0 ? this.ahead.shift() : this.raw.next();
    if (t === undefined) return false;
    if (t.word && this.abbreviations.opensAt(t) && this.expand(t, into)) return true;
    into.push(t.text === '&' ? {...t, word: true, key: 'và'} : t);
    return true;
  }

  /** Passes on the expansion of the longest abbreviation that starts at `t`; false if none does. */
  private expand(t: Token, into: Token[]): boolean {
    const raw = this.raw;
    const ahead = (this.ahead ??= []);
    const printed = new TokenList([t, ...ahead], {
      read: (items) => {
        const next = raw.next();
        if (next === undefined) return false;
        ahead.push(next);
        items.push(next);
        return true;
      },
    });
    const hit = this.abbreviations.longest(printed, 0);
    if (hit === null) return false;
    const expansion = hit.values[0]!;
    const first = expansion.tokens[0];
    if (first !== undefined) {
      const source = joinTokens(printed.slice(0, hit.end), 'raw');
      into.push({
        text: first.text, raw: source, key: first.key, word: first.word,
        upper: t.upper, spaceBefore: t.spaceBefore, glued: t.glued,
      });
      into.push(...expansion.rest);
    }
    this.ahead = ahead.slice(hit.end - 1);
    return true;
  }
}
