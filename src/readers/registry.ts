// Readers keyed by format name, as pandoc keeps them: each turns decoded text into source lines. The plain-text
// reader is always here; the Markdown reader pulls in unified and remark-parse, which cost more to load than a
// whole plain-text compile, so it is loaded on the first Markdown input (`loadReader`).

import type {SourceLine} from '../model/source-line.js';
import {readText} from './text.js';

export type Reader = (text: string) => SourceLine[];

const loaded = new Map<string, Reader>([['text', readText]]);
const loaders: Record<string, () => Promise<Reader>> = {
  markdown: async () => (await import('./markdown.js')).readMarkdown,
};

/** Every format name a reader exists for. */
export const readerFormats: readonly string[] = ['text', ...Object.keys(loaders)];

/** The reader for a format, if it is loaded. */
export function loadedReader(format: string): Reader | undefined {
  return loaded.get(format);
}

/** Loads the reader for a format (once); undefined for a format no reader knows. */
export async function loadReader(format: string): Promise<Reader | undefined> {
  const ready = loaded.get(format);
  if (ready) return ready;
  const load = Object.hasOwn(loaders, format) ? loaders[format] : undefined;
  if (!load) return undefined;
  const reader = await load();
  loaded.set(format, reader);
  return reader;
}

const EXTENSIONS: Record<string, string> = {'.md': 'markdown', '.markdown': 'markdown'};

/** The reader for a path: Markdown by extension, plain text otherwise. */
export function formatOfPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return (dot >= 0 && EXTENSIONS[path.slice(dot).toLowerCase()]) || 'text';
}
