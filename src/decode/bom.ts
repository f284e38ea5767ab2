// A byte-order mark is the only reliable encoding label a plain file carries, so it wins over any guess.

export interface Bom {
  encoding: 'utf-8-bom' | 'utf-16le' | 'utf-16be';
  /** The decoder label TextDecoder understands. */
  label: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

export function readBom(bytes: Uint8Array): Bom | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8-bom', label: 'utf-8', length: 3};
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', label: 'utf-16le', length: 2};
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', label: 'utf-16be', length: 2};
  return undefined;
}
