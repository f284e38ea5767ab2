// A JSON pointer's tokens, unescaped (RFC 6901: ~1 is "/", ~0 is "~").

export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}
