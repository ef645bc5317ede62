/**
 * The fields of `/jars/{jarid}/run`, `/run-application` and `/plan` requests and the lines that
 * accept them, read from the contract (generated/contract-facts.ts): what the body parser, the
 * request builder and the fake cluster agree on.
 */
import {
  GET_JAR_PLAN_QUERY_LINES,
  JAR_PLAN_REQUEST_BODY_FIELDS,
  JAR_RUN_APPLICATION_REQUEST_BODY_FIELDS,
  JAR_RUN_REQUEST_BODY_FIELDS,
  RUN_JAR_QUERY_LINES,
} from "../../generated/contract-facts.js";
import { hasRequestField, type RequestFields, readsQueryParameter as reads } from "../versions/contract.js";
import type { FlinkVersion } from "../versions/flink-version.js";

/**
 * `/run`, `/run-application` (2.3+: the run body without `restoreMode`, with `applicationId`), or
 * `/plan` (whose body has no restore fields, and which applies no restore settings).
 */
export type RequestKind = "run" | "plan" | "application";

const BODY_SCHEMAS = {
  run: "JarRunRequestBody",
  plan: "JarPlanRequestBody",
  application: "JarRunApplicationRequestBody",
} as const;
// Flink's JarRunApplicationMessageParameters extends JarRunMessageParameters: /run's query parameters.
const QUERY_LINES = {
  run: RUN_JAR_QUERY_LINES,
  plan: GET_JAR_PLAN_QUERY_LINES,
  application: RUN_JAR_QUERY_LINES,
} as const;

/** The contract's name for a kind's body, as Flink names it in its 400 answers. */
export function bodySchema(kind: RequestKind): (typeof BODY_SCHEMAS)[RequestKind] {
  return BODY_SCHEMAS[kind];
}

const BODY_FIELDS: Readonly<Record<RequestKind, RequestFields>> = {
  run: JAR_RUN_REQUEST_BODY_FIELDS,
  plan: JAR_PLAN_REQUEST_BODY_FIELDS,
  application: JAR_RUN_APPLICATION_REQUEST_BODY_FIELDS,
};

/** Whether a kind reads restore settings (a savepoint path, its claim mode): not a plan. */
export function restores(kind: RequestKind): boolean {
  return kind !== "plan";
}

/**
 * Whether the handler forces `execution.attached=false`: /run and /plan do; /run-application
 * leaves the key as the cluster and the request set it (true makes main() block per job).
 */
export function forcesDetached(kind: RequestKind): boolean {
  return kind !== "application";
}

/** The body fields a kind has in some line, with their JSON types and lines. */
export function bodyFields(kind: RequestKind): RequestFields {
  return BODY_FIELDS[kind];
}

/** Whether `version` accepts the body field. */
export function acceptsField(version: FlinkVersion, kind: RequestKind, name: string): boolean {
  return hasRequestField(version, BODY_FIELDS[kind], name);
}

/** Whether `version` reads the query parameter (a parameter it does not know is ignored). */
export function readsQueryParameter(version: FlinkVersion, kind: RequestKind, name: string): boolean {
  return reads(version, QUERY_LINES[kind], name);
}

/** Snapshot ownership for a restore (Flink's RecoveryClaimMode). */
export const CLAIM_MODES = JAR_RUN_REQUEST_BODY_FIELDS.claimMode.values;
export type ClaimMode = (typeof CLAIM_MODES)[number];

/** A job id as Flink reads it: 32 hexadecimal characters. */
export const JOB_ID = new RegExp(JAR_RUN_REQUEST_BODY_FIELDS.jobId.pattern);

/** An application id as Flink reads it: 32 hexadecimal characters. */
export const APPLICATION_ID = new RegExp(JAR_RUN_APPLICATION_REQUEST_BODY_FIELDS.applicationId.pattern);
