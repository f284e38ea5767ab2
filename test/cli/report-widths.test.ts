// The CLI bundle measures report cells with fast-string-width instead of string-width (src/cli/build-bundle.ts):
// the bin must print the very report that main() prints through the real string-width.

import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {main} from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = new URL('../../dist/bundle/cli.cjs', import.meta.url);

// Documents whose warnings quote Vietnamese text: letters with one and two marks, names of bodies, quotes.
const documents = ['fixtures/founding-plan/input.txt', 'fixtures/department-plan-markdown/input.md', 'fixtures/point-letters-irregular/input.txt'];

async function reportOfMain(file: string): Promise<string> {
  let stderr = '';
  await main({
    argv: ['compile', file, '-f', 'json', '--no-color'],
    stdout: {write: () => true},
    stderr: {write: (text: string) => ((stderr += text), true)},
    env: {},
    cwd: root,
  });
  return stderr;
}

describe.skipIf(!existsSync(bundle))('the bundled CLI report (skipped without dist/bundle: run npm run build)', () => {
  for (const file of documents) {
    it(`aligns ${file} as main() does`, async () => {
      const bin = spawnSync(process.execPath, ['bin/plan-compile.js', 'compile', file, '-f', 'json', '--no-color'], {cwd: root, encoding: 'utf8'});
      const expected = await reportOfMain(file);
      expect(expected).toMatch(/warning/);
      expect(bin.stderr).toBe(expected);
    });
  }
});
