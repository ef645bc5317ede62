/**
 * The restore settings /run derives (SavepointRestoreSettings): path, allowNonRestoredState and
 * claim mode from the body, the query and the configuration, written back under the line's keys.
 */

import { EMPTY_SAVEPOINT_PATH_IGNORED_LINES } from "../../generated/contract-facts.js";
import { BUILTIN_OPTION_CATALOG, runOptionKey } from "../options/builtin-catalog.js";
import { parseFlinkBoolean, parseFlinkEnum } from "../options/java-parsers.js";
import { readOption } from "../options/read-option.js";
import { quoteValue } from "../options/redaction.js";
import { inLines } from "../versions/contract.js";
import type { FlinkVersion } from "../versions/flink-version.js";
import { CLAIM_MODES, type ClaimMode } from "./fields.js";
import type { ConfigSource, Layers } from "./layers.js";
import type { ParsedQuery } from "./parse-query.js";
import { INTERNAL_SERVER_ERROR, refuse } from "./refusal.js";
import { nonEmpty, type RequestParts } from "./request-parts.js";

export interface RestoreSettings {
  path: string;
  allowNonRestoredState: boolean;
  claimMode: ClaimMode;
}

/** The body's savepoint path as the line reads it: an empty one counts as none where it is ignored. */
export function bodySavepointPath(parts: RequestParts, version: FlinkVersion): string | undefined {
  return inLines(version, EMPTY_SAVEPOINT_PATH_IGNORED_LINES) ? nonEmpty(parts.savepointPath) : parts.savepointPath;
}

/** The configuration's value for a role, read as Flink reads it, or a 500 where Flink cannot parse it. */
function configured<T>(
  layers: Layers,
  key: string,
  version: FlinkVersion,
  parse: (text: string) => T | undefined,
  expected: string,
): { key: string; value: T } | undefined {
  const found = readOption(layers.values, key, version, BUILTIN_OPTION_CATALOG);
  if (!found) {
    return undefined;
  }
  const value = parse(found.value);
  if (value === undefined) {
    throw refuse(
      "invalid-config-value",
      `"${found.key}" = ${quoteValue(found.key, found.value)} is not ${expected}: Flink answers 500.`,
      { field: found.key, answer: INTERNAL_SERVER_ERROR },
    );
  }
  return { key: found.key, value };
}

/** Resolves the restore settings and writes them into the layers; undefined without a savepoint path. */
export function resolveSavepoint(
  parts: RequestParts,
  query: ParsedQuery,
  layers: Layers,
  version: FlinkVersion,
): RestoreSettings | undefined {
  const keys = {
    path: runOptionKey("savepointPath", version),
    ignore: runOptionKey("allowNonRestoredState", version),
    claim: runOptionKey("claimMode", version),
  };
  // allowNonRestoredState: the config fallback is read eagerly, so a bad value fails with 500.
  const confIgnore = configured(layers, keys.ignore, version, parseFlinkBoolean, "a boolean");
  const allowNonRestoredState =
    parts.allowNonRestoredState ?? query.allowNonRestoredState ?? confIgnore?.value ?? false;
  const allowSource: ConfigSource =
    parts.allowNonRestoredState !== undefined
      ? "body"
      : query.allowNonRestoredState !== undefined
        ? "query"
        : layers.sourceOf(confIgnore?.key);

  const bodyPath = bodySavepointPath(parts, version);
  const confPath = readOption(layers.values, keys.path, version, BUILTIN_OPTION_CATALOG);
  const path = bodyPath ?? nonEmpty(query.savepointPath) ?? confPath?.value;
  const pathSource: ConfigSource =
    bodyPath !== undefined
      ? "body"
      : nonEmpty(query.savepointPath) !== undefined
        ? "query"
        : layers.sourceOf(confPath?.key);

  // The claim mode's config fallback is read whenever the body has none, with or without a path
  // (a bad value fails with 500 even then: real 1.19, 1.20, 2.3).
  const bodyClaim = parts.claimMode ?? parts.restoreMode;
  const confClaim =
    bodyClaim === undefined
      ? configured(
          layers,
          keys.claim,
          version,
          (t) => parseFlinkEnum(t, CLAIM_MODES),
          `one of ${CLAIM_MODES.join(", ")}`,
        )
      : undefined;
  if (path === undefined) {
    // SavepointRestoreSettings.none(): the defaults are written back, whatever the config said.
    layers.set(keys.ignore, "false", "handler");
    layers.set(keys.claim, "NO_CLAIM", "handler");
    return undefined;
  }
  const claimMode: ClaimMode = bodyClaim ?? confClaim?.value ?? "NO_CLAIM";
  const claimSource: ConfigSource =
    bodyClaim !== undefined ? "body" : confClaim ? layers.sourceOf(confClaim.key) : "handler";
  layers.set(keys.ignore, String(allowNonRestoredState), allowSource);
  layers.set(keys.claim, claimMode, claimSource);
  layers.set(keys.path, path, pathSource);
  return { path, allowNonRestoredState, claimMode };
}
