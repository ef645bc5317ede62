/**
 * What a Flink release line has, as the contract says: x-flink-since / x-flink-until /
 * x-flink-behaviours on openapi.yaml, generated into generated/contract-facts.ts as one
 * `<NAME>_LINES` (or `<SCHEMA>_FIELDS`) constant per fact, so a bundle carries only the facts its
 * code asks about. Code asks here, never with a version literal of its own.
 */
import type { FieldType, LineRange } from "../../generated/contract-facts.js";
import { type FlinkVersion, inRange } from "./flink-version.js";

/** A request body's fields as the contract lists them (a `<SCHEMA>_FIELDS` constant). */
export type RequestFields = Readonly<Record<string, LineRange & FieldType>>;

/**
 * Whether `version`'s line has what `lines` describes (an operation's, a behaviour's or a
 * field's `<NAME>_LINES`); no range means every line.
 *
 * @example
 * inLines("1.19", UNKNOWN_FIELDS_IGNORED_LINES); // false: 1.19 answers 400 to unknown fields
 */
export function inLines(version: FlinkVersion, lines: LineRange | undefined): boolean {
  return lines === undefined || inRange(version, lines.since, lines.until);
}

/** Whether `version`'s line has the field of a request body (a field the body does not have: false). */
export function hasRequestField(version: FlinkVersion, fields: RequestFields, field: string): boolean {
  return Object.hasOwn(fields, field) && inLines(version, fields[field]);
}

/** Whether `version`'s line reads the query parameter (`queryLines`: an operation's `<OP>_QUERY_LINES`). */
export function readsQueryParameter(
  version: FlinkVersion,
  queryLines: Readonly<Record<string, LineRange>>,
  name: string,
): boolean {
  return inLines(version, Object.hasOwn(queryLines, name) ? queryLines[name] : undefined);
}
