// Who leads and who supports one point of work (DESIGN.md "Roles").
import type {AgencyRef, TaskAgency} from '../model/plan.js';
import {parseAgencyList} from './agency-list.js';
import {isGeneric} from './generic-class.js';
import {firstWord, opensWithRequest, phraseAt} from './lead-in.js';
import type {Lexicon} from './lexicon.js';
import {openingOf} from './opening.js';
import {taskAgency} from './task-agency.js';
import {lexiconOf, tokensOf, type AgencyRegistry} from './registry.js';
import type {TokenList} from './token-list.js';
import {isPlainNfc, type Token} from './tokenize.js';

export interface RoleAssignment {
  agencies: TaskAgency[];
  mode: 'order' | 'request';
}

const MAY_COOPERATE = /phối|cùng/iu;
const COOPERATION_WORDS = /phối|cùng/giu;
const ADVERBS = [['tiếp', 'tục'], ['chủ', 'động'], ['tích', 'cực'], ['khẩn', 'trương']];

/** "phối" or "cùng": the words a cooperation opens with. */
function opensCooperation(t: Token | undefined): boolean {
  return t?.key === 'phối' || t?.key === 'cùng';
}

/**
 * How many tokens of a text can open a cooperation, at most: each is an occurrence of "phối" or "cùng" in the NFC
 * form that tokens read, in any case (`printed`: the text as printed has one). An abbreviation that expands to one
 * of them leaves no bound.
 */
function cooperationWords(source: string, printed: boolean, lex: Lexicon): number {
  if (lex.expansionKeys.has('phối') || lex.expansionKeys.has('cùng')) return Infinity;
  const plain = isPlainNfc(source);
  if (!printed && plain) return 0;
  return (plain ? source : source.normalize('NFC')).match(COOPERATION_WORDS)?.length ?? 0;
}

/** After "phối hợp (chặt chẽ) (với)" or "cùng với": the agencies named (generic phrases left out), and where it ends. */
function cooperation(tokens: TokenList, i: number, lex: Lexicon): {partners: AgencyRef[]; end: number} | null {
  // Tried at every word of a text: most are settled by the first word.
  if (!opensCooperation(tokens.get(i))) return null;
  let j = i;
  if (phraseAt(tokens, j, ['phối', 'hợp'])) {
    j += 2;
    if (phraseAt(tokens, j, ['chặt', 'chẽ'])) j += 2;
    if (phraseAt(tokens, j, ['với']) || phraseAt(tokens, j, ['cùng'])) j++;
  } else if (phraseAt(tokens, j, ['cùng', 'với'])) {
    j += 2;
  } else {
    return null;
  }
  const list = parseAgencyList(tokens, j, lex);
  return {partners: list.refs.filter((r) => !isGeneric(r, lex)), end: Math.max(list.end, j)};
}

function skipAdverbs(tokens: TokenList, i: number): number {
  for (const words of ADVERBS) if (phraseAt(tokens, i, words)) return i + words.length;
  return i;
}

/** "Giao A …" at `i`: A becomes the subject. */
function delegation(tokens: TokenList, i: number, lex: Lexicon): {refs: AgencyRef[]; end: number} | null {
  if (!phraseAt(tokens, i, ['giao'])) return null;
  const list = parseAgencyList(tokens, i + 1, lex);
  return list.refs.length > 0 ? list : null;
}

function withRole(refs: readonly AgencyRef[], role: 'lead' | 'support', seen: Set<string>): TaskAgency[] {
  const out: TaskAgency[] = [];
  for (const r of refs) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push(taskAgency(r, role));
  }
  return out;
}

/**
 * Roles for a point of text in a group of agencies. The group leads by default and on "Chủ trì …"; bodies after
 * "phối hợp với" support; a point that opens with "Phối hợp với A" makes A lead and the group support; a subject
 * named at the start ("X chủ trì …", "Giao A …") replaces the group. "Đề nghị …" makes it a request.
 */
export function assignRoles(text: string, group: AgencyRef[], registry: AgencyRegistry): RoleAssignment {
  const lex = lexiconOf(registry);
  // Partners come after "phối hợp" or "cùng" anywhere in the text; without them only the subject matters.
  const cooperates = MAY_COOPERATE.test(text);
  const source = cooperates ? text : openingOf(text);
  const tokens = tokensOf(registry, source);
  const mode = opensWithRequest(tokens) ? 'request' : 'order';
  let i = firstWord(tokens) + (mode === 'request' ? 2 : 0);
  let leaders: AgencyRef[] = group;
  let named = false;
  const subject = delegation(tokens, i, lex) ?? parseAgencyList(tokens, i, lex);
  if (subject.refs.length > 0) {
    leaders = subject.refs;
    named = true;
    i = subject.end;
    const delegated = delegation(tokens, i, lex);
    if (delegated) {
      leaders = delegated.refs;
      i = delegated.end;
    }
  }
  const seen = new Set<string>();
  const opening = named ? null : cooperation(tokens, skipAdverbs(tokens, i), lex);
  if (opening) {
    return {agencies: [...withRole(opening.partners, 'lead', seen), ...withRole(group, 'support', seen)], mode};
  }
  const partners: AgencyRef[] = [];
  // Once the tokens passed hold every word that could open a cooperation, the rest of the text is not read.
  let unseen = cooperationWords(source, cooperates, lex);
  for (let passed = 0; unseen > 0 && tokens.get(i) !== undefined; ) {
    for (; passed < i; passed++) if (opensCooperation(tokens.get(passed))) unseen--;
    if (unseen <= 0) break;
    const c = cooperation(tokens, i, lex);
    if (c) {
      partners.push(...c.partners);
      i = c.end;
    } else {
      i++;
    }
  }
  return {agencies: [...withRole(leaders, 'lead', seen), ...withRole(partners, 'support', seen)], mode};
}
