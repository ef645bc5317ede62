/**
 * A `/run`, `/run-application` or `/plan` request as Flink holds it once it has read the body: the one
 * representation the request builder produces, the body parser produces from the wire, and the
 * resolver reads. Absent fields are `undefined`.
 */
import type { components } from "../../generated/schema.js";

/** The request body as the contract types it (the fields and their JSON types). */
type WireBody = components["schemas"]["JarRunRequestBody"];

export interface RequestParts extends Omit<WireBody, "flinkConfiguration"> {
  /** `/run-application` only: the application's id. */
  applicationId?: string;
  /** Key → value, in order; `null` values are kept: Flink fails on them when it builds the configuration. */
  flinkConfiguration?: Map<string, string | null>;
  /** Top-level body fields Flink dropped without a word (1.20+; earlier lines answer 400). */
  ignoredFields: string[];
}

/** A text field as /run reads it where an empty string means "not given". */
export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
