// The subject a point or sentence opens with: "Sở Y tế chủ trì …", "Giao Sở Tư pháp theo dõi …".
import type {AgencyRef} from '../model/plan.js';
import {parseAgencyList} from './agency-list.js';
import {foldWord} from './fold-word.js';
import {skipLeadIns} from './lead-in.js';
import type {Lexicon} from './lexicon.js';
import {openingOf} from './opening.js';
import {lexiconOf, tokensOf, type AgencyRegistry} from './registry.js';
import {LETTER, MARK, NUMBER} from '../text/letter-classes.js';

const FIRST_WORD = new RegExp(String.raw`[${LETTER}${MARK}${NUMBER}]+`, 'u');
// First words of lead-ins ("Đề nghị", "Giao", "Yêu cầu", "Trách nhiệm của", "Nhiệm vụ của", "Đối với", "Lãnh đạo").
const LEAD_IN_STARTS = new Set(['đề', 'giao', 'yêu', 'trách', 'nhiệm', 'đối', 'lãnh']);

const openers = new WeakMap<Lexicon, Set<string>>();

/** Every word a subject can open with: an agency's or class's first word, an abbreviation, a lead-in. */
function openerWords(lexicon: Lexicon): Set<string> {
  let words = openers.get(lexicon);
  if (!words) {
    words = new Set([...lexicon.starters, ...lexicon.abbreviations.openings(), ...LEAD_IN_STARTS]);
    openers.set(lexicon, words);
  }
  return words;
}

/** Every agency of the opening subject ("Báo X, Đài Y tiếp tục …" gives both). */
export function leadingAgencies(text: string, registry: AgencyRegistry): AgencyRef[] {
  const lexicon = lexiconOf(registry);
  // Most points open with a verb: their first word settles them before any tokenising.
  const first = FIRST_WORD.exec(text);
  if (first === null) return [];
  // Names and lead-ins are kept folded; abbreviations as printed ("UBND", "HĐND").
  const openers = openerWords(lexicon);
  if (!openers.has(foldWord(first[0])) && !openers.has(first[0])) return [];
  const tokens = tokensOf(registry, openingOf(text));
  return [...parseAgencyList(tokens, skipLeadIns(tokens), lexicon).refs];
}

/** The first agency of the opening subject, or null when the text opens with something else. */
export function leadingAgency(text: string, registry: AgencyRegistry): AgencyRef | null {
  return leadingAgencies(text, registry)[0] ?? null;
}
