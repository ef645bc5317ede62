/**
 * Which body fields and query parameters `/jars/{jarid}/run` and `/plan` accept, per release line.
 * Up to 1.19 Flink's strict JSON mapper answers 400 to any field it does not know; from 1.20
 * unknown fields are dropped silently. Both the request builder and the fake cluster read this.
 */
import { type FlinkVersion, inRange } from "../internal/flink-version.js";

export type FieldType = "string" | "integer" | "boolean" | "string-list" | "claim-mode" | "job-id" | "config-map";

export interface FieldSpec {
  readonly type: FieldType;
  readonly since?: string;
  readonly until?: string;
}

export const RUN_BODY_FIELDS = {
  entryClass: { type: "string" },
  programArgs: { type: "string", until: "2.0" },
  programArgsList: { type: "string-list" },
  parallelism: { type: "integer" },
  jobId: { type: "job-id" },
  allowNonRestoredState: { type: "boolean" },
  savepointPath: { type: "string" },
  restoreMode: { type: "claim-mode", since: "1.15" },
  claimMode: { type: "claim-mode", since: "1.20" },
  flinkConfiguration: { type: "config-map", since: "1.17" },
} as const satisfies Record<string, FieldSpec>;

export const PLAN_BODY_FIELDS = {
  entryClass: { type: "string" },
  programArgs: { type: "string", until: "2.0" },
  programArgsList: { type: "string-list" },
  parallelism: { type: "integer" },
  jobId: { type: "job-id" },
  flinkConfiguration: { type: "config-map", since: "1.17" },
} as const satisfies Record<string, FieldSpec>;

export const RUN_QUERY_PARAMETERS = {
  allowNonRestoredState: { type: "boolean" },
  savepointPath: { type: "string" },
  "program-args": { type: "string", until: "2.0" },
  programArg: { type: "string-list" },
  "entry-class": { type: "string" },
  parallelism: { type: "integer" },
} as const satisfies Record<string, FieldSpec>;

/** Release line from which unknown JSON fields are ignored instead of answered with 400 (FLINK-35302). */
export const LENIENT_BODY_SINCE = "1.20";

/** Field names accepted by `version`. */
export function acceptedFields(fields: Readonly<Record<string, FieldSpec>>, version: FlinkVersion): Set<string> {
  const accepted = new Set<string>();
  for (const [name, spec] of Object.entries(fields)) {
    if (inRange(version, spec.since, spec.until)) {
      accepted.add(name);
    }
  }
  return accepted;
}

export const CLAIM_MODES = ["CLAIM", "NO_CLAIM", "LEGACY"] as const;
export type ClaimMode = (typeof CLAIM_MODES)[number];

export const JOB_ID_RE = /^[0-9a-fA-F]{32}$/;
