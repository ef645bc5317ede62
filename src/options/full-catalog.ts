/**
 * The full option catalog (generated/options/catalog.ts, read from Flink's jars for every
 * supported line) behind the `OptionCatalog` interface. This module is the one that pulls the
 * catalog's data in: the core loads it with a dynamic `import()` (`loadFlinkOptionCatalog`), so
 * bundlers put it in its own chunk.
 */
import { FLINK_OPTION_CATALOG } from "../../generated/options/catalog.js";
import { createOptionCatalog, type LineIndex, lineOf } from "./catalog-data.js";
import { keyHistory, searchLine } from "./catalog-search.js";
import { KeySuggester } from "./key-suggester.js";
import type { OptionCatalog } from "./option-catalog.js";
import { unknownKeyFinding } from "./unknown-key.js";
import { checkOptionValue } from "./value-check.js";

const DATA = FLINK_OPTION_CATALOG;

/**
 * Key families of modules the catalog does not read (docs/option-catalog.md, "Which classes are
 * read"): such keys are real options it cannot know, so they are never reported as unknown.
 */
export const UNCOVERED_KEY_PREFIXES: readonly string[] = [
  "python.", // flink-python
  "s3.", // flink-s3-fs-*: s3.*, s3a.*, s3p.*, presto.s3.*
  "s3a.",
  "s3p.",
  "presto.s3.",
  "fs.", // file-system plugins read fs.<scheme>.* (CoreOptions' own fs.* keys are still found)
  "sql-client.",
  "sql-gateway.",
  "pipeline.cep.", // flink-cep (CEPCacheOptions)
  "containerized.master.env.", // environment variables of the containers, by name
  "containerized.taskmanager.env.",
];

/**
 * Holder packages (without `org.apache.flink.`) of the modules that `unavailable` may name: their
 * keys count as unknown to the catalog in that line, not as absent from Flink.
 */
export const MODULE_HOLDER_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  "flink-dstl-dfs": ["changelog.fs."],
  "flink-statebackend-forst": ["state.forst."],
};

/**
 * Key prefixes of the modules `line` could not read: the parents (`dstl.dfs.upload.`) of their keys
 * in other lines, except parents shared with keys of modules that were read.
 */
function unavailablePrefixes(line: string, bit: number): string[] {
  const packages = Object.keys(DATA.unavailable[line] ?? {}).flatMap((m) => MODULE_HOLDER_PACKAGES[m] ?? []);
  if (packages.length === 0) {
    return [];
  }
  const parent = (key: string) => key.slice(0, key.lastIndexOf(".") + 1);
  const prefixes = new Set<string>();
  const shared = new Set<string>();
  for (const [key, variants] of Object.entries(DATA.options)) {
    if (variants.some((x) => packages.some((p) => (x.h ?? "").startsWith(p)))) {
      prefixes.add(parent(key));
    } else if (variants.some((x) => (x.v & bit) !== 0)) {
      shared.add(parent(key));
    }
  }
  return [...prefixes].filter((p) => p !== "" && !shared.has(p));
}

const unavailable = new Map<number, readonly string[]>();
const suggesters = new WeakMap<LineIndex, KeySuggester>();

/**
 * The full catalog: every option Flink declares in each supported line, by key and version, with
 * old spellings, suffix-option templates, map options in prefix notation and "did you mean". A
 * version newer than the newest line gets that line's facts (`line(v).exact` is false).
 *
 * @example
 * import { flinkOptionCatalog } from "flink-rest-client/options";
 * flinkOptionCatalog.find("execution.checkpointing.interval", "2.3")?.option.type; // "duration"
 * flinkOptionCatalog.suggest("execution.checkpointing.intervall", "2.3"); // ["execution.checkpointing.interval"]
 */
export const flinkOptionCatalog: OptionCatalog = createOptionCatalog(DATA, {
  search: searchLine,
  history: keyHistory(DATA),
  covers(key, version, index) {
    if (UNCOVERED_KEY_PREFIXES.some((p) => key.startsWith(p))) {
      return false;
    }
    const line = DATA.versions[lineOf(DATA, version)?.index ?? -1] as string;
    let prefixes = unavailable.get(index.bit);
    if (!prefixes) {
      prefixes = unavailablePrefixes(line, index.bit);
      unavailable.set(index.bit, prefixes);
    }
    return !prefixes.some((p) => key.startsWith(p));
  },
  suggest(key, index, limit) {
    let suggester = suggesters.get(index);
    if (!suggester) {
      const byKey = index.byKey;
      suggester = new KeySuggester([...byKey.keys()], (k) => byKey.get(k)?.option.key ?? k);
      suggesters.set(index, suggester);
    }
    return suggester.suggest(key, limit);
  },
  checkValue: checkOptionValue,
  unknownKey: (key, version) => unknownKeyFinding(key, version, flinkOptionCatalog),
});
