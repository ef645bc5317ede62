/**
 * Reads a `/run` or `/plan` JSON body the way Flink's Jackson mapper does for a line: scalars are
 * coerced (`"4"` → 4, `4.7` → 4, `1` → true), unknown fields are refused or dropped as the line
 * does (`unknown-fields-ignored`), and anything else Jackson refuses becomes the same 400.
 */
import { type FieldType, UNKNOWN_FIELDS_IGNORED_LINES } from "../../generated/contract-facts.js";
import type { FlinkInputError } from "../errors.js";
import { inLines } from "../versions/contract.js";
import type { FlinkVersion } from "../versions/flink-version.js";
import { toConfigValue } from "./config-values.js";
import { acceptsField, bodyFields, bodySchema, type RequestKind } from "./fields.js";
import { malformedBody, refuse } from "./refusal.js";
import type { RequestParts } from "./request-parts.js";

function badBody(kind: RequestKind, field: string, why: string): FlinkInputError {
  return refuse("invalid-field", `${field}: ${why}`, { field, answer: malformedBody(bodySchema(kind)) });
}

/** Parses a request body as Flink `version` would. Throws FlinkInputError with Flink's 400. */
export function parseRunBody(body: unknown, version: FlinkVersion, kind: RequestKind = "run"): RequestParts {
  const parts: RequestParts = { ignoredFields: [] };
  if (body === undefined || body === null) {
    return parts;
  }
  if (typeof body !== "object" || Array.isArray(body)) {
    throw badBody(kind, "(body)", "the body must be a JSON object.");
  }
  const fields = bodyFields(kind);
  const lenient = inLines(version, UNKNOWN_FIELDS_IGNORED_LINES);
  for (const [name, raw] of Object.entries(body)) {
    if (!acceptsField(version, kind, name)) {
      if (!lenient) {
        throw refuse(
          Object.hasOwn(fields, name) ? "unsupported-by-version" : "unknown-field",
          `Field "${name}" is not accepted by Flink ${version}: this line answers 400 to fields it does not know.`,
          { field: name, answer: malformedBody(bodySchema(kind)) },
        );
      }
      parts.ignoredFields.push(name);
      continue;
    }
    if (raw !== null) {
      setField(parts, kind, name, fields[name] as FieldType, raw);
    }
  }
  return parts;
}

/** Reads a field as its contract type says, into the parts. */
function setField(parts: RequestParts, kind: RequestKind, name: string, spec: FieldType, raw: unknown): void {
  Object.assign(parts, { [name]: read(kind, name, spec, raw) });
}

function read(kind: RequestKind, name: string, spec: FieldType, raw: unknown): unknown {
  switch (spec.type) {
    case "string":
      return spec.pattern === undefined ? text(kind, name, raw) : hexId(kind, name, raw, new RegExp(spec.pattern));
    case "integer":
      return integer(kind, name, raw);
    case "boolean":
      return flag(kind, name, raw);
    case "string-list":
      return list(kind, name, raw);
    case "enum":
      return enumValue(kind, name, raw, spec.values ?? []);
    case "string-map":
      return configMap(kind, name, raw);
  }
}

function text(kind: RequestKind, name: string, raw: unknown): string {
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") {
    return String(raw);
  }
  throw badBody(kind, name, "expected a string.");
}

function integer(kind: RequestKind, name: string, raw: unknown): number {
  const n =
    typeof raw === "number" ? raw : typeof raw === "string" && /^\s*[-+]?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(n) || Math.abs(n) > 2 ** 31) {
    throw badBody(kind, name, "expected an integer.");
  }
  return Math.trunc(n);
}

function flag(kind: RequestKind, name: string, raw: unknown): boolean {
  if (typeof raw === "boolean") {
    return raw;
  }
  if (raw === "true" || raw === "false") {
    return raw === "true";
  }
  if (typeof raw === "number" && Number.isInteger(raw)) {
    return raw !== 0;
  }
  throw badBody(kind, name, "expected a boolean.");
}

function list(kind: RequestKind, name: string, raw: unknown): string[] {
  if (!Array.isArray(raw)) {
    throw badBody(kind, name, "expected an array of strings.");
  }
  return raw.map((item) => {
    if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") {
      return String(item);
    }
    throw badBody(kind, name, "expected an array of strings.");
  });
}

function enumValue(kind: RequestKind, name: string, raw: unknown, values: readonly string[]): string {
  const value = values.find((v) => v === raw);
  if (value === undefined) {
    throw badBody(kind, name, `expected one of ${values.join(", ")} (upper case).`);
  }
  return value;
}

/** An id in hexadecimal, as Flink's id types read it (and write it back: lower case). */
function hexId(kind: RequestKind, name: string, raw: unknown, pattern: RegExp): string {
  if (typeof raw === "string" && pattern.test(raw)) {
    return raw.toLowerCase();
  }
  throw badBody(kind, name, "expected an id of 32 hexadecimal characters.");
}

function configMap(kind: RequestKind, name: string, raw: unknown): Map<string, string | null> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw badBody(kind, name, "expected an object of option key to string value.");
  }
  const out = new Map<string, string | null>();
  for (const [key, value] of Object.entries(raw)) {
    out.set(key, toConfigValue(kind, key, value));
  }
  return out;
}
