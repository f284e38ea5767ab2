import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadBuiltinRegistry, mentionedAgencies} from '../../src/agencies/index.js';

const corpus = join(process.cwd(), '../shared/corpus');
const present = existsSync(corpus);

describe.skipIf(!present)('agency mentions across ../shared/corpus (skipped when the corpus is absent)', () => {
  it('knows at least 95% of the bodies plans name', () => {
    const reg = loadBuiltinRegistry();
    let known = 0;
    let unknown = 0;
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
      // Paragraphs with their hard-wrapped lines joined, as the compiler hands node texts over.
      for (const para of readFileSync(join(corpus, file), 'utf8').split(/\n\s*\n/)) {
        for (const ref of mentionedAgencies(para.replace(/\n/g, ' '), reg)) ref.known ? known++ : unknown++;
      }
    }
    const share = unknown / (known + unknown);
    console.log(`agency mentions: ${known} known, ${unknown} unknown (${(share * 100).toFixed(1)}%)`);
    expect(known).toBeGreaterThan(2000);
    expect(share).toBeLessThan(0.05);
  });
});
