/** Where a command writes; injected so tests can capture output without touching process streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Current working directory for relative paths. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** One `awo <name>` subcommand. `run` returns the exit code (docs/format.md#states-and-exit-codes) or throws an AwoError. */
export interface Command {
  name: string;
  /** One line for `awo --help`. */
  summary: string;
  /** Full usage text for `awo <name> --help`. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
