// The sheet writers by format name, as plan-writers.ts is for plans.

import {writeCsvSheets} from './csv.js';
import {writeHtmlSheets} from './html.js';
import {writeIcsSheets} from './ics.js';
import {writeMarkdownSheets} from './markdown.js';
import type {SheetWriter} from './output-file.js';
import {writeTextSheets} from './text.js';

export const sheetWriters: Readonly<Record<string, SheetWriter>> = {
  md: {stdout: true, write: writeMarkdownSheets},
  html: {stdout: false, write: writeHtmlSheets},
  csv: {stdout: true, write: writeCsvSheets},
  ics: {stdout: false, write: writeIcsSheets},
  // The docx package is half a megabyte of code: loaded when Word files are asked for, not on every start.
  docx: {stdout: false, write: async (set) => (await import('./docx.js')).writeDocxSheets(set)},
  text: {stdout: true, write: writeTextSheets},
};
