// The first line of an error's message: what the user reads of a failure, never a stack trace.

export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0];
}
