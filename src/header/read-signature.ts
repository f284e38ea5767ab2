// The signature block: the authority marker (TM., KT., Q., TL., TUQ.) and the body it signs for, the signer's
// position, and the name, which is the one line not in capitals.

import type {Signature} from '../model/plan.js';
import type {SourceLine} from '../model/source-line.js';
import {isUpperCase, sentenceCase} from '../structure/text-case.js';

const AUTHORITY = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?\s+(.*)$/u;

export function readSignature(lines: readonly SourceLine[]): Signature {
  const signature: Signature = {authority: null, body: null, position: null, name: null, lines: []};
  // Capitals that wrap ("TM. ỦY BAN NHÂN" / "DÂN") are one line of the block.
  const blocks: string[] = [];
  let previous: SourceLine | null = null;
  for (const line of lines) {
    signature.lines!.push(line.text);
    if (previous?.boldContinues && blocks.length > 0) blocks[blocks.length - 1] += ` ${line.text}`;
    else blocks.push(line.text);
    previous = line;
  }
  for (const block of blocks) {
    const authority = AUTHORITY.exec(block);
    if (authority && signature.authority === null) {
      signature.authority = `${authority[1]!.replace('/', '')}.`;
      signature.body = sentenceCase(authority[2]!);
    } else if (authority) {
      signature.position = sentenceCase(authority[2]!);
    } else if (isUpperCase(block)) {
      signature.position = sentenceCase(block);
    } else if (signature.name === null && !/đã ký/iu.test(block)) {
      signature.name = block;
    }
  }
  return signature;
}
