#!/usr/bin/env node
// The one writer of generated/flink-cli.ts (what Flink's `bin/flink` accepts: each action's
// options, the options every action accepts, the YARN CLI's, per release line) and of
// test/cli/fixtures/flink-cli-probes.json (sample command lines and what Flink's own parser made
// of them), read from Flink's classes. Data and types only: the parser is src/cli/.
//
//   node scripts/generate-flink-cli.mjs                          every line of flink-versions.json
//   node scripts/generate-flink-cli.mjs --versions 1.19,2.3      re-read these lines, keep the others' part
//   node scripts/generate-flink-cli.mjs --versions clusters      the lines the suites run clusters of
//   node scripts/generate-flink-cli.mjs --check [--versions ..]  re-read in memory, exit 1 if the committed part differs
//
// Jars are resolved by Maven and read by a JDK-only extractor (scripts/flink-cli/). See
// docs/flink-cli-table.md.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { tsImport } from "tsx/esm/api";
import { cliVersions, extractLines, probeGroups, ROOT } from "./flink-cli/extract.mjs";
import { CLUSTER_LINES } from "./flink-lines.mjs";

const TS_FILE = join(ROOT, "generated", "flink-cli.ts");
const PROBES_FILE = join(ROOT, "test", "cli", "fixtures", "flink-cli-probes.json");
const BIOME = join(ROOT, "node_modules", ".bin", "biome");
const INLINE = "CliFrontendParser (created inline)";

/**
 * The parser the TypeScript parser follows (docs/flink-cli-table.md): CliFrontendParser.parse
 * makes a commons-cli 1.5.0 DefaultParser with its no-argument constructor and no builder, so
 * long-option prefixes match and quotes are stripped. A line whose Flink does anything else fails
 * the generation: the TypeScript parser must be reviewed first.
 */
const EXPECTED_PARSER = {
  commonsCli: "1.5.0",
  created: ["org.apache.commons.cli.DefaultParser"],
  calls: [
    'org.apache.commons.cli.DefaultParser."<init>":()V',
    "org.apache.commons.cli.DefaultParser.parse:(Lorg.apache.commons.cli.Options;[Ljava.lang.String;Z)Lorg.apache.commons.cli.CommandLine;",
    "org.apache.commons.cli.ParseException.getMessage:()Ljava.lang.String;",
  ],
  defaultParserFields: { allowPartialMatching: true, stripLeadingAndTrailingQuotes: null },
};

const log = (message) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------------------------
// Extractor output -> one line's view: its actions, options and probe results

/** commons-cli's arity, in the table's words; anything Flink does not use fails. */
function arityOf(o, where) {
  const name = `${where}: -${o.opt ?? ""}${o.long ? `/--${o.long}` : ""}`;
  if (o.required) {
    throw new Error(`${name} is required (Option.isRequired): the table has no place for that`);
  }
  if (o.separator !== null) {
    if (o.separator !== "=" || o.args !== 2 || !o.hasArg) {
      throw new Error(`${name}: a value separator '${o.separator}' with ${o.args} values is not a -Dkey=value option`);
    }
    return "property";
  }
  if (!o.hasArg) {
    return "flag";
  }
  if (o.args === -2) {
    return "greedy";
  }
  if (o.args !== 1) {
    throw new Error(`${name} takes ${o.args} values; the table knows 1, unlimited and key=value`);
  }
  return o.optionalArg ? "optional" : "one";
}

/** One option of one line: the merge key's fields in a fixed order, and the line's flags. */
function entryOf(o, where, { inlineAllowed = false } = {}) {
  if (!o.field && !inlineAllowed) {
    throw new Error(`${where}: -${o.opt} is in no field of the custom command line`);
  }
  const e = {};
  if (o.opt) {
    e.short = o.opt;
  }
  if (o.long) {
    e.long = o.long;
  }
  e.arity = arityOf(o, where);
  if (o.argName) {
    e.argName = o.argName;
  }
  e.field = o.field ?? INLINE;
  if (o.deprecated) {
    e.deprecated = true;
  }
  if (o.inHelp === false) {
    e.hidden = true;
  }
  return e;
}

const keyOf = (o) => o.opt ?? o.long;

/** Options registered in this order, once per short name (CliFrontend's Options keeps one per name). */
function uniqueByName(options, where) {
  const seen = new Map();
  for (const o of options) {
    const e = entryOf(o, where);
    const first = seen.get(keyOf(o));
    if (!first) {
      seen.set(keyOf(o), e);
    } else if (JSON.stringify(first) !== JSON.stringify(e)) {
      throw new Error(
        `${where}: -${keyOf(o)} is registered twice with different facts (${JSON.stringify(first)}, ${JSON.stringify(e)}); the table keeps one`,
      );
    }
  }
  return [...seen.values()];
}

function checkParser(ex) {
  const found = {
    commonsCli: ex.commonsCli,
    created: ex.parser.created,
    calls: ex.parser.calls,
    defaultParserFields: ex.parser.defaultParserFields,
  };
  if (JSON.stringify(found) !== JSON.stringify(EXPECTED_PARSER)) {
    throw new Error(
      `Flink ${ex.release} parses its command line differently from what the TypeScript parser follows:\n` +
        `  expected ${JSON.stringify(EXPECTED_PARSER)}\n  found    ${JSON.stringify(found)}\n` +
        "Review the parser rules in docs/flink-cli-table.md and src/cli/, then update EXPECTED_PARSER.",
    );
  }
}

function lineView(ex) {
  if (ex.flinkVersion !== ex.release) {
    throw new Error(`the jars resolved for ${ex.release} say they are Flink ${ex.flinkVersion}`);
  }
  checkParser(ex);
  const cli = (suffix) => ex.customCommandLines.find((c) => c.class.endsWith(suffix));
  const [generic, yarn, defaults] = [cli(".GenericCLI"), cli(".FlinkYarnSessionCli"), cli(".DefaultCLI")];
  const where = (c) => `Flink ${ex.release} ${c.class.slice(c.class.lastIndexOf(".") + 1)}`;
  // Without flink-yarn, bin/flink registers GenericCLI's and DefaultCLI's options for every action.
  const general = uniqueByName(
    [...generic.general, ...generic.run, ...defaults.general, ...defaults.run],
    `${where(generic)}+DefaultCLI`,
  );
  // With Hadoop, FlinkYarnSessionCli registers between them; DefaultCLI's later -m/-z/-D replace its own.
  const defaultNames = new Set([...defaults.general, ...defaults.run].map(keyOf));
  const yarnOptions = uniqueByName(
    [...yarn.general, ...yarn.run].filter((o) => !defaultNames.has(keyOf(o))),
    where(yarn),
  );
  const genericNames = new Set([...generic.general, ...generic.run].map(keyOf));
  const clash = yarnOptions.filter((o) => genericNames.has(o.short ?? o.long));
  if (clash.length > 0) {
    throw new Error(
      `${where(yarn)} replaces GenericCLI's ${clash.map((o) => o.short).join(", ")}: the table cannot say so`,
    );
  }
  return {
    release: ex.release,
    actions: ex.actions.map((a) => ({
      name: a.name,
      stopAtNonOptions: a.stopAtNonOptions,
      options: a.options.map((o) => entryOf(o, `Flink ${ex.release} ${a.name}`, { inlineAllowed: true })),
    })),
    general,
    yarn: yarnOptions,
    probes: ex.probes.map((p) => ({
      action: p.action,
      argv: p.argv,
      ...(p.error !== undefined
        ? { error: p.error }
        : {
            options: p.options.map((o) => ({ opt: o.opt, ...(o.long ? { long: o.long } : {}), values: o.values })),
            args: p.args,
          }),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Views of all lines <-> the committed data (lossless both ways for the data's own order)

/**
 * Merges per-line lists of [key, item] into one list of [key, item, lines], keeping every line's
 * own order: an item a line adds goes right after that line's previous item. Fails when two lines
 * order the same items differently, since one list cannot keep both.
 */
function mergeOrdered(label, perLine) {
  const order = [];
  const lines = new Map();
  const items = new Map();
  for (const [line, list] of perLine) {
    let previous = -1;
    for (const [key, item] of list) {
      let at = order.indexOf(key);
      if (at < 0) {
        at = previous + 1;
        order.splice(at, 0, key);
        items.set(key, item);
        lines.set(key, []);
      } else if (at <= previous) {
        throw new Error(`${label}: ${line} orders ${key} before ${order[previous]}, an earlier line after it`);
      }
      lines.get(key).push(line);
      previous = at;
    }
  }
  return order.map((key) => [key, items.get(key), lines.get(key)]);
}

/** Merges per-line option lists: one entry per distinct fact set, with the lines it holds in. */
function mergeOptions(label, perLine) {
  const flags = new Map();
  const keyed = perLine.map(([line, options]) => [
    line,
    options.map(({ deprecated, hidden, ...facts }) => {
      const key = JSON.stringify(facts);
      flags.set(`${line} ${key}`, { deprecated, hidden });
      return [key, facts];
    }),
  ]);
  return mergeOrdered(label, keyed).map(([key, facts, lines]) => {
    const deprecatedIn = lines.filter((l) => flags.get(`${l} ${key}`).deprecated);
    const hiddenIn = lines.filter((l) => flags.get(`${l} ${key}`).hidden);
    return {
      ...facts,
      lines,
      ...(deprecatedIn.length > 0 ? { deprecatedIn } : {}),
      ...(hiddenIn.length > 0 ? { hiddenIn } : {}),
    };
  });
}

/** FLINK_CLI and the probe list from the views of every line (a Map in line order). */
function buildData(views) {
  const lines = [...views.keys()];
  const names = mergeOrdered(
    "actions",
    lines.map((l) => [l, views.get(l).actions.map((a) => [a.name, a.name])]),
  ).map(([name]) => name);
  const actions = names.map((name) => {
    const per = lines.map((l) => [l, views.get(l).actions.find((a) => a.name === name)]).filter(([, a]) => a);
    const stops = new Set(per.map(([, a]) => a.stopAtNonOptions));
    if (stops.size !== 1) {
      throw new Error(
        `${name}: stopAtNonOptions differs between lines (${per.map(([l, a]) => `${l}: ${a.stopAtNonOptions}`)})`,
      );
    }
    return {
      name,
      lines: per.map(([l]) => l),
      stopAtNonOptions: [...stops][0],
      options: mergeOptions(
        name,
        per.map(([l, a]) => [l, a.options]),
      ),
    };
  });
  const data = {
    releases: Object.fromEntries(lines.map((l) => [l, views.get(l).release])),
    actions,
    general: mergeOptions(
      "general",
      lines.map((l) => [l, views.get(l).general]),
    ),
    yarn: mergeOptions(
      "yarn",
      lines.map((l) => [l, views.get(l).yarn]),
    ),
  };
  const probes = mergeOrdered(
    "probes",
    lines.map((l) => [l, views.get(l).probes.map((p) => [JSON.stringify(p), p])]),
  ).map(([, p, probeLines]) => ({ lines: probeLines, ...p }));
  return { data, probes };
}

/** One line's view, read back from the committed data. */
function viewOf(data, probes, line) {
  if (!data.releases[line]) {
    return undefined;
  }
  const unmerge = (options) =>
    options
      .filter((o) => o.lines.includes(line))
      .map(({ lines: _l, deprecatedIn, hiddenIn, ...facts }) => ({
        ...facts,
        ...(deprecatedIn?.includes(line) ? { deprecated: true } : {}),
        ...(hiddenIn?.includes(line) ? { hidden: true } : {}),
      }));
  return {
    release: data.releases[line],
    actions: data.actions
      .filter((a) => a.lines.includes(line))
      .map((a) => ({ name: a.name, stopAtNonOptions: a.stopAtNonOptions, options: unmerge(a.options) })),
    general: unmerge(data.general),
    yarn: unmerge(data.yarn),
    probes: probes.filter((p) => p.lines.includes(line)).map(({ lines: _l, ...p }) => p),
  };
}

async function readCommitted() {
  if (!existsSync(TS_FILE) || !existsSync(PROBES_FILE)) {
    return undefined;
  }
  const { FLINK_CLI } = await tsImport(TS_FILE, import.meta.url);
  const { probes } = JSON.parse(await readFile(PROBES_FILE, "utf8"));
  return { data: FLINK_CLI, probes };
}

// ---------------------------------------------------------------------------------------------
// Rendering

const TYPES = `/** How many values an option takes, in commons-cli terms. */
export type FlinkCliArity =
  /** no value */
  | "flag"
  /** exactly one value */
  | "one"
  /** one value if the next token is not an option (hasOptionalArg) */
  | "optional"
  /** every following non-option token (UNLIMITED_VALUES) */
  | "greedy"
  /** key=value, or a key alone (numberOfArgs 2, separator '=') */
  | "property";

export interface FlinkCliOptionData {
  /** commons-cli's short name without the dash; may be several letters (\`sae\`). */
  readonly short?: string;
  readonly long?: string;
  readonly arity: FlinkCliArity;
  readonly argName?: string;
  /** The Flink class and field that define it. */
  readonly field: string;
  /** Release lines whose CLI has it. */
  readonly lines: readonly string[];
  readonly deprecatedIn?: readonly string[];
  /** Lines where \`flink <action> -h\` does not list it. */
  readonly hiddenIn?: readonly string[];
}

export interface FlinkCliActionData {
  readonly name: string;
  readonly lines: readonly string[];
  /** Parsing stops at the first token that is not an option (run, info): the rest is the jar and its arguments. */
  readonly stopAtNonOptions: boolean;
  /** The action's own options, in Flink's order. */
  readonly options: readonly FlinkCliOptionData[];
}

export interface FlinkCliData {
  /** The release read for each line. */
  readonly releases: Readonly<Record<string, string>>;
  readonly actions: readonly FlinkCliActionData[];
  /** Options every action accepts: CliFrontend's custom command lines GenericCLI and DefaultCLI. */
  readonly general: readonly FlinkCliOptionData[];
  /** Options every action accepts only when bin/flink loads the YARN CLI (FlinkYarnSessionCli, Hadoop on the classpath). */
  readonly yarn: readonly FlinkCliOptionData[];
}
`;

/** The data as JSON with one option per row, so a change in Flink is a one-row diff. */
function renderData(data) {
  const rows = (options, indent) => options.map((o) => `${indent}${JSON.stringify(o)}`).join(",\n");
  const actions = data.actions.map(
    (a) =>
      `    {\n      "name": ${JSON.stringify(a.name)},\n      "lines": ${JSON.stringify(a.lines)},\n` +
      `      "stopAtNonOptions": ${a.stopAtNonOptions},\n      "options": [\n${rows(a.options, "        ")}\n      ]\n    }`,
  );
  return (
    `{\n  "releases": ${JSON.stringify(data.releases)},\n  "actions": [\n${actions.join(",\n")}\n  ],\n` +
    `  "general": [\n${rows(data.general, "    ")}\n  ],\n  "yarn": [\n${rows(data.yarn, "    ")}\n  ]\n}`
  );
}

function renderTs(data) {
  return `/**
 * DO NOT EDIT: generated by scripts/generate-flink-cli.mjs from Flink's own CLI classes
 * (flink-clients, flink-yarn), read by reflection: what \`bin/flink\` accepts per action and release
 * line. Structural facts only, no descriptions. See docs/flink-cli-table.md.
 */

${TYPES}
export const FLINK_CLI: FlinkCliData = ${renderData(data)};
`;
}

/** The probe fixture, formatted by the repository's Biome (test/ is checked by \`biome check\`). */
function renderProbes(probes) {
  const comment =
    "Generated by scripts/generate-flink-cli.mjs from scripts/flink-cli/probes.json: command lines passed through Flink's own CliFrontendParser.parse with the option set bin/flink has without flink-yarn (GenericCLI + DefaultCLI), per release line; identical results are merged across lines. Do not edit. See docs/flink-cli-table.md.";
  const seed = `{"$comment":${JSON.stringify(comment)},"probes":[\n${probes.map((p) => JSON.stringify(p)).join(",\n")}\n]}\n`;
  if (!existsSync(BIOME)) {
    throw new Error(`${relative(ROOT, BIOME)} is missing: run npm ci (the probe fixture is formatted by Biome)`);
  }
  const r = spawnSync(BIOME, ["format", `--stdin-file-path=${relative(ROOT, PROBES_FILE)}`], {
    cwd: ROOT,
    input: seed,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    throw new Error(`biome format failed (${r.status}): ${r.stderr}`);
  }
  return r.stdout;
}

// ---------------------------------------------------------------------------------------------
// --check: name each difference

/** Differences between two lists of facts, keyed by identity: added, removed, changed, reordered. */
function listDifferences(label, committed, fresh, identity) {
  const out = [];
  const a = new Map(committed.map((x) => [identity(x), x]));
  const b = new Map(fresh.map((x) => [identity(x), x]));
  for (const [k, x] of a) {
    if (!b.has(k)) {
      out.push(`  ${label} ${k}: committed ${JSON.stringify(x)}, not extracted`);
    } else if (JSON.stringify(x) !== JSON.stringify(b.get(k))) {
      out.push(`  ${label} ${k}:\n    committed ${JSON.stringify(x)}\n    extracted ${JSON.stringify(b.get(k))}`);
    }
  }
  for (const [k, x] of b) {
    if (!a.has(k)) {
      out.push(`  ${label} ${k}: extracted ${JSON.stringify(x)}, not committed`);
    }
  }
  if (out.length === 0 && JSON.stringify([...a.keys()]) !== JSON.stringify([...b.keys()])) {
    out.push(
      `  ${label}: the order differs: committed ${[...a.keys()].join(" ")}; extracted ${[...b.keys()].join(" ")}`,
    );
  }
  return out;
}

const optionName = (o) => [o.short && `-${o.short}`, o.long && `--${o.long}`].filter(Boolean).join("/");

function viewDifferences(line, committed, fresh) {
  if (!committed) {
    return [`  ${line}: not in the committed files`];
  }
  const out = [];
  if (committed.release !== fresh.release) {
    out.push(`  ${line} release: committed ${committed.release}, extracted ${fresh.release}`);
  }
  out.push(
    ...listDifferences(
      `${line} action`,
      committed.actions.map(({ options: _o, ...a }) => a),
      fresh.actions.map(({ options: _o, ...a }) => a),
      (a) => a.name,
    ),
  );
  for (const a of fresh.actions) {
    const c = committed.actions.find((x) => x.name === a.name);
    if (c) {
      out.push(...listDifferences(`${line} ${a.name}`, c.options, a.options, optionName));
    }
  }
  out.push(...listDifferences(`${line} general`, committed.general, fresh.general, optionName));
  out.push(...listDifferences(`${line} yarn`, committed.yarn, fresh.yarn, optionName));
  out.push(
    ...listDifferences(`${line} probe`, committed.probes, fresh.probes, (p) => `${p.action} ${JSON.stringify(p.argv)}`),
  );
  return out;
}

/** The probes probes.json asks for on a line with these actions, in the extractor's order. */
function probeKeys(groups, actionNames) {
  const keys = [];
  for (const action of actionNames) {
    for (const g of groups) {
      if (g.actions.includes(action) || g.actions.includes("*")) {
        keys.push(...g.probes.map((argv) => `${action} ${JSON.stringify(argv)}`));
      }
    }
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Main

function parseArgs(argv) {
  const args = { check: false, versions: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--check") {
      args.check = true;
    } else if (a === "--versions" || a.startsWith("--versions=")) {
      const value = a === "--versions" ? argv[++i] : a.slice("--versions=".length);
      args.versions = (value ?? "").split(",").filter(Boolean);
    } else {
      throw new Error(
        `unknown argument ${a}; usage: generate-flink-cli.mjs [--versions 1.19,2.3|clusters|all] [--check]`,
      );
    }
  }
  return args;
}

async function main() {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const versions = cliVersions();
  const all = versions.map((v) => v.line);
  const asked = args.versions?.join(",");
  const wanted = !args.versions || asked === "all" ? all : asked === "clusters" ? CLUSTER_LINES : args.versions;
  for (const line of wanted) {
    if (!all.includes(line)) {
      throw new Error(`unknown version ${line}; flink-versions.json has ${all.join(", ")} (or say clusters, all)`);
    }
  }
  const committed = await readCommitted();
  const extracted = await extractLines(
    versions.filter((v) => wanted.includes(v.line)),
    log,
  );
  const fresh = new Map([...extracted].map(([line, ex]) => [line, lineView(ex)]));

  const views = new Map();
  for (const line of all) {
    const view = fresh.get(line) ?? (committed && viewOf(committed.data, committed.probes, line));
    if (!view) {
      throw new Error(`no committed part for ${line}: include it in --versions`);
    }
    views.set(line, view);
  }
  const groups = await probeGroups();
  const known = new Set([...views.values()].flatMap((v) => v.actions.map((a) => a.name)));
  const unknown = [...new Set(groups.flatMap((g) => g.actions))].filter((a) => a !== "*" && !known.has(a));
  if (unknown.length > 0) {
    throw new Error(`scripts/flink-cli/probes.json names actions no line has: ${unknown.join(", ")}`);
  }

  if (args.check) {
    if (!committed) {
      log(
        `${relative(ROOT, TS_FILE)} or ${relative(ROOT, PROBES_FILE)} is missing: run node scripts/generate-flink-cli.mjs`,
      );
      process.exit(1);
    }
    const diffs = wanted.flatMap((line) =>
      viewDifferences(line, viewOf(committed.data, committed.probes, line), fresh.get(line)),
    );
    // Without Java, for every line: the committed part is of the release flink-versions.json names
    // and has the probes probes.json asks for (so a line left out of --versions is not left stale).
    for (const { line, release } of versions.filter((v) => !wanted.includes(v.line))) {
      const view = viewOf(committed.data, committed.probes, line);
      if (!view) {
        diffs.push(`  ${line}: not in the committed files`);
        continue;
      }
      if (view.release !== release) {
        diffs.push(`  ${line} release: committed ${view.release}, flink-versions.json ${release}`);
      }
      const asked = probeKeys(
        groups,
        view.actions.map((a) => a.name),
      );
      const have = view.probes.map((p) => `${p.action} ${JSON.stringify(p.argv)}`);
      if (JSON.stringify(asked) !== JSON.stringify(have)) {
        const missing = asked.filter((k) => !have.includes(k));
        const extra = have.filter((k) => !asked.includes(k));
        const some = (list) => `${list.slice(0, 3).join("; ")}${list.length > 3 ? "; ..." : ""}`;
        const parts = [
          missing.length > 0 ? `${missing.length} missing (${some(missing)})` : "",
          extra.length > 0 ? `${extra.length} no longer asked for (${some(extra)})` : "",
        ].filter(Boolean);
        diffs.push(
          `  ${line} probes differ from scripts/flink-cli/probes.json: ${parts.join(", ") || "another order"}`,
        );
      }
    }
    // The committed files must also be exactly what the generator writes for their own data.
    const own = new Map(all.map((line) => [line, viewOf(committed.data, committed.probes, line)]));
    let stale = [];
    if ([...own.values()].every(Boolean)) {
      const rebuilt = buildData(own);
      stale = [
        [TS_FILE, renderTs(rebuilt.data)],
        [PROBES_FILE, renderProbes(rebuilt.probes)],
      ];
      const texts = await Promise.all(stale.map(([file]) => readFile(file, "utf8")));
      stale = stale.filter(([, text], i) => texts[i] !== text).map(([file]) => relative(ROOT, file));
    }
    if (diffs.length > 0 || stale.length > 0) {
      if (diffs.length > 0) {
        log(`The committed Flink CLI table differs from Flink's classes for ${wanted.join(", ")} (${diffs.length}):`);
        log(diffs.slice(0, 40).join("\n"));
        if (diffs.length > 40) {
          log(`  ... and ${diffs.length - 40} more`);
        }
      }
      if (stale.length > 0) {
        log(`${stale.join(" and ")}: not what the generator writes for the committed data (edited by hand?).`);
      }
      log("Run `node scripts/generate-flink-cli.mjs` (or `npm run generate:flink-cli`) and commit the result.");
      process.exit(1);
    }
    log(
      `the Flink CLI table is up to date for ${wanted.join(", ")} (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
    return;
  }

  const { data, probes } = buildData(views);
  const ts = renderTs(data);
  const json = renderProbes(probes);
  await mkdir(dirname(PROBES_FILE), { recursive: true });
  await writeFile(TS_FILE, ts);
  await writeFile(PROBES_FILE, json);
  log(
    `wrote ${relative(ROOT, TS_FILE)} (${ts.length} bytes: ${data.actions.length} actions, ` +
      `${data.general.length} general and ${data.yarn.length} YARN options) and ${relative(ROOT, PROBES_FILE)} ` +
      `(${json.length} bytes: ${probes.length} probes) for ${wanted.join(", ")} ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

await main().catch((e) => {
  log(`generate-flink-cli: ${e.message}`);
  process.exit(1);
});
