// The agencies an assignment heading names: "Báo X, Đài Y, các Tạp chí: A, B; Cổng Z" is five; a topic is none.
import type {AgencyRef} from '../model/plan.js';
import {parseAgencyList} from './agency-list.js';
import {skipLeadIns} from './lead-in.js';
import {lexiconOf, tokensOf, type AgencyRegistry} from './registry.js';

/**
 * The bodies or classes a heading opens with. A heading that is a sentence ("Sở Tài chính chủ trì, phối hợp với …")
 * gives its subject only; a topic ("Chế độ báo cáo") gives none.
 */
export function agenciesOfHeading(heading: string, registry: AgencyRegistry): AgencyRef[] {
  const tokens = tokensOf(registry, heading);
  return [...parseAgencyList(tokens, skipLeadIns(tokens), lexiconOf(registry)).refs];
}
