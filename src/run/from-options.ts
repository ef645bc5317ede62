/**
 * The request builder's input: run options in typed form, checked field by field before anything
 * is sent, and turned into the parts Flink would read from the body.
 */
import { FlinkInputError } from "../errors.js";
import type { FlinkConfiguration, UntypedFlinkConfiguration } from "../options/configuration-type.js";
import { toConfigValue } from "./config-values.js";
import { APPLICATION_ID, CLAIM_MODES, type ClaimMode, JOB_ID, type RequestKind, restores } from "./fields.js";
import type { RequestParts } from "./request-parts.js";

/**
 * What to run, in typed form. Every field is optional; Flink's defaults apply to what is left out.
 * `flinkConfiguration` is typed for Flink `V` (see {@link FlinkConfiguration}); the helpers take
 * `V` from their `flinkVersion`.
 */
export interface RunJarOptions<V extends string = string> {
  /** Main class; defaults to the jar manifest's `Main-Class` / `program-class`. */
  entryClass?: string;
  /** Arguments of the program's `main()`, one list element per argument. */
  programArgs?: readonly string[];
  /** Default parallelism of the job (a positive integer). */
  parallelism?: number;
  /** Savepoint or retained checkpoint to restore from. */
  savepointPath?: string;
  /** Skip savepoint state that maps to no operator of the new job. */
  allowNonRestoredState?: boolean;
  /** Who owns the restored snapshot's files (sent as `claimMode` from 1.20, `restoreMode` before). */
  claimMode?: ClaimMode;
  /** Fixed job id, 32 hexadecimal characters. */
  jobId?: string;
  /**
   * Flink options for this job (FLIP-256), typed for Flink `V`: its keys complete, a misspelled
   * key or a value of the wrong kind does not compile. Numbers and booleans are sent as strings.
   * Keys Flink does not know: see {@link FlinkConfiguration}'s `Extra`, or
   * `untypedFlinkConfiguration(map)` for a map built at run time.
   */
  flinkConfiguration?: FlinkConfiguration<V>;
}

/** What to run as an application (Flink 2.3+): the run options and the application's id. */
export interface RunApplicationOptions<V extends string = string> extends RunJarOptions<V> {
  /**
   * Fixed application id, 32 hexadecimal characters (compared in lower case). With a job id too,
   * the first job the program submits gets the job id.
   */
  applicationId?: string;
}

/** The options a plan takes (the run options without the restore settings). */
export type PlanJarOptions<V extends string = string> = Pick<
  RunJarOptions<V>,
  "entryClass" | "programArgs" | "parallelism" | "jobId" | "flinkConfiguration"
>;

/**
 * The run options as the builder reads them at run time: any keys, any values (each is checked).
 * The typed options of every line are this, once their configuration type is set aside.
 */
export type RunOptionFields = Omit<RunApplicationOptions, "flinkConfiguration"> & {
  flinkConfiguration?: UntypedFlinkConfiguration;
};

function invalid(field: string, message: string): FlinkInputError {
  return new FlinkInputError("invalid-field", `${field}: ${message}`, { field });
}

/** Checks typed options and returns the parts Flink would read. Throws FlinkInputError naming the field. */
export function partsFromOptions(options: RunOptionFields, kind: RequestKind): RequestParts {
  if (typeof options !== "object" || options === null) {
    throw invalid("options", `expected an object of ${kind} options.`);
  }
  const parts: RequestParts = { ignoredFields: [] };
  if (options.entryClass !== undefined) {
    if (typeof options.entryClass !== "string" || options.entryClass.trim() === "") {
      throw invalid("entryClass", "expected a fully qualified class name (leave it out to use the jar's manifest).");
    }
    parts.entryClass = options.entryClass;
  }
  if (options.programArgs !== undefined) {
    if (!Array.isArray(options.programArgs) || options.programArgs.some((a) => typeof a !== "string")) {
      throw invalid("programArgs", "expected an array of strings, one per argument.");
    }
    parts.programArgsList = [...options.programArgs];
  }
  if (options.parallelism !== undefined) {
    if (!Number.isInteger(options.parallelism) || options.parallelism < 1 || options.parallelism > 32768) {
      throw invalid(
        "parallelism",
        `expected an integer from 1 to 32768, got ${JSON.stringify(options.parallelism)} (Flink fails the submission with 400 for 0 or less).`,
      );
    }
    parts.parallelism = options.parallelism;
  }
  if (options.jobId !== undefined) {
    if (typeof options.jobId !== "string" || !JOB_ID.test(options.jobId)) {
      throw invalid("jobId", `expected 32 hexadecimal characters, got ${JSON.stringify(options.jobId)}.`);
    }
    parts.jobId = options.jobId.toLowerCase();
  }
  const config = configuration(options.flinkConfiguration, kind);
  if (config !== undefined) {
    parts.flinkConfiguration = config;
  }
  if (restores(kind)) {
    restoreOptions(options, parts);
  }
  if (kind === "application" && options.applicationId !== undefined) {
    if (typeof options.applicationId !== "string" || !APPLICATION_ID.test(options.applicationId)) {
      throw invalid(
        "applicationId",
        `expected 32 hexadecimal characters, got ${JSON.stringify(options.applicationId)}.`,
      );
    }
    parts.applicationId = options.applicationId.toLowerCase();
  }
  return parts;
}

function restoreOptions(options: RunOptionFields, parts: RequestParts): void {
  if (options.allowNonRestoredState !== undefined) {
    if (typeof options.allowNonRestoredState !== "boolean") {
      throw invalid("allowNonRestoredState", "expected a boolean.");
    }
    parts.allowNonRestoredState = options.allowNonRestoredState;
  }
  if (options.savepointPath !== undefined) {
    if (typeof options.savepointPath !== "string" || options.savepointPath.trim() === "") {
      throw invalid("savepointPath", "expected a non-empty path (leave it out to start without a savepoint).");
    }
    parts.savepointPath = options.savepointPath;
  }
  if (options.claimMode !== undefined) {
    const mode = CLAIM_MODES.find((m) => m === options.claimMode);
    if (mode === undefined) {
      throw invalid(
        "claimMode",
        `expected one of ${CLAIM_MODES.join(", ")}, got ${JSON.stringify(options.claimMode)}.`,
      );
    }
    parts.claimMode = mode;
  }
}

/** The configuration entries, in order; `undefined` values ("no opinion") are left out. */
function configuration(
  input: UntypedFlinkConfiguration | undefined,
  kind: RequestKind,
): Map<string, string | null> | undefined {
  if (input === undefined) {
    return undefined;
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw invalid("flinkConfiguration", "expected an object of option key to value.");
  }
  const out = new Map<string, string | null>();
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (value === undefined) {
      continue; // "no opinion": the cluster's value stays
    }
    if (key.trim() === "") {
      throw new FlinkInputError("invalid-config-value", "flinkConfiguration has an empty key.", { field: key });
    }
    out.set(key, toConfigValue(kind, key, value));
  }
  return out;
}
