#!/usr/bin/env node
// The one writer of generated/options/: the Flink option catalog (keys, value types, defaults,
// fallback keys, holder class, scope, per Flink version) and the facts of how each line reads
// values, read from Flink's own jars. Data and types only: the decoder is src/options/catalog-data.ts.
//
//   node scripts/generate-options.mjs                          every line of flink-versions.json
//   node scripts/generate-options.mjs --versions 1.19,2.3      re-read these lines, keep the others' rows
//   node scripts/generate-options.mjs --versions clusters      the lines the suites run clusters of
//   node scripts/generate-options.mjs --check [--versions ..]  re-read in memory, exit 1 if the committed rows differ
//
// Jars are resolved by Maven (scripts/option-catalog/extract.mjs); the scope of each option comes
// from scripts/option-catalog/option-scope.ts (imported through tsx), the scope rule's source of
// truth. See docs/option-catalog.md.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { tsImport } from "tsx/esm/api";
import { CLUSTER_LINES } from "./flink-lines.mjs";
import { extractVersion, loadVersionConfig, ROOT } from "./option-catalog/extract.mjs";
import { JSON_FILE, renderedFiles, renderJson, sortedKeys, TS_FILE } from "./option-catalog/render.mjs";

const HOLDER_PREFIX = "org.apache.flink.";
const FORMAT = 1;

const { scopeOf, isKnownHolder } = await tsImport("./option-catalog/option-scope.ts", import.meta.url);

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

/** Builds the catalog from records and facts per version (Maps line -> ...). */
function buildCatalog(config, recordsByLine, factsByLine) {
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
    facts: encodeFacts(versions, factsByLine),
    options,
  };
}

/**
 * The lines' facts in the catalog's own form: each fact (and each hidden key fragment) with the
 * bitmask of the lines that have it, like an option's variants.
 */
function encodeFacts(versions, factsByLine) {
  const masks = { sensitiveKeys: {}, isoDurations: 0, bigDurationCounts: 0, yamlListValues: 0 };
  versions.forEach((line, i) => {
    const facts = factsByLine.get(line);
    for (const fragment of facts.sensitiveKeys) {
      masks.sensitiveKeys[fragment] = (masks.sensitiveKeys[fragment] ?? 0) | (1 << i);
    }
    for (const flag of ["isoDurations", "bigDurationCounts", "yamlListValues"]) {
      masks[flag] |= facts[flag] ? 1 << i : 0;
    }
  });
  return masks;
}

/** One line's facts back from the encoded form (fragments sorted, so two reads compare equal). */
function factsOf(catalog, line) {
  const bit = 1 << catalog.versions.indexOf(line);
  const f = catalog.facts;
  if (!f || bit < 1) {
    return undefined;
  }
  return {
    sensitiveKeys: Object.keys(f.sensitiveKeys)
      .filter((k) => f.sensitiveKeys[k] & bit)
      .sort(),
    isoDurations: (f.isoDurations & bit) !== 0,
    bigDurationCounts: (f.bigDurationCounts & bit) !== 0,
    yamlListValues: (f.yamlListValues & bit) !== 0,
  };
}

/** Extracted facts in the form factsOf gives. */
function normalFacts(facts) {
  return { ...facts, sensitiveKeys: [...facts.sensitiveKeys].sort() };
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
  const wanted = args.versions?.join(",") === "clusters" ? CLUSTER_LINES : (args.versions ?? all);
  for (const line of wanted) {
    if (!all.includes(line)) {
      throw new Error(`unknown version ${line}; flink-versions.json has ${all.join(", ")}`);
    }
  }
  const committedText = await readFile(JSON_FILE, "utf8").catch(() => undefined);
  const committed = committedText ? JSON.parse(committedText) : undefined;

  const fresh = new Map();
  const freshFacts = new Map();
  for (const line of wanted) {
    const version = config.versions.find((v) => v.line === line);
    const extracted = await extractVersion(config, version, log);
    fresh.set(line, toVersionRecords(config, extracted));
    freshFacts.set(line, extracted.facts);
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
    log(
      `warning: holder classes without a scope in scripts/option-catalog/option-scope.ts: ${[...unknownHolders].join(", ")}`,
    );
  }

  if (args.check) {
    if (!committed) {
      log(`${relative(ROOT, JSON_FILE)} is missing: run node scripts/generate-options.mjs`);
      process.exit(1);
    }
    const diffs = [];
    for (const line of wanted) {
      diffs.push(...describeDifferences(line, recordsOf(committed, line), fresh.get(line)));
      const [a, b] = [JSON.stringify(factsOf(committed, line)), JSON.stringify(normalFacts(freshFacts.get(line)))];
      if (a !== b) {
        diffs.push(`  ${line} facts:\n    committed ${a}\n    extracted ${b}`);
      }
    }
    let tsStale = false;
    for (const [file, text] of renderedFiles(committed)) {
      tsStale ||= (await readFile(file, "utf8").catch(() => "")) !== text;
    }
    if (diffs.length > 0 || tsStale) {
      if (diffs.length > 0) {
        log(`${relative(ROOT, JSON_FILE)} differs from Flink's jars for ${wanted.join(", ")} (${diffs.length} keys):`);
        log(diffs.slice(0, 40).join("\n"));
        if (diffs.length > 40) {
          log(`  ... and ${diffs.length - 40} more`);
        }
      }
      if (tsStale) {
        log(`generated/options/*.ts do not match ${relative(ROOT, JSON_FILE)}.`);
      }
      log("Run `node scripts/generate-options.mjs` and commit generated/options/.");
      process.exit(1);
    }
    log(`generated/options is up to date for ${wanted.join(", ")} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    return;
  }

  const recordsByLine = new Map();
  const factsByLine = new Map();
  for (const line of all) {
    if (fresh.has(line)) {
      recordsByLine.set(line, fresh.get(line));
      factsByLine.set(line, freshFacts.get(line));
    } else if (committed?.versions.includes(line) && factsOf(committed, line)) {
      recordsByLine.set(line, recordsOf(committed, line));
      factsByLine.set(line, factsOf(committed, line));
    } else {
      throw new Error(`no committed rows for ${line}: include it in --versions`);
    }
  }
  const catalog = buildCatalog(config, recordsByLine, factsByLine);
  const json = renderJson(catalog);
  await mkdir(dirname(JSON_FILE), { recursive: true });
  await writeFile(JSON_FILE, json);
  let ts = "";
  for (const [file, text] of renderedFiles(catalog)) {
    await writeFile(file, text);
    ts = file === TS_FILE ? text : ts;
  }
  const counts = Object.entries(catalog.counts)
    .map(([line, n]) => `${line}: ${n}`)
    .join(", ");
  log(
    `wrote ${relative(ROOT, JSON_FILE)} (${json.length} bytes) and ${relative(ROOT, TS_FILE)} (${ts.length} bytes): ` +
      `${Object.keys(catalog.options).length} keys; ${counts} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

await main();
