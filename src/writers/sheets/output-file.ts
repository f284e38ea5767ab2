// What a sheet writer produces: files for an output folder, or, concatenated, the text for stdout.

import type {SheetSet} from '../../render/sheet.js';

export interface OutputFile {
  /** A bare file name (no folder part), safe on every OS. */
  name: string;
  content: string;
}

export interface SheetWriter {
  /** False for formats that only make sense as files (html pages linking each other, calendars). */
  stdout: boolean;
  write(sheets: SheetSet): OutputFile[];
}
