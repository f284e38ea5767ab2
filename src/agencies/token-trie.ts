// A trie over folded word keys: finds known phrases at a token position without looping over every phrase.
import type {TokenList} from './token-list.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

// Punctuation that may sit inside a name without changing it: "Văn hóa, Thể thao", "Lao động - Thương binh".
const SOFT = new Set([',', '-', '–', '—']);

export type TrieMode = 'soft' | 'strict' | 'raw';

export interface TrieHit<T> {
  /** Index after the last word of the phrase. */
  end: number;
  values: readonly T[];
}

export class TokenTrie<T> {
  private readonly root: TrieNode<T> = {next: new Map(), values: []};

  insert(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = {next: new Map(), values: []};
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /**
   * Every phrase that starts at `start`, longest first. Modes: `soft` matches words and lets soft punctuation sit
   * between them; `strict` matches words only; `raw` matches every token by its exact printed text.
   */
  matches(tokens: TokenList, start: number, mode: TrieMode = 'soft'): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    this.walk(tokens, start, mode, hits);
    return hits.reverse();
  }

  /** The first words of every phrase. */
  firstKeys(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** Whether a phrase starts with `key`. */
  opensWith(key: string): boolean {
    return this.root.next.has(key);
  }

  /** The longest phrase at `start`, or null. */
  longest(tokens: TokenList, start: number, mode: TrieMode = 'strict'): TrieHit<T> | null {
    return this.walk(tokens, start, mode, null);
  }

  /**
   * Walks the phrases at `start`, adding each to `hits` when given, and returns the longest. Most positions start
   * no phrase: a walk that finds none allocates nothing.
   */
  private walk(tokens: TokenList, start: number, mode: TrieMode, hits: TrieHit<T>[] | null): TrieHit<T> | null {
    let node = this.root;
    let longest: TrieHit<T> | null = null;
    let i = start;
    for (let t = tokens.get(i); t !== undefined; t = tokens.get(i)) {
      if (!t.word && mode !== 'raw') {
        if (mode === 'soft' && i > start && SOFT.has(t.text)) {
          i++;
          continue;
        }
        break;
      }
      const child = node.next.get(mode === 'raw' ? t.text : t.key);
      if (!child) break;
      node = child;
      i++;
      if (node.values.length > 0) {
        longest = {end: i, values: node.values};
        hits?.push(longest);
      }
    }
    return longest;
  }
}
