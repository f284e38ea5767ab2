// The subject a point or sentence opens with: "Sở Y tế chủ trì …", "Giao Sở Tư pháp theo dõi …".
import type {AgencyRef} from '../model/plan.js';
import {parseAgencyList} from './agency-list.js';
import {skipLeadIns} from './lead-in.js';
import {lexiconOf, tokensOf, type AgencyRegistry} from './registry.js';

/** Every agency of the opening subject ("Báo X, Đài Y tiếp tục …" gives both). */
export function leadingAgencies(text: string, registry: AgencyRegistry): AgencyRef[] {
  const tokens = tokensOf(registry, text);
  return parseAgencyList(tokens, skipLeadIns(tokens), lexiconOf(registry)).refs;
}

/** The first agency of the opening subject, or null when the text opens with something else. */
export function leadingAgency(text: string, registry: AgencyRegistry): AgencyRef | null {
  return leadingAgencies(text, registry)[0] ?? null;
}
