// The shape of registry data (the built-in registry.json and users' registry files), checked on load.

export interface AgencyEntry {
  id: string;
  name: string;
  kind: 'body' | 'class';
  aliases: string[];
  /** Bodies this one merged into, with the date the merge took effect. */
  successors?: {id: string; since: string}[];
  /** Classes only: the head a class phrase starts with ("Ủy ban nhân dân" + "các xã, phường"). */
  head?: string;
  /** Classes only: the nouns whose lists form the class ("sở", "ban", "ngành"). */
  nouns?: string[];
}

export interface RegistryData {
  abbreviations: Record<string, string>;
  localities: string[];
  heads: string[];
  stops: string[];
  classQualifiers: string[];
  agencies: AgencyEntry[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(where: string, what: string): never {
  throw new Error(`agency registry: ${where}: ${what}`);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stringList(x: unknown, where: string): string[] {
  if (x === undefined) return [];
  if (!Array.isArray(x) || !x.every((s) => typeof s === 'string')) fail(where, 'must be a list of strings');
  return x as string[];
}

function checkEntry(x: unknown, where: string): AgencyEntry {
  if (!isRecord(x)) fail(where, 'must be an object with id and name');
  const {id, name, kind = 'body', aliases, successors, head, nouns} = x;
  if (typeof id !== 'string' || !SLUG.test(id)) fail(where, `id must be an ASCII slug such as "so-y-te" (got ${JSON.stringify(id)})`);
  if (typeof name !== 'string' || name.trim() === '') fail(`${where} (${id})`, 'name must be a non-empty string');
  if (kind !== 'body' && kind !== 'class') fail(`${where} (${id})`, 'kind must be "body" or "class"');
  const entry: AgencyEntry = {id, name, kind, aliases: stringList(aliases, `${where} (${id}).aliases`)};
  if (successors !== undefined) {
    if (!Array.isArray(successors)) fail(`${where} (${id}).successors`, 'must be a list of {id, since}');
    entry.successors = successors.map((s, k) => {
      const at = `${where} (${id}).successors[${k}]`;
      if (!isRecord(s) || typeof s.id !== 'string' || typeof s.since !== 'string' || !ISO_DATE.test(s.since)) {
        fail(at, 'must be {id: "<slug>", since: "YYYY-MM-DD"}');
      }
      return {id: s.id, since: s.since};
    });
  }
  if (head !== undefined) {
    if (typeof head !== 'string') fail(`${where} (${id}).head`, 'must be a string');
    entry.head = head;
  }
  if (nouns !== undefined) entry.nouns = stringList(nouns, `${where} (${id}).nouns`);
  return entry;
}

/**
 * Checks user registry data: a list of entries, or {agencies, abbreviations?, localities?, heads?, stops?,
 * classQualifiers?}. Returns the parts it holds; throws an Error naming the first bad field.
 */
export function checkRegistryData(x: unknown, source = 'registry'): Partial<RegistryData> & {agencies: AgencyEntry[]} {
  if (Array.isArray(x)) return {agencies: x.map((e, k) => checkEntry(e, `${source}[${k}]`))};
  if (!isRecord(x)) fail(source, 'must be a list of agencies or an object with an "agencies" list');
  if (x.agencies !== undefined && !Array.isArray(x.agencies)) fail(`${source}.agencies`, 'must be a list');
  const out: Partial<RegistryData> & {agencies: AgencyEntry[]} = {
    agencies: ((x.agencies as unknown[] | undefined) ?? []).map((e, k) => checkEntry(e, `${source}.agencies[${k}]`)),
  };
  if (x.abbreviations !== undefined) {
    const a = x.abbreviations;
    if (!isRecord(a) || !Object.values(a).every((v) => typeof v === 'string')) {
      fail(`${source}.abbreviations`, 'must map abbreviations to their expansions ("UBND": "Ủy ban nhân dân")');
    }
    out.abbreviations = a as Record<string, string>;
  }
  for (const key of ['localities', 'heads', 'stops', 'classQualifiers'] as const) {
    if (x[key] !== undefined) out[key] = stringList(x[key], `${source}.${key}`);
  }
  return out;
}

/** Base data with `extra` laid over it: entries with the same id are replaced, lists are extended. */
export function mergeRegistryData(base: RegistryData, extra: Partial<RegistryData> & {agencies: AgencyEntry[]}): RegistryData {
  const byId = new Map(base.agencies.map((e) => [e.id, e] as const));
  for (const e of extra.agencies) byId.set(e.id, e);
  return {
    abbreviations: {...base.abbreviations, ...extra.abbreviations},
    localities: [...base.localities, ...(extra.localities ?? [])],
    heads: [...base.heads, ...(extra.heads ?? [])],
    stops: [...base.stops, ...(extra.stops ?? [])],
    classQualifiers: [...base.classQualifiers, ...(extra.classQualifiers ?? [])],
    agencies: [...byId.values()],
  };
}
