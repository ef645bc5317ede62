/**
 * The option set of one command line, as commons-cli's `Options` keeps it: options by short name
 * (an option without one is filed under its long name) and by long name, in insertion order; a
 * second option with the same short name replaces the first in place, as Flink's
 * `CliFrontendParser.mergeOptions` relies on.
 */

/** How many values an option takes (commons-cli's hasArg / hasOptionalArg / numberOfArgs). */
export type OptionArity = "flag" | "one" | "optional" | "greedy" | "property";

export interface CliOption {
  /** commons-cli's short name without the dash; may be several letters (`sae`). */
  readonly short?: string | undefined;
  readonly long?: string | undefined;
  readonly arity: OptionArity;
  /**
   * Whether a prefix of the long name selects it (commons-cli's partial matching). Flink's options
   * match by prefix as in `bin/flink`; flink-rest's own take their full spelling only, so that
   * they never change what a prefix of a Flink option means.
   */
  readonly prefixMatch: boolean;
}

/** commons-cli's key of an option: its short name, else its long name. */
export function keyOf(option: CliOption): string {
  return (option.short ?? option.long) as string;
}

/** Util.stripLeadingHyphens. */
export function stripLeadingHyphens(token: string): string {
  return token.startsWith("--") ? token.slice(2) : token.startsWith("-") ? token.slice(1) : token;
}

export class OptionSet<O extends CliOption = CliOption> {
  readonly #short = new Map<string, O>();
  readonly #long = new Map<string, O>();

  constructor(options: Iterable<O> = []) {
    for (const option of options) {
      this.add(option);
    }
  }

  add(option: O): this {
    if (option.long !== undefined) {
      this.#long.set(option.long, option);
    }
    this.#short.set(keyOf(option), option);
    return this;
  }

  /** In commons-cli's order (the short-name map's). */
  all(): O[] {
    return [...this.#short.values()];
  }

  hasShort(name: string): boolean {
    return this.#short.has(stripLeadingHyphens(name));
  }

  hasLong(name: string): boolean {
    return this.#long.has(stripLeadingHyphens(name));
  }

  has(name: string): boolean {
    return this.hasShort(name) || this.hasLong(name);
  }

  get(name: string): O | undefined {
    const key = stripLeadingHyphens(name);
    return this.#short.get(key) ?? this.#long.get(key);
  }

  /**
   * Options.getMatchingOptions: the exact long name if there is one, else every long name the
   * token is a prefix of (only options that allow prefixes).
   */
  matchingLong(token: string): string[] {
    const name = stripLeadingHyphens(token);
    if (this.#long.has(name)) {
      return [name];
    }
    const matching: string[] = [];
    for (const [long, option] of this.#long) {
      if (option.prefixMatch && long.startsWith(name)) {
        matching.push(long);
      }
    }
    return matching;
  }
}
