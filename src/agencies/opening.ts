// The first words of a text, where its subject stands: a long paragraph need not be read whole to find it.

const OPENING_LENGTH = 400;

export function openingOf(text: string): string {
  if (text.length <= OPENING_LENGTH) return text;
  const cut = text.lastIndexOf(' ', OPENING_LENGTH);
  return text.slice(0, cut > 0 ? cut : OPENING_LENGTH);
}
