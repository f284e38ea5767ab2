// Bytes to clean Unicode text, naming the encoding found: BOM, then UTF-8, then legacy Vietnamese encodings.

import {isUtf8, transcode} from 'node:buffer';
import {readBom} from './bom.js';
import {cleanText, isCleanAndComposed} from './clean-text.js';
import {decodeLegacyVietnamese, type Decoding} from './legacy-vietnamese.js';
import {notText, refuseBinary, tooManyInvalid} from './refuse-binary.js';

const lenientUtf8 = new TextDecoder('utf-8', {ignoreBOM: true});

export function decode(bytes: Uint8Array): Decoding {
  const {text, encoding} = toUnicode(bytes);
  // Clean text holds no control character, so it cannot be binary either.
  if (isCleanAndComposed(text)) return {text, encoding};
  refuseBinary(text);
  return {text: cleanText(text), encoding};
}

function toUnicode(bytes: Uint8Array): Decoding {
  const bom = readBom(bytes);
  if (bom) {
    return {text: new TextDecoder(bom.label, {ignoreBOM: true}).decode(bytes.subarray(bom.length)), encoding: bom.encoding};
  }
  // NUL never occurs in UTF-8 text nor in the single-byte legacy encodings: refuse before any costlier guess.
  if (bytes.indexOf(0) !== -1) throw notText();
  if (isUtf8(bytes)) return {text: validUtf8ToString(bytes), encoding: 'utf-8'};
  // Invalid UTF-8: a legacy encoding, text with a few damaged bytes, or binary data.
  const text = lenientUtf8.decode(bytes);
  const legacy = decodeLegacyVietnamese(bytes, text);
  if (legacy) return legacy;
  if (tooManyInvalid(countReplacements(text), text.length)) throw notText();
  return {text, encoding: 'utf-8'};
}

// Node's UTF-8 decoders (TextDecoder, Buffer#toString) take five times longer over Vietnamese text than ICU's
// transcoder to UTF-16 and a UTF-16 read; on valid input all of them give the same string, a BOM kept as U+FEFF.
function validUtf8ToString(bytes: Uint8Array): string {
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}
