// Puts decoded text into the one form every reader expects, so no reader has to care where the bytes came from.

// Carriage returns go first: they are C0 controls too, and must become line ends rather than vanish.
const LINE_ENDS = /\r\n?/g;
// No-break spaces are spaces to every later rule (dates, numbers, markers).
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;
// Invisible characters split words and markers ("1.\u200b" is not "1."); a BOM inside the text is one of them.
// C0 controls other than tab and line feed (and DEL) carry no text; a form feed between pages is noise here.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;

/** Only text that failed `isCleanAndComposed` comes here: a text with something to fix, rarely with all of it. */
export function cleanText(text: string): string {
  let out = text;
  // Carriage returns and no-break spaces are found by a plain search, far cheaper than a pass of a pattern.
  if (out.includes('\r')) out = out.replace(LINE_ENDS, '\n');
  if (out.includes('\u00a0') || out.includes('\u202f')) out = out.replace(NO_BREAK_SPACES, ' ');
  out = out.replace(INVISIBLE, '');
  // Removing a zero-width joiner can bring a base letter and its combining mark together, so NFC comes last.
  return out.normalize('NFC');
}

/**
 * Characters no fix touches and NFC leaves alone wherever they stand (quick-check Yes, combining class 0): tab,
 * line feed and printable ASCII; Latin from U+00A1 (past the C1 controls and the no-break space) to U+02FF, where
 * the combining marks begin; the precomposed Vietnamese letters U+1E00–U+1EFF; dashes, quotes and other
 * punctuation U+2010–U+2027 and U+2030–U+205F; mathematical operators U+2200–U+22FF. test/decode checks them
 * against ICU. A table, because Vietnamese text switches between ASCII and these blocks every few letters and
 * branches on ranges mispredict.
 */
const PLAIN_RANGES: readonly [number, number][] = [
  [0x09, 0x0a],
  [0x20, 0x7e],
  [0xa1, 0x2ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x205f],
  [0x2200, 0x22ff],
];
const PLAIN_LIMIT = 0x2300;
// Filled by ranges: a loop over every code unit would run once per process, uncompiled, at start-up.
const PLAIN = new Uint8Array(PLAIN_LIMIT);
for (const [first, last] of PLAIN_RANGES) PLAIN.fill(1, first, last + 1);

const isPlain = (unit: number): boolean => unit < PLAIN_LIMIT && PLAIN[unit] === 1;

/**
 * True when `cleanText` would return the text unchanged; almost every UTF-8 file is, and one scan proves it. The
 * text comes as the transcoder's UTF-16LE bytes, read in place two code units to a 32-bit word, on a little-endian
 * machine only: half the loads of a scan by `charCodeAt`, and half its cost. The buffer must start on a word.
 */
export function isCleanAndComposed(utf16le: Uint8Array): boolean {
  const units = utf16le.length >> 1;
  const pairs = new Uint32Array(utf16le.buffer, utf16le.byteOffset, units >> 1);
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    if (!isPlain(pair & 0xffff) || !isPlain(pair >>> 16)) return false;
  }
  return units % 2 === 0 || isPlain(utf16le[units * 2 - 2]! | (utf16le[units * 2 - 1]! << 8));
}
