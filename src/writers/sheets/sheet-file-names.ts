// File names from agency ids: they come from documents and user registries, so they are made safe here,
// whatever they hold: lowercase ASCII, no folder parts, no names Windows reserves, unique case-insensitively.

import {slugify} from '../../agencies/fold-name.js';

const maxStemLength = 80;
// Windows reserves these whatever the extension; "index" is the html index page.
const reserved = new Set(['con', 'prn', 'aux', 'nul', 'index', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

/** One name per id, in order: `<slug><extension>`, with "-2", "-3" … where slugs collide. */
export function sheetFileNames(ids: readonly string[], extension: string): string[] {
  const given = new Set<string>();
  return ids.map((id) => {
    const stem = safeStem(id);
    let name = stem;
    for (let n = 2; given.has(name); n++) name = `${stem}-${n}`;
    given.add(name);
    return name + extension;
  });
}

function safeStem(id: string): string {
  // Cut before the suffixes, so "-2" never pushes a name over the limit; cutting may leave a dash at the end.
  const stem = slugify(id).slice(0, maxStemLength).replace(/-$/, '') || 'agency';
  return reserved.has(stem) ? `${stem}-agency` : stem;
}
