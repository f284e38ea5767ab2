// Bytes to clean Unicode text, naming the encoding found: BOM, then UTF-8, then legacy Vietnamese encodings.

import {readBom} from './bom.js';
import {cleanText} from './clean-text.js';
import {decodeLegacyVietnamese, type Decoding} from './legacy-vietnamese.js';
import {notText, refuseBinary, tooManyInvalid} from './refuse-binary.js';

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
const lenientUtf8 = new TextDecoder('utf-8', {ignoreBOM: true});

export function decode(bytes: Uint8Array): Decoding {
  const {text, encoding} = toUnicode(bytes);
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
  try {
    return {text: strictUtf8.decode(bytes), encoding: 'utf-8'};
  } catch {
    // Invalid UTF-8: a legacy encoding, text with a few damaged bytes, or binary data.
  }
  const text = lenientUtf8.decode(bytes);
  const legacy = decodeLegacyVietnamese(bytes, text);
  if (legacy) return legacy;
  if (tooManyInvalid(countReplacements(text), text.length)) throw notText();
  return {text, encoding: 'utf-8'};
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}
