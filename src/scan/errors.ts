/** An input path (or input pattern) that names nothing: a usage error (exit 2), never an empty audit. */
export class MissingInputError extends Error {
  constructor(readonly input: string) {
    super(`input path does not exist: ${input}`);
    this.name = 'MissingInputError';
  }
}
