// A user's registry file (`--agencies FILE.yaml` or .json) laid over the built-in registry. The file is parsed
// with the same guards as plan files (alias bombs, duplicate keys, foreign tags), since anyone may hand one over.

import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {describeFsError} from '../cli/fs-error.js';
import {errorLine} from '../cli/error-line.js';
import {parsePlanText} from '../validate/parse-plan-text.js';
import {extendRegistry, loadBuiltinRegistry, type AgencyRegistry} from './registry.js';

// A registry of every body of a country is well under this; a bigger file is a mistake, not a registry.
const MAX_BYTES = 16 * 1024 * 1024;

/** The error's message is one line naming the file, for the CLI to print as it is. */
export class RegistryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryFileError';
  }
}

/** Reads `file` (relative to `cwd`) and returns the built-in registry extended by it. Throws RegistryFileError. */
export async function loadUserRegistry(file: string, cwd: string): Promise<AgencyRegistry> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, file));
  } catch (error) {
    throw new RegistryFileError(`${file}: cannot read (${describeFsError(error)})`);
  }
  if (bytes.length > MAX_BYTES) throw new RegistryFileError(`${file}: too large for an agency registry (over ${MAX_BYTES / 1024 / 1024} MB)`);
  const parsed = parsePlanText(bytes.toString('utf8'));
  if (!parsed.ok) {
    const first = parsed.diagnostics[0]!;
    throw new RegistryFileError(`${file}: line ${first.line}: ${first.message}`);
  }
  try {
    return extendRegistry(loadBuiltinRegistry(), parsed.value);
  } catch (error) {
    throw new RegistryFileError(`${file}: ${errorLine(error)}`);
  }
}
