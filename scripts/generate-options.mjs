#!/usr/bin/env node
// The one writer of generated/options/: the Flink option catalog (keys, value types, defaults,
// fallback keys, holder class, scope, per Flink version), read from Flink's own jars.
//
//   node scripts/generate-options.mjs                          all versions of scripts/option-catalog/versions.json
//   node scripts/generate-options.mjs --versions 1.19,2.3      re-read these versions, keep the others' rows
//   node scripts/generate-options.mjs --check [--versions ..]  re-read in memory, exit 1 if the committed rows differ
//
// Jars are resolved by Maven (scripts/option-catalog/extract.mjs); the scope of each option comes
// from src/config/option-scope.ts (imported through tsx), which stays the source of truth.
// See docs/option-catalog.md.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { tsImport } from "tsx/esm/api";
import { extractVersion, loadVersionConfig, ROOT } from "./option-catalog/extract.mjs";

const OUT_DIR = join(ROOT, "generated", "options");
const JSON_FILE = join(OUT_DIR, "catalog.json");
const TS_FILE = join(OUT_DIR, "catalog.ts");
const HOLDER_PREFIX = "org.apache.flink.";
const FORMAT = 1;

const { scopeOf, isKnownHolder } = await tsImport("../src/config/option-scope.ts", import.meta.url);

const log = (message) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------------------------
// Extractor output -> per-version records

const VALUE_TYPES = {
  "java.lang.String": "string",
  "java.lang.Boolean": "boolean",
  "java.lang.Integer": "int",
  "java.lang.Long": "long",
  "java.lang.Float": "float",
  "java.lang.Double": "double",
  "java.time.Duration": "duration",
  "org.apache.flink.configuration.MemorySize": "memory",
  "java.util.Map": "map",
};

function valueType(option) {
  if (option.enum) {
    return "enum";
  }
  const t = VALUE_TYPES[option.class];
  if (!t) {
    throw new Error(`${option.key}: value class ${option.class} has no catalog type; add it to VALUE_TYPES`);
  }
  return t;
}

function shortHolder(fqn) {
  if (!fqn.startsWith(HOLDER_PREFIX)) {
    throw new Error(`holder ${fqn} is outside ${HOLDER_PREFIX}`);
  }
  return fqn.slice(HOLDER_PREFIX.length);
}

/**
 * One option in one version, with fields in a fixed order (the order is part of the format):
 * h holder (FQN minus "org.apache.flink."), f field, t type, e list element type, n enum constants,
 * d default (Flink's string form; absent = no default), dk deprecated keys, fk other fallback keys,
 * s scope, dep deprecated, x excluded from Flink's docs, od docs override the default, sens Flink
 * masks the value, sfx prefix of a suffix option, also other holders declaring the same key.
 */
function toRecord(key, candidates) {
  const [primary, ...others] = candidates;
  const o = primary.option;
  const holder = primary.holder.class;
  const t = valueType(o);
  const r = { h: shortHolder(holder), f: o.field, t: o.list ? "list" : t };
  if (o.list) {
    r.e = t;
  }
  if (o.enum) {
    r.n = o.enum;
  }
  if (o.default !== undefined) {
    r.d = o.default;
  }
  const dk = o.fallbackKeys.filter((k) => k.deprecated).map((k) => k.key);
  const fk = o.fallbackKeys.filter((k) => !k.deprecated).map((k) => k.key);
  if (dk.length > 0) {
    r.dk = dk;
  }
  if (fk.length > 0) {
    r.fk = fk;
  }
  r.s = scopeOf(key, holder);
  if (o.deprecated || primary.holder.deprecated) {
    r.dep = 1;
  }
  if (o.excluded || primary.holder.excluded) {
    r.x = 1;
  }
  if (o.overrideDefault) {
    r.od = 1;
  }
  if (o.sensitive) {
    r.sens = 1;
  }
  if (o.suffixOf) {
    r.sfx = o.suffixOf;
  }
  const also = [...new Set(others.map((c) => c.holder.class).filter((c) => c !== holder))].sort();
  if (also.length > 0) {
    r.also = also.map(shortHolder);
  }
  return r;
}

/** Orders the declarations of one key: the canonical one first (not deprecated, documented, then by name). */
function byPreference(a, b) {
  const rank = (c) =>
    (c.holder.deprecated ? 8 : 0) +
    (c.option.deprecated ? 4 : 0) +
    (c.holder.excluded ? 2 : 0) +
    (c.option.excluded ? 1 : 0);
  return (
    rank(a) - rank(b) ||
    a.holder.class.localeCompare(b.holder.class, "en") ||
    a.option.field.localeCompare(b.option.field, "en")
  );
}

function toVersionRecords(config, extracted) {
  const optionalClasses = new Set(config.modules.flatMap((m) => m.classes ?? []));
  const problems = [];
  const byKey = new Map();
  for (const holder of extracted.classes) {
    if (holder.error) {
      if (optionalClasses.has(holder.class) && holder.error.startsWith("java.lang.ClassNotFoundException")) {
        continue;
      }
      problems.push(`${holder.class}: ${holder.error}`);
      continue;
    }
    for (const option of holder.options) {
      if (option.error) {
        problems.push(`${holder.class}.${option.field}: ${option.error}`);
        continue;
      }
      const list = byKey.get(option.key) ?? [];
      list.push({ holder, option });
      byKey.set(option.key, list);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Flink ${extracted.release}: could not read\n  ${problems.join("\n  ")}`);
  }
  const records = new Map();
  for (const key of [...byKey.keys()].sort()) {
    records.set(key, toRecord(key, byKey.get(key).sort(byPreference)));
  }
  return records;
}

// ---------------------------------------------------------------------------------------------
// Per-version records <-> catalog rows (lossless both ways)

function sortedKeys(iterable) {
  return [...iterable].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Builds the catalog from records per version (Map line -> Map key -> record). */
function buildCatalog(config, recordsByLine) {
  const versions = config.versions.map((v) => v.line);
  const allKeys = new Set();
  for (const records of recordsByLine.values()) {
    for (const key of records.keys()) {
      allKeys.add(key);
    }
  }
  const options = {};
  for (const key of sortedKeys(allKeys)) {
    const variants = new Map();
    versions.forEach((line, index) => {
      const record = recordsByLine.get(line)?.get(key);
      if (!record) {
        return;
      }
      const id = JSON.stringify(record);
      const variant = variants.get(id) ?? { v: 0, ...record };
      variant.v |= 1 << index;
      variants.set(id, variant);
    });
    options[key] = [...variants.values()];
  }
  const counts = {};
  for (const line of versions) {
    counts[line] = recordsByLine.get(line)?.size ?? 0;
  }
  const pick = (field) =>
    Object.fromEntries(config.versions.filter((v) => v[field]).map((v) => [v.line, sortObject(v[field])]));
  return {
    $comment:
      "DO NOT EDIT: generated by scripts/generate-options.mjs from Flink's own jars (keys, types, defaults; no descriptions). See docs/option-catalog.md.",
    format: FORMAT,
    versions,
    releases: Object.fromEntries(config.versions.map((v) => [v.line, v.release])),
    moduleReleases: pick("moduleReleases"),
    unavailable: pick("unavailable"),
    holderPrefix: HOLDER_PREFIX,
    counts,
    options,
  };
}

function sortObject(o) {
  return Object.fromEntries(sortedKeys(Object.keys(o)).map((k) => [k, o[k]]));
}

/** The records of one version, read back from a catalog. */
function recordsOf(catalog, line) {
  const index = catalog.versions.indexOf(line);
  const records = new Map();
  if (index < 0) {
    return records;
  }
  for (const [key, variants] of Object.entries(catalog.options)) {
    const variant = variants.find((x) => (x.v >> index) & 1);
    if (variant) {
      const { v: _mask, ...record } = variant;
      records.set(key, record);
    }
  }
  return records;
}

// ---------------------------------------------------------------------------------------------
// Rendering

function renderJson(catalog) {
  const { options, ...head } = catalog;
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const rows = Object.entries(options).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${lines.join(",\n")},\n  "options": {\n${rows.join(",\n")}\n  }\n}\n`;
}

function kindOf(variant) {
  return variant.t === "list" ? `list<${variant.e}>` : variant.t;
}

function union(values) {
  return sortedKeys(new Set(values))
    .map((v) => JSON.stringify(v))
    .join(" | ");
}

function renderTs(catalog) {
  const { $comment: _comment, options, ...head } = catalog;
  const kinds = Object.entries(options).map(
    ([key, variants]) => `  ${JSON.stringify(key)}: ${union(variants.map(kindOf))};`,
  );
  const enums = Object.entries(options)
    .filter(([, variants]) => variants.some((x) => x.n))
    .map(([key, variants]) => `  ${JSON.stringify(key)}: ${union(variants.flatMap((x) => x.n ?? []))};`);
  const headLines = Object.entries(head).map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`);
  const rows = Object.entries(options).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return `${TS_HEADER}
export const FLINK_OPTION_VERSIONS = ${JSON.stringify(catalog.versions)} as const;

/** A release line the catalog covers. */
export type FlinkOptionVersion = (typeof FLINK_OPTION_VERSIONS)[number];

/**
 * The value kind of every known key: \`list<x>\` for lists, a union where the kind changed between
 * versions (e.g. a string option that became a duration).
 */
export interface FlinkOptionKinds {
${kinds.join("\n")}
}

/** Every key the catalog knows, in any version. Keys with \`<name>\` are templates (suffix options). */
export type FlinkOptionKey = keyof FlinkOptionKinds;

/** The enum constants of enum (and list-of-enum) options, over all versions. */
export interface FlinkOptionEnumValues {
${enums.join("\n")}
}

export const FLINK_OPTION_CATALOG: FlinkOptionCatalogData = {
${headLines.join("\n")}
  options: {
${rows.join("\n")}
  },
};
${TS_DECODER}`;
}

const TS_HEADER = `/**
 * DO NOT EDIT: generated by scripts/generate-options.mjs from Flink's own jars (see
 * docs/option-catalog.md). Facts only: keys, value types, defaults, fallback keys, holder classes;
 * no descriptions. The same data as catalog.json, typed, with a small decoder at the end.
 */

/** Value type of an option; \`list\` has its element type in \`e\`. */
export type FlinkOptionValueType =
  | "string"
  | "boolean"
  | "int"
  | "long"
  | "float"
  | "double"
  | "duration"
  | "memory"
  | "enum"
  | "map"
  | "list";

/** Same values as \`OptionScope\` in src/config/option-scope.ts, whose \`scopeOf\` computed them. */
export type FlinkOptionScope = "job" | "cluster" | "submission" | "ignored";

/**
 * The facts of one option in the versions of bitmask \`v\` (bit i = FLINK_OPTION_VERSIONS[i]).
 * An option has one variant per distinct set of facts, so most have exactly one.
 */
export interface FlinkOptionVariant {
  /** Versions bitmask. */
  readonly v: number;
  /** Holder class, without the \`holderPrefix\`. */
  readonly h: string;
  /** Java field name in the holder class. */
  readonly f: string;
  readonly t: FlinkOptionValueType;
  /** List element type. */
  readonly e?: Exclude<FlinkOptionValueType, "list">;
  /** Enum constants (for \`enum\` and list of enum). */
  readonly n?: readonly string[];
  /** Default in Flink's string form; absent when the option has none. */
  readonly d?: string;
  /** Deprecated keys, in lookup order. */
  readonly dk?: readonly string[];
  /** Fallback keys that are not deprecated. */
  readonly fk?: readonly string[];
  readonly s: FlinkOptionScope;
  /** 1 when the field or its holder class is @Deprecated. */
  readonly dep?: 1;
  /** 1 when Flink excludes it from its docs (@Documentation.ExcludeFromDocumentation). */
  readonly x?: 1;
  /** 1 when Flink's docs show another default (@Documentation.OverrideDefault): machine- or JVM-dependent. */
  readonly od?: 1;
  /** 1 when Flink masks the value (GlobalConfiguration.isSensitive). */
  readonly sens?: 1;
  /** Prefix of a suffix option (@Documentation.SuffixOption); the key already includes it. */
  readonly sfx?: string;
  /** Other holder classes that declare the same key in these versions. */
  readonly also?: readonly string[];
}

export interface FlinkOptionCatalogData {
  readonly format: number;
  readonly versions: readonly string[];
  /** Flink release read for each line. */
  readonly releases: Readonly<Record<string, string>>;
  /** Modules read at an older patch release, per line. */
  readonly moduleReleases: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Modules that could not be read for a line (their options are unknown there, not absent). */
  readonly unavailable: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly holderPrefix: string;
  /** Number of options per line. */
  readonly counts: Readonly<Record<string, number>>;
  readonly options: Readonly<Record<string, readonly FlinkOptionVariant[]>>;
}
`;

const TS_DECODER = `
/** The decoded facts of one option in one version. */
export interface FlinkOptionFacts {
  readonly key: string;
  readonly version: FlinkOptionVersion;
  /** Fully-qualified holder class. */
  readonly holderClass: string;
  readonly field: string;
  readonly type: FlinkOptionValueType;
  readonly elementType?: Exclude<FlinkOptionValueType, "list">;
  readonly enumValues?: readonly string[];
  readonly defaultValue?: string;
  readonly deprecatedKeys: readonly string[];
  readonly fallbackKeys: readonly string[];
  readonly scope: FlinkOptionScope;
  readonly deprecated: boolean;
  readonly excludedFromDocs: boolean;
  readonly defaultOverriddenInDocs: boolean;
  readonly sensitive: boolean;
  readonly alsoDeclaredIn: readonly string[];
}

const VERSION_INDEX: ReadonlyMap<string, number> = new Map(FLINK_OPTION_VERSIONS.map((v, i) => [v, i]));

/** Index of a release line in FLINK_OPTION_VERSIONS; accepts "1.20", "1.20.3" or "2.1-SNAPSHOT". -1 if not covered. */
export function flinkOptionVersionIndex(version: string): number {
  const m = /^(\\d+)\\.(\\d+)/.exec(version.trim());
  return m ? (VERSION_INDEX.get(\`\${m[1]}.\${m[2]}\`) ?? -1) : -1;
}

/** The raw variant of \`key\` that holds in \`version\`, or undefined if the key does not exist there. */
export function flinkOptionVariant(key: string, version: string): FlinkOptionVariant | undefined {
  const index = flinkOptionVersionIndex(version);
  const variants = Object.hasOwn(FLINK_OPTION_CATALOG.options, key) ? FLINK_OPTION_CATALOG.options[key] : undefined;
  if (index < 0 || !variants) {
    return undefined;
  }
  const bit = 1 << index;
  return variants.find((x) => (x.v & bit) !== 0);
}

/** The facts of \`key\` in \`version\`, or undefined if the key does not exist there. */
export function getFlinkOption(key: string, version: string): FlinkOptionFacts | undefined {
  const x = flinkOptionVariant(key, version);
  if (!x) {
    return undefined;
  }
  const prefix = FLINK_OPTION_CATALOG.holderPrefix;
  return {
    key,
    version: FLINK_OPTION_VERSIONS[flinkOptionVersionIndex(version)] as FlinkOptionVersion,
    holderClass: prefix + x.h,
    field: x.f,
    type: x.t,
    ...(x.e ? { elementType: x.e } : {}),
    ...(x.n ? { enumValues: x.n } : {}),
    ...(x.d !== undefined ? { defaultValue: x.d } : {}),
    deprecatedKeys: x.dk ?? [],
    fallbackKeys: x.fk ?? [],
    scope: x.s,
    deprecated: x.dep === 1,
    excludedFromDocs: x.x === 1,
    defaultOverriddenInDocs: x.od === 1,
    sensitive: x.sens === 1,
    alsoDeclaredIn: (x.also ?? []).map((h) => prefix + h),
  };
}

/** The release lines in which \`key\` exists. */
export function flinkOptionVersionsOf(key: string): FlinkOptionVersion[] {
  const variants = Object.hasOwn(FLINK_OPTION_CATALOG.options, key) ? FLINK_OPTION_CATALOG.options[key] : undefined;
  const mask = (variants ?? []).reduce((m, x) => m | x.v, 0);
  return FLINK_OPTION_VERSIONS.filter((_, i) => (mask >> i) & 1);
}

const KEYS_BY_VERSION = new Map<number, readonly string[]>();

/** All keys of one release line, sorted. */
export function flinkOptionKeys(version: string): readonly string[] {
  const index = flinkOptionVersionIndex(version);
  if (index < 0) {
    return [];
  }
  let keys = KEYS_BY_VERSION.get(index);
  if (!keys) {
    const bit = 1 << index;
    keys = Object.keys(FLINK_OPTION_CATALOG.options).filter((k) =>
      (FLINK_OPTION_CATALOG.options[k] ?? []).some((x) => (x.v & bit) !== 0),
    );
    KEYS_BY_VERSION.set(index, keys);
  }
  return keys;
}
`;

// ---------------------------------------------------------------------------------------------
// Main

function parseArgs(argv) {
  const args = { check: false, versions: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--check") {
      args.check = true;
    } else if (a === "--versions") {
      args.versions = (argv[++i] ?? "").split(",").filter(Boolean);
    } else if (a.startsWith("--versions=")) {
      args.versions = a.slice("--versions=".length).split(",").filter(Boolean);
    } else {
      throw new Error(`unknown argument ${a}; usage: generate-options.mjs [--versions 1.19,2.3] [--check]`);
    }
  }
  return args;
}

function describeDifferences(line, committed, fresh) {
  const out = [];
  for (const key of sortedKeys(new Set([...committed.keys(), ...fresh.keys()]))) {
    const a = committed.get(key);
    const b = fresh.get(key);
    const sa = a && JSON.stringify(a);
    const sb = b && JSON.stringify(b);
    if (sa !== sb) {
      out.push(`  ${line} ${key}:\n    committed ${sa ?? "(absent)"}\n    extracted ${sb ?? "(absent)"}`);
    }
  }
  return out;
}

async function main() {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const config = await loadVersionConfig();
  const all = config.versions.map((v) => v.line);
  const wanted = args.versions ?? all;
  for (const line of wanted) {
    if (!all.includes(line)) {
      throw new Error(`unknown version ${line}; versions.json has ${all.join(", ")}`);
    }
  }
  const committedText = await readFile(JSON_FILE, "utf8").catch(() => undefined);
  const committed = committedText ? JSON.parse(committedText) : undefined;

  const fresh = new Map();
  for (const line of wanted) {
    const version = config.versions.find((v) => v.line === line);
    const extracted = await extractVersion(config, version, log);
    fresh.set(line, toVersionRecords(config, extracted));
  }
  const unknownHolders = new Set();
  for (const records of fresh.values()) {
    for (const r of records.values()) {
      if (!isKnownHolder(HOLDER_PREFIX + r.h)) {
        unknownHolders.add(HOLDER_PREFIX + r.h);
      }
    }
  }
  if (unknownHolders.size > 0) {
    log(`warning: holder classes without a scope in src/config/option-scope.ts: ${[...unknownHolders].join(", ")}`);
  }

  if (args.check) {
    if (!committed) {
      log(`${relative(ROOT, JSON_FILE)} is missing: run node scripts/generate-options.mjs`);
      process.exit(1);
    }
    const diffs = [];
    for (const line of wanted) {
      diffs.push(...describeDifferences(line, recordsOf(committed, line), fresh.get(line)));
    }
    const tsCurrent = await readFile(TS_FILE, "utf8").catch(() => "");
    const tsStale = tsCurrent !== renderTs(committed);
    if (diffs.length > 0 || tsStale) {
      if (diffs.length > 0) {
        log(`${relative(ROOT, JSON_FILE)} differs from Flink's jars for ${wanted.join(", ")} (${diffs.length} keys):`);
        log(diffs.slice(0, 40).join("\n"));
        if (diffs.length > 40) {
          log(`  ... and ${diffs.length - 40} more`);
        }
      }
      if (tsStale) {
        log(`${relative(ROOT, TS_FILE)} does not match ${relative(ROOT, JSON_FILE)}.`);
      }
      log("Run `node scripts/generate-options.mjs` and commit generated/options/.");
      process.exit(1);
    }
    log(`generated/options is up to date for ${wanted.join(", ")} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    return;
  }

  const recordsByLine = new Map();
  for (const line of all) {
    if (fresh.has(line)) {
      recordsByLine.set(line, fresh.get(line));
    } else if (committed?.versions.includes(line)) {
      recordsByLine.set(line, recordsOf(committed, line));
    } else {
      throw new Error(`no committed rows for ${line}: include it in --versions`);
    }
  }
  const catalog = buildCatalog(config, recordsByLine);
  const json = renderJson(catalog);
  const ts = renderTs(catalog);
  await mkdir(dirname(JSON_FILE), { recursive: true });
  await writeFile(JSON_FILE, json);
  await writeFile(TS_FILE, ts);
  const counts = Object.entries(catalog.counts)
    .map(([line, n]) => `${line}: ${n}`)
    .join(", ");
  log(
    `wrote ${relative(ROOT, JSON_FILE)} (${json.length} bytes) and ${relative(ROOT, TS_FILE)} (${ts.length} bytes): ` +
      `${Object.keys(catalog.options).length} keys; ${counts} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

await main();
