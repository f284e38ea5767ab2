// Puts decoded text into the one form every reader expects, so no reader has to care where the bytes came from.

// Carriage returns go first: they are C0 controls too, and must become line ends rather than vanish.
const LINE_ENDS = /\r\n?/g;
// No-break spaces are spaces to every later rule (dates, numbers, markers).
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;
// Invisible characters split words and markers ("1.\u200b" is not "1."); a BOM inside the text is one of them.
// C0 controls other than tab and line feed (and DEL) carry no text; a form feed between pages is noise here.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;
const ANY_FIX = /[\r\u00a0\u202f\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]/;

export function cleanText(text: string): string {
  let out = text;
  // One test up front keeps the common, already clean file to a single scan.
  if (ANY_FIX.test(out)) {
    out = out.replace(LINE_ENDS, '\n').replace(NO_BREAK_SPACES, ' ').replace(INVISIBLE, '');
  }
  // Removing a zero-width joiner can bring a base letter and its combining mark together, so NFC comes last.
  return out.normalize('NFC');
}
