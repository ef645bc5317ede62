/**
 * `npx tsx bench/validate.ts`: validating a 1,000-key flinkConfiguration against the full option
 * catalog (Flink 2.3). Budget: under 1 ms per 100 keys, median of rounds. The configuration is
 * mostly valid keys of every type, plus misspelled keys (each asks for "did you mean"), old
 * spellings, invalid values, suffix options and map entries, in the proportions below.
 * The machine is shared and noisy: read the median and the ratio, not single numbers.
 */
import { performance } from "node:perf_hooks";
import { flinkOptionCatalog as catalog } from "../src/options/full-catalog.js";
import { validateFlinkConfiguration } from "../src/options/validate.js";

const out = (line = "") => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const VERSION = "2.3";
const KEYS = 1000;
const BUDGET_MS_PER_100 = 1;

/** A value Flink reads for the option: its default when it has one, else one of its type. */
function validValue(key: string): string {
  const option = catalog.find(key, VERSION)?.option;
  if (option?.defaultValue !== undefined) {
    return option.defaultValue;
  }
  switch (option?.elementType ?? option?.type) {
    case "boolean":
      return "true";
    case "int":
    case "long":
      return "4";
    case "float":
    case "double":
      return "0.5";
    case "duration":
      return "10 s";
    case "memory":
      return "64 mb";
    case "enum":
      return option?.enumValues?.[0] ?? "x";
    case "map":
      return "a:1,b:2";
    default:
      return "value";
  }
}

/** Swaps two neighbouring letters in the middle of the key: a plausible typo. */
function typo(key: string): string {
  const i = Math.floor(key.length / 2);
  return key.slice(0, i - 1) + key[i] + key[i - 1] + key.slice(i + 1);
}

function configuration(): Record<string, string> {
  const known = catalog.keys(VERSION).filter((k) => catalog.find(k, VERSION)?.via === "key");
  const config: Record<string, string> = {};
  const add = (key: string, value: string) => {
    if (Object.keys(config).length < KEYS && !(key in config)) {
      config[key] = value;
    }
  };
  // 3% misspelled keys, 2% invalid values, 1% old spellings, 1% suffix options and map entries.
  for (const key of known.slice(0, 30)) {
    add(typo(key), "1");
  }
  for (const [i, key] of known.slice(30, 50).entries()) {
    add(key, i % 2 ? "not a number" : "1.5x");
  }
  for (const key of known) {
    for (const old of catalog.find(key, VERSION)?.option.deprecatedKeys ?? []) {
      if (Object.keys(config).length < 60) {
        add(old, validValue(key));
      }
    }
  }
  for (let i = 0; i < 5; i++) {
    add(`metrics.reporter.r${i}.factory.class`, "org.example.Reporter");
    add(`pipeline.global-job-parameters.p${i}`, "x");
  }
  for (const key of known.slice(50)) {
    add(key, validValue(key));
  }
  for (let i = 0; Object.keys(config).length < KEYS; i++) {
    add(`acme.job.setting-${i}`, "x"); // keys only the job's main() reads
  }
  return config;
}

const config = configuration();
const keys = Object.keys(config).length;
const cold0 = performance.now();
const findings = validateFlinkConfiguration(config, { flinkVersion: VERSION, catalog });
const coldMs = performance.now() - cold0;

const rounds: number[] = [];
for (let i = 0; i < 60; i++) {
  const t0 = performance.now();
  validateFlinkConfiguration(config, { flinkVersion: VERSION, catalog });
  rounds.push(performance.now() - t0);
}
const warm = rounds.slice(10);
const perRun = median(warm);
const per100 = (perRun / keys) * 100;
const counts = new Map<string, number>();
for (const d of findings) {
  counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
}

out(`validateFlinkConfiguration, ${keys} keys, Flink ${VERSION}, full catalog (node ${process.version})`);
out(`findings: ${[...counts].map(([c, n]) => `${c} ${n}`).join(", ")}`);
out(`first call (builds the ${VERSION} indexes): ${coldMs.toFixed(2)} ms`);
out(
  `median of ${warm.length} rounds: ${perRun.toFixed(3)} ms per run, ${per100.toFixed(3)} ms per 100 keys ` +
    `(budget ${BUDGET_MS_PER_100} ms: ${(per100 / BUDGET_MS_PER_100).toFixed(2)}x the budget)`,
);
out(`min ${Math.min(...warm).toFixed(3)} ms, max ${Math.max(...warm).toFixed(3)} ms per run`);
if (per100 > BUDGET_MS_PER_100) {
  process.exitCode = 1;
}
