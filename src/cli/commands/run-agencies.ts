// The work of `plan-compile agencies`, loaded when the command runs: read or compile the plans, count each
// agency's lead and support tasks, and list the names the registry did not know with an example of where each
// was printed.

import {csvTable} from '../../writers/csv-table.js';
import type {AgencyRegistry} from '../../agencies/index.js';
import type {AgencyRef, Plan} from '../../model/plan.js';
import {planInputs, readPlanInput} from '../plan-inputs.js';
import type {CliIo} from '../io.js';
import type {AgenciesOptions} from './agencies.js';
import {compilerOptionsOf, type CompileDeps} from './compile.js';

export interface AgencyCount {
  id: string;
  name: string;
  kind: 'body' | 'class';
  known: boolean;
  lead: number;
  support: number;
  plans: number;
  /** Unknown bodies: where one was named, "file:path", so a clerk can look it up. */
  example?: string;
}

export interface AgencyCensus {
  plans: number;
  /** Agencies named by tasks, one per task and agency. */
  mentions: number;
  unknownMentions: number;
  agencies: AgencyCount[];
}

export async function runAgencies(args: string[], options: AgenciesOptions, io: CliIo, injected: Partial<CompileDeps>): Promise<number> {
  const compilerOptions = await compilerOptionsOf(options, io.cwd);
  const {loadBuiltinRegistry} = await import('../../agencies/index.js');
  const registry = compilerOptions.registry ?? loadBuiltinRegistry();
  const compile = injected.compile ?? (await import('../../compile.js')).compileDocumentAsync;

  const refuse = (line: string): void => void io.stderr.write(`plan-compile: ${line}\n`);
  const {files, problems} = await planInputs(args, io.cwd);
  problems.forEach(refuse);
  let status = problems.length > 0 ? 2 : 0;
  const plans: {plan: Plan; file: string}[] = [];
  for (const input of files) {
    const plan = await readPlanInput(input, (doc) => compile(doc, {registry}));
    if (typeof plan === 'string') {
      refuse(`${input.display}: ${plan}`);
      status = 2;
    } else {
      plans.push({plan, file: input.display});
    }
  }
  const census = countAgencies(plans, registry);
  io.stdout.write(options.format === 'json' ? JSON.stringify(census, null, 2) + '\n' : options.format === 'csv' ? csvOf(census) : tableOf(census));
  return status;
}

/** Every agency the plans' tasks name, most tasks first; names a plan file marked unknown are looked up again. */
export function countAgencies(plans: readonly {plan: Plan; file: string}[], registry: AgencyRegistry): AgencyCensus {
  const counts = new Map<string, AgencyCount & {files: Set<string>}>();
  let mentions = 0;
  let unknownMentions = 0;
  for (const {plan, file} of plans) {
    for (const task of plan.tasks) {
      const seen = new Set<string>();
      for (const named of task.agencies) {
        const agency = named.known ? named : reresolved(named, registry);
        const key = `${agency.id}\u0000${named.role}`;
        if (seen.has(key)) continue;
        seen.add(key);
        mentions++;
        if (!agency.known) unknownMentions++;
        let count = counts.get(agency.id);
        if (count === undefined) {
          const name = registry.get(agency.id)?.name ?? agency.name;
          count = {id: agency.id, name, kind: agency.kind, known: agency.known, lead: 0, support: 0, plans: 0, files: new Set()};
          if (!agency.known) count.example = `${file}:${task.path}`;
          counts.set(agency.id, count);
        }
        count[named.role]++;
        count.files.add(file);
      }
    }
  }
  const agencies = [...counts.values()].map(({files, ...count}) => ({...count, plans: files.size}));
  agencies.sort((a, b) => b.lead + b.support - (a.lead + a.support) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {plans: plans.length, mentions, unknownMentions, agencies};
}

// A plan file keeps what the registry knew when it was compiled; the registry (or --agencies) may know more now.
function reresolved(agency: AgencyRef, registry: AgencyRegistry): AgencyRef {
  const again = registry.resolve(agency.printed || agency.name);
  return again.known ? again : agency;
}

const percent = (part: number, whole: number): string => `${whole === 0 ? '0.0' : ((part / whole) * 100).toFixed(1)}%`;

function columns(rows: readonly string[][], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((row) => [...row[k]!].length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, k) => (rightAligned.has(k) ? cell.padStart(widths[k]!) : cell.padEnd(widths[k]!))).join('  ').trimEnd();
  return rows.map(line).join('\n') + '\n';
}

function tableOf(census: AgencyCensus): string {
  const known = census.agencies.filter((a) => a.known);
  const unknown = census.agencies.filter((a) => !a.known);
  const plans = `${census.plans} plan${census.plans === 1 ? '' : 's'}`;
  let out = known.length === 0
    ? `No known agency in ${plans}.\n`
    : columns([['id', 'name', 'lead', 'support', 'plans'], ...known.map((a) => [a.id, a.name, String(a.lead), String(a.support), String(a.plans)])], new Set([2, 3, 4]));
  out += `\n${known.length} known agencies in ${plans}; ${census.unknownMentions} of ${census.mentions} agency mentions unknown (${percent(census.unknownMentions, census.mentions)}).\n`;
  if (unknown.length > 0) {
    out += '\nNames not in the registry (add them with --agencies FILE.yaml):\n';
    out += columns([['mentions', 'name', 'example'], ...unknown.map((a) => [String(a.lead + a.support), a.name, a.example ?? ''])], new Set([0]));
  }
  return out;
}

function csvOf(census: AgencyCensus): string {
  return csvTable([
    ['id', 'name', 'kind', 'known', 'lead', 'support', 'plans', 'example'],
    ...census.agencies.map((a) => [a.id, a.name, a.kind, String(a.known), String(a.lead), String(a.support), String(a.plans), a.example ?? '']),
  ]);
}

/** Folders give their plan files, or their documents when they hold none (both would count tasks twice). */


/** The plan, or the one-line reason the input gives none. */
