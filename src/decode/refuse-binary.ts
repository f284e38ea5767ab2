// Tells bytes that are no document apart from text with a few faults, so the CLI can refuse one and keep the other.

import {InputError} from '../errors.js';

export function notText(): InputError {
  return new InputError('not-text', 'not a text document (binary data)');
}

/**
 * Invalid UTF-8 sequences a text may carry and still be kept (each becomes U+FFFD). A stray Latin-1 byte or a
 * truncated character from a bad copy costs one replacement; eight of them plus one per hundred characters is far
 * above what a damaged real document shows, and far below random or compressed bytes, where about every second
 * byte above 0x7F starts an invalid sequence.
 */
export function tooManyInvalid(invalid: number, length: number): boolean {
  return invalid > 8 + length / 100;
}

/**
 * Throws when the decoded text is binary: any NUL (no text format uses it; a BOM-less UTF-16 file would also land
 * here, and we do not guess at those), or control characters (other than tab, line and page ends) beyond eight
 * plus one per ten characters: a stray escape or bell in a text is noise to remove, a tenth of the text is not.
 */
export function refuseBinary(text: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) continue;
    if (c === 0) throw notText();
    controls++;
  }
  if (controls > 8 + text.length / 10) throw notText();
}
