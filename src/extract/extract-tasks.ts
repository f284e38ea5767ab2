// Tasks: one per unit of assigned work. In the assignment section each item (or article) is a group of agencies
// (its heading names them); its points and bullets are the group's tasks, or the item is one task when it has none.
// Outside it, an item headed by agencies (a Chỉ thị's numbered items) is a group too, and a node whose text opens
// with an agency ("Sở Y tế chủ trì …", "Giao Sở Tư pháp …") is a task of that agency. Points that enumerate a
// sentence take its deadline and roles. Appendix tables with task columns give one task per row.

import type {AgencyRef, Deadline, Plan, PlanNode, Recurrence, Task, TaskAgency} from '../model/plan.js';
import {type AgencyRegistry, agenciesOfHeading, assignRoles, isRequest, leadingAgencies} from '../agencies/index.js';
import {GROUP_KINDS} from './assignment-section.js';
import {findRecurrence} from './deadlines.js';
import {firstLine, headingOf} from './heading-of.js';
import {tableTasks} from './table-tasks.js';
import {LETTER} from '../text/letter-classes.js';

const WORK_KINDS = new Set(['point', 'bullet']);
// The children of a group that hold its work: points and bullets, and sub-groups.
const GROUP_WORK_KINDS = new Set([...WORK_KINDS, 'subitem', 'item']);
const SECTION_KINDS = new Set(['section', 'part', 'chapter', 'paragraph']);
const isWork = (node: PlanNode): boolean => WORK_KINDS.has(node.kind);

/** When a task is due: its own deadline, else that of the sentence it enumerates ("Định kỳ hằng năm, trước ngày
 * 15 tháng 12, báo cáo: a) …; b) …"). */
interface Timing {
  deadline: Deadline | undefined;
  recurrence: Recurrence | null;
}

/**
 * What the points of an enumerating sentence take from it when they say nothing of their own: its timing, and who
 * leads and supports ("Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí: - dự toán …; - …").
 */
interface Enumeration {
  timing: Timing;
  roles: TaskAgency[] | null;
}

// Words that give a text roles of its own.
const ASSIGNS_ROLES = /chủ trì|phối hợp|cùng với|giao|đề nghị/iu;

function timingOf(node: PlanNode, text: string, inherited?: Timing): Timing {
  // enrichPlan has read every node's deadlines already; a node without them has none.
  const deadline = node.deadlines?.find((d) => d.date !== null);
  const recurrence = deadline?.recurrence ?? findRecurrence(text);
  if (deadline || recurrence || !inherited) return {deadline, recurrence};
  return inherited;
}

function taskOf(node: PlanNode, text: string, group: AgencyRef[], request: boolean, registry: AgencyRegistry, enumeration?: Enumeration): Task {
  const roles = assignRoles(text, group, registry);
  const {deadline, recurrence} = timingOf(node, text, enumeration?.timing);
  const agencies = enumeration?.roles && !ASSIGNS_ROLES.test(text) ? enumeration.roles : roles.agencies;
  return {
    path: node.path,
    text,
    agencies,
    due: deadline?.date ?? null,
    dueText: deadline?.text ?? null,
    recurrence,
    mode: request || roles.mode === 'request' ? 'request' : 'order',
    position: node.position,
  };
}

const ANY_LETTER = new RegExp(String.raw`[${LETTER}]`, 'u');

/** A text that goes on after the agencies it opens with ("Sở Y tế chủ trì …"), not a bare list of names. */
function namesWork(text: string, opener: readonly AgencyRef[]): boolean {
  const last = opener[opener.length - 1]!;
  const at = text.indexOf(last.printed);
  return at < 0 || ANY_LETTER.test(text.slice(at + last.printed.length));
}

/** A title and a text as one text, a line each; either may be missing. */
function lines(title: string | undefined, text: string | undefined): string {
  return title && text ? `${title}\n${text}` : title || text || '';
}

/** The group of an assignment item: the agencies its heading names (`named`), else the subject its text opens with. */
function groupOf(item: PlanNode, named: AgencyRef[], registry: AgencyRegistry): AgencyRef[] {
  return named.length ? named : leadingAgencies(item.text ?? '', registry);
}

export function extractTasks(plan: Plan, assignment: PlanNode | null, registry: AgencyRegistry): Task[] {
  const tasks: Task[] = [];
  const planDate = plan.document.date;

  // Work a section hands to nobody in particular is the issuer's own (a Party committee's plan for itself).
  const issuer = plan.document.issuer ? [registry.resolve(plan.document.issuer)] : [];

  // `named`: the agencies the item's heading names, when the caller has read them already.
  const groupTasks = (item: PlanNode, inherited: AgencyRef[], request: boolean, named?: AgencyRef[]): void => {
    const {title, text: itemText} = item;
    const heading = headingOf(item) ?? '';
    const own = groupOf(item, named ?? agenciesOfHeading(heading, registry), registry);
    const group = own.length ? own : inherited.length ? inherited : issuer;
    if (own.length) item.agencies = own;
    const asks = request || isRequest(heading);
    const work = item.children.filter((c) => GROUP_WORK_KINDS.has(c.kind));
    if (work.length === 0) {
      // A heading that names the group ("15. Sở Nội vụ") with its work below: the work is the task's text, so
      // "Phối hợp với Công an thành phố …" there makes the group support.
      const headingOnly = title !== undefined && itemText !== undefined && own.length > 0 && !namesWork(title, own);
      const text = headingOnly
        ? itemText
        : lines(itemText !== undefined && title === firstLine(itemText) ? undefined : title, itemText);
      if (text && group.length) tasks.push(taskOf(item, text, group, asks, registry));
      return;
    }
    // The item's own sentence times the points it enumerates, and gives them its roles when it names work after
    // its subject; a heading that only names agencies gives nothing.
    const sentence = lines(title, itemText);
    const enumeration: Enumeration | undefined = sentence
      ? {
          timing: timingOf(item, sentence),
          roles: own.length && namesWork(sentence, own) && ASSIGNS_ROLES.test(sentence) ? assignRoles(sentence, group, registry).agencies : null,
        }
      : undefined;
    for (const child of work) {
      // A sub-item, or a point that lists work below ("a) Sở Xây dựng" or "n) Lãnh đạo Ban Dân nguyện" then
      // bullets), is a group of its own inside the item: its bullets are the tasks.
      const kind = child.kind;
      if (kind === 'subitem' || kind === 'item' || child.children.some(isWork)) {
        groupTasks(child, group, asks);
        continue;
      }
      const text = child.text ?? '';
      const opener = leadingAgencies(text, registry);
      if (opener.length) child.agencies = opener;
      if (text) tasks.push(taskOf(child, text, opener.length ? opener : group, asks, registry, opener.length ? undefined : enumeration));
    }
  };

  // Nodes come in many shapes: each field is read once into a local.
  const visit = (nodes: PlanNode[]): void => {
    for (const node of nodes) {
      const {kind, children} = node;
      if (node === assignment) {
        for (const item of children) if (GROUP_KINDS.has(item.kind)) groupTasks(item, [], false);
        continue;
      }
      if (kind === 'table') {
        tasks.push(...tableTasks(node, registry, planDate));
        continue;
      }
      // Outside an assignment section (a Chỉ thị hands out work in numbered items of its own): an item headed by
      // the agencies it names ("4. Sở Nông nghiệp và Môi trường" and its points) is a group all the same.
      if (GROUP_KINDS.has(kind) && node.title && children.some(isWork)) {
        const named = agenciesOfHeading(node.title, registry);
        if (named.length > 0) {
          groupTasks(node, [], false, named);
          continue;
        }
      }
      if (!SECTION_KINDS.has(kind)) {
        const text = node.text;
        const opener = text ? leadingAgencies(text, registry) : [];
        if (text && opener.length && namesWork(text, opener)) {
          node.agencies = opener;
          tasks.push(taskOf(node, text, opener, false, registry));
        }
      }
      visit(children);
    }
  };
  visit(plan.body);
  return tasks;
}
