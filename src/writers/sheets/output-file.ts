// What a sheet writer produces: files for an output folder, or, concatenated, the text for stdout.

import type {SheetSet} from '../../render/sheet.js';

export interface OutputFile {
  /** A bare file name (no folder part), safe on every OS. */
  name: string;
  /** Text (written as UTF-8), or the bytes of a binary format such as DOCX. */
  content: string | Uint8Array;
}

export interface TextFile extends OutputFile {
  content: string;
}

/** Text formats may go to stdout; file-only formats (pages linking each other, calendars, Word files) may be binary
 * and may pack asynchronously, as docx does. The caller awaits either. */
export type SheetWriter =
  | {stdout: true; write(sheets: SheetSet): TextFile[]}
  | {stdout: false; write(sheets: SheetSet): OutputFile[] | Promise<OutputFile[]>};
