// Deadlines and rhythms in one node's text (DESIGN.md "Deadlines", spec/vn-admin-format.md §5).
//
// A date phrase is only a deadline when something says it times work: a lead word ("trước", "trong", "xong",
// "chậm nhất"), a timing field ("Thời gian thực hiện: …"), a range's end ("Từ … đến …"), or a line that holds
// nothing else (a table cell, a "Giai đoạn 2025 - 2030" heading). Without one, a date belongs to a cited
// document, a statistic, a topic ("Festival Huế năm 2020") or a horizon ("Đến năm 2030"), and is left alone.
// Decisions: "Từ 01/7/2025" alone is a start, not a deadline; a range open at its end ("và những năm tiếp theo",
// "trở đi") is not a deadline; "hằng ngày" has no Recurrence value and is not reported.

import type {Deadline, Recurrence} from '../model/plan.js';
import {
  afterLetter,
  afterLetterOrDigit,
  DAY_SOURCE,
  MONTH_SOURCE,
  SLASH_SOURCE,
  YEAR_SOURCE,
  execNear,
  execNotAfter,
  firstNotAfter,
  formsOf,
  hasDigit,
  isoDate,
  lastDayOfMonth,
  numberOf,
  printedForm,
  quarterOf,
} from './vietnamese-dates.js';
import {LETTER} from '../text/letter-classes.js';

export interface DeadlineContext {
  /** ISO date of the plan, e.g. "2025-11-20". */
  planDate: string | null;
  /** The node is inside a Mục tiêu (targets) section: horizons are not deadlines. */
  inTargets?: boolean;
}

const named = (name: string, source: string) => `(?<${name}>` + source.slice(1);

// A dated phrase never starts right after a letter or digit (afterLetterOrDigit).
const ATOM_SOURCE = '(?:' + [
  // 20/11/2020, ngày 20 /11/2020
  String.raw`(?:ngày\s*)?${named('d1', DAY_SOURCE)}${SLASH_SOURCE}${named('m1', MONTH_SOURCE)}${SLASH_SOURCE}${named('y1', YEAR_SOURCE)}`,
  // ngày 15 tháng 12 năm 2021, ngày 15 tháng 12
  String.raw`ngày\s*${named('d2', DAY_SOURCE)}\s*tháng\s*${named('m2', MONTH_SOURCE)}(?:\s*(?:năm\s*|[/-]\s?)${named('y2', YEAR_SOURCE)})?`,
  // ngày 20/11
  String.raw`(?:ngày\s*)?${named('d3', DAY_SOURCE)}\s?/\s?${named('m3', MONTH_SOURCE)}(?!\s?[/\d])`,
  // ngày 16 (hằng tháng)
  String.raw`ngày\s*${named('d4', DAY_SOURCE)}(?!\s*(?:tháng|[/-]))`,
  // tháng 6/2021, tháng 11 - 12/2025, tháng 11, 12/2013, tháng 6 năm 2021, tháng 3
  String.raw`tháng\s*${named('m5', MONTH_SOURCE)}(?:\s*[-,]\s*(?:tháng\s*)?${named('m6', MONTH_SOURCE)})?(?:\s*(?:[/-]|năm)\s*${named('y5', YEAR_SOURCE)})?`,
  // Quý I/2026, quý IV năm 2021
  String.raw`quý\s*(?<q>iv|iii|ii|i|[1-4])(?![${LETTER}\d])(?:\s*(?:[/-]|năm)\s*${named('y6', YEAR_SOURCE)})?`,
  // 6 tháng đầu năm 2025
  String.raw`0?6\s*tháng\s*(?<half>đầu|cuối)\s*năm(?:\s*${named('y7', YEAR_SOURCE)})?`,
  // năm 2026, 2024-2025, giai đoạn 2026 - 2030
  String.raw`(?:(?<stage>giai\s*đoạn)\s*)?(?:(?<year>năm)\s*)?(?<![\d/.-])${named('y8', YEAR_SOURCE)}(?!\s?/)(?:\s*-\s*(?:năm\s*)?${named('y9', YEAR_SOURCE)})?`,
].join('|') + ')';

// V8 resets every capture group at every position it tries, and twenty groups made the scan twice as slow: the
// text is scanned with a pattern that captures nothing, and only a match is read again. That read numbers its
// groups (every group of ATOM_SOURCE is named), as V8 would build a twenty-field object for named ones.
const ATOM_SCAN = new RegExp(ATOM_SOURCE.replace(/\(\?<\w+>/g, '(?:'), 'gu');
const ATOM_AT = new RegExp(ATOM_SOURCE.replace(/\(\?<\w+>/g, '('), 'uy');
const ATOM_GROUP_NAMES = [...ATOM_SOURCE.matchAll(/\(\?<(\w+)>/g)].map((g) => g[1]);

// What the few words before a date may say. Each runs on a short slice that ends at the date; the three read with
// firstNotAfter never start right after a letter.
const LEAD = /(?:(?:(?:hoàn thành|hoàn tất|xong|kết thúc)\s+)?(?:trước|trong|vào|chậm nhất(?:\s+là)?(?:\s+(?:vào|trước|trong))?|hạn chót(?:\s+là)?)|hoàn thành|hoàn tất|xong)[\s(]*$/gu;
const FIELD = /(?:thời gian|thời hạn|tiến độ)[^.;:\n]{0,50}:\s*\(?$/gu;
const FROM = new RegExp(String.raw`(?<![${LETTER}])từ[\s(]*$`, 'uy');
const REVIEW_PAREN = /(?:sơ kết|tổng kết|giữa kỳ)[^.;\n]{0,60}\(\s*$/gu;
const LINE_HEAD = /^[\s\-+•(]*$/;
const LINE_TAIL = /^[\s).;:,]*$/;
// "trong năm 2020" that dates a topic (events or a budget of the year, what a "về" (about) clause is about) or a
// target ("đạt mục tiêu … trong năm 2025").
const TOPIC = new RegExp(String.raw`(?<![${LETTER}])(?:về(?!\s+(?:sở|ủy ban|uỷ ban|ubnd|bộ|ban|văn phòng|công an|cơ quan|thường trực|hội đồng|tỉnh ủy|tỉnh uỷ|chính phủ|quốc hội|trung ương))|ngân sách|dự toán|sự kiện|festival|lễ hội|đạt|mục tiêu|chỉ tiêu|phấn đấu)(?![${LETTER}])`, 'u');
const PAST_AFTER = new RegExp(String.raw`^\s*(?:đã|vừa)(?![${LETTER}])`, 'u');
const OPEN_END = /^\s*\)?\s*(?:và\s+(?:(?:những|các)\s+năm\s+)?tiếp\s+theo|trở\s+đi|trở\s+về\s+sau)/u;
const RANGE_TAIL = /\s*(?:-|đến|tới)\s*(?:hết\s*)?/uy;
const FREQUENCY_AFTER = new RegExp(String.raw`^\s*\(?\s*(?:hằng|hàng|mỗi)\s+(?:tuần|tháng|quý|năm)(?![${LETTER}])`, 'u');
const MONTHLY_AFTER = new RegExp(String.raw`^\s*(?:hằng|hàng|mỗi)\s+tháng(?![${LETTER}])`, 'u');

// A rhythm never starts right after a letter (afterLetter).
const FREQUENCY = new RegExp(
  '(?:' +
    [
      String.raw`(?<weekly>(?:hằng|hàng|mỗi)\s+tuần)`,
      String.raw`(?<monthly>(?:hằng|hàng|mỗi)\s+tháng(?!\s*\d))`,
      String.raw`(?<quarterly>(?:hằng|hàng|mỗi)\s+quý)`,
      // "6 tháng" is a rhythm after "định kỳ"/"hằng"/"sơ kết", or alone in a list of rhythms; never an age
      // ("06 tháng tuổi") or a half-year ("6 tháng đầu năm 2025").
      String.raw`(?<semiannual>(?:định kỳ|hằng|hàng|mỗi|sơ kết|báo cáo)\s+0?6\s+tháng(?!\s*(?:đầu|cuối|năm|tuổi|đến|\d))|0?6\s+tháng\s+(?:một|1)\s+lần|0?6(?<=[:,]\s{0,3}0?6)\s+tháng(?=\s*[,(;.]))`,
      String.raw`(?<annual>(?:hằng|hàng|mỗi)\s+năm(?!\s*\d))`,
      // "chi thường xuyên" is recurrent spending, not an ongoing task. Lookbehinds sit after a literal and are
      // bounded, so that no position of a long run of spaces is scanned twice.
      String.raw`(?<ongoing>thường(?<!(?:chi|phí|không)\s{1,3}thường)\s+xuyên)`,
    ].join('|') +
    String.raw`)(?![${LETTER}])`,
  'gu',
);
const RECURRENCES: Recurrence[] = ['weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'ongoing'];

const LOOK_BACK = 80;
const CLAUSE_BACK = 150;
const SENTENCE_REACH = 300;
const LINE_SLACK = 12;

type Groups = Record<string, string | undefined>;

// Cheap gates: every dated phrase has a digit, every rhythm one of these words; texts with neither skip the big
// patterns. The digit test is by far the cheaper, so it runs first.
const MAY_HOLD_RHYTHM = /tuần|tháng|quý|năm|xuyên/iu;
// Without a digit, only a quarter ("quý IV") is dated. Its "ý" is looked for first ("ý" and "Ý" are the only letters
// the case-blind pattern takes for it): a string search, several times faster, rules out most texts.
const QUARTER = /quý/iu;
const mayNameQuarter = (printed: string) => (printed.includes('ý') || printed.includes('Ý')) && QUARTER.test(printed);
// Every FREQUENCY match holds one of these: most dated texts have none and need no scan for rhythms.
const FREQUENCY_CUE = /hằng|hàng|mỗi|xuyên|6\s+tháng/;

interface Found {
  start: number;
  end: number;
  date: string | null;
  recurrence: Recurrence | null;
}

/** Every deadline in the node's own text, in order: dated phrases, then bare rhythms where no date carries them. */
export function findDeadlines(text: string, context: DeadlineContext): Deadline[] {
  if (context.inTargets || !(hasDigit(text) || MAY_HOLD_RHYTHM.test(text))) return [];
  return deadlinesIn(text, context.planDate, true);
}

/**
 * The deadlines of findDeadlines that have a date, in the same order: what a node keeps, found with less work. It
 * skips the bare rhythms, and of a text without a digit it reads only one that names a quarter ("quý IV"), the one
 * date written without a digit. (The quarter is looked for in the printed form; findDeadlines reads such a text only
 * when a rhythm word shows before normalisation, and so does this.)
 */
export function findDatedDeadlines(text: string, context: DeadlineContext): Deadline[] {
  if (context.inTargets) return [];
  if (!(hasDigit(text) || (mayNameQuarter(printedForm(text)) && MAY_HOLD_RHYTHM.test(text)))) return [];
  return deadlinesIn(text, context.planDate, false).filter((d) => d.date !== null);
}

function deadlinesIn(text: string, planDate: string | null, withRhythms: boolean): Deadline[] {
  const {printed, folded} = formsOf(text);
  const dated = findDated(folded, parsePlanDate(planDate));
  const found: Found[] = [...dated];
  // Both lists run in text order, so only the dates within a sentence's reach of a frequency need a look.
  let near = 0;
  for (const freq of withRhythms && FREQUENCY_CUE.test(folded) ? frequencies(folded) : []) {
    while (near < dated.length && dated[near].end < freq.start - 2 * SENTENCE_REACH) near++;
    let covered = false;
    for (let i = near; i < dated.length && dated[i].start <= freq.start + SENTENCE_REACH && !covered; i++) {
      const d = dated[i];
      covered = (freq.start >= d.start && freq.start < d.end) ||
        (d.recurrence === freq.recurrence && sameSentence(folded, d.start, freq.start));
    }
    if (!covered) found.push(freq);
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => ({text: trimmed(printed.slice(f.start, f.end)), date: f.date, recurrence: f.recurrence}));
}

/** The task's rhythm: the first specific one (weekly … annual), else ongoing, else null. */
export function findRecurrence(text: string): Recurrence | null {
  if (!MAY_HOLD_RHYTHM.test(text)) return null;
  const {folded} = formsOf(text);
  if (!FREQUENCY_CUE.test(folded)) return null;
  let ongoing = false;
  for (const freq of frequencies(folded)) {
    if (freq.recurrence !== 'ongoing') return freq.recurrence;
    ongoing = true;
  }
  return ongoing ? 'ongoing' : null;
}

interface PlanDate {
  iso: string;
  year: number;
}

const ISO_DATE = /^(\d{4})-\d\d-\d\d/;

// Every text of a plan is read with the plan's date: it is parsed once, not once a text.
let lastPlanDate: {iso: string | null; date: PlanDate | null} = {iso: null, date: null};

function parsePlanDate(iso: string | null): PlanDate | null {
  if (iso !== lastPlanDate.iso) {
    const m = iso === null ? null : ISO_DATE.exec(iso);
    lastPlanDate = {iso, date: m ? {iso: m[0], year: Number(m[1])} : null};
  }
  return lastPlanDate.date;
}

/** FROM's match in `pre`: only at its last "từ" can one be, as more than spaces and "(" follow any other. */
function fromBefore(pre: string): RegExpExecArray | null {
  const at = pre.lastIndexOf('từ');
  if (at < 0) return null;
  FROM.lastIndex = at;
  return FROM.exec(pre);
}

function findDated(folded: string, plan: PlanDate | null): Found[] {
  const out: Found[] = [];
  // Whether the text has a rhythm at all: asked only once a date is kept, as most texts keep none.
  let rhythmic: boolean | undefined;
  ATOM_SCAN.lastIndex = 0;
  for (let m = nextAtom(folded); m !== null; m = nextAtom(folded)) {
    const atom = groupsOf(m);
    const pre = folded.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    let start = m.index;
    let end = m.index + m[0].length;
    let last = atom;

    // A range: "Từ X đến Y", "Quý IV/2025 - Quý II/2026" ends where its second half ends.
    RANGE_TAIL.lastIndex = end;
    const tail = RANGE_TAIL.exec(folded);
    const second = tail ? atomAt(folded, RANGE_TAIL.lastIndex) : null;
    if (second) {
      last = groupsOf(second);
      end = second.index + second[0].length;
    }

    const from = fromBefore(pre);
    let accepted: boolean;
    if (from) {
      accepted = second !== null;
      start -= pre.length - from.index;
    } else {
      const lead = firstNotAfter(LEAD, afterLetter, pre);
      accepted = isAccepted(folded, m.index, end, pre, atom, lead !== null);
      if (accepted && lead && !isField(pre)) start -= pre.length - lead.index;
    }
    if (!accepted || OPEN_END.test(folded.slice(end, end + 40))) continue;
    ATOM_SCAN.lastIndex = end;

    const date = resolve(last, plan);
    if (date === undefined) continue;
    const frequency = FREQUENCY_AFTER.exec(folded.slice(end, end + 20));
    if (frequency) end += frequency[0].length;
    if (date === null) {
      // A day of the month with no month ("trước ngày 16 hằng tháng") is a monthly rhythm.
      if (last.d4 === undefined || !MONTHLY_AFTER.test(folded.slice(m.index + m[0].length, end + 1))) continue;
      out.push({start, end, date: null, recurrence: 'monthly'});
      continue;
    }
    // A date of an earlier year, or a whole range already over when the plan was signed, tells the past.
    if (plan && (Number(date.slice(0, 4)) < plan.year || (from && date < plan.iso))) continue;
    rhythmic ??= FREQUENCY_CUE.test(folded);
    const recurrence = rhythmic ? sentenceRecurrence(folded, m.index, frequency ? end : -1) : null;
    out.push({start, end, date, recurrence});
  }
  return out;
}

// Every dated phrase is a quarter ("quý IV"), or its first digit, at most three words after its start ("giai đoạn
// năm 2026"), starts a year, a day or month before "/" or "-" (split digits too: "0 6/11"), or a number before
// "tháng", or follows "ngày" or "tháng". Any other digit (an item's number, a figure, a percentage) is no anchor:
// a scan started before it would run on to the next dated phrase, and most digits of a plan date nothing.
const ATOM_ANCHOR = /quý|(?:19|20)\d\d|\d(?:(?<=(?:ngày|tháng)\s*\d)|(?:\s?\d)?\s?[/-]|\d?\s*tháng)/g;
const WORDS_BEFORE_ANCHOR = 3;
/** The search for dated phrases, for the test that holds its anchor to execNear's promise. */
export const DATED_PHRASE_SEARCH = {pattern: ATOM_SCAN.source, anchor: ATOM_ANCHOR.source, words: WORDS_BEFORE_ANCHOR};

function nextAtom(folded: string): RegExpExecArray | null {
  const found = execNear(ATOM_SCAN, ATOM_ANCHOR, WORDS_BEFORE_ANCHOR, afterLetterOrDigit, folded);
  if (found === null) return null;
  ATOM_AT.lastIndex = found.index;
  return ATOM_AT.exec(folded);
}

/** The groups of an ATOM_AT match that matched, by name. */
function groupsOf(m: RegExpExecArray): Groups {
  const groups: Groups = {};
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) groups[ATOM_GROUP_NAMES[i - 1]] = m[i];
  return groups;
}

function atomAt(folded: string, index: number): RegExpExecArray | null {
  if (afterLetterOrDigit(folded, index)) return null;
  ATOM_AT.lastIndex = index;
  return ATOM_AT.exec(folded);
}

// A timing field ends in a colon, and a review's date sits in brackets: most of what stands before a date has
// neither, and is not scanned for them.
const isField = (pre: string) => pre.includes(':') && firstNotAfter(FIELD, afterLetter, pre) !== null;

/** Whether what stands around a date makes it time work. */
function isAccepted(folded: string, start: number, end: number, pre: string, atom: Groups, lead: boolean): boolean {
  if (atom.d4 !== undefined) return lead;
  if (isField(pre) || isWholeLine(folded, start, end)) return true;
  if (atom.y8 === undefined) return lead;
  // Years: only "năm 2026" after a lead or as the date of a review, never a bare year or range in running text.
  if (atom.year === undefined || atom.y9 !== undefined || atom.stage !== undefined) return false;
  if (pre.includes('(') && firstNotAfter(REVIEW_PAREN, afterLetter, pre) !== null) return true;
  return lead && !TOPIC.test(clauseBefore(folded, start)) && !PAST_AFTER.test(folded.slice(end, end + 10));
}

/** Whether the phrase has its line to itself, give or take a bullet or closing punctuation (windows stay short). */
function isWholeLine(folded: string, start: number, end: number): boolean {
  const head = folded.slice(Math.max(0, start - LINE_SLACK), start);
  const newline = head.lastIndexOf('\n');
  if (newline < 0 && start > LINE_SLACK) return false;
  if (!LINE_HEAD.test(head.slice(newline + 1))) return false;
  const tail = folded.slice(end, end + LINE_SLACK);
  const lineEnd = tail.indexOf('\n');
  if (lineEnd < 0 && end + LINE_SLACK < folded.length) return false;
  return LINE_TAIL.test(lineEnd < 0 ? tail : tail.slice(0, lineEnd));
}

function clauseBefore(folded: string, index: number): string {
  const window = folded.slice(Math.max(0, index - CLAUSE_BACK), index);
  const cut = Math.max(window.lastIndexOf('.'), window.lastIndexOf(';'), window.lastIndexOf(':'), window.lastIndexOf('\n'));
  return window.slice(cut + 1);
}

/** The ISO end of the period; null for a date that needs a year nobody gave; undefined for no date at all. */
function resolve(g: Groups, plan: PlanDate | null): string | null | undefined {
  if (g.y1 !== undefined) return isoDate(numberOf(g.y1), numberOf(g.m1), numberOf(g.d1)) ?? undefined;
  if (g.d2 !== undefined) {
    if (g.y2 !== undefined) return isoDate(numberOf(g.y2), numberOf(g.m2), numberOf(g.d2)) ?? undefined;
    return yearless(numberOf(g.m2), numberOf(g.d2), plan);
  }
  if (g.d3 !== undefined) return yearless(numberOf(g.m3), numberOf(g.d3), plan);
  if (g.d4 !== undefined) return null;
  if (g.m5 !== undefined) {
    const month = numberOf(g.m6 ?? g.m5);
    if (g.y5 === undefined) return yearless(month, 0, plan);
    const year = numberOf(g.y5);
    return isoDate(year, month, lastDayOfMonth(year, month)) ?? undefined;
  }
  if (g.q !== undefined) {
    const month = quarterOf(g.q) * 3;
    if (g.y6 === undefined) return yearless(month, 0, plan);
    const year = numberOf(g.y6);
    return isoDate(year, month, lastDayOfMonth(year, month)) ?? undefined;
  }
  if (g.half !== undefined) {
    if (g.y7 === undefined) return undefined;
    return g.half === 'đầu' ? `${g.y7}-06-30` : `${g.y7}-12-31`;
  }
  return `${g.y9 ?? g.y8}-12-31`;
}

/**
 * A day (or, with day 0, the end of a month) with no year: the plan's year, or the next one where that would
 * fall before the plan's own date. Null when the plan has no date.
 */
function yearless(month: number, day: number, plan: PlanDate | null): string | null | undefined {
  if (!plan) return null;
  const at = (year: number) => isoDate(year, month, day === 0 ? lastDayOfMonth(year, month) : day);
  const date = at(plan.year);
  if (date === null) return day === 29 && month === 2 ? at(plan.year + 1) ?? undefined : undefined;
  return date < plan.iso ? at(plan.year + 1) ?? undefined : date;
}

const nextFrequency = (folded: string) => execNotAfter(FREQUENCY, afterLetter, folded);

function* frequencies(folded: string): Generator<Found> {
  FREQUENCY.lastIndex = 0;
  for (let m = nextFrequency(folded); m !== null; m = nextFrequency(folded)) {
    yield {start: m.index, end: m.index + m[0].length, date: null, recurrence: recurrenceOf(m.groups as Groups)};
  }
}

function recurrenceOf(groups: Groups): Recurrence {
  return RECURRENCES.find((name) => groups[name] !== undefined) ?? 'ongoing';
}

/**
 * The rhythm of the sentence around a date: the frequency printed right after it ("trước ngày 30/11 hằng năm",
 * ending at `after`), else the nearest one before it, else the first one after it.
 */
function sentenceRecurrence(folded: string, index: number, after: number): Recurrence | null {
  const [from, to] = sentenceAround(folded, index);
  let before: Recurrence | null = null;
  for (const freq of frequencies(folded.slice(from, to))) {
    if (from + freq.end === after) return freq.recurrence;
    if (from + freq.start >= index && after < 0) return before ?? freq.recurrence;
    if (from + freq.start < index) before = freq.recurrence;
  }
  return before;
}

function sameSentence(folded: string, a: number, b: number): boolean {
  const [from, to] = sentenceAround(folded, a);
  return b >= from && b < to;
}

const isSentenceEnd = (folded: string, i: number) => {
  const ch = folded[i];
  if (ch === ';' || ch === '\n' || ch === '!' || ch === '?') return true;
  // A full stop, but not one inside a number ("3.000") or an abbreviation joined to the next word.
  return ch === '.' && (i + 1 >= folded.length || folded[i + 1] === ' ');
};

function sentenceAround(folded: string, index: number): [number, number] {
  let from = index;
  const floor = Math.max(0, index - SENTENCE_REACH);
  while (from > floor && !isSentenceEnd(folded, from - 1)) from--;
  let to = index;
  const ceiling = Math.min(folded.length, index + SENTENCE_REACH);
  while (to < ceiling && !isSentenceEnd(folded, to)) to++;
  return [from, to];
}

const NOISE_BEFORE = /[\s*_(]/;
const NOISE_AFTER = /[\s*_]/;

function trimmed(phrase: string): string {
  let a = 0;
  let b = phrase.length;
  while (a < b && NOISE_BEFORE.test(phrase[a])) a++;
  while (b > a && NOISE_AFTER.test(phrase[b - 1])) b--;
  return phrase.slice(a, b);
}
