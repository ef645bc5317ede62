/**
 * Builds the body of `POST /jars/{jarid}/run` (and `/run-application`, `/plan`) that the target Flink version accepts.
 * Typed options are checked and read into the same parts the resolver reads from a wire body, the
 * resolver computes what Flink will do with them, and the body is written from those parts: one
 * pass, no body parsed back.
 */
import type { ClusterConfigInput } from "../options/cluster-config.js";
import type { CheckedFlinkVersion } from "../options/configuration-type.js";
import type { Diagnostic, ValidationMode } from "../options/diagnostics.js";
import type { OptionCatalog } from "../options/option-catalog.js";
import { releaseLine } from "../versions/flink-version.js";
import type { RequestKind } from "./fields.js";
import type { ClusterKeyPolicy } from "./findings.js";
import {
  type PlanJarOptions,
  partsFromOptions,
  type RunApplicationOptions,
  type RunJarOptions,
  type RunOptionFields,
} from "./from-options.js";
import { resolveParts } from "./resolve.js";
import { type JarPlanBody, type JarRunApplicationBody, type JarRunBody, toBody } from "./to-body.js";

/** The target of a request: Flink `V` types the request's `flinkConfiguration`. */
export interface RunRequestTarget<V extends string = string> {
  /**
   * The cluster's Flink version (`GET /config` → `flink-version`): a supported line or release
   * as a literal ("2.3", "1.20.3"), or a `string` known at run time (see `CheckedFlinkVersion`).
   */
  flinkVersion: CheckedFlinkVersion<V>;
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

export interface RunRequest<B = JarRunBody> {
  body: B;
  /** What Flink will silently do with the configuration (cluster-scope keys, typos, deprecated keys, ...). */
  diagnostics: Diagnostic[];
}

/** A target whose version is checked at run time only (the typed one narrows it for the caller). */
export type AnyTarget = Omit<RunRequestTarget, "flinkVersion"> & { flinkVersion: string };

/**
 * Builds a request of any kind from options checked at run time only: what the typed builders
 * below, the helpers and the CLI (whose keys come from the command line) share.
 */
export function buildRequest(options: RunOptionFields, target: AnyTarget, kind: RequestKind): RunRequest {
  releaseLine(target.flinkVersion); // refuses a malformed version first
  const parts = partsFromOptions(options, kind);
  const { resolved, sent } = resolveParts(
    parts,
    { programArg: [] },
    {
      flinkVersion: target.flinkVersion,
      kind,
      includeDefaults: false,
      ...(target.clusterKeys ? { clusterKeys: target.clusterKeys } : {}),
      ...(target.clusterConfig ? { clusterConfig: target.clusterConfig } : {}),
      ...(target.catalog ? { catalog: target.catalog } : {}),
      ...(target.validation ? { validation: target.validation } : {}),
    },
  );
  return { body: toBody(parts, sent, target.flinkVersion, kind), diagnostics: resolved.diagnostics };
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
export function buildRunRequest<V extends string = string>(
  options: RunJarOptions<V>,
  target: RunRequestTarget<V>,
): RunRequest {
  return buildRequest(options as RunOptionFields, target, "run");
}

/**
 * Builds a `/jars/{jarid}/run-application` request (Flink 2.3+): the run request's fields,
 * `claimMode` (never `restoreMode`) and the application's id. Which lines have the operation is
 * the caller's check (`runApplication` refuses older clusters before sending).
 */
export function buildRunApplicationRequest<V extends string = string>(
  options: RunApplicationOptions<V>,
  target: RunRequestTarget<V>,
): RunRequest<JarRunApplicationBody> {
  return buildApplicationRequest(options as RunOptionFields, target);
}

/** {@link buildRunApplicationRequest} from options checked at run time only. */
export function buildApplicationRequest(
  options: RunOptionFields,
  target: AnyTarget,
): RunRequest<JarRunApplicationBody> {
  const { body, diagnostics } = buildRequest(options, target, "application");
  const { restoreMode: _, ...applicationBody } = body; // the application body has no restoreMode
  return { body: applicationBody, diagnostics };
}

/** Builds a `/jars/{jarid}/plan` request (the run request's fields that a plan takes). */
export function buildPlanRequest<V extends string = string>(
  options: PlanJarOptions<V>,
  target: RunRequestTarget<V>,
): RunRequest<JarPlanBody> {
  return buildRequest(options as RunOptionFields, target, "plan");
}
