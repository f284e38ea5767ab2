// Character classes for the patterns that read Vietnamese text, as regular-expression source for inside [ ].
//
// Why not \p{L} and its kin: V8 compiles a pattern on its first use, and each Unicode property class costs that
// compile a fraction of a millisecond (\p{L} alone is some 680 ranges, astral ones included). A one-document run
// compiles dozens of such patterns once each, so they cost its start-up more than the work they do (about a tenth of
// a whole `plan-compile compile` process, measured). Plans are printed in the Latin script: these classes hold what
// Unicode's properties hold within the blocks Vietnamese text draws on — Basic Latin, Latin-1, Latin Extended-A and
// -B, IPA, spacing modifier letters, combining diacritical marks (U+0000–U+036F), Latin Extended Additional with
// ạ … ỹ (U+1E00–U+1EFF) — and nothing outside them. test/text/letter-classes.test.ts holds them to the properties.

/** Letters (\p{L} within the Latin blocks). */
export const LETTER = String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u1e00-\u1eff`;

/** Numbers (\p{N} within the Latin blocks): the digits, ² ³ ¹ and ¼ ½ ¾. */
export const NUMBER = String.raw`0-9\u00b2\u00b3\u00b9\u00bc-\u00be`;

/** Combining marks (\p{M} within the Latin blocks): the diacritics of decomposed text. */
export const MARK = String.raw`\u0300-\u036f`;

/**
 * Upper-case letters (\p{Lu} within the Latin blocks). Within them a letter is upper-case exactly when it has a
 * lower-case form and is its own upper-case form, so the class is read off the case mappings rather than written out.
 */
export const UPPER = casedClass();

function casedClass(): string {
  let source = '';
  for (const [first, last] of [[0x0000, 0x036f], [0x1e00, 0x1eff]] as const) {
    let start = -1;
    for (let code = first; code <= last + 1; code++) {
      const char = String.fromCharCode(code);
      const upper = code <= last && char.toLowerCase() !== char && char.toUpperCase() === char;
      if (upper && start < 0) start = code;
      if (!upper && start >= 0) {
        source += start === code - 1 ? hex(start) : `${hex(start)}-${hex(code - 1)}`;
        start = -1;
      }
    }
  }
  return source;
}

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}
