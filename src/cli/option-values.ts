/**
 * Reading option values from an invocation, with Flink's rules: a repeated single-value option
 * yields its first value (commons-cli's getOptionValue, which Flink calls); `-D` keeps the last
 * value of a key (getOptionProperties) and a key given alone means "true". Values are checked here,
 * so a bad value is refused before anything is sent, and no check echoes a secret.
 */
import { isSensitiveKey } from "../options/redaction.js";
import type { FlagRole } from "./flink-flags.js";
import { type Invocation, type OptionUse, usageError } from "./invocation.js";
import { spelling } from "./option-table.js";

export class OptionValues {
  constructor(
    private readonly invocation: Invocation,
    /** Says something the user should know that does not stop the command. */
    readonly warn: (message: string) => void,
  ) {}

  private usesOf(role: FlagRole): OptionUse[] {
    return this.invocation.uses.filter((u) => u.option.origin === "flink" && u.option.treatment.role === role);
  }

  private ownUses(name: string): OptionUse[] {
    return this.invocation.uses.filter((u) => u.option.origin === "own" && u.option.long === name);
  }

  /** Whether a Flink option with this role was given. */
  has(role: FlagRole): boolean {
    return this.usesOf(role).length > 0;
  }

  /** Whether one of flink-rest's own flags was given. */
  flag(name: string): boolean {
    return this.ownUses(name).length > 0;
  }

  private firstOf(uses: OptionUse[]): string | undefined {
    const values = uses.flatMap((u) => u.values);
    if (uses.length > 1 && new Set(values).size > 1) {
      const first = uses[0] as OptionUse;
      this.warn(
        `${spelling(first.option)} was given ${uses.length} times; like Flink, flink-rest takes the first value.`,
      );
    }
    return values[0];
  }

  /** The value of a Flink option (the first, when repeated, as Flink reads it). */
  value(role: FlagRole): string | undefined {
    return this.firstOf(this.usesOf(role));
  }

  /** Every value of a repeatable Flink option, in order. */
  values(role: FlagRole): string[] {
    return this.usesOf(role).flatMap((u) => u.values);
  }

  /** The value of one of flink-rest's own options. */
  own(name: string): string | undefined {
    return this.firstOf(this.ownUses(name));
  }

  /** Every value of a repeatable own option. */
  ownValues(name: string): string[] {
    return this.ownUses(name).flatMap((u) => u.values);
  }

  /** An integer option, checked: `what` names it in the error. */
  integer(value: string | undefined, what: string, min: number, max: number): number | undefined {
    if (value === undefined) {
      return undefined;
    }
    const n = Number(value);
    if (!/^[+-]?\d+$/.test(value.trim()) || n < min || n > max) {
      throw usageError(`${what} expects an integer from ${min} to ${max}, got ${JSON.stringify(value)}.`, what);
    }
    return n;
  }

  /** A choice among fixed values, compared as Flink compares enum names (ignoring case). */
  choice<T extends string>(value: string | undefined, what: string, choices: readonly T[]): T | undefined {
    if (value === undefined) {
      return undefined;
    }
    const found = choices.find((c) => c.toLowerCase() === value.toLowerCase());
    if (found === undefined) {
      throw usageError(`${what} must be one of ${choices.join(", ")}, got ${JSON.stringify(value)}.`, what);
    }
    return found;
  }

  /**
   * The `-D` properties: a Map (so `__proto__` is a key like any other), the last value of a key
   * winning, a key alone meaning "true". Linear in the number of flags.
   */
  defines(): Map<string, string> {
    const defines = new Map<string, string>();
    for (const use of this.usesOf("define")) {
      const [key = "", value] = use.values;
      // Flink would take `-D key:value` (YAML's spelling) or `-D " =x"` as a key; no option is
      // spelled so, and the first would carry the value, maybe a secret, inside the key.
      if (key.trim() === "" || /[:\s]/.test(key)) {
        const took = value === undefined ? "" : `, and took the next argument as its value`;
        throw usageError(
          `-D expects key=value, got ${describeSetting(key)}${took}: write -D ${(key.split(/[:\s]/, 1)[0] || "key").trim()}=<value>.`,
          "-D",
        );
      }
      defines.set(key, value ?? "true");
    }
    return defines;
  }

  /** `key=value` pairs of a repeatable own option (`--cluster-conf`, `--conf`), checked. */
  pairs(name: string): Map<string, string> {
    const pairs = new Map<string, string>();
    for (const pair of this.ownValues(name)) {
      const at = pair.indexOf("=");
      if (at <= 0 || pair.slice(0, at).trim() === "") {
        throw usageError(`--${name} expects key=value, got ${describeSetting(pair)}.`, `--${name}`);
      }
      pairs.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
    return pairs;
  }
}

/**
 * A `key=value` (or malformed) setting as a message may show it: the key, never the value. A
 * token without `=` may hold a secret after another separator (`s3.secret-key:AKIA...`), so only
 * what comes before the first separator-like character is shown.
 */
export function describeSetting(token: string): string {
  const at = token.indexOf("=");
  if (at >= 0) {
    const key = token.slice(0, at);
    return JSON.stringify(`${key}=${isSensitiveKey(key) ? "******" : "…"}`);
  }
  const head = token.split(/[:\s]/, 1)[0] as string;
  return head.length < token.length ? JSON.stringify(`${head}…`) : JSON.stringify(token);
}
