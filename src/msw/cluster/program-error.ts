/**
 * How a simulated program fails: the Java exception it (or Flink's code under it) throws, and
 * where the environment throws one for a value Flink cannot read.
 */

/**
 * Thrown by a program or its environment where Flink's own code throws (e.g. an invalid
 * parallelism). The message is the Java exception line, "class: message"; `causes` are the lines
 * Flink prints below it, when there are any.
 */
export class FakeProgramError extends Error {
  override name = "FakeProgramError";
  /** Further `Caused by:` lines, outermost first. */
  readonly causes: readonly string[];
  /** The exception is Flink's, thrown while main() builds its environment or submits the job. */
  readonly fromFlink: boolean;
  /** Thrown deep inside `execute()`: main() sees it wrapped, under another message. */
  readonly wrappedByFlink: boolean;
  /** Thrown while the environment is built (/plan builds it before main() runs). */
  readonly inEnvironment: boolean;

  constructor(
    message: string,
    options: {
      causes?: readonly string[];
      fromFlink?: boolean;
      wrappedByFlink?: boolean;
      inEnvironment?: boolean;
    } = {},
  ) {
    super(message);
    this.causes = options.causes ?? [];
    this.fromFlink = options.fromFlink ?? false;
    this.wrappedByFlink = options.wrappedByFlink ?? false;
    this.inEnvironment = options.inEnvironment ?? false;
  }
}

/** Where the environment fails, as Flink does for a value it cannot read (see `./run-failures.ts`). */
export interface EnvironmentFailure {
  /** "env": building the environment (the first use of it); "execute": `execute()`. */
  readonly at: "env" | "execute";
  /** None when only `parallelismFirst` applies. */
  readonly error?: FakeProgramError | undefined;
  /** An invalid parallelism is reported before this failure (/plan). */
  readonly parallelismFirst?: boolean;
}
