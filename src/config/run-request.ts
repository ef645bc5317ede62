/**
 * Builds the body of `POST /jars/{jarid}/run` (and `/plan`) that the target Flink version accepts.
 * Bad input is refused here, with a typed error naming the field, before anything is sent.
 */
import { FlinkInputError } from "../errors.js";
import { type FlinkVersion, isAtLeast, releaseLine } from "../internal/flink-version.js";
import { droppedKeyMessage, keepUnderPolicy } from "./cluster-keys.js";
import { type ClusterKeyPolicy, type Diagnostic, mergeDiagnostics, type ValidationMode } from "./diagnostics.js";
import type { OptionCatalog } from "./option-catalog.js";
import { type ClusterConfigInput, resolveRunConfiguration } from "./resolve.js";
import { CLAIM_MODES, type ClaimMode, JOB_ID_RE } from "./run-fields.js";
import { type FlinkConfigurationInput, toFlinkString } from "./values.js";

/** What to run, in typed form. Every field is optional; Flink's defaults apply to what is left out. */
export interface RunJarOptions {
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
  /** Flink options for this job (FLIP-256). Numbers and booleans are sent as strings. */
  flinkConfiguration?: FlinkConfigurationInput;
}

/** The target of a request. */
export interface RunRequestTarget {
  /** The cluster's Flink version (`GET /config` → `flink-version`). */
  flinkVersion: FlinkVersion;
  /** What to do with cluster-scope keys in `flinkConfiguration`: report (default), drop or refuse. */
  clusterKeys?: ClusterKeyPolicy;
  /** The cluster's configuration, when known: sharpens diagnostics (shadowed keys, the parallelism trap). */
  clusterConfig?: ClusterConfigInput;
  /**
   * Option facts for validation (unknown keys, value types, deprecated spellings, scopes). Without
   * one only the built-in /run facts apply. Pass `flinkOptionCatalog` from `flink-rest-client/options`
   * or `await loadFlinkOptionCatalog()`.
   */
  catalog?: OptionCatalog;
  /**
   * Key-by-key validation of `flinkConfiguration`: `warn` (default) puts findings into
   * `diagnostics`, `error` throws a FlinkInputError (`invalid-config`) naming every key with a
   * finding of severity `error`, `off` skips it.
   */
  validation?: ValidationMode;
}

/** The JSON body of `/jars/{jarid}/run`, as built for one version. */
export interface JarRunBody {
  entryClass?: string;
  programArgsList?: string[];
  parallelism?: number;
  jobId?: string;
  allowNonRestoredState?: boolean;
  savepointPath?: string;
  claimMode?: ClaimMode;
  restoreMode?: ClaimMode;
  flinkConfiguration?: Record<string, string>;
}

/** The JSON body of `/jars/{jarid}/plan`. */
export type JarPlanBody = Pick<
  JarRunBody,
  "entryClass" | "programArgsList" | "parallelism" | "jobId" | "flinkConfiguration"
>;

export interface RunRequest<B = JarRunBody> {
  body: B;
  /** What Flink will silently do with the configuration (cluster-scope keys, typos, deprecated keys, ...). */
  diagnostics: Diagnostic[];
}

function invalid(field: string, message: string): FlinkInputError {
  return new FlinkInputError("invalid-field", `${field}: ${message}`, { field });
}

/**
 * Builds a run request for `target.flinkVersion`.
 *
 * @example
 * const { body, diagnostics } = buildRunRequest(
 *   { parallelism: 2, flinkConfiguration: { "execution.checkpointing.interval": "10 s" } },
 *   { flinkVersion: "2.3", catalog: await loadFlinkOptionCatalog(), validation: "error" },
 * );
 * await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body });
 */
export function buildRunRequest(options: RunJarOptions, target: RunRequestTarget): RunRequest {
  const version = target.flinkVersion;
  const dropped: string[] = [];
  const body: JarRunBody = buildCommonFields(options, target, "run", dropped);
  if (options.allowNonRestoredState !== undefined) {
    if (typeof options.allowNonRestoredState !== "boolean") {
      throw invalid("allowNonRestoredState", "expected a boolean.");
    }
    body.allowNonRestoredState = options.allowNonRestoredState;
  }
  if (options.savepointPath !== undefined) {
    if (typeof options.savepointPath !== "string" || options.savepointPath.trim() === "") {
      throw invalid("savepointPath", "expected a non-empty path (leave it out to start without a savepoint).");
    }
    body.savepointPath = options.savepointPath;
  }
  if (options.claimMode !== undefined) {
    if (!(CLAIM_MODES as readonly string[]).includes(options.claimMode)) {
      throw invalid(
        "claimMode",
        `expected one of ${CLAIM_MODES.join(", ")}, got ${JSON.stringify(options.claimMode)}.`,
      );
    }
    if (isAtLeast(version, "1.20")) {
      body.claimMode = options.claimMode;
    } else if (isAtLeast(version, "1.15")) {
      // Up to 1.19 the field is `restoreMode`; `claimMode` would be an unknown field (400).
      body.restoreMode = options.claimMode;
    } else {
      throw new FlinkInputError(
        "unsupported-by-version",
        `claimMode: Flink ${releaseLine(version)} has no restore/claim mode (it came in 1.15).`,
        { field: "claimMode" },
      );
    }
  }
  return { body, diagnostics: diagnose(body, target, dropped) };
}

/** Builds a `/jars/{jarid}/plan` request (the run request's fields that a plan takes). */
export function buildPlanRequest(
  options: Pick<RunJarOptions, "entryClass" | "programArgs" | "parallelism" | "jobId" | "flinkConfiguration">,
  target: RunRequestTarget,
): RunRequest<JarPlanBody> {
  const dropped: string[] = [];
  const body = buildCommonFields(options, target, "plan", dropped);
  return { body, diagnostics: diagnose(body, target, dropped) };
}

function buildCommonFields(
  options: RunJarOptions,
  target: RunRequestTarget,
  kind: "run" | "plan",
  dropped: string[],
): JarRunBody {
  const version = target.flinkVersion;
  releaseLine(version); // refuses a malformed version first
  if (typeof options !== "object" || options === null) {
    throw invalid("options", `expected an object of ${kind} options.`);
  }
  const body: JarRunBody = {};
  if (options.entryClass !== undefined) {
    if (typeof options.entryClass !== "string" || options.entryClass.trim() === "") {
      throw invalid("entryClass", "expected a fully qualified class name (leave it out to use the jar's manifest).");
    }
    body.entryClass = options.entryClass;
  }
  if (options.programArgs !== undefined) {
    if (!Array.isArray(options.programArgs) || options.programArgs.some((a) => typeof a !== "string")) {
      throw invalid("programArgs", "expected an array of strings, one per argument.");
    }
    body.programArgsList = [...options.programArgs];
  }
  if (options.parallelism !== undefined) {
    if (!Number.isInteger(options.parallelism) || options.parallelism < 1 || options.parallelism > 32768) {
      throw invalid(
        "parallelism",
        `expected an integer from 1 to 32768, got ${JSON.stringify(options.parallelism)} (Flink fails the submission with 400 for 0 or less).`,
      );
    }
    body.parallelism = options.parallelism;
  }
  if (options.jobId !== undefined) {
    if (typeof options.jobId !== "string" || !JOB_ID_RE.test(options.jobId)) {
      throw invalid("jobId", `expected 32 hexadecimal characters, got ${JSON.stringify(options.jobId)}.`);
    }
    body.jobId = options.jobId.toLowerCase();
  }
  const config = buildConfiguration(options.flinkConfiguration, target, dropped);
  if (config !== undefined) {
    body.flinkConfiguration = config;
  }
  return body;
}

/** Normalised flinkConfiguration, or undefined when there is nothing to send. */
function buildConfiguration(
  input: FlinkConfigurationInput | undefined,
  target: RunRequestTarget,
  dropped: string[],
): Record<string, string> | undefined {
  if (input === undefined) {
    return undefined;
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw invalid("flinkConfiguration", "expected an object of option key to value.");
  }
  const out: Record<string, string> = {};
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (value === undefined) {
      continue; // "no opinion": the cluster's value stays
    }
    if (key.trim() === "") {
      throw new FlinkInputError("invalid-config-value", "flinkConfiguration has an empty key.", { field: key });
    }
    const text = toFlinkString(key, value);
    if (!keepUnderPolicy(key, target.flinkVersion, target.clusterKeys ?? "report", target.catalog)) {
      dropped.push(key);
      continue;
    }
    out[key] = text;
  }
  if (Object.keys(out).length === 0) {
    return undefined;
  }
  if (!isAtLeast(target.flinkVersion, "1.17")) {
    throw new FlinkInputError(
      "unsupported-by-version",
      `flinkConfiguration: Flink ${releaseLine(target.flinkVersion)} does not accept it (it came in 1.17; older versions answer 400).`,
      { field: "flinkConfiguration" },
    );
  }
  return out;
}

function diagnose(body: JarRunBody, target: RunRequestTarget, dropped: readonly string[]): Diagnostic[] {
  const resolved = resolveRunConfiguration({
    flinkVersion: target.flinkVersion,
    body,
    includeDefaults: false,
    ...(target.clusterConfig ? { clusterConfig: target.clusterConfig } : {}),
    ...(target.catalog ? { catalog: target.catalog } : {}),
    ...(target.validation ? { validation: target.validation } : {}),
  });
  const droppedDiagnostics = dropped.map(
    (key): Diagnostic => ({
      code: "cluster-scope-key-dropped",
      severity: "info",
      key,
      message: droppedKeyMessage(key),
    }),
  );
  return mergeDiagnostics(droppedDiagnostics, resolved.diagnostics);
}
