// Start-up is most of a one-file compile, so the bin loads the CLI as one CommonJS bundle (dist/bundle/cli.cjs,
// made by `npm run bundle`) through V8's code cache (dist/bundle/cli.cjs.cache, written at build time by
// train-code-cache.ts): no module resolution, no parsing, and the functions a compile runs arrive compiled.
// A cache that does not match this Node is ignored by V8; without a bundle, the modules of dist/ are loaded.

import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';
import type {CliIo} from './io.js';

export type Main = (io: CliIo) => Promise<number>;

const bundlePath = fileURLToPath(new URL('../bundle/cli.cjs', import.meta.url));
export const codeCachePath = `${bundlePath}.cache`;

/** Runs the bundle's module code; returns its exports and the script, whose code cache can then be taken. */
export function runBundle(cachedData?: Buffer): {main: Main; script: vm.Script} {
  const source = readFileSync(bundlePath, 'utf8');
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, {filename: bundlePath, cachedData});
  const module = {exports: {} as {main: Main}};
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return {main: module.exports.main, script};
}

export async function loadMain(): Promise<Main> {
  if (!existsSync(bundlePath)) return (await import('./main.js')).main;
  return runBundle(existsSync(codeCachePath) ? readFileSync(codeCachePath) : undefined).main;
}
