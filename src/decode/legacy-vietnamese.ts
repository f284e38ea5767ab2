// Old Vietnamese documents (typed with .VnTime or Windows-1258 fonts) come as single-byte text, which is never
// valid UTF-8. We only get here after UTF-8 failed, so valid UTF-8 Vietnamese can never be taken for a legacy
// encoding; and a legacy decoding is chosen only when it reads as Vietnamese clearly better than UTF-8 does.

import {createRequire} from 'node:module';
import {vietnameseShare} from './vietnamese-share.js';

// iconv-lite costs tens of milliseconds to load and UTF-8 input never needs it: load it on the first legacy file.
const require = createRequire(import.meta.url);
let iconvModule: typeof import('iconv-lite') | undefined;
const iconv = (): typeof import('iconv-lite') => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));

export interface Decoding {
  text: string;
  encoding: string;
}

// TCVN3 (ABC) and Windows-1258; VNI has no codec in iconv-lite and is not detected.
const CANDIDATES = [
  {encoding: 'tcvn3', codec: 'tcvn'},
  {encoding: 'windows-1258', codec: 'windows1258'},
] as const;
// Real legacy text scores above 0.9; a wrong decoding of it stays well below half.
const MIN_SHARE = 0.75;
// Damaged UTF-8 Vietnamese still scores high as UTF-8; the legacy reading has to beat it clearly.
const MIN_LEAD = 0.25;

export function decodeLegacyVietnamese(bytes: Uint8Array, utf8Text: string): Decoding | undefined {
  const utf8Share = vietnameseShare(utf8Text);
  let best: Decoding | undefined;
  let bestShare = MIN_SHARE;
  for (const {encoding, codec} of CANDIDATES) {
    // windows-1258 writes tones as combining marks; the share is judged on the composed form.
    const text = iconv().decode(bytes, codec).normalize('NFC');
    const share = vietnameseShare(text);
    if (share > bestShare && share >= utf8Share + MIN_LEAD) {
      best = {text, encoding};
      bestShare = share;
    }
  }
  return best;
}
