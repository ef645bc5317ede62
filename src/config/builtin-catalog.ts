/**
 * The facts the core knows without the generated catalog: the keys /run treats specially (its
 * body-field keys, with their 1.20 renames, the keys it forces, the application-mode keys it
 * ignores). It covers no other key, so nothing is reported as unknown without a real catalog.
 */
import { type FlinkVersion, releaseLine } from "../internal/flink-version.js";
import type { OptionCatalog, OptionInfo, OptionMatch } from "./option-catalog.js";
import { runFieldDeprecatedKeys, runFieldKeys, STATE_RECOVERY_KEYS_SINCE } from "./option-keys.js";
import { CLAIM_MODES } from "./run-fields.js";
import { SCOPE_EXCEPTION_KEYS, scopeExceptionKey } from "./scope-keys.js";

function info(key: string, facts: Partial<OptionInfo> & Pick<OptionInfo, "type">): OptionInfo {
  return {
    key,
    deprecatedKeys: [],
    fallbackKeys: [],
    // Every key here is a scope exception or a job-level key (PipelineOptionsInternal, the
    // savepoint options): the rule needs no holder class for them.
    scope: SCOPE_EXCEPTION_KEYS[scopeExceptionKey(key) as keyof typeof SCOPE_EXCEPTION_KEYS] ?? "job",
    deprecated: false,
    sensitive: false,
    ...facts,
  };
}

const STATIC: readonly OptionInfo[] = [
  info("parallelism.default", { type: "int", defaultValue: "1" }),
  info("$internal.pipeline.job-id", { type: "string" }),
  info("pipeline.jars", { type: "list", elementType: "string" }),
  info("pipeline.classpaths", { type: "list", elementType: "string" }),
  info("execution.target", { type: "string" }),
  info("execution.attached", { type: "boolean", defaultValue: "false" }),
  info("$internal.application.main", { type: "string" }),
  info("$internal.application.program-args", { type: "list", elementType: "string" }),
];

interface LineIndex {
  readonly canonical: readonly string[];
  readonly byKey: ReadonlyMap<string, OptionMatch>;
}

const lines = new Map<string, LineIndex>();

function indexFor(version: FlinkVersion): LineIndex {
  const line = releaseLine(version);
  let index = lines.get(line);
  if (!index) {
    const keys = runFieldKeys(line);
    const deprecated = runFieldDeprecatedKeys(line);
    const options = [
      ...STATIC,
      info(keys.savepointPath, { type: "string", deprecatedKeys: deprecated[keys.savepointPath] ?? [] }),
      info(keys.allowNonRestoredState, {
        type: "boolean",
        defaultValue: "false",
        deprecatedKeys: deprecated[keys.allowNonRestoredState] ?? [],
      }),
      info(keys.claimMode, {
        type: "enum",
        enumValues: CLAIM_MODES,
        defaultValue: "NO_CLAIM",
        deprecatedKeys: deprecated[keys.claimMode] ?? [],
      }),
    ];
    const byKey = new Map<string, OptionMatch>();
    for (const option of options) {
      byKey.set(option.key, { option, via: "key" });
      for (const old of option.deprecatedKeys) {
        byKey.set(old, { option, via: "deprecated-key" });
      }
    }
    index = { canonical: options.map((o) => o.key), byKey };
    lines.set(line, index);
  }
  return index;
}

/**
 * The built-in facts as an {@link OptionCatalog}: what the resolver, the request builder and the
 * validator use when no catalog is given.
 */
export const BUILTIN_OPTION_CATALOG: OptionCatalog = {
  versions: [],
  line: (version) => ({ line: releaseLine(version), exact: true }),
  find: (key, version) => indexFor(version).byKey.get(key),
  keys: (version) => indexFor(version).canonical,
  versionsOf: () => [],
  replacementOf: (key) => {
    const match = indexFor(STATE_RECOVERY_KEYS_SINCE).byKey.get(key);
    return match?.via === "deprecated-key" ? match.option.key : undefined;
  },
  suggest: () => [],
  covers: () => false,
};
