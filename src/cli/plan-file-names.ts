// Output names for `-o DIR`: <stem><extension>, and a deterministic "-2", "-3" … when stems collide.

import {parse} from 'node:path';

/** `paths` in the order the plans are compiled; the first of a clash keeps the plain stem. */
export function planFileNames(paths: readonly string[], extension: string): string[] {
  const stems = paths.map((path) => parse(path).name);
  // Every plain stem is reserved up front so a suffixed name never takes another input's plain name.
  const reserved = new Set(stems.map(clashKey));
  const given = new Set<string>();
  return stems.map((stem) => {
    let name = stem;
    if (given.has(clashKey(name))) {
      let n = 2;
      while (reserved.has(clashKey(`${stem}-${n}`))) n++;
      name = `${stem}-${n}`;
      reserved.add(clashKey(name));
    }
    given.add(clashKey(name));
    return name + extension;
  });
}

// Case-insensitive and NFC, because macOS and Windows folders treat those spellings as one file.
function clashKey(stem: string): string {
  return stem.normalize('NFC').toLowerCase();
}
