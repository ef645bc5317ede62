/**
 * A `flink-rest` command line, read as `bin/flink` reads its own: `flink-rest [global options]
 * <action> [options] [args]`, with the action's options parsed by the commons-cli port, so Flink's
 * spellings mean what they mean to Flink. flink-rest's global options may also come before the
 * action. Options Flink has but REST cannot honour are refused or warned about here, before
 * anything is sent.
 */
import { FlinkInputError } from "../errors.js";
import {
  type ActionOption,
  FLINK_ACTIONS,
  GLOBAL_OPTIONS,
  OWN_ACTIONS,
  type OwnOption,
  optionSetOf,
  spelling,
  stopsAtNonOption,
  YARN_TREATMENT,
  yarnOptionNamed,
} from "./option-table.js";
import { type ParsedCommandLine, type ParsedOption, parseCommandLine } from "./parser/default-parser.js";

export type OptionUse = ParsedOption<ActionOption>;

export interface Invocation {
  /** The action, or undefined for `flink-rest` alone / `-h` / `-v`. */
  readonly action: string | undefined;
  /** Options in command-line order: the global ones given before the action first. */
  readonly uses: readonly OptionUse[];
  /** The positional arguments after the action. */
  readonly args: readonly string[];
  /** Why some accepted options do nothing (printed as warnings). */
  readonly warnings: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
}

export function usageError(message: string, field?: string): FlinkInputError {
  return new FlinkInputError("invalid-option", message, field === undefined ? {} : { field });
}

/** Whether the command line asks for JSON output, also when it cannot be parsed (for the error's form). */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--json");
}

const ALL_ACTIONS = [...FLINK_ACTIONS, ...OWN_ACTIONS];

/** Adds the reason to commons-cli's "Unrecognized option" when the option is one of Flink's YARN CLI. */
function explainUnknown(token: string, action: string): FlinkInputError {
  const yarn = yarnOptionNamed(token);
  if (yarn) {
    return usageError(`${token} is an option of bin/flink's YARN CLI: ${YARN_TREATMENT.refuse}`, token);
  }
  return usageError(`Unrecognized option: ${token} (see flink-rest ${action} --help)`, token);
}

function parseAction(action: string, argv: readonly string[]): ParsedCommandLine<ActionOption> {
  const stop = stopsAtNonOption(action);
  let parsed: ParsedCommandLine<ActionOption>;
  try {
    parsed = parseCommandLine(optionSetOf(action), argv, stop);
  } catch (error) {
    const token = (error as FlinkInputError).field;
    if (error instanceof FlinkInputError && token !== undefined && error.message.startsWith("Unrecognized option")) {
      throw explainUnknown(token, action);
    }
    throw error;
  }
  // Flink's run and info take an option they do not know as the jar's path, silently. That is
  // never what the user meant: refuse it (a jar whose name starts with "-" can follow "--" or -j).
  if (parsed.stoppedAtUnknown !== undefined) {
    throw explainUnknown(parsed.stoppedAtUnknown, action);
  }
  return parsed;
}

function treatments(action: string, uses: readonly ParsedOption<ActionOption>[]): string[] {
  const warnings: string[] = [];
  for (const { option: use } of uses) {
    if (use.origin !== "flink") {
      continue;
    }
    const { refuse, warn } = use.treatment;
    if (refuse) {
      throw usageError(`${spelling(use)} (flink ${action}): ${refuse}`, spelling(use));
    }
    if (warn && !warnings.includes(warn)) {
      warnings.push(warn);
    }
  }
  return warnings;
}

/** Reads a command line (without the node and script tokens). */
export function parseInvocation(argv: readonly string[]): Invocation {
  const global = parseCommandLine(GLOBAL_OPTIONS, argv, true);
  const [action, ...rest] = global.args;
  const globalUses = global.options.filter((o): o is ParsedOption<OwnOption> => "origin" in o.option);
  const help = global.options.some((o) => o.option.long === "help");
  const version = global.options.some((o) => o.option.long === "version");
  if (action === undefined || help || version) {
    return {
      action: help || version ? action : undefined,
      uses: globalUses,
      args: [],
      warnings: [],
      help: help || (!version && action === undefined),
      version,
    };
  }
  if (action === "run-application") {
    throw usageError(
      "run-application deploys a new cluster in application mode, which needs Flink's own CLI; flink-rest submits to a running cluster: use `flink-rest run`.",
      action,
    );
  }
  if (!ALL_ACTIONS.includes(action)) {
    throw usageError(
      `"${action}" is not a valid action. Valid actions: ${ALL_ACTIONS.filter((a) => a !== "run-application").join(", ")}.`,
      action,
    );
  }
  const parsed = parseAction(action, rest);
  const uses: OptionUse[] = [...globalUses, ...parsed.options];
  return {
    action,
    uses,
    args: parsed.args,
    warnings: treatments(action, parsed.options),
    help: uses.some((u) => u.option.origin === "flink" && u.option.treatment.role === "help"),
    version: false,
  };
}
