import {describe, expect, it} from 'vitest';
import {TokenList} from '../../src/agencies/token-list.js';
import {tokenize, type Token} from '../../src/agencies/tokenize.js';

const tokens = tokenize('Sở Y tế chủ trì , phối hợp');

/** A list over `tokens` that counts how many it has read. */
function counted(): {list: TokenList; read: () => number} {
  let next = 0;
  const list = new TokenList([], {
    read: (into: Token[]) => {
      if (next >= tokens.length) return false;
      into.push(tokens[next++]!);
      return true;
    },
  });
  return {list, read: () => next};
}

describe('TokenList', () => {
  it('reads tokens only as far as they are asked for', () => {
    const {list, read} = counted();
    expect(list.get(2)?.text).toBe('tế');
    expect(read()).toBe(3);
    expect(list.slice(1, 4).map((t) => t.text)).toEqual(['Y', 'tế', 'chủ']);
    expect(read()).toBe(4);
  });

  it('gives undefined past the end, and every token on all()', () => {
    const {list} = counted();
    expect(list.get(tokens.length)).toBeUndefined();
    expect(list.get(-1)).toBeUndefined();
    expect(list.all()).toEqual(tokens);
    expect(list.slice(6).map((t) => t.text)).toEqual(['phối', 'hợp']);
  });
});
