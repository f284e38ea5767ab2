// Every specific agency a text names, in order; generic phrases ("các cơ quan liên quan") are left out.
import type {AgencyRef} from '../model/plan.js';
import {isGeneric} from './generic-class.js';
import {matchAgencyAt} from './match-agency.js';
import {lexiconOf, tokensOf, type AgencyRegistry} from './registry.js';

export function mentionedAgencies(text: string, registry: AgencyRegistry): AgencyRef[] {
  const lex = lexiconOf(registry);
  const tokens = tokensOf(registry, text);
  const found: AgencyRef[] = [];
  for (let i = 0; tokens.get(i) !== undefined; ) {
    const m = matchAgencyAt(tokens, i, lex);
    if (!m) {
      i++;
      continue;
    }
    for (const r of m.refs) if (!isGeneric(r, lex)) found.push(r);
    i = m.end;
  }
  return found;
}
