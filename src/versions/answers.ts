/**
 * Which fields of an answer a release line sends, as the contract says: the fake cluster builds
 * its views for the newest line and leaves out what an older line does not have.
 */
import { ANSWER_FIELD_RANGES, type LineRange } from "../../generated/contract-facts.js";
import { inLines } from "./contract.js";
import type { FlinkVersion } from "./flink-version.js";

export type AnswerSchema = keyof typeof ANSWER_FIELD_RANGES;

/** A copy of an answer object without the properties `version`'s line does not send. */
export function onlyFieldsOf<T extends object>(version: FlinkVersion, schema: AnswerSchema, value: T): T {
  const ranges: Readonly<Record<string, LineRange>> = ANSWER_FIELD_RANGES[schema];
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (inLines(version, Object.hasOwn(ranges, key) ? ranges[key] : undefined)) {
      out[key] = field;
    }
  }
  // The same object minus fields: the caller's type, whose fields the contract marks optional.
  return out as T;
}
