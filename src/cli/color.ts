// Colour on stderr only when wanted: chalk 5 ignores NO_COLOR and the streams here are injected, so decide here.

import {Option} from 'commander';
import type {CliIo} from './io.js';

/** `--no-color` for every command that writes a report. */
export function noColorOption(): Option {
  return new Option('--no-color', 'no colour in messages (also when NO_COLOR is set)');
}

/** `colorFlag` is commander's value of --color (false after --no-color); NO_COLOR beats FORCE_COLOR. */
export function colorOnStderr(io: CliIo, colorFlag: boolean): boolean {
  return colorFlag && !isSet(io.env.NO_COLOR) && (forced(io.env.FORCE_COLOR) ?? io.stderr.isTTY === true);
}

// no-color.org: set means present and not empty.
function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '';
}

// As chalk reads FORCE_COLOR: "0" and "false" turn colour off, any other value turns it on.
function forced(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return value !== '0' && value !== 'false';
}
