// JSON plan files through JSON.parse, which is two orders of magnitude faster than reading them as YAML flow
// collections. JSON.parse keeps the last of duplicate keys where the yaml package (uniqueKeys) reports them, so
// a scan counts the keys written against the keys kept; duplicates, keys near YAML's 1,024-character limit for
// implicit keys and deep nesting send the file to the yaml package, which reports them as before.

// Nesting past this is no plan; the yaml package reports it, and the checks after it never recurse that deep.
const maxDepth = 200;
// Under YAML's 1,024-character limit on implicit keys, with room for the quotes and escapes it may count.
const maxKeyLength = 1000;

/** The value of `text` when it is JSON that the yaml package reads the same way, else undefined. */
export function parseJsonPlan(text: string): unknown {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const written = writtenKeys(text);
  return written >= 0 && written === keptKeys(value, 0) ? value : undefined;
}

/** The number of object keys in valid JSON text, or -1 when a key is near the length limit. */
function writtenKeys(text: string): number {
  let keys = 0;
  // Outside strings, every quote opens one: hop from string to string and look at what follows each.
  for (let open = text.indexOf('"'); open >= 0; open = text.indexOf('"', open)) {
    let close = text.indexOf('"', open + 1);
    while (escaped(text, close)) close = text.indexOf('"', close + 1);
    let after = close + 1;
    while (isJsonSpace(text.charCodeAt(after))) after++;
    if (text.charCodeAt(after) === 0x3a) {
      if (close - open - 1 > maxKeyLength) return -1;
      keys++;
    }
    open = close + 1;
  }
  return keys;
}

/** Whether the quote at `index` follows an odd run of backslashes. */
function escaped(text: string, index: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(index - 1 - backslashes) === 0x5c) backslashes++;
  return backslashes % 2 === 1;
}

/** The number of object keys in a parsed value, or -1 past the depth limit. */
function keptKeys(value: unknown, depth: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (depth > maxDepth) return -1;
  let keys = 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  for (const child of children) {
    const inside = keptKeys(child, depth + 1);
    if (inside < 0) return -1;
    keys += inside;
  }
  return Array.isArray(value) ? keys : keys + children.length;
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
