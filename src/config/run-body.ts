/**
 * Reads a `/run` or `/plan` JSON body the way Flink's Jackson mapper does for `version`:
 * scalars are coerced (`"4"` → 4, `4.7` → 4, `1` → true), unknown fields are refused up to
 * 1.19 and dropped from 1.20, and anything else Jackson refuses becomes the same 400.
 */
import { FlinkInputError, type FlinkOutcome } from "../errors.js";
import { type FlinkVersion, isAtLeast } from "../internal/flink-version.js";
import {
  acceptedFields,
  CLAIM_MODES,
  type ClaimMode,
  type FieldSpec,
  JOB_ID_RE,
  LENIENT_BODY_SINCE,
  PLAN_BODY_FIELDS,
  RUN_BODY_FIELDS,
} from "./run-fields.js";

/** A body after Flink's parsing: absent fields are `undefined`, config values still raw. */
export interface ParsedRunBody {
  entryClass?: string;
  programArgs?: string;
  programArgsList?: string[];
  parallelism?: number;
  jobId?: string;
  allowNonRestoredState?: boolean;
  savepointPath?: string;
  restoreMode?: ClaimMode;
  claimMode?: ClaimMode;
  /** Raw values: `null` entries are kept, Flink fails on them later (500). */
  flinkConfiguration?: Record<string, string | null>;
  /** Fields Flink dropped because it did not know them (1.20+). */
  ignoredFields: string[];
}

export type BodyKind = "run" | "plan";

function badBody(kind: BodyKind, field: string, why: string): FlinkInputError {
  const type = kind === "run" ? "JarRunRequestBody" : "JarPlanRequestBody";
  const outcome: FlinkOutcome = { status: 400, message: `Request did not match expected format ${type}.` };
  return new FlinkInputError("invalid-field", `${field}: ${why}`, { field, flinkOutcome: outcome });
}

/** Parses a request body as the given Flink version would. Throws FlinkInputError with Flink's 400. */
export function parseRunBody(body: unknown, version: FlinkVersion, kind: BodyKind = "run"): ParsedRunBody {
  const fields: Readonly<Record<string, FieldSpec>> = kind === "run" ? RUN_BODY_FIELDS : PLAN_BODY_FIELDS;
  const parsed: ParsedRunBody = { ignoredFields: [] };
  if (body === undefined || body === null) {
    return parsed;
  }
  if (typeof body !== "object" || Array.isArray(body)) {
    throw badBody(kind, "(body)", "the body must be a JSON object.");
  }
  const accepted = acceptedFields(fields, version);
  const lenient = isAtLeast(version, LENIENT_BODY_SINCE);
  for (const [name, raw] of Object.entries(body)) {
    const spec = fields[name];
    if (!spec || !accepted.has(name)) {
      if (!lenient) {
        throw new FlinkInputError(
          spec ? "unsupported-by-version" : "unknown-field",
          `Field "${name}" is not accepted by Flink ${version}: releases up to 1.19 answer 400 to unknown fields.`,
          {
            field: name,
            flinkOutcome: {
              status: 400,
              message: `Request did not match expected format ${kind === "run" ? "JarRunRequestBody" : "JarPlanRequestBody"}.`,
            },
          },
        );
      }
      parsed.ignoredFields.push(name);
      continue;
    }
    if (raw === null) {
      continue;
    }
    (parsed as unknown as Record<string, unknown>)[name] = coerce(kind, name, spec, raw);
  }
  return parsed;
}

function coerce(kind: BodyKind, name: string, spec: FieldSpec, raw: unknown): unknown {
  switch (spec.type) {
    case "string":
      if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") {
        return String(raw);
      }
      throw badBody(kind, name, "expected a string.");
    case "integer": {
      const n =
        typeof raw === "number" ? raw : typeof raw === "string" && /^\s*[-+]?\d+\s*$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isFinite(n) || Math.abs(n) > 2 ** 31) {
        throw badBody(kind, name, "expected an integer.");
      }
      return Math.trunc(n);
    }
    case "boolean":
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
    case "string-list":
      if (!Array.isArray(raw)) {
        throw badBody(kind, name, "expected an array of strings.");
      }
      return raw.map((item) => {
        if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") {
          return String(item);
        }
        throw badBody(kind, name, "expected an array of strings.");
      });
    case "claim-mode":
      if (typeof raw === "string" && (CLAIM_MODES as readonly string[]).includes(raw)) {
        return raw;
      }
      throw badBody(kind, name, `expected one of ${CLAIM_MODES.join(", ")} (upper case).`);
    case "job-id":
      if (typeof raw === "string" && JOB_ID_RE.test(raw)) {
        return raw.toLowerCase();
      }
      throw badBody(kind, name, "expected a job id of 32 hexadecimal characters.");
    case "config-map": {
      if (typeof raw !== "object" || Array.isArray(raw)) {
        throw badBody(kind, name, "expected an object of option key to string value.");
      }
      const out: Record<string, string | null> = {};
      for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
        if (value === null) {
          out[key] = null;
        } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
          out[key] = String(value);
        } else {
          throw badBody(
            kind,
            `${name}["${key}"]`,
            "Flink takes only scalar values here (objects and arrays give 400).",
          );
        }
      }
      return out;
    }
  }
}
