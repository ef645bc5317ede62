/**
 * The query parameters of `/jars/{jarid}/run` and `/plan`, read the way Flink's message
 * parameters read them (a repeated single-valued parameter or one that does not parse is a 400).
 */
import type { FlinkInputError } from "../errors.js";
import { parseFlinkInt } from "../options/java-parsers.js";
import type { FlinkVersion } from "../versions/flink-version.js";
import { type RequestKind, readsQueryParameter } from "./fields.js";
import { refuse } from "./refusal.js";

/** Query parameters of `/jars/{jarid}/run`, as strings (as on the wire) or typed values. */
export interface RunQuery {
  "entry-class"?: string;
  parallelism?: number | string;
  savepointPath?: string;
  allowNonRestoredState?: boolean | string;
  programArg?: string | readonly string[];
  /** Removed in Flink 2.0. */
  "program-args"?: string;
}

/** The query as Flink holds it after reading it. */
export interface ParsedQuery {
  entryClass?: string;
  parallelism?: number;
  savepointPath?: string;
  allowNonRestoredState?: boolean;
  programArg: string[];
  programArgs?: string;
}

function badQuery(name: string, value: string): FlinkInputError {
  return refuse("invalid-field", `Query parameter ${name}=${JSON.stringify(value)} is invalid.`, {
    field: name,
    answer: {
      status: 400,
      message: `Bad request, could not parse parameters: Cannot resolve query parameter (${name}) from value "${value}".`,
    },
  });
}

/** Query parameters as Flink's message parameters read them. */
export function parseRunQuery(query: RunQuery, version: FlinkVersion, kind: RequestKind = "run"): ParsedQuery {
  const parsed: ParsedQuery = { programArg: [] };
  if (query["entry-class"] !== undefined) {
    parsed.entryClass = query["entry-class"];
  }
  if (query.parallelism !== undefined) {
    const text = String(query.parallelism);
    if (text.includes(",")) {
      throw refuse("invalid-field", `Query parameter parallelism=${text} has several values.`, {
        field: "parallelism",
        answer: { status: 400, message: `Expected only one value [${text.split(",").join(", ")}].` },
      });
    }
    const n = parseFlinkInt(text);
    if (n === undefined) {
      throw badQuery("parallelism", text);
    }
    parsed.parallelism = n;
  }
  if (query.savepointPath !== undefined) {
    parsed.savepointPath = query.savepointPath;
  }
  if (query.allowNonRestoredState !== undefined) {
    // Flink reads anything but "true" (any case) as false, without an error.
    parsed.allowNonRestoredState = String(query.allowNonRestoredState).toLowerCase() === "true";
  }
  if (query.programArg !== undefined) {
    const list = typeof query.programArg === "string" ? [query.programArg] : [...query.programArg];
    parsed.programArg = list.flatMap((v) => v.split(","));
  }
  if (query["program-args"] !== undefined && readsQueryParameter(version, kind, "program-args")) {
    parsed.programArgs = query["program-args"];
  }
  return parsed;
}
