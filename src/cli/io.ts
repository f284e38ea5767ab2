// What the CLI needs from the process, passed in so tests run it in-process with fake streams.

export interface TextOutput {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Node streams report failed writes as 'error' events, which crash the process when nobody listens. */
  on?(event: 'error', listener: (error: Error) => void): unknown;
}

export interface CliIo {
  argv: string[];
  stdout: TextOutput;
  stderr: TextOutput;
  env: Record<string, string | undefined>;
  /** Relative inputs and outputs resolve against this, not process.cwd(), so tests need no chdir. */
  cwd: string;
}
