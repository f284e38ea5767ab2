import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {run, tempFolder} from '../cli/fake-cli.js';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plan = join(root, 'plans/founding-plan.plan.yaml');
const bin = join(root, 'bin/plan-compile.js');
const built = existsSync(join(root, 'dist/validate/check-files-worker.js'));

// Under vitest the checker runs from src/, in one thread; the built CLI shares a long list with worker threads.
// Both must report the same findings for the same files, in the same order.
describe.skipIf(!built)('validate with worker threads (skipped: dist/ is not built)', () => {
  const dir = tempFolder();
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const text = readFileSync(plan, 'utf8');
  for (let i = 0; i < 150; i++) {
    const file = join(dir, `p${String(i).padStart(3, '0')}.plan.yaml`);
    if (i % 37 === 5) writeFileSync(file, text.replace('mode: order', 'mode: sometimes'));
    else copyFileSync(plan, file);
  }

  it('gives the report the single thread gives', async () => {
    const here = await run(['validate', dir, '--format', 'json'], {cwd: root});
    const threads = spawnSync('node', [bin, 'validate', dir, '--format', 'json'], {cwd: root, encoding: 'utf8'});
    expect(threads.status).toBe(here.code);
    expect(JSON.parse(threads.stdout)).toEqual(JSON.parse(here.stdout));
    expect(JSON.parse(threads.stdout).filter((f: {errorCount: number}) => f.errorCount > 0)).toHaveLength(4);
  });
});
