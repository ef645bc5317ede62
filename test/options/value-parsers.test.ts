import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  javaTrim,
  parseFlinkBoolean,
  parseFlinkEnum,
  parseFlinkInt,
  parseFlinkLong,
} from "../../src/options/java-parsers.js";
import {
  parseFlinkDouble,
  parseFlinkDuration,
  parseFlinkDurationNanos,
  parseFlinkLegacyMap,
  parseFlinkMemorySize,
  splitFlinkEscaped,
} from "../../src/options/value-parsers.js";
import { isAtLeast } from "../../src/versions/flink-version.js";
import { PARSE_TABLE } from "../fixtures/parse-table.js";

const RUNTIME_MODES = ["STREAMING", "BATCH", "AUTOMATIC"];

/** The parser for each probed key, as the version reads it (lists and maps in their legacy form only). */
const PARSERS: Record<string, (value: string, version: string) => boolean> = {
  "parallelism.default": (v) => parseFlinkInt(v) !== undefined,
  "table.exec.mini-batch.size": (v) => parseFlinkLong(v) !== undefined,
  "pipeline.object-reuse": (v) => parseFlinkBoolean(v) !== undefined,
  "pipeline.auto-watermark-interval": (v, version) =>
    parseFlinkDurationNanos(v, { iso: isAtLeast(version, "2.1"), bigCount: isAtLeast(version, "2.0") }) !== undefined,
  "execution.sorted-inputs.memory": (v) => parseFlinkMemorySize(v) !== undefined,
  "taskmanager.runtime.sort-spilling-threshold": (v) => parseFlinkDouble(v) !== undefined,
  "kubernetes.jobmanager.cpu.amount": (v) => parseFlinkDouble(v) !== undefined,
  "execution.runtime-mode": (v) => parseFlinkEnum(v, RUNTIME_MODES) !== undefined,
  "pipeline.global-job-parameters": (v) => parseFlinkLegacyMap(v) !== undefined,
  "execution.job-listeners": (v) => splitFlinkEscaped(v, ";") !== undefined,
};

describe("value parsers against what Flink's own classes read (test/fixtures/parse-probe)", () => {
  const rows = PARSE_TABLE.filter(
    // Before 1.19 lists and maps are read in the legacy form only, which these parsers implement.
    (r) => PARSERS[r.key] && (!/global-job-parameters|job-listeners/.test(r.key) || !isAtLeast(r.version, "1.19")),
  );

  it("covers every probed scalar type on every release line", () => {
    expect(new Set(rows.map((r) => r.key)).size).toBe(Object.keys(PARSERS).length);
    expect(new Set(rows.map((r) => r.version)).size).toBe(8);
    expect(rows.length).toBeGreaterThan(1000);
  });

  it.each(Object.keys(PARSERS))("%s: accepts exactly what Flink reads, on every line", (key) => {
    const parse = PARSERS[key] as (value: string, version: string) => boolean;
    const wrong = rows
      .filter((r) => r.key === key && parse(r.value, r.version) !== r.valid)
      .map((r) => `${r.version} ${JSON.stringify(r.value)}: Flink ${r.valid ? "reads" : "refuses"} it`);
    expect(wrong).toEqual([]);
  });
});

describe("value parsers: details", () => {
  it("javaTrim strips only chars up to U+0020, as String.trim", () => {
    expect(javaTrim("\u0001 a \t")).toBe("a");
    expect(javaTrim("\u00a0a\u00a0")).toBe("\u00a0a\u00a0");
  });

  it("Integer.parseInt takes Unicode decimal digits, within 32 bits", () => {
    expect(parseFlinkInt("٣")).toBe(3);
    expect(parseFlinkInt("１２")).toBe(12);
    expect(parseFlinkInt("-2147483648")).toBe(-(2 ** 31));
    expect(parseFlinkInt("2147483648")).toBeUndefined();
  });

  it("durations: units, spaces, ISO only when asked, milliseconds by default", () => {
    expect(parseFlinkDuration("10 s")).toBe(10_000);
    expect(parseFlinkDuration("10")).toBe(10);
    expect(parseFlinkDuration("1min")).toBe(60_000);
    expect(parseFlinkDuration("5 µs")).toBe(0.005);
    expect(parseFlinkDuration("PT10S")).toBeUndefined();
    expect(parseFlinkDuration("PT10S", { iso: true })).toBe(10_000);
    expect(parseFlinkDuration("P1DT2H", { iso: true })).toBe(93_600_000);
    expect(parseFlinkDuration("-PT1S", { iso: true })).toBeUndefined();
  });

  it("memory sizes: binary units, no decimals, 64-bit bytes", () => {
    expect(parseFlinkMemorySize("512m")).toBe(512n * 1024n * 1024n);
    expect(parseFlinkMemorySize("1 GB")).toBe(1024n ** 3n);
    expect(parseFlinkMemorySize("100")).toBe(100n);
    expect(parseFlinkMemorySize("1.5g")).toBeUndefined();
    expect(parseFlinkMemorySize("8388608 tb")).toBeUndefined();
  });

  it("lists and maps split like StructuredOptionsSplitter", () => {
    expect(splitFlinkEscaped('a;\'b;c\';"d""e"', ";")).toEqual(["a", "b;c", 'd"e']);
    expect(splitFlinkEscaped("a;;b", ";")).toEqual(["a", "", "b"]);
    expect(splitFlinkEscaped("'a'x", ";")).toBeUndefined();
    // An item holding ":" is quoted inside, then the whole item quoted for "," (ConfigurationUtils#convertToString).
    expect(parseFlinkLegacyMap("a:1,'''b:c'':2'")).toEqual(
      new Map([
        ["a", "1"],
        ["b:c", "2"],
      ]),
    );
    expect(parseFlinkLegacyMap("'b:c':2")).toBeUndefined();
    expect(parseFlinkLegacyMap("a:1,a:2")).toBeUndefined();
  });

  it("a duration never parses to a negative or fractional count of nanoseconds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.boolean(), (text, iso) => {
        const nanos = parseFlinkDurationNanos(text, { iso, bigCount: iso });
        expect(nanos === undefined || nanos >= 0n).toBe(true);
      }),
    );
  });

  it("an int that parses prints back to the same number (Integer.toString round trip on ASCII input)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (n) => {
        expect(parseFlinkInt(String(n))).toBe(n);
        expect(parseFlinkLong(String(n))).toBe(n);
      }),
    );
  });
});
