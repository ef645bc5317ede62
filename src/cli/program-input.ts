/**
 * `run`, `info` and `explain` read Flink's program options as `flink run` does (ProgramOptions):
 * the jar is `-j`, else the first argument; the program's arguments are `-a`'s values when given,
 * else the arguments after the jar; `-D` becomes flinkConfiguration, `-C` its
 * `pipeline.classpaths` (set after `-D`, as Flink applies program options last). Every value is
 * checked here, before anything is sent.
 */
import { CLAIM_MODES, type ClaimMode } from "../run/fields.js";
import type { RunJarOptions } from "../run/from-options.js";
import { ADDRESS_KEYS, definesSelectCluster } from "./cluster-address.js";
import { usageError } from "./invocation.js";
import { OWN_OPTIONS } from "./option-table.js";
import type { OptionValues } from "./option-values.js";

export interface ProgramInput {
  /** The jar's path. */
  readonly jar: string;
  readonly options: RunJarOptions;
}

const CLASSPATHS_KEY = "pipeline.classpaths";

function classpaths(values: OptionValues): string | undefined {
  const urls = values.values("classpath");
  for (const url of urls) {
    try {
      new URL(url);
    } catch {
      throw usageError(
        `-C/--classpath expects a URL (e.g. file:///opt/lib/extra.jar), got ${JSON.stringify(url)}.`,
        "-C",
      );
    }
  }
  // Flink's list encoding: elements separated by ";".
  return urls.length > 0 ? urls.join(";") : undefined;
}

function claimMode(values: OptionValues): ClaimMode | undefined {
  const claim = values.choice(values.value("claimMode"), "-cm/--claimMode", CLAIM_MODES);
  const restore = values.choice(values.value("restoreMode"), "-rm/--restoreMode", CLAIM_MODES);
  if (restore !== undefined) {
    values.warn(
      claim !== undefined
        ? "-rm/--restoreMode is ignored: -cm/--claimMode is given too, and wins (as in Flink)."
        : "-rm/--restoreMode is deprecated in Flink (since 1.20); -cm/--claimMode is its new name.",
    );
  }
  return claim ?? restore;
}

/** The target of `-t`/`-e`: only a running session cluster can be reached over REST. */
export function checkTarget(values: OptionValues): void {
  const target = values.value("target");
  if (target !== undefined && target !== "remote") {
    throw usageError(
      `-t/-e ${target}: flink-rest submits to a running session cluster over REST (Flink's target "remote"); deploying with target ${JSON.stringify(target)} needs Flink's own CLI.`,
      "-t",
    );
  }
}

/** Spellings after the jar that look meant for flink-rest (they go to the program, as with `flink run`). */
function warnAboutOwnSpellings(values: OptionValues, programArgs: readonly string[]): void {
  const own = new Set([...OWN_OPTIONS.map((o) => `--${o.long}`), "-m", "--jobmanager"]);
  const misplaced = programArgs.filter((a) => own.has(a.split("=", 1)[0] as string));
  if (misplaced.length > 0) {
    values.warn(
      `${misplaced.join(", ")} after the jar ${misplaced.length === 1 ? "goes" : "go"} to the program as ${misplaced.length === 1 ? "an argument" : "arguments"}, as with flink run; put flink-rest's options before the jar.`,
    );
  }
}

export function programInput(values: OptionValues, args: readonly string[], action: string): ProgramInput {
  checkTarget(values);
  const fromA = values.has("arguments");
  const programArgs = fromA ? values.values("arguments") : [...args];
  if (fromA && args.length > 0) {
    values.warn(
      `-a/--arguments gives the program's arguments, so ${JSON.stringify(args)} after the options ${args.length === 1 ? "is" : "are"} ignored, as in Flink.`,
    );
  }
  const configuration = values.defines();
  const jar = values.value("jar") ?? programArgs.shift();
  warnAboutOwnSpellings(values, programArgs);
  if (jar === undefined) {
    // Flink reads `-D key value` too, so `-D novalue job.jar` makes the jar a value.
    const eaten = [...configuration].find(([, value]) => value.endsWith(".jar"));
    const hint = eaten
      ? ` (-D ${eaten[0]} took ${JSON.stringify(eaten[1])} as its value, as Flink reads -D key value: write -D ${eaten[0]}=<value>)`
      : "";
    throw usageError(
      `flink-rest ${action} needs a jar: flink-rest ${action} [options] <jar> [arguments...]${hint}`,
      "jar",
    );
  }
  const parallelism = values.value("parallelism");
  const parsedParallelism =
    parallelism === undefined ? undefined : values.integer(parallelism, "-p/--parallelism", 1, 2_147_483_647);
  if (definesSelectCluster(values)) {
    for (const key of ADDRESS_KEYS) {
      // They chose the cluster (see cluster-address.ts); the job has no use for them.
      configuration.delete(key);
    }
  }
  const cp = classpaths(values);
  if (cp !== undefined) {
    configuration.set(CLASSPATHS_KEY, cp);
  }
  const mode = claimMode(values);
  const savepointPath = values.value("savepointPath");
  const entryClass = values.value("entryClass");
  const options: RunJarOptions = {
    ...(entryClass !== undefined ? { entryClass } : {}),
    ...(parsedParallelism !== undefined ? { parallelism: parsedParallelism } : {}),
    ...(savepointPath !== undefined ? { savepointPath } : {}),
    ...(values.has("allowNonRestoredState") ? { allowNonRestoredState: true } : {}),
    ...(mode !== undefined ? { claimMode: mode } : {}),
    ...(programArgs.length > 0 ? { programArgs } : {}),
    // Object.fromEntries makes "__proto__" an own key like any other.
    ...(configuration.size > 0 ? { flinkConfiguration: Object.fromEntries(configuration) } : {}),
  };
  return { jar, options };
}
