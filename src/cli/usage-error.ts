// A command line that cannot be carried out as given: main prints the message on one line and exits 2.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
