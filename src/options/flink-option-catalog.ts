/**
 * The generated option catalog (generated/options/, read from Flink's jars for 1.17 to 2.3)
 * behind the core's `OptionCatalog` interface. This module is the one that pulls the catalog's
 * data in: the core loads it with a dynamic `import()` (`loadFlinkOptionCatalog`), so bundlers
 * put it in its own chunk.
 */
import {
  FLINK_OPTION_CATALOG,
  FLINK_OPTION_VERSIONS,
  type FlinkOptionVariant,
  flinkOptionVersionIndex,
} from "../../generated/options/catalog.js";
import type { CatalogLine, OptionCatalog, OptionInfo, OptionMatch } from "../config/option-catalog.js";
import { checkOptionValue } from "../config/value-check.js";
import { compareLines } from "../internal/flink-version.js";
import { KeySuggester } from "./key-suggester.js";

const DATA = FLINK_OPTION_CATALOG;
const VERSIONS: readonly string[] = FLINK_OPTION_VERSIONS;
const NEWEST = VERSIONS[VERSIONS.length - 1] as string;

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

interface LineIndex {
  readonly canonical: readonly string[];
  readonly byKey: ReadonlyMap<string, OptionMatch>;
  readonly mapOptions: ReadonlyMap<string, OptionInfo>;
  readonly templates: ReadonlyArray<{ readonly pattern: RegExp; readonly option: OptionInfo }>;
  /** Key prefixes of modules the catalog could not read for this line. */
  readonly unavailablePrefixes: readonly string[];
  suggester?: KeySuggester;
}

function toInfo(key: string, x: FlinkOptionVariant): OptionInfo {
  return {
    key,
    type: x.t,
    ...(x.e ? { elementType: x.e } : {}),
    ...(x.n ? { enumValues: x.n } : {}),
    ...(x.d !== undefined ? { defaultValue: x.d } : {}),
    deprecatedKeys: x.dk ?? [],
    fallbackKeys: x.fk ?? [],
    scope: x.s,
    deprecated: x.dep === 1,
    sensitive: x.sens === 1,
  };
}

/** `metrics.reporter.<name>.factory.class` → /^metrics\.reporter\.[^.]+\.factory\.class$/ (a last placeholder takes dots). */
function templatePattern(key: string): RegExp {
  const parts = key.split(/<[^>]+>/);
  const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const body = escaped.map((p, i) => (i === 0 ? p : `${i === escaped.length - 1 && p === "" ? ".+" : "[^.]+"}${p}`));
  return new RegExp(`^${body.join("")}$`);
}

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
    if (variants.some((x) => packages.some((p) => x.h.startsWith(p)))) {
      prefixes.add(parent(key));
    } else if (variants.some((x) => (x.v & bit) !== 0)) {
      shared.add(parent(key));
    }
  }
  return [...prefixes].filter((p) => p !== "" && !shared.has(p));
}

const lineIndexes = new Map<number, LineIndex>();

function buildLine(index: number): LineIndex {
  const bit = 1 << index;
  const line = VERSIONS[index] as string;
  const canonical: string[] = [];
  const infos = new Map<string, OptionInfo>();
  const templates: Array<{ pattern: RegExp; option: OptionInfo; literal: number }> = [];
  const mapOptions = new Map<string, OptionInfo>();
  for (const [key, variants] of Object.entries(DATA.options)) {
    const variant = variants.find((x) => (x.v & bit) !== 0);
    if (!variant) {
      continue;
    }
    const option = toInfo(key, variant);
    if (key.includes("<")) {
      templates.push({ pattern: templatePattern(key), option, literal: key.replace(/<[^>]+>/g, "").length });
      continue;
    }
    canonical.push(key);
    infos.set(key, option);
    if (option.type === "map") {
      mapOptions.set(key, option);
    }
  }
  const byKey = new Map<string, OptionMatch>();
  // Old spellings first: a deprecated option whose key is also an old spelling of a current one
  // (1.20's execution.savepoint.path) is read through the current option.
  for (const option of infos.values()) {
    if (option.deprecated) {
      continue;
    }
    for (const old of option.deprecatedKeys) {
      const own = infos.get(old);
      if ((!own || own.deprecated) && !byKey.has(old)) {
        byKey.set(old, { option, via: "deprecated-key" });
      }
    }
  }
  for (const option of infos.values()) {
    if (!byKey.has(option.key)) {
      byKey.set(option.key, { option, via: "key" });
    }
  }
  for (const option of infos.values()) {
    for (const old of option.deprecatedKeys) {
      if (!byKey.has(old)) {
        byKey.set(old, { option, via: "deprecated-key" });
      }
    }
    for (const fallback of option.fallbackKeys) {
      if (!byKey.has(fallback)) {
        byKey.set(fallback, { option, via: "fallback-key" });
      }
    }
  }
  // The most specific template first (`<name>.interval` before `<name>.<parameter>`).
  templates.sort((a, b) => b.literal - a.literal);
  return { canonical, byKey, mapOptions, templates, unavailablePrefixes: unavailablePrefixes(line, bit) };
}

/** The catalog's index of a covered line for `version`, with whether the version is that line. */
function resolveLine(version: string): { index: number; exact: boolean } | undefined {
  const exact = flinkOptionVersionIndex(version);
  if (exact >= 0) {
    return { index: exact, exact: true };
  }
  // Newer than every covered line: the newest line's facts are the best guess.
  return compareLines(version, NEWEST) > 0 ? { index: VERSIONS.length - 1, exact: false } : undefined;
}

function indexFor(version: string): LineIndex | undefined {
  const resolved = resolveLine(version);
  if (!resolved) {
    return undefined;
  }
  let index = lineIndexes.get(resolved.index);
  if (!index) {
    index = buildLine(resolved.index);
    lineIndexes.set(resolved.index, index);
  }
  return index;
}

function findIn(index: LineIndex, key: string): OptionMatch | undefined {
  const direct = index.byKey.get(key);
  if (direct) {
    return direct;
  }
  // A map option in prefix notation: `pipeline.global-job-parameters.team` (ConfigurationUtils.canBePrefixMap).
  for (let dot = key.lastIndexOf("."); dot > 0; dot = key.lastIndexOf(".", dot - 1)) {
    const option = index.mapOptions.get(key.slice(0, dot));
    if (option) {
      return { option, via: "map-entry" };
    }
  }
  for (const template of index.templates) {
    if (template.pattern.test(key)) {
      return { option: template.option, via: "template" };
    }
  }
  return undefined;
}

let versionMasks: Map<string, number> | undefined;
let replacements: Map<string, { bit: number; key: string }> | undefined;

/** Every key (canonical or old spelling) → the versions bitmask it is read in; old spelling → newest replacement. */
function globalIndexes(): { masks: Map<string, number>; replaced: Map<string, { bit: number; key: string }> } {
  if (!versionMasks || !replacements) {
    const masks = new Map<string, number>();
    const replaced = new Map<string, { bit: number; key: string }>();
    for (const [key, variants] of Object.entries(DATA.options)) {
      for (const x of variants) {
        masks.set(key, (masks.get(key) ?? 0) | x.v);
        for (const old of x.dk ?? []) {
          masks.set(old, (masks.get(old) ?? 0) | x.v);
          const top = 31 - Math.clz32(x.v);
          if ((replaced.get(old)?.bit ?? -1) < top && x.dep !== 1) {
            replaced.set(old, { bit: top, key });
          }
        }
      }
    }
    versionMasks = masks;
    replacements = replaced;
  }
  return { masks: versionMasks, replaced: replacements };
}

/**
 * The full catalog: every option Flink 1.17 to 2.3 declares, by key and version, with old
 * spellings, suffix-option templates, map options in prefix notation and "did you mean".
 * A version newer than 2.3 gets 2.3's facts (`line(v).exact` is false).
 *
 * @example
 * import { flinkOptionCatalog } from "flink-rest-client/options";
 * flinkOptionCatalog.find("execution.checkpointing.interval", "2.3")?.option.type; // "duration"
 * flinkOptionCatalog.suggest("execution.checkpointing.intervall", "2.3"); // ["execution.checkpointing.interval"]
 */
export const flinkOptionCatalog: OptionCatalog = {
  versions: VERSIONS,
  line(version: string): CatalogLine | undefined {
    const resolved = resolveLine(version);
    return resolved ? { line: VERSIONS[resolved.index] as string, exact: resolved.exact } : undefined;
  },
  find(key: string, version: string): OptionMatch | undefined {
    const index = indexFor(version);
    return index ? findIn(index, key) : undefined;
  },
  keys(version: string): readonly string[] {
    return indexFor(version)?.canonical ?? [];
  },
  versionsOf(key: string): readonly string[] {
    const mask = globalIndexes().masks.get(key) ?? 0;
    return VERSIONS.filter((_, i) => (mask >> i) & 1);
  },
  replacementOf(key: string): string | undefined {
    return globalIndexes().replaced.get(key)?.key;
  },
  suggest(key: string, version: string, limit = 3): string[] {
    const index = indexFor(version);
    if (!index) {
      return [];
    }
    if (!index.suggester) {
      const byKey = index.byKey;
      index.suggester = new KeySuggester([...byKey.keys()], (k) => byKey.get(k)?.option.key ?? k);
    }
    return index.suggester.suggest(key, limit);
  },
  covers(key: string, version: string): boolean {
    const index = indexFor(version);
    return (
      index !== undefined &&
      !UNCOVERED_KEY_PREFIXES.some((p) => key.startsWith(p)) &&
      !index.unavailablePrefixes.some((p) => key.startsWith(p))
    );
  },
  checkValue: checkOptionValue,
};
