/**
 * Normalises `flinkConfiguration` values to the wire type once, here: Flink's field is
 * `Map<String, String>`. Numbers and booleans become strings (Flink's mapper would coerce them
 * anyway); `null` is refused because Flink answers 500 for it, objects and arrays because
 * Flink answers 400; `undefined` means "no opinion" and drops the key.
 */
import { FlinkInputError, type FlinkOutcome } from "../errors.js";
import { quoteValue } from "./redact.js";

const BAD_BODY: FlinkOutcome = { status: 400, message: "Request did not match expected format JarRunRequestBody." };

/** A value accepted in `flinkConfiguration`. */
export type FlinkConfigValue = string | number | boolean;

/** `flinkConfiguration` as callers may write it. */
export type FlinkConfigurationInput = Readonly<Record<string, FlinkConfigValue | undefined>>;

/** Converts one value to Flink's string form, or throws a typed error naming the key. */
export function toFlinkString(key: string, value: unknown): string {
  switch (typeof value) {
    case "string":
      return value;
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) {
        throw new FlinkInputError(
          "invalid-config-value",
          `flinkConfiguration["${key}"] is ${quoteValue(key, value)}: Flink options take finite numbers only (JSON sends it as null, and Flink answers 500).`,
          { field: key },
        );
      }
      return String(value);
    case "bigint":
      return value.toString();
    default:
      break;
  }
  if (value === null) {
    throw new FlinkInputError(
      "null-config-value",
      `flinkConfiguration["${key}"] is null: Flink answers 500 for null values. Leave the key out (or set it to undefined) to keep the cluster's value.`,
      { field: key, flinkOutcome: { status: 500, message: "Internal server error." } },
    );
  }
  const what = Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
  throw new FlinkInputError(
    "invalid-config-value",
    `flinkConfiguration["${key}"] is ${what}: Flink takes only string, number or boolean values (it answers 400 otherwise). Write lists as "a;b" and maps as "k1:v1,k2:v2".`,
    { field: key, flinkOutcome: BAD_BODY },
  );
}

/** Converts a whole configuration; `undefined` entries are dropped, keys keep their order. */
export function normalizeConfiguration(config: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(config)) {
    const value = config[key];
    if (value === undefined) {
      continue;
    }
    if (key.trim() === "") {
      throw new FlinkInputError("invalid-config-value", "flinkConfiguration has an empty key.", { field: key });
    }
    out[key] = toFlinkString(key, value);
  }
  return out;
}
