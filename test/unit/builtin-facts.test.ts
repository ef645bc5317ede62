import { describe, expect, it } from "vitest";
import { FLINK_OPTION_VERSIONS, getFlinkOption } from "../../generated/options/catalog.js";
import { BUILTIN_OPTION_CATALOG } from "../../src/config/builtin-catalog.js";
import { hasClusterPrefix, runFieldDeprecatedKeys, runFieldKeys } from "../../src/config/option-keys.js";
import { RUN_FORCED_KEYS, scopeExceptionFor } from "../../src/config/option-scope.js";
import { scopeOfKey } from "../../src/config/options.js";
import { isSensitiveKey } from "../../src/config/redact.js";
import { flinkOptionCatalog } from "../../src/options/flink-option-catalog.js";

const ALL = [...FLINK_OPTION_VERSIONS];

describe("the core's built-in /run facts agree with the generated catalog", () => {
  it.each(ALL)("%s: every body-field key exists with the type the handler reads", (version) => {
    const keys = runFieldKeys(version);
    const expected: Record<string, string> = {
      [keys.parallelism]: "int",
      [keys.jobId]: "string",
      [keys.savepointPath]: "string",
      [keys.allowNonRestoredState]: "boolean",
      [keys.claimMode]: "enum",
    };
    for (const [key, type] of Object.entries(expected)) {
      const facts = getFlinkOption(key, version);
      expect(facts?.type, `${key} in ${version}`).toBe(type);
      const builtin = BUILTIN_OPTION_CATALOG.find(key, version)?.option;
      expect(builtin?.type, key).toBe(type);
      expect(builtin?.defaultValue, key).toBe(facts?.defaultValue);
      expect(builtin?.scope, key).toBe(facts?.scope);
    }
    expect(getFlinkOption(keys.claimMode, version)?.enumValues).toEqual(["CLAIM", "NO_CLAIM", "LEGACY"]);
  });

  it.each(ALL)("%s: the old savepoint spellings are the catalog's deprecated keys", (version) => {
    for (const [canonical, old] of Object.entries(runFieldDeprecatedKeys(version))) {
      expect(getFlinkOption(canonical, version)?.deprecatedKeys).toEqual(old);
      expect(flinkOptionCatalog.find(old[0] as string, version)).toMatchObject({
        via: "deprecated-key",
        option: { key: canonical },
      });
    }
  });

  it.each(ALL)("%s: the forced keys exist, and the built-in facts give them the catalog's scope", (version) => {
    for (const key of [...RUN_FORCED_KEYS, "$internal.application.main", "$internal.application.program-args"]) {
      const facts = getFlinkOption(key, version);
      expect(facts, key).toBeDefined();
      expect(BUILTIN_OPTION_CATALOG.find(key, version)?.option.scope).toBe(facts?.scope);
      expect(BUILTIN_OPTION_CATALOG.find(key, version)?.option.type).toBe(facts?.type);
    }
  });

  it("the cluster-prefix rule never contradicts the catalog's scope, in any version", () => {
    const contradictions: string[] = [];
    for (const version of ALL) {
      for (const key of flinkOptionCatalog.keys(version)) {
        const option = flinkOptionCatalog.find(key, version)?.option;
        const rule = scopeExceptionFor(key)?.scope ?? (hasClusterPrefix(key) ? "cluster" : undefined);
        if (option?.key === key && rule !== undefined && rule !== option.scope) {
          contradictions.push(`${version} ${key}: rule ${rule}, catalog ${option.scope}`);
        }
      }
    }
    expect(contradictions).toEqual([]);
  });

  it("without a catalog, the scope of any key comes from the key exceptions and prefixes", () => {
    expect(scopeOfKey("jobmanager.rpc.port", "2.3")).toBe("cluster");
    expect(scopeOfKey("metrics.latency.interval", "2.3")).toBe("job");
    expect(scopeOfKey("taskmanager.runtime.max-fan", "2.3")).toBe("job");
    expect(scopeOfKey("pipeline.jars", "2.3")).toBe("submission");
    expect(scopeOfKey("$internal.application.main", "2.3")).toBe("ignored");
    expect(scopeOfKey("my.own.key", "2.3")).toBe("job");
    expect(BUILTIN_OPTION_CATALOG.covers("execution.checkpointing.intervall", "2.3")).toBe(false);
  });

  it("isSensitiveKey(key, version) is Flink's GlobalConfiguration.isSensitive, as the catalog recorded it", () => {
    const wrong: string[] = [];
    for (const version of ALL) {
      for (const key of flinkOptionCatalog.keys(version)) {
        const option = flinkOptionCatalog.find(key, version)?.option;
        if (option?.key === key && isSensitiveKey(key, version) !== option.sensitive) {
          wrong.push(`${version} ${key}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(isSensitiveKey("a.http-headers", "1.18")).toBe(false);
    expect(isSensitiveKey("a.http-headers", "1.19")).toBe(true);
    expect(isSensitiveKey("a.api-key", "2.0")).toBe(false);
    expect(isSensitiveKey("a.api-key", "2.1")).toBe(true);
    expect(isSensitiveKey("a.API-KEY")).toBe(true);
  });
});
