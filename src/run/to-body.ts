/**
 * The JSON body a line accepts for a request's parts: the claim mode under the name the line
 * knows, `flinkConfiguration` only where the line has it, and nothing a line would refuse.
 */
import type { components } from "../../generated/schema.js";
import { FlinkInputError } from "../errors.js";
import { type FlinkVersion, releaseLine } from "../versions/flink-version.js";
import { acceptsField, bodyFields, type RequestKind } from "./fields.js";
import type { RequestParts } from "./request-parts.js";

/** The JSON body of `/jars/{jarid}/run`, as built for one version: the contract's, without the old one-string arguments. */
export type JarRunBody = Omit<components["schemas"]["JarRunRequestBody"], "programArgs">;

/** The JSON body of `/jars/{jarid}/plan`. */
export type JarPlanBody = Omit<components["schemas"]["JarPlanRequestBody"], "programArgs">;

/** The JSON body of `/jars/{jarid}/run-application` (Flink 2.3+). */
export type JarRunApplicationBody = components["schemas"]["JarRunApplicationRequestBody"];

/** What `toBody` writes: the fields of every kind; each kind's builder picks its own type. */
type AnyJarBody = JarRunBody & Pick<JarRunApplicationBody, "applicationId">;

function unsupported(version: FlinkVersion, kind: RequestKind, field: string, what: string): FlinkInputError {
  const since = bodyFields(kind)[field]?.since;
  return new FlinkInputError(
    "unsupported-by-version",
    `${what}: Flink ${releaseLine(version)} does not accept it${since ? ` (it came in ${since})` : ""}.`,
    { field: what },
  );
}

/** The body for `version`; `sent` is the configuration that survived the caller's cluster-key policy. */
export function toBody(
  parts: RequestParts,
  sent: ReadonlyMap<string, string>,
  version: FlinkVersion,
  kind: RequestKind,
): AnyJarBody {
  const body: AnyJarBody = {};
  if (parts.entryClass !== undefined) {
    body.entryClass = parts.entryClass;
  }
  if (parts.programArgsList !== undefined) {
    body.programArgsList = parts.programArgsList;
  }
  if (parts.parallelism !== undefined) {
    body.parallelism = parts.parallelism;
  }
  if (parts.jobId !== undefined) {
    body.jobId = parts.jobId;
  }
  if (parts.applicationId !== undefined) {
    body.applicationId = parts.applicationId;
  }
  if (parts.allowNonRestoredState !== undefined) {
    body.allowNonRestoredState = parts.allowNonRestoredState;
  }
  if (parts.savepointPath !== undefined) {
    body.savepointPath = parts.savepointPath;
  }
  if (parts.claimMode !== undefined) {
    // Lines without `claimMode` know it as `restoreMode`; sending the new name there is a 400.
    const field = acceptsField(version, kind, "claimMode") ? "claimMode" : "restoreMode";
    if (!acceptsField(version, kind, field)) {
      throw unsupported(version, kind, "restoreMode", "claimMode");
    }
    body[field] = parts.claimMode;
  }
  if (sent.size > 0) {
    if (!acceptsField(version, kind, "flinkConfiguration")) {
      throw unsupported(version, kind, "flinkConfiguration", "flinkConfiguration");
    }
    body.flinkConfiguration = Object.fromEntries(sent);
  }
  return body;
}
