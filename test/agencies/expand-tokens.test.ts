import {describe, expect, it} from 'vitest';
import {Abbreviations, expandedTokens, Expansion} from '../../src/agencies/expand-tokens.js';
import {tokenize} from '../../src/agencies/tokenize.js';
import {lexiconOf, loadBuiltinRegistry} from '../../src/agencies/registry.js';

const {abbreviations} = lexiconOf(loadBuiltinRegistry());
const expanded = (text: string) => expandedTokens(text, abbreviations).all();

describe('expandedTokens', () => {
  it('replaces an abbreviation by its words, the first standing for the printed abbreviation', () => {
    const tokens = expanded('Sở TT&TT tỉnh');
    expect(tokens.map((t) => t.text)).toEqual(['Sở', 'Thông', 'tin', 'và', 'Truyền', 'thông', 'tỉnh']);
    expect(tokens.map((t) => t.raw)).toEqual(['Sở', 'TT&TT', '', '', '', '', 'tỉnh']);
  });

  it('keeps the tokens read ahead when a word only starts an abbreviation', () => {
    // "TT" opens "TT&TT" but is none by itself: "x" was read to find that out.
    expect(expanded('TT x và TT&TT').map((t) => t.text))
      .toEqual(['TT', 'x', 'và', 'Thông', 'tin', 'và', 'Truyền', 'thông']);
    expect(expanded('TT&').map((t) => t.text)).toEqual(['TT', '&']);
  });

  it('reads a lone "&" as "và"', () => {
    expect(expanded('A & B').map((t) => [t.key, t.word])).toEqual([['a', true], ['và', true], ['b', true]]);
  });

  it('gives the expanded tokens by position', () => {
    const list = expandedTokens('UBND tỉnh, Sở Y tế', abbreviations);
    expect(list.get(4)?.text).toBe('tỉnh');
    expect(list.slice(0, 4).map((t) => t.text)).toEqual(['Ủy', 'ban', 'nhân', 'dân']);
  });

  it('expands an abbreviation printed in lower case, when a registry has one', () => {
    const own = new Abbreviations();
    own.add(['UBND'], new Expansion(tokenize('Ủy ban nhân dân')));
    expect(expandedTokens('tp Huế', own).all().map((t) => t.text)).toEqual(['tp', 'Huế']);
    own.add(['tp'], new Expansion(tokenize('thành phố')));
    expect(expandedTokens('tp Huế, UBND', own).all().map((t) => t.text))
      .toEqual(['thành', 'phố', 'Huế', ',', 'Ủy', 'ban', 'nhân', 'dân']);
  });
});
