// Words that open a heading or a point before the agency it names: "Đề nghị …", "Giao …", "Trách nhiệm của …".
import type {TokenList} from './token-list.js';

const REQUEST = ['đề', 'nghị'];
const HEADING_LEAD_INS = [
  ['đề', 'nghị'], ['giao'], ['yêu', 'cầu'], ['trách', 'nhiệm', 'của'], ['nhiệm', 'vụ', 'của'], ['đối', 'với'], ['lãnh', 'đạo'],
];

export function phraseAt(tokens: TokenList, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens.get(i + k);
    if (t?.word !== true || t.key !== words[k]) return false;
  }
  return true;
}

/** The first word token (bullets, bold markers and quotes before it are skipped). */
export function firstWord(tokens: TokenList, i = 0): number {
  for (let t = tokens.get(i); t !== undefined && !t.word; t = tokens.get(i)) i++;
  return i;
}

/** True when the text is a request ("Đề nghị …"): to a body the issuer cannot command. */
export function opensWithRequest(tokens: TokenList): boolean {
  return phraseAt(tokens, firstWord(tokens), REQUEST);
}

/** The position after any lead-in words at the start of a heading or point. */
export function skipLeadIns(tokens: TokenList): number {
  let i = firstWord(tokens);
  for (let again = true; again; ) {
    again = false;
    for (const words of HEADING_LEAD_INS) {
      if (phraseAt(tokens, i, words)) {
        i += words.length;
        again = true;
      }
    }
  }
  return i;
}
