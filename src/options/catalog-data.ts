/**
 * The one decoder of the generated option data (generated/options/): indexes a release line's
 * options by every spelling Flink reads (canonical, deprecated and fallback keys) and answers as
 * an {@link OptionCatalog}. The full catalog and the core's built-in facts are this decoder over
 * different data; the full catalog adds the searches only its data needs (`./catalog-search.ts`:
 * suffix-option templates, map entries, a key's history), so the core does not carry them.
 */
import type { FlinkOptionData, FlinkOptionVariant } from "../../generated/options/format.js";
import { compareLines, releaseLine } from "../versions/flink-version.js";
import type { CatalogLine, OptionCatalog, OptionInfo, OptionMatch } from "./option-catalog.js";

/** One line's options by every spelling. */
export interface LineIndex {
  readonly index: number;
  readonly bit: number;
  /** Canonical keys, in data order. */
  readonly canonical: readonly string[];
  /** Every option of the line by its key (suffix-option templates too). */
  readonly options: ReadonlyMap<string, OptionInfo>;
  readonly byKey: ReadonlyMap<string, OptionMatch>;
}

/** What a catalog adds to the decoded data (the full catalog: more searches, coverage, suggestions, value checks). */
export interface CatalogExtras {
  /**
   * Versions outside the data: `"nearest"` answers with the nearest line's facts and calls the
   * line by the version's own name (the built-in facts); by default only versions newer than the
   * newest line get its facts (`exact: false`), older ones none.
   */
  readonly lines?: "nearest";
  /** Finds a key no spelling matches (templates, map entries); built per line on first use. */
  search?(index: LineIndex): (key: string) => OptionMatch | undefined;
  /** The lines a key names an option in, and the key that replaced an old spelling. */
  history?: Pick<OptionCatalog, "versionsOf" | "replacementOf">;
  covers?(key: string, version: string, index: LineIndex): boolean;
  suggest?(key: string, index: LineIndex, limit: number): string[];
  checkValue?: OptionCatalog["checkValue"];
  unknownKey?: OptionCatalog["unknownKey"];
}

/** The facts of one variant as the SDK's one fact type. */
export function toOptionInfo(data: FlinkOptionData, key: string, x: FlinkOptionVariant): OptionInfo {
  return {
    key,
    ...(x.h !== undefined ? { holderClass: data.holderPrefix + x.h } : {}),
    ...(x.f !== undefined ? { field: x.f } : {}),
    type: x.t,
    ...(x.e ? { elementType: x.e } : {}),
    ...(x.n ? { enumValues: x.n } : {}),
    ...(x.d !== undefined ? { defaultValue: x.d } : {}),
    deprecatedKeys: x.dk ?? [],
    fallbackKeys: x.fk ?? [],
    scope: x.s,
    deprecated: x.dep === 1,
    sensitive: x.sens === 1,
    excludedFromDocs: x.x === 1,
    defaultOverriddenInDocs: x.od === 1,
    alsoDeclaredIn: (x.also ?? []).map((h) => data.holderPrefix + h),
  };
}

/**
 * The index of the data's line for `version` ("1.20", "1.20.3", "2.1-SNAPSHOT"), and whether it
 * is that very line; with `nearest`, versions outside the data get the oldest or newest line.
 */
export function lineOf(
  data: FlinkOptionData,
  version: string,
  nearest = false,
): { index: number; exact: boolean } | undefined {
  const index = data.versions.indexOf(releaseLine(version));
  if (index >= 0) {
    return { index, exact: true };
  }
  const newest = data.versions.length - 1;
  if (compareLines(version, data.versions[newest] as string) > 0) {
    return { index: newest, exact: false };
  }
  return nearest ? { index: 0, exact: false } : undefined;
}

/** The facts of `key` in `version`'s line, when the data has that very line and the key exists there. */
export function optionFacts(data: FlinkOptionData, key: string, version: string): OptionInfo | undefined {
  const line = lineOf(data, version);
  const variants = Object.hasOwn(data.options, key) ? data.options[key] : undefined;
  const variant = line?.exact ? variants?.find((x) => (x.v >> line.index) & 1) : undefined;
  return variant ? toOptionInfo(data, key, variant) : undefined;
}

function buildLine(data: FlinkOptionData, index: number): LineIndex {
  const bit = 1 << index;
  const options = new Map<string, OptionInfo>();
  const infos = new Map<string, OptionInfo>();
  for (const [key, variants] of Object.entries(data.options)) {
    const variant = variants.find((x) => (x.v & bit) !== 0);
    if (variant) {
      const option = toOptionInfo(data, key, variant);
      options.set(key, option);
      // A key with `<name>` is a suffix-option template, matched by the full catalog's search.
      if (!key.includes("<")) {
        infos.set(key, option);
      }
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
  return { index, bit, canonical: [...infos.keys()], options, byKey };
}

/** An {@link OptionCatalog} over generated data; line indexes are built on first use and kept. */
export function createOptionCatalog(data: FlinkOptionData, extras: CatalogExtras = {}): OptionCatalog {
  const nearest = extras.lines === "nearest";
  const indexes = new Map<number, { line: LineIndex; search?: (key: string) => OptionMatch | undefined }>();
  const entryFor = (version: string) => {
    const line = lineOf(data, version, nearest);
    if (!line) {
      return undefined;
    }
    let entry = indexes.get(line.index);
    if (!entry) {
      const index = buildLine(data, line.index);
      entry = { line: index, ...(extras.search ? { search: extras.search(index) } : {}) };
      indexes.set(line.index, entry);
    }
    return entry;
  };
  const indexFor = (version: string) => entryFor(version)?.line;
  const versions: readonly string[] = nearest ? [] : data.versions;
  return {
    versions,
    line(version: string): CatalogLine | undefined {
      if (nearest) {
        return { line: releaseLine(version), exact: true };
      }
      const line = lineOf(data, version);
      return line ? { line: data.versions[line.index] as string, exact: line.exact } : undefined;
    },
    find(key, version) {
      const entry = entryFor(version);
      return entry?.line.byKey.get(key) ?? entry?.search?.(key);
    },
    keys: (version) => indexFor(version)?.canonical ?? [],
    versionsOf: (key) => extras.history?.versionsOf(key) ?? [],
    replacementOf: (key) => extras.history?.replacementOf(key),
    suggest(key, version, limit = 3) {
      const index = indexFor(version);
      return index && extras.suggest ? extras.suggest(key, index, limit) : [];
    },
    covers(key, version) {
      const index = indexFor(version);
      return index !== undefined && (extras.covers?.(key, version, index) ?? false);
    },
    ...(extras.checkValue ? { checkValue: extras.checkValue } : {}),
    ...(extras.unknownKey ? { unknownKey: extras.unknownKey } : {}),
  };
}
