/**
 * A port of commons-cli 1.5.0's `DefaultParser`, the parser behind Flink's `CliFrontendParser.parse`
 * (partial matching on, default quote handling). It is written out because no JavaScript parser
 * reads options the way `bin/flink` does: multi-letter short names (`-sae`, `-type`), a value glued
 * to a short name (`-p4`), single-dash long names (`-parallelism`), long-name prefixes (`--par`),
 * `-D key value` / `-Dkey=value` with two values, and options that end at the jar. Each branch keeps
 * the upstream method's name; test/cli/flink-parser.test.ts replays command lines that went through
 * Flink's own parser (test/cli/fixtures/flink-cli-probes.json) and expects the same result.
 */
import { FlinkInputError } from "../../errors.js";
import { type CliOption, keyOf, type OptionSet, stripLeadingHyphens } from "./option-set.js";

/** One occurrence of an option on the command line, with the values it took. */
export interface ParsedOption<O extends CliOption = CliOption> {
  readonly option: O;
  readonly values: string[];
}

export interface ParsedCommandLine<O extends CliOption = CliOption> {
  /** Every occurrence, in command-line order. */
  readonly options: readonly ParsedOption<O>[];
  /** The tokens that are not options or option values. */
  readonly args: readonly string[];
  /**
   * With stopAtNonOption, the option-like token that ended parsing because no option matched it
   * (commons-cli then takes it, or its unmatched rest, as the first argument: Flink's run would
   * read `-x job.jar` as the jar `-x`).
   */
  readonly stoppedAtUnknown?: string;
}

function parseError(message: string, token: string): FlinkInputError {
  return new FlinkInputError("invalid-option", message, { field: token });
}

/** Option.acceptsArg: whether one more value fits. */
function acceptsArg({ option, values }: ParsedOption): boolean {
  switch (option.arity) {
    case "flag":
      return false;
    case "greedy":
      return true;
    case "property":
      return values.length < 2;
    default:
      return values.length < 1;
  }
}

/** Option.requiresArg: whether the option still misses a value it must have. */
function requiresArg(current: ParsedOption): boolean {
  if (current.option.arity === "optional") {
    return false;
  }
  if (current.option.arity === "greedy") {
    return current.values.length === 0;
  }
  return acceptsArg(current);
}

/** Option.processValue: a property (`key=value`) splits at its first `=`. */
function addValue(current: ParsedOption, raw: string): void {
  let value = raw;
  if (current.option.arity === "property") {
    let at = value.indexOf("=");
    while (at !== -1 && current.values.length !== 1) {
      current.values.push(value.slice(0, at));
      value = value.slice(at + 1);
      at = value.indexOf("=");
    }
  }
  current.values.push(value);
}

/** Util.stripLeadingAndTrailingQuotes: one pair of surrounding double quotes with none inside. */
function stripQuotes(token: string): string {
  return token.length > 1 && token.startsWith('"') && token.endsWith('"') && !token.slice(1, -1).includes('"')
    ? token.slice(1, -1)
    : token;
}

/** What Java's Double.parseDouble accepts, after its trim (DefaultParser's isNegativeNumber asks it). */
const JAVA_DOUBLE =
  /^[+-]?(?:NaN|Infinity|(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[\da-fA-F]+\.?[\da-fA-F]*|\.[\da-fA-F]+)[pP][+-]?\d+)[fFdD]?)$/;

/** String.trim as Java does it: every character up to U+0020 goes. */
function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) {
    start++;
  }
  while (end > start && text.charCodeAt(end - 1) <= 32) {
    end--;
  }
  return text.slice(start, end);
}

/**
 * Parses `argv` (the tokens after the action) against `options`. With `stopAtNonOption`, the first
 * token that is not an option ends option parsing: it and everything after it are args.
 *
 * @throws FlinkInputError (`invalid-option`) with commons-cli's message: "Unrecognized option: -x",
 *   "Ambiguous option: '--py'  (could be: ...)", "Missing argument for option: p".
 */
export function parseCommandLine<O extends CliOption>(
  options: OptionSet<O>,
  argv: readonly string[],
  stopAtNonOption: boolean,
): ParsedCommandLine<O> {
  const parsed: ParsedOption<O>[] = [];
  const args: string[] = [];
  let current: ParsedOption<O> | undefined;
  let skipParsing = false;
  let currentToken = "";
  let stoppedAtUnknown: string | undefined;

  const checkRequiredArgs = () => {
    if (current && requiresArg(current)) {
      throw parseError(`Missing argument for option: ${keyOf(current.option)}`, keyOf(current.option));
    }
  };
  const handleOption = (option: O) => {
    checkRequiredArgs();
    const occurrence: ParsedOption<O> = { option, values: [] };
    parsed.push(occurrence);
    current = option.arity === "flag" ? undefined : occurrence;
  };
  /** Adds a value to the option just handled and closes it. */
  const handleOptionWithValue = (option: O, ...values: string[]) => {
    handleOption(option);
    const occurrence = parsed[parsed.length - 1] as ParsedOption<O>;
    for (const value of values) {
      addValue(occurrence, value);
    }
    current = undefined;
  };
  const handleUnknownToken = (token: string, optionLike = true) => {
    if (token.startsWith("-") && token.length > 1 && !stopAtNonOption) {
      throw parseError(`Unrecognized option: ${token}`, token);
    }
    if (optionLike && stopAtNonOption) {
      stoppedAtUnknown ??= currentToken;
    }
    args.push(token);
    if (stopAtNonOption) {
      skipParsing = true;
    }
  };
  const ambiguous = (token: string, matching: readonly string[]) =>
    parseError(`Ambiguous option: '${token}'  (could be: ${matching.map((m) => `'${m}'`).join(", ")})`, token);

  const longPrefix = (token: string): string | undefined => {
    const t = stripLeadingHyphens(token);
    for (let i = t.length - 2; i > 1; i--) {
      const prefix = t.slice(0, i);
      if (options.hasLong(prefix)) {
        return prefix;
      }
    }
    return undefined;
  };
  const isJavaProperty = (token: string) => {
    const option = options.get(token.slice(0, 1));
    return option !== undefined && (option.arity === "property" || option.arity === "greedy");
  };
  const isShortOption = (token: string) => {
    if (!token.startsWith("-") || token.length === 1) {
      return false;
    }
    const at = token.indexOf("=");
    const name = at === -1 ? token.slice(1) : token.slice(1, at);
    return options.hasShort(name) || (name.length > 0 && options.hasShort(name.charAt(0)));
  };
  const isLongOption = (token: string) => {
    if (!token.startsWith("-") || token.length === 1) {
      return false;
    }
    const at = token.indexOf("=");
    const t = at === -1 ? token : token.slice(0, at);
    return options.matchingLong(t).length > 0 || (longPrefix(token) !== undefined && !token.startsWith("--"));
  };
  const isArgument = (token: string) =>
    !(isLongOption(token) || isShortOption(token)) || JAVA_DOUBLE.test(javaTrim(token));

  const handleLongOptionWithoutEqual = (token: string) => {
    const matching = options.matchingLong(token);
    if (matching.length === 0) {
      handleUnknownToken(currentToken);
    } else if (matching.length > 1 && !options.hasLong(token)) {
      throw ambiguous(token, matching);
    } else {
      handleOption(options.get(options.hasLong(token) ? token : (matching[0] as string)) as O);
    }
  };
  const handleLongOptionWithEqual = (token: string) => {
    const at = token.indexOf("=");
    const value = token.slice(at + 1);
    const name = token.slice(0, at);
    const matching = options.matchingLong(name);
    if (matching.length === 0) {
      handleUnknownToken(currentToken);
    } else if (matching.length > 1 && !options.hasLong(name)) {
      throw ambiguous(name, matching);
    } else {
      const option = options.get(options.hasLong(name) ? name : (matching[0] as string)) as O;
      if (option.arity !== "flag") {
        handleOptionWithValue(option, value);
      } else {
        handleUnknownToken(currentToken);
      }
    }
  };
  const handleConcatenatedOptions = (token: string) => {
    for (let i = 1; i < token.length; i++) {
      const ch = token.charAt(i);
      if (!options.has(ch)) {
        handleUnknownToken(stopAtNonOption && i > 1 ? token.slice(i) : token);
        break;
      }
      handleOption(options.get(ch) as O);
      if (current && token.length !== i + 1) {
        // The rest of the token is the option's value (-pyx: -p with "yx").
        addValue(current, token.slice(i + 1));
        break;
      }
    }
  };
  const handleShortAndLongOption = (token: string) => {
    const t = stripLeadingHyphens(token);
    const at = t.indexOf("=");
    if (t.length === 1) {
      if (options.hasShort(t)) {
        handleOption(options.get(t) as O);
      } else {
        handleUnknownToken(token);
      }
    } else if (at === -1) {
      if (options.hasShort(t)) {
        handleOption(options.get(t) as O);
      } else if (options.matchingLong(t).length > 0) {
        handleLongOptionWithoutEqual(token);
      } else {
        const prefix = longPrefix(t);
        if (prefix !== undefined && (options.get(prefix) as O).arity !== "flag") {
          handleOptionWithValue(options.get(prefix) as O, t.slice(prefix.length));
        } else if (isJavaProperty(t)) {
          handleOptionWithValue(options.get(t.slice(0, 1)) as O, t.slice(1));
        } else {
          handleConcatenatedOptions(token);
        }
      }
    } else {
      const name = t.slice(0, at);
      const value = t.slice(at + 1);
      if (name.length === 1) {
        const option = options.get(name);
        if (option !== undefined && option.arity !== "flag") {
          handleOptionWithValue(option, value);
        } else {
          handleUnknownToken(token);
        }
      } else if (isJavaProperty(name)) {
        // -Dkey=value
        handleOptionWithValue(options.get(name.slice(0, 1)) as O, name.slice(1), value);
      } else {
        handleLongOptionWithEqual(token);
      }
    }
  };

  for (const token of argv) {
    currentToken = token;
    if (skipParsing) {
      args.push(token);
    } else if (token === "--") {
      skipParsing = true;
    } else if (current && acceptsArg(current) && isArgument(token)) {
      addValue(current, stripQuotes(token));
    } else if (token.startsWith("--")) {
      if (token.includes("=")) {
        handleLongOptionWithEqual(token);
      } else {
        handleLongOptionWithoutEqual(token);
      }
    } else if (token.startsWith("-") && token !== "-") {
      handleShortAndLongOption(token);
    } else {
      handleUnknownToken(token, false);
    }
    if (current && !acceptsArg(current)) {
      current = undefined;
    }
  }
  checkRequiredArgs();
  return stoppedAtUnknown === undefined ? { options: parsed, args } : { options: parsed, args, stoppedAtUnknown };
}
