// Whether a heading or point asks rather than orders ("Đề nghị Ban Tuyên giáo Tỉnh ủy …").
import {opensWithRequest} from './lead-in.js';
import {tokenList} from './tokenize.js';

export function isRequest(text: string): boolean {
  return opensWithRequest(tokenList(text));
}
