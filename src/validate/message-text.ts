// A finding as one line of text: its plan path first, as the stylish report shows it.

import type {Diagnostic} from '../model/plan.js';

export function messageText(diagnostic: Diagnostic): string {
  return diagnostic.path === null ? diagnostic.message : `${diagnostic.path}: ${diagnostic.message}`;
}
