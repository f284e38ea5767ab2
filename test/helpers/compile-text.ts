// Compiling inline fixtures: a text in, the plan out, with the decoded source the loss check needs.

import {compileDocument} from '../../src/compile.js';
import {decode} from '../../src/decode/decode.js';
import type {Plan} from '../../src/model/plan.js';
import {loadReader} from '../../src/readers/registry.js';

// compileDocument is synchronous and reads Markdown only once its reader is loaded.
await loadReader('markdown');

export interface Compiled {
  plan: Plan;
  /** The decoded text the compiler read (line numbers of the plan refer to it). */
  source: string;
}

export function compileBytes(bytes: Uint8Array, path = 'input.txt'): Compiled {
  const plan = compileDocument({path, bytes});
  return {plan, source: decode(bytes).text};
}

export function compileText(text: string, path = 'input.txt'): Compiled {
  return compileBytes(new TextEncoder().encode(text), path);
}
