// Readers keyed by format name, as pandoc keeps them: each turns decoded text into source lines.

import type {SourceLine} from '../model/source-line.js';
import {readMarkdown} from './markdown.js';
import {readText} from './text.js';

export type Reader = (text: string) => SourceLine[];

export const readers: Record<string, Reader> = {
  text: readText,
  markdown: readMarkdown,
};

const EXTENSIONS: Record<string, string> = {'.md': 'markdown', '.markdown': 'markdown'};

/** The reader for a path: Markdown by extension, plain text otherwise. */
export function formatOfPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return (dot >= 0 && EXTENSIONS[path.slice(dot).toLowerCase()]) || 'text';
}
