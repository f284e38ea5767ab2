// Scalars of the YAML subset parseYamlSubset reads, resolved as the yaml package's core schema resolves them.
// Anything the subset does not cover (floats, hex, octal, odd spellings, rare escapes) is `undefined`, which
// sends the whole file to the full parser: the subset may refuse a scalar, never read it differently.

const nulls: ReadonlyMap<string, null | boolean> = new Map<string, null | boolean>([
  ['null', null], ['Null', null], ['NULL', null], ['~', null],
  ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
]);

const decimal = /^-?[0-9]{1,15}$/;
// The core schema's other number forms (yaml/dist/schema/core): the subset leaves them to the yaml package.
const otherNumbers = [
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
// A plain scalar may not start with an indicator ("-" is one only before a space); "~" is left out too.
const notPlainStart = new Set('?:,[]{}#&*!|>\'"%@`~ ');

/** The value of a plain scalar written on one line, or undefined when the subset does not resolve it. */
export function plainScalar(text: string): unknown {
  // The spellings of null and booleans are short; hashing a long text to look it up is not free.
  const special = text.length <= 5 ? nulls.get(text) : undefined;
  if (special !== undefined) return special;
  if (decimal.test(text)) return Number(text);
  if (text === '' || notPlainStart.has(text[0]) || text.startsWith('- ') || text === '-' || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return undefined;
  return mayBeNumber(text) && otherNumbers.some((number) => number.test(text)) ? undefined : text;
}

/** Whether a key that is a plain scalar of letters resolves to a string: "true" or "Null" do not. */
export function isStringKey(key: string): boolean {
  // Every null and boolean spelling starts with one of these: most keys need no lookup.
  return !'nNtTfF~'.includes(key[0]) || !nulls.has(key);
}

function mayBeNumber(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}

const escapes: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const hexDigits: Readonly<Record<string, number>> = {x: 2, u: 4, U: 8};
const hex = /^[0-9a-fA-F]+$/;

/**
 * A double-quoted scalar that opens at `start` and closes on the same line: its value and the index after the
 * closing quote, or undefined.
 */
export function doubleQuoted(line: string, start: number): {value: string; end: number} | undefined {
  let value = '';
  let from = start + 1;
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (char === '"') return {value: value + line.slice(from, i), end: i + 1};
    if (char !== '\\') continue;
    value += line.slice(from, i);
    const code = line[i + 1];
    const simple = escapes[code];
    if (simple !== undefined) {
      value += simple;
      i++;
    } else {
      const digits = hexDigits[code];
      const text = digits === undefined ? '' : line.slice(i + 2, i + 2 + digits);
      if (text.length !== digits || !hex.test(text)) return undefined;
      const point = parseInt(text, 16);
      if (point > 0x10ffff) return undefined;
      value += String.fromCodePoint(point);
      i += 1 + digits;
    }
    from = i + 1;
  }
  return undefined;
}

/** A single-quoted scalar closed on the same line ('' is a quote), or undefined. */
export function singleQuoted(line: string, start: number): {value: string; end: number} | undefined {
  let value = '';
  let from = start + 1;
  for (let i = from; i < line.length; i++) {
    if (line[i] !== "'") continue;
    if (line[i + 1] !== "'") return {value: value + line.slice(from, i), end: i + 1};
    value += line.slice(from, i + 1);
    i++;
    from = i + 1;
  }
  return undefined;
}
