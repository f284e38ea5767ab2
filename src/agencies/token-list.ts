// A text's tokens, read on demand: most texts are settled by their first words (a point that opens with a verb,
// a heading that names one body), so the rest of them is never tokenized.
import type {Token} from './tokenize.js';

/** Reads a text's tokens in order. */
export interface TokenSource {
  /** Appends the next token or tokens to `into`; false once there are none. */
  read(into: Token[]): boolean;
}

export class TokenList {
  private source: TokenSource | null;

  /** `items` are the first tokens; `source` reads the rest, if there are more. */
  constructor(private readonly items: Token[], source: TokenSource | null = null) {
    this.source = source;
  }

  /** The token at `i`, or undefined past the end. */
  get(i: number): Token | undefined {
    return i < this.items.length ? this.items[i] : this.readTo(i);
  }

  /** The tokens from `from` to before `to` (to the end when `to` is left out). */
  slice(from: number, to?: number): Token[] {
    if (to === undefined) this.all();
    else this.get(to - 1);
    return this.items.slice(from, to);
  }

  /** Every token. */
  all(): readonly Token[] {
    while (this.source !== null) this.readTo(this.items.length);
    return this.items;
  }

  private readTo(i: number): Token | undefined {
    const source = this.source;
    if (source === null) return undefined;
    while (this.items.length <= i) {
      if (!source.read(this.items)) {
        this.source = null;
        return undefined;
      }
    }
    return this.items[i];
  }
}
