import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FLINK_OPTION_CATALOG, FLINK_OPTION_VERSIONS } from "../../generated/options/catalog.js";
import { CLUSTER_LINES } from "../../scripts/flink-lines.mjs";
import {
  flinkOptionCatalog as catalog,
  MODULE_HOLDER_PACKAGES,
  UNCOVERED_KEY_PREFIXES,
} from "../../src/options/full-catalog.js";
import { checkOptionValue } from "../../src/options/value-check.js";

/** Option keys written as object keys with a literal value in a test suite, e.g. `"pipeline.name": "x"`. */
function keysUsedIn(file: string): Array<{ key: string; value: string | undefined }> {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
  const out: Array<{ key: string; value: string | undefined }> = [];
  for (const m of text.matchAll(
    /"([a-z$][\w$-]*(?:\.[\w<>-]+)+)":\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)?/g,
  )) {
    const literal = m[2];
    out.push({ key: m[1] as string, value: literal === undefined ? undefined : String(JSON.parse(literal)) });
  }
  return out;
}

/** Keys the suites use on purpose although Flink has no such option. */
const INTENTIONALLY_UNKNOWN = new Set(["execution.checkpointing.intervall", "taskmanager.foo.bar"]);
const SUITE_VERSIONS = CLUSTER_LINES;

describe("every key the test suites send exists, with a value of the right type", () => {
  it.each(["test/msw/fake-cluster.test.ts", "test/contract/cases.ts"])("%s", (file) => {
    const used = keysUsedIn(file).filter((u) => !INTENTIONALLY_UNKNOWN.has(u.key));
    expect(used.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const { key, value } of used) {
      const versions = SUITE_VERSIONS.filter((v) => catalog.find(key, v) !== undefined);
      if (versions.length === 0) {
        problems.push(`${key}: in none of ${SUITE_VERSIONS.join(", ")}`);
        continue;
      }
      for (const version of versions) {
        const option = catalog.find(key, version)?.option;
        const problem = value === undefined || !option ? undefined : checkOptionValue(option, value, version);
        if (problem) {
          problems.push(`${version} ${key} = ${JSON.stringify(value)}: expected ${problem.expected}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("and the keys the suites need in every suite line are there in every one", () => {
    for (const key of [
      "pipeline.name",
      "pipeline.object-reuse",
      "parallelism.default",
      "execution.checkpointing.interval",
      "restart-strategy.type",
      "restart-strategy.fixed-delay.attempts",
      "restart-strategy.fixed-delay.delay",
      "jobmanager.rpc.port",
      "taskmanager.numberOfTaskSlots",
      "rest.port",
    ]) {
      for (const version of SUITE_VERSIONS) {
        expect(catalog.find(key, version)?.via, `${key} in ${version}`).toBe("key");
      }
    }
    expect(catalog.find("execution.checkpointing.interval", "2.3")?.option.type).toBe("duration");
    expect(catalog.find("restart-strategy.fixed-delay.attempts", "1.19")?.option.type).toBe("int");
  });
});

describe("deprecated keys map to their replacement", () => {
  it.each([
    ["state.backend", "1.17", "state.backend.type"],
    ["state.backend", "2.3", "state.backend.type"],
    ["restart-strategy", "2.3", "restart-strategy.type"],
    ["akka.ask.timeout", "1.19", "pekko.ask.timeout"],
    ["execution.savepoint.path", "1.20", "execution.state-recovery.path"],
    ["execution.savepoint.path", "2.3", "execution.state-recovery.path"],
    ["execution.savepoint.ignore-unclaimed-state", "2.0", "execution.state-recovery.ignore-unclaimed-state"],
    ["execution.savepoint-restore-mode", "1.20", "execution.state-recovery.claim-mode"],
    ["state.checkpoints.dir", "2.3", "execution.checkpointing.dir"],
    ["state.savepoints.dir", "2.3", "execution.checkpointing.savepoint-dir"],
  ])("%s in %s reads as %s", (old, version, canonical) => {
    expect(catalog.find(old, version)).toMatchObject({ via: "deprecated-key", option: { key: canonical } });
    expect(catalog.replacementOf(old)).toBe(canonical);
  });

  it("every deprecated key of every option and version resolves to that option or is an option of its own", () => {
    const wrong: string[] = [];
    for (const version of FLINK_OPTION_VERSIONS) {
      for (const key of catalog.keys(version)) {
        const option = catalog.find(key, version)?.option;
        for (const old of option?.key === key ? option.deprecatedKeys : []) {
          const match = catalog.find(old, version);
          if (!match || (match.via === "deprecated-key" && match.option.key !== key && !match.option.deprecated)) {
            if (match?.option.deprecatedKeys.includes(old) !== true) {
              wrong.push(`${version} ${old} → ${match?.option.key}`);
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("before 1.20 the savepoint keys are options of their own", () => {
    expect(catalog.find("execution.savepoint.path", "1.19")).toMatchObject({ via: "key" });
  });
});

describe("lookups beyond exact keys", () => {
  it("suffix options match by template, map options in prefix notation by their map", () => {
    expect(catalog.find("metrics.reporter.prom.factory.class", "2.3")).toMatchObject({
      via: "template",
      option: { key: "metrics.reporter.<name>.factory.class" },
    });
    expect(catalog.find("metrics.reporter.prom.port", "2.3")?.option.key).toBe("metrics.reporter.<name>.<parameter>");
    expect(catalog.find("pipeline.global-job-parameters.team", "2.3")).toMatchObject({
      via: "map-entry",
      option: { key: "pipeline.global-job-parameters" },
    });
    expect(catalog.find("kubernetes.jobmanager.annotations.a.b", "2.3")?.via).toBe("map-entry");
  });

  it("suggests the closest keys of the version, canonical spellings, nearest first", () => {
    expect(catalog.suggest("execution.checkpointing.intervall", "2.3")[0]).toBe("execution.checkpointing.interval");
    expect(catalog.suggest("pipline.name", "1.17")[0]).toBe("pipeline.name");
    expect(catalog.suggest("state.backnd", "2.3")).toContain("state.backend.type");
    expect(catalog.suggest("completely.different.thing.entirely", "2.3")).toEqual([]);
  });

  it("says in which versions a key exists", () => {
    expect(catalog.versionsOf("execution.state-recovery.path")).toEqual(["1.20", "2.0", "2.1", "2.2", "2.3"]);
    expect(catalog.versionsOf("execution.savepoint.path")).toEqual([...FLINK_OPTION_VERSIONS]);
    expect(catalog.versionsOf("no.such.key")).toEqual([]);
  });

  it("maps a newer version to the newest line, and knows nothing before 1.17", () => {
    expect(catalog.line("2.3.0")).toEqual({ line: "2.3", exact: true });
    expect(catalog.line("2.4-SNAPSHOT")).toEqual({ line: "2.3", exact: false });
    expect(catalog.line("1.16")).toBeUndefined();
  });

  it("does not claim to know the families of modules it does not read", () => {
    for (const prefix of UNCOVERED_KEY_PREFIXES) {
      expect(catalog.covers(`${prefix}some.key`, "2.3"), prefix).toBe(false);
    }
    expect(catalog.covers("state.backend.forst.cache.size-based-limit", "2.1")).toBe(false);
    expect(catalog.covers("state.backend.forst.cache.size-based-limit", "2.2")).toBe(true);
    expect(catalog.covers("dstl.dfs.upload.max-attempts", "1.17")).toBe(false);
    expect(catalog.covers("state.changelog.dstl.dfs.base-path", "1.17")).toBe(false);
    expect(catalog.covers("dstl.dfs.upload.max-attempts", "1.18")).toBe(true);
    expect(catalog.covers("pipeline.nmae", "1.17")).toBe(true);
    for (const modules of Object.values(FLINK_OPTION_CATALOG.unavailable)) {
      for (const module of Object.keys(modules)) {
        expect(MODULE_HOLDER_PACKAGES[module], module).toBeDefined();
      }
    }
  });
});
