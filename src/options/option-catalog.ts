/**
 * What the SDK knows about Flink's options, as an interface: the core entry carries only the
 * facts of the options /run itself handles (`./builtin-catalog.ts`), and the full catalog
 * generated from Flink's jars (`./full-catalog.ts`) is the `flink-rest-client/options` entry, or
 * is loaded on demand with `loadFlinkOptionCatalog()`, so the browser-safe core stays small. Both
 * are the same decoder (`./catalog-data.ts`) over different data.
 */

import type { Diagnostic } from "./diagnostics.js";

/**
 * What a key does when sent in `flinkConfiguration` to /run (the scope rule, `./scope.ts`):
 * - `job`: read per job (by the user's `main()` through the environment, or by the runtime from the
 *   job configuration);
 * - `cluster`: belongs to the running JobManager/TaskManager processes; accepted, no effect on the job;
 * - `submission`: read or overwritten by the submission machinery (/run forces or ignores it);
 * - `ignored`: not read by /run at all (application-mode settings).
 */
export type OptionScope = "job" | "cluster" | "submission" | "ignored";

/** Value type of an option, as Flink declares it (`list` has its element type in `elementType`). */
export type OptionValueType =
  | "string"
  | "boolean"
  | "int"
  | "long"
  | "float"
  | "double"
  | "duration"
  | "memory"
  | "enum"
  | "map"
  | "list";

/** The facts of one option in one release line: the one shape every catalog answers with. */
export interface OptionInfo {
  /** The canonical key. */
  readonly key: string;
  /**
   * The Flink class that declares it (fully qualified) and its Java field: where the option comes
   * from. The full catalog knows them; the core's built-in facts leave them out, to stay small.
   */
  readonly holderClass?: string;
  readonly field?: string;
  readonly type: OptionValueType;
  readonly elementType?: Exclude<OptionValueType, "list">;
  /** Enum constants (enum and list-of-enum options). */
  readonly enumValues?: readonly string[];
  /** Flink's default in its string form; absent when the option has none. */
  readonly defaultValue?: string;
  /** Older spellings Flink still reads after the canonical key, in lookup order. */
  readonly deprecatedKeys: readonly string[];
  /** Other keys Flink reads after the deprecated ones (not deprecated). */
  readonly fallbackKeys: readonly string[];
  /** What the key does when sent in `flinkConfiguration` to /run. */
  readonly scope: OptionScope;
  /** The option itself is deprecated (Java `@Deprecated`) in this line. */
  readonly deprecated: boolean;
  /** Flink masks its value (`GlobalConfiguration.isSensitive`). */
  readonly sensitive: boolean;
  /** Flink leaves it out of its docs (`@Documentation.ExcludeFromDocumentation`): internal. */
  readonly excludedFromDocs: boolean;
  /** Flink's docs show another default (`@Documentation.OverrideDefault`): machine- or JVM-dependent. */
  readonly defaultOverriddenInDocs: boolean;
  /** Other classes that declare the same key in this line (fully qualified). */
  readonly alsoDeclaredIn: readonly string[];
}

/** How a key was found: its canonical spelling, an older or fallback spelling, a suffix-option
 * template (`metrics.reporter.<name>.factory.class`), or an entry of a map option written in
 * prefix notation (`pipeline.global-job-parameters.team: a`). */
export type OptionMatchKind = "key" | "deprecated-key" | "fallback-key" | "template" | "map-entry";

export interface OptionMatch {
  readonly option: OptionInfo;
  readonly via: OptionMatchKind;
}

/** Why Flink cannot read a value as an option's type. Carries no value, except the failing list element. */
export interface ValueProblem {
  /** What Flink expects, e.g. `a duration such as "10 s"`. */
  readonly expected: string;
  /** A likely cause, e.g. "ISO-8601 durations are read from Flink 2.1 on." */
  readonly hint?: string;
  /** For lists: the first element Flink cannot read (index from 1). */
  readonly element?: { readonly index: number; readonly text: string };
}

/** The release line whose facts apply to a version. */
export interface CatalogLine {
  readonly line: string;
  /** False when the version is newer than every line the catalog covers (its newest line is used). */
  readonly exact: boolean;
}

/**
 * Option facts by key and version. Versions may be written "1.20", "1.20.3" or "2.1-SNAPSHOT".
 *
 * @example
 * import { flinkOptionCatalog } from "flink-rest-client/options";
 * flinkOptionCatalog.find("state.backend", "2.3")?.option.key; // "state.backend.type" (via "deprecated-key")
 */
export interface OptionCatalog {
  /** Release lines covered, oldest first. */
  readonly versions: readonly string[];
  /** The line whose facts apply to `version`; undefined when the catalog knows nothing about it. */
  line(version: string): CatalogLine | undefined;
  /** The option `key` names in `version`, by any spelling; undefined when no option matches. */
  find(key: string, version: string): OptionMatch | undefined;
  /** Every canonical key of `version`. */
  keys(version: string): readonly string[];
  /** Release lines in which `key` names an option (canonical or deprecated spelling). */
  versionsOf(key: string): readonly string[];
  /** The canonical key that replaced `key` in its newest line where it was a deprecated spelling. */
  replacementOf(key: string): string | undefined;
  /** Known keys of `version` closest to `key`, nearest first. */
  suggest(key: string, version: string, limit?: number): string[];
  /**
   * Whether a key the catalog does not find is unknown to Flink `version` (a misspelling). False
   * for families of modules it does not read (`python.*`, `s3.*`, ...), and for every key in the
   * built-in facts, which know only the keys /run treats specially.
   */
  covers(key: string, version: string): boolean;
  /**
   * Whether Flink `version` can read `value` as `option`'s type, parsing it as Flink does. Optional:
   * parse rules are code the full catalog brings along, so that the core carries none of them.
   */
  checkValue?(option: OptionInfo, value: string, version: string): ValueProblem | undefined;
  /**
   * The finding for a key the catalog covers but finds no option for: removed, not there yet or
   * misspelled, with the closest keys. Optional, like `checkValue`: only a catalog that covers
   * keys needs it.
   */
  unknownKey?(key: string, version: string): Diagnostic;
}
