// Bytes to clean Unicode text, naming the encoding found: BOM, then UTF-8, then legacy Vietnamese encodings.

import {isUtf8, transcode} from 'node:buffer';
import {endianness} from 'node:os';
import {readBom} from './bom.js';
import {cleanText, isCleanAndComposed} from './clean-text.js';
import {decodeLegacyVietnamese, type Decoding} from './legacy-vietnamese.js';
import {notText, refuseBinary, tooManyInvalid} from './refuse-binary.js';

const lenientUtf8 = new TextDecoder('utf-8', {ignoreBOM: true});
// The transcoder's UTF-16LE units, read in place, are only right on a little-endian machine: elsewhere every text
// takes the long way through the fixes.
const LITTLE_ENDIAN = endianness() === 'LE';

export function decode(bytes: Uint8Array): Decoding {
  const bom = readBom(bytes);
  if (bom) {
    return fixed(new TextDecoder(bom.label, {ignoreBOM: true}).decode(bytes.subarray(bom.length)), bom.encoding);
  }
  // NUL never occurs in UTF-8 text nor in the single-byte legacy encodings: refuse before any costlier guess.
  if (bytes.indexOf(0) !== -1) throw notText();
  if (isUtf8(bytes)) {
    // Node's UTF-8 decoders (TextDecoder, Buffer#toString) take five times longer over Vietnamese text than ICU's
    // transcoder to UTF-16 and a UTF-16 read; on valid input all of them give the same string, a BOM kept as U+FEFF.
    const utf16 = transcode(bytes, 'utf8', 'utf16le');
    const text = utf16.toString('utf16le');
    // Clean text holds no control character, so it cannot be binary either.
    const clean = LITTLE_ENDIAN && isCleanAndComposed(utf16);
    return clean ? {text, encoding: 'utf-8'} : fixed(text, 'utf-8');
  }
  // Invalid UTF-8: a legacy encoding, text with a few damaged bytes, or binary data.
  const text = lenientUtf8.decode(bytes);
  const legacy = decodeLegacyVietnamese(bytes, text);
  if (legacy) return fixed(legacy.text, legacy.encoding);
  if (tooManyInvalid(countReplacements(text), text.length)) throw notText();
  return fixed(text, 'utf-8');
}

/** Text that may hold something to fix: refused when it is binary, cleaned otherwise. */
function fixed(text: string, encoding: string): Decoding {
  refuseBinary(text);
  return {text: cleanText(text), encoding};
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}
