// Generic phrases ("các cơ quan, đơn vị liên quan", "các sở, ban, ngành") name no one in particular: roles and
// mention lists leave them out. Classes with a head ("UBND các xã, phường") or fixed names are specific enough.
import type {AgencyRef} from '../model/plan.js';
import type {Lexicon} from './lexicon.js';

export function isGeneric(ref: AgencyRef, lex: Lexicon): boolean {
  if (ref.kind !== 'class') return false;
  const entry = lex.byId.get(ref.id);
  return entry?.nouns !== undefined && entry.head === undefined;
}
