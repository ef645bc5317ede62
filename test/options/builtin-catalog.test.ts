import { describe, expect, it } from "vitest";
import { FLINK_OPTION_VERSIONS } from "../../generated/options/catalog.js";
import { scopeExceptionFor } from "../../scripts/option-catalog/option-scope.js";
import { BUILTIN_OPTION_CATALOG, forcedKeys, runOptionKey } from "../../src/options/builtin-catalog.js";
import { flinkOptionCatalog } from "../../src/options/full-catalog.js";
import { isSensitiveKey } from "../../src/options/redaction.js";
import { hasClusterPrefix, scopeOfKey } from "../../src/options/scope.js";

const ALL = [...FLINK_OPTION_VERSIONS];
const full = (key: string, version: string) => flinkOptionCatalog.find(key, version)?.option;

describe("the core's built-in /run facts agree with the generated catalog", () => {
  it.each(ALL)("%s: every body-field key exists with the type the handler reads", (version) => {
    const expected: Record<string, string> = {
      [runOptionKey("parallelism", version)]: "int",
      [runOptionKey("jobId", version)]: "string",
      [runOptionKey("savepointPath", version)]: "string",
      [runOptionKey("allowNonRestoredState", version)]: "boolean",
      [runOptionKey("claimMode", version)]: "enum",
    };
    for (const [key, type] of Object.entries(expected)) {
      const facts = full(key, version);
      expect(facts?.type, `${key} in ${version}`).toBe(type);
      expect(facts?.key, `${key} is the canonical spelling in ${version}`).toBe(key);
      // The same facts, without where Flink declares the option (the core leaves provenance out).
      const {
        holderClass: _h,
        field: _f,
        excludedFromDocs: _x,
        defaultOverriddenInDocs: _od,
        alsoDeclaredIn: _a,
        ...rest
      } = facts ?? {};
      expect(BUILTIN_OPTION_CATALOG.find(key, version)?.option, key).toMatchObject(rest);
    }
    expect(full(runOptionKey("claimMode", version), version)?.enumValues).toEqual(["CLAIM", "NO_CLAIM", "LEGACY"]);
  });

  it("the savepoint options moved to StateRecoveryOptions in 1.20, keeping the old keys", () => {
    expect(runOptionKey("savepointPath", "1.19")).toBe("execution.savepoint.path");
    expect(runOptionKey("savepointPath", "1.20")).toBe("execution.state-recovery.path");
    expect(runOptionKey("claimMode", "1.17")).toBe("execution.savepoint-restore-mode");
    expect(runOptionKey("claimMode", "2.3")).toBe("execution.state-recovery.claim-mode");
    // Outside the supported lines, the nearest line's keys.
    expect(runOptionKey("savepointPath", "1.14")).toBe("execution.savepoint.path");
    expect(runOptionKey("savepointPath", "2.9")).toBe("execution.state-recovery.path");
  });

  it.each(ALL)("%s: the old savepoint spellings read as the catalog reads them", (version) => {
    for (const role of ["savepointPath", "allowNonRestoredState", "claimMode"] as const) {
      const canonical = runOptionKey(role, version);
      for (const old of full(canonical, version)?.deprecatedKeys ?? []) {
        expect(BUILTIN_OPTION_CATALOG.find(old, version)).toMatchObject({
          via: flinkOptionCatalog.find(old, version)?.via,
          option: { key: canonical },
        });
        expect(flinkOptionCatalog.find(old, version)).toMatchObject({
          via: "deprecated-key",
          option: { key: canonical },
        });
      }
    }
  });

  it.each(ALL)("%s: the forced keys exist, and the built-in facts give them the catalog's scope", (version) => {
    const keys = [
      ...forcedKeys(version),
      runOptionKey("applicationMain", version),
      runOptionKey("applicationArgs", version),
    ];
    expect(keys).toEqual([
      "pipeline.jars",
      "pipeline.classpaths",
      "execution.target",
      "execution.attached",
      "$internal.application.main",
      "$internal.application.program-args",
    ]);
    for (const key of keys) {
      const facts = full(key, version);
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
