// The fast parsers must agree with the yaml package on every text they accept, and decline the rest.

import {existsSync, readFileSync, readdirSync} from 'node:fs';
import fc from 'fast-check';
import {LineCounter, parseDocument, stringify} from 'yaml';
import {describe, expect, it} from 'vitest';
import {compileDocument} from '../../src/compile.js';
import {jsonLocator} from '../../src/validate/locate-json.js';
import {locatePointer} from '../../src/validate/locate-pointer.js';
import {parseJsonPlan} from '../../src/validate/parse-json-plan.js';
import {parseYamlSubset as parseLines, yamlLines} from '../../src/validate/parse-yaml-subset.js';
import {yamlSubsetLocator as locatorOfLines} from '../../src/validate/locate-yaml-subset.js';
import {writeJson} from '../../src/writers/json.js';
import {writeYaml} from '../../src/writers/yaml.js';
import {richPlan} from '../schema/plan-fixtures.js';
import {samplePlan, yamlOf} from './plans.js';

/** What parsePlanText's full path reads: the value, or undefined when the yaml package reports an error. */
function yamlValue(text: string): unknown {
  const doc = parseDocument(text, {schema: 'core', uniqueKeys: true, prettyErrors: false, resolveKnownTags: false});
  if (doc.errors.length > 0 || doc.warnings.some((w) => w.code === 'TAG_RESOLVE_FAILED')) return undefined;
  try {
    return doc.toJS({maxAliasCount: 100});
  } catch {
    return undefined;
  }
}

type Locate = (pointer: string) => {line: number; column: number};

function parseYamlSubset(text: string): unknown {
  const lines = yamlLines(text);
  return lines === undefined ? undefined : parseLines(lines);
}

const yamlSubsetLocator = (text: string): Locate => locatorOfLines(text.split('\n'));

const escapeToken = (token: string): string => token.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every pointer into a value, and one more below each that names nothing. */
function pointers(value: unknown, pointer = ''): string[] {
  const own = [pointer, `${pointer}/khong-co`];
  if (value === null || typeof value !== 'object') return own;
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  return [...own, ...entries.flatMap(([key, child]) => pointers(child, `${pointer}/${escapeToken(key)}`))];
}

/** The fast places agree with the yaml Document's for every pointer into the value (every `stride`-th one). */
function expectSamePlaces(text: string, locate: Locate, stride: number): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, schema: 'core', uniqueKeys: true});
  for (const pointer of pointers(doc.toJS()).filter((_, index) => index % stride === 0)) {
    expect(locate(pointer), `${pointer} in ${JSON.stringify(text.slice(0, 200))}`).toEqual(locatePointer(doc, lineCounter, pointer));
  }
}

function expectAgreement(text: string, parse: (text: string) => unknown, locator: (text: string) => Locate, stride: number): void {
  const fast = parse(text);
  if (fast === undefined) return;
  expect(fast, JSON.stringify(text)).toEqual(yamlValue(text));
  expectSamePlaces(text, locator(text), stride);
}

// The yaml Document's locate is slow on large plans: the corpus checks a sample of its pointers.
const expectYamlAgreement = (text: string, stride = 1): void => expectAgreement(text, parseYamlSubset, yamlSubsetLocator, stride);
const expectJsonAgreement = (text: string, stride = 1): void => expectAgreement(text, parseJsonPlan, jsonLocator, stride);

describe('the YAML subset', () => {
  it('reads the plans the YAML writer writes, as the yaml package does', () => {
    for (const plan of [samplePlan(), richPlan()]) {
      const text = writeYaml(plan);
      expect(parseYamlSubset(text)).toBeDefined();
      expectYamlAgreement(text);
    }
  });

  it('reads literals, compact mappings, quotes, empty collections and comments', () => {
    const text = [
      '# kế hoạch',
      'schemaVersion: 1',
      'document:',
      '  title: Kế hoạch số 88/KH-UBND [dự thảo], bản 2',
      '  number: "88"',
      "  place: 'Huế ''cũ'''",
      '  date: null',
      '  escaped: "\\u00e9 \\"x\\" \\t \\\\ \\x41 \\U0001F600"',
      'basis: []',
      'extra: {}',
      'body:',
      '  - kind: item',
      '    text: |-',
      '      Dòng một.',
      '',
      '        Thụt vào.',
      '      # không phải chú thích',
      '',
      '  - text: |',
      '      Có xuống dòng cuối.',
      '  -',
      '    - ten: lồng nhau',
      '  - Thường xuyên',
      '  - 12',
      'closing: ~',
      'ok: True',
    ].join('\n');
    const value = parseYamlSubset(text);
    expect(value).toBeDefined();
    expectYamlAgreement(text);
    expect((value as {body: {text: string}[]}).body[0].text).toBe('Dòng một.\n\n  Thụt vào.\n# không phải chú thích');
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!binary aGVsbG8=\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a flow sequence', 'a: [1, 2]\n'],
    ['a multi-line plain scalar', 'a: Sở Y tế\n  chủ trì\n'],
    ['a comment after a value', 'a: 1 # một\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a tab', 'a:\n\t- 1\n'],
    ['CR line ends', 'a: 1\r\nb: 2\r\n'],
    ['a float', 'a: 1.5\n'],
    ['a sequence at the indent of its key', 'a:\n- 1\n'],
    ['a folded scalar', 'a: >\n  x\n'],
    ['a key too deep for its mapping', 'a: 1\n  b: 2\n'],
    ['a scalar document', 'kế hoạch\n'],
    ['an item of nothing', 'a:\n  -\n  - 1\n'],
  ])('declines %s', (_name, text) => {
    expect(parseYamlSubset(text)).toBeUndefined();
  });

  it('never reads a text differently from the yaml package (random values, writer options)', () => {
    const scalar = fc.oneof(fc.string(), fc.constantFrom('Sở Y tế', 'a: b', ' #x', 'null', 'True', '0o7', '.5', '-', '|'), fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({depthSize: 'small'}, scalar, fc.array(tie('node'), {maxLength: 4}), fc.dictionary(fc.string({minLength: 1, maxLength: 8}), tie('node'), {maxKeys: 4})),
    })).node;
    const options = fc.record({indentSeq: fc.boolean(), lineWidth: fc.constantFrom(0, 20), blockQuote: fc.constantFrom(true, false, 'literal' as const, 'folded' as const)});
    fc.assert(
      fc.property(fc.dictionary(fc.string({minLength: 1, maxLength: 8}), value, {minKeys: 1, maxKeys: 5}), options, (root, opts) => {
        expectYamlAgreement(stringify(root, opts));
      }),
      {numRuns: 400},
    );
  });

  it('never reads a damaged plan differently from the yaml package', () => {
    const text = yamlOf(samplePlan());
    const edit = fc.record({at: fc.nat({max: text.length}), cut: fc.nat({max: 3}), insert: fc.constantFrom('', ' ', '  ', '\n', '- ', ': ', '#', '"', "'", '|', '|-', '\n  ', '&a ', '*a', '[', '{}', 'x')});
    fc.assert(
      fc.property(fc.array(edit, {minLength: 1, maxLength: 3}), (edits) => {
        let damaged = text;
        for (const {at, cut, insert} of edits) damaged = damaged.slice(0, at) + insert + damaged.slice(at + cut);
        expectYamlAgreement(damaged);
      }),
      {numRuns: 1000},
    );
  });
});

describe('JSON plans', () => {
  it('reads what the JSON writer writes and declines what is not JSON', () => {
    for (const text of [writeJson(samplePlan()), writeJson(richPlan()), JSON.stringify(richPlan())]) {
      expect(parseJsonPlan(text)).toBeDefined();
      expectJsonAgreement(text);
    }
    expect(parseJsonPlan('kế hoạch: 1')).toBeUndefined();
    expect(parseJsonPlan('{"a": 1,}')).toBeUndefined();
  });

  it('leaves duplicate keys, over-long keys and deep nesting to the yaml package', () => {
    expect(parseJsonPlan('{"a": {"b": 1, "b": 2}}')).toBeUndefined();
    expect(parseJsonPlan(`{"${'k'.repeat(1100)}": 1}`)).toBeUndefined();
    expect(parseJsonPlan('['.repeat(300) + ']'.repeat(300))).toBeUndefined();
    const escaped = '{"ghi \\"chú\\" a/b~": "a:b\\\\", "__proto__": {"x": [1, 2e3, true, null, {}]}}';
    expect(parseJsonPlan(escaped)).toBeDefined();
    expectJsonAgreement(escaped);
  });

  it('never reads a text differently from the yaml package', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        expectJsonAgreement(JSON.stringify({v: value}, null, indent));
      }),
      {numRuns: 300},
    );
  });
});

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(files.length === 0)('corpus plans through the fast parsers (skipped: ../shared/corpus is absent)', () => {
  it.each(files)('%s', (file) => {
    let plan;
    try {
      plan = compileDocument({path: file, bytes: readFileSync(new URL(file, corpus))});
    } catch {
      return;
    }
    const yaml = writeYaml(plan);
    expect(parseYamlSubset(yaml)).toBeDefined();
    expectYamlAgreement(yaml, 17);
    const json = writeJson(plan);
    expect(parseJsonPlan(json)).toBeDefined();
    expectJsonAgreement(json, 17);
  });
});
