// The agency registry: the built-in bodies of provincial plans, optionally extended by a user's registry file.
import {readFileSync} from 'node:fs';
import type {AgencyRef} from '../model/plan.js';
import {slugify} from './fold-name.js';
import {expandedTokens} from './expand-tokens.js';
import {buildLexicon, type Lexicon} from './lexicon.js';
import {matchAgencyAt} from './match-agency.js';
import {checkRegistryData, mergeRegistryData, type AgencyEntry, type RegistryData} from './registry-data.js';
import type {TokenList} from './token-list.js';
import {joinTokens} from './tokenize.js';

export interface AgencyRegistry {
  /** The agency a printed name denotes; an unknown body gets known: false and the slug of the name as id. */
  resolve(printed: string): AgencyRef;
  get(id: string): AgencyEntry | undefined;
  entries(): readonly AgencyEntry[];
}

class Registry implements AgencyRegistry {
  private compiled: Lexicon | null = null;
  // The text read last, and its tokens (tokensOf).
  private lastText: string | null = null;
  private lastTokens: TokenList | null = null;

  constructor(readonly data: RegistryData) {}

  /** Built on first use: loading a registry costs nothing until a name is matched. */
  get lexicon(): Lexicon {
    this.compiled ??= buildLexicon(this.data);
    return this.compiled;
  }

  resolve(printed: string): AgencyRef {
    const list = tokensOf(this, printed);
    const tokens = list.all();
    const words = tokens.filter((t) => t.word).length;
    const m = words > 0 ? matchAgencyAt(list, 0, this.lexicon, {anyCase: true}) : null;
    const covered = m !== null && m.refs.length === 1 && tokens.slice(m.end).every((t) => !t.word);
    const text = printed.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (covered && m.refs[0]!.known) return {...m.refs[0]!, printed: text};
    let last = tokens.length;
    while (last > 0 && !tokens[last - 1]!.word) last--;
    const name = joinTokens(tokens.slice(tokens.findIndex((t) => t.word), last));
    return {id: slugify(name) || 'unnamed', name, kind: 'body', printed: text, known: false};
  }

  /** See tokensOf. */
  tokensOf(text: string): TokenList {
    if (text !== this.lastText || this.lastTokens === null) {
      this.lastTokens = expandedTokens(text, this.lexicon.abbreviations);
      this.lastText = text;
    }
    return this.lastTokens;
  }

  get(id: string): AgencyEntry | undefined {
    return this.lexicon.byId.get(id);
  }

  entries(): readonly AgencyEntry[] {
    return this.data.agencies;
  }
}

let builtin: Registry | null = null;

function builtinData(): RegistryData {
  const raw: unknown = JSON.parse(readFileSync(new URL('../../src/agencies/registry.json', import.meta.url), 'utf8'));
  const checked = checkRegistryData(raw, 'registry.json');
  return mergeRegistryData({abbreviations: {}, localities: [], heads: [], stops: [], classQualifiers: [], agencies: []}, checked);
}

/** The built-in registry (src/agencies/registry.json), read once on first call. */
export function loadBuiltinRegistry(): AgencyRegistry {
  builtin ??= new Registry(builtinData());
  return builtin;
}

/**
 * A registry with a user's registry file (parsed YAML or JSON) laid over `base`: entries with an existing id
 * replace it, new ones are added. Throws an Error naming the bad field when the data has the wrong shape.
 */
export function extendRegistry(base: AgencyRegistry, extra: unknown): AgencyRegistry {
  const checked = checkRegistryData(extra, 'user registry');
  return new Registry(mergeRegistryData(dataOf(base), checked));
}

function dataOf(registry: AgencyRegistry): RegistryData {
  if (registry instanceof Registry) return registry.data;
  const own = (loadBuiltinRegistry() as Registry).data;
  return {...own, agencies: [...registry.entries()]};
}

const foreign = new WeakMap<AgencyRegistry, Registry>();

/** The registry itself, or for one written elsewhere against the interface, a twin built once. */
function compiledOf(registry: AgencyRegistry): Registry {
  if (registry instanceof Registry) return registry;
  let own = foreign.get(registry);
  if (!own) {
    own = new Registry(dataOf(registry));
    foreign.set(registry, own);
  }
  return own;
}

/** The compiled lexicon behind any registry. */
export function lexiconOf(registry: AgencyRegistry): Lexicon {
  return compiledOf(registry).lexicon;
}

/**
 * A text's tokens with the registry's abbreviations expanded, read as they are asked for. A task's text is read for
 * its subject, then for its partners: the last text's tokens are kept so the second reading costs nothing. Callers
 * never change tokens.
 */
export function tokensOf(registry: AgencyRegistry, text: string): TokenList {
  return compiledOf(registry).tokensOf(text);
}
