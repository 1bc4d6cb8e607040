/**
 * The errors of the side inputs (register, roster), apart from their readers: the CLI and the engine
 * tell them from other errors on every run, while the readers (and SheetJS behind them) are loaded only
 * when a spreadsheet is there to read.
 */
class SideInputError extends Error {
  readonly fileName: string;
  constructor(what: string, fileName: string, reason: string) {
    super(`${what} ${fileName}: ${reason}`);
    this.fileName = fileName;
  }
}

/** A register that cannot be used: unreadable, over the limits, or without a register header. */
export class RegisterError extends SideInputError {
  constructor(fileName: string, reason: string) {
    super('register', fileName, reason);
    this.name = 'RegisterError';
  }
}

/** An officer roster that cannot be used. */
export class RosterError extends SideInputError {
  constructor(fileName: string, reason: string) {
    super('roster', fileName, reason);
    this.name = 'RosterError';
  }
}
