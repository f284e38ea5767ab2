// Input that is not a plan: the CLI turns these into one line naming the file and exit 2, never a stack trace.

export type InputProblem = 'not-found' | 'not-text' | 'empty' | 'no-structure' | 'too-large' | 'unreadable';

export class InputError extends Error {
  readonly problem: InputProblem;
  constructor(problem: InputProblem, message: string) {
    super(message);
    this.name = 'InputError';
    this.problem = problem;
  }
}
