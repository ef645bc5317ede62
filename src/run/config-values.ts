/**
 * One `flinkConfiguration` value as Flink receives it. Flink's field is a string map: numbers and
 * booleans become their text (Flink's mapper would coerce them anyway); `null` is kept, because
 * Flink fails on it later (500); objects, arrays and non-finite numbers are refused here, the way
 * Flink answers them (400, or 500 for what JSON would send as null). The request builder and the
 * body parser both read values through this one function.
 */
import { quoteValue } from "../options/redaction.js";
import { bodySchema, type RequestKind } from "./fields.js";
import { INTERNAL_SERVER_ERROR, malformedBody, refuse } from "./refusal.js";

export function toConfigValue(kind: RequestKind, key: string, value: unknown): string | null {
  switch (typeof value) {
    case "string":
      return value;
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return value.toString();
    case "number":
      if (Number.isFinite(value)) {
        return String(value);
      }
      throw refuse(
        "invalid-config-value",
        `flinkConfiguration["${key}"] is ${quoteValue(key, value)}: Flink options take finite numbers only (JSON sends it as null, and Flink answers 500).`,
        { field: key, answer: INTERNAL_SERVER_ERROR },
      );
    default:
      break;
  }
  if (value === null) {
    return null;
  }
  const what = Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
  throw refuse(
    "invalid-config-value",
    `flinkConfiguration["${key}"] is ${what}: Flink takes only string, number or boolean values (it answers 400 otherwise). Write lists as "a;b" and maps as "k1:v1,k2:v2".`,
    { field: key, answer: malformedBody(bodySchema(kind)) },
  );
}
