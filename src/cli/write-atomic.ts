// A reader of the output never sees half a plan: write a temp file beside the target, then rename over it.

import {randomUUID} from 'node:crypto';
import {rm, writeFile, rename} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';

export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  // Same folder as the target, so rename never crosses file systems.
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, {force: true});
    throw error;
  }
}
