#!/usr/bin/env node
/**
 * Which `flinkConfiguration` values make `POST /jars/{jarid}/run` fail, asked of Flink itself: for
 * every option spelling of the catalog (canonical, deprecated and fallback keys), each line's own
 * JarRunHandler runs the config-echo job with that spelling set to a value of the wrong type
 * (scripts/run-failures/EnvProbe.java). Writes generated/run-failures.ts: per line, the spellings
 * that fail, where (the handler, the program's classloader, main() building its environment, the
 * job graph, the submission, the JobMaster, or the running job), with Flink's status and message.
 *
 *   node scripts/generate-run-failures.mjs [--versions clusters|1.19,2.3]   # cluster + fast mode, rewrites the file (~10 min a line)
 *   node scripts/generate-run-failures.mjs --check                         # fast mode only (~1.5 min a line): fails when Flink's
 *                                                                          # client-side verdicts differ from the committed ones
 *
 * Needs a JDK 17+ and Maven (the cluster tool resolves each release's jars; the echo job is built
 * with Maven). Raw probe output stays in .cache/run-failures/<line>/.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JVM_OPENS, resolveClasspath, versionInfo } from "./flink/cluster.mjs";
import { buildEchoJob } from "./flink/echo-job.mjs";
import { CLUSTER_LINES, ROOT } from "./flink-lines.mjs";

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args[i + 1];
};
const check = args.includes("--check");
// The probe binds its MiniCluster and blob server to loopback ports in [base, base + 99].
const portBase = Number(flag("port-base", "48700"));
const requested = flag("versions", "clusters");
const lines = requested === "clusters" ? CLUSTER_LINES : requested.split(",");
// --reuse: assemble from the probe output of an earlier run (.cache/run-failures/<line>/*.jsonl) instead of running it.
const reuse = args.includes("--reuse");
// --keys a,b: probe only these spellings and print the result (for looking at a few keys; writes nothing).
const onlyKeys = flag("keys", "") ? new Set(flag("keys", "").split(",")) : undefined;
const probeDir = join(ROOT, "scripts", "run-failures");
const cacheDir = join(ROOT, ".cache", "run-failures");
const outFile = join(ROOT, "generated", "run-failures.ts");
const catalog = JSON.parse(readFileSync(join(ROOT, "generated", "options", "catalog.json"), "utf8"));
const dirKeysOf = (line) =>
  JSON.parse(readFileSync(join(ROOT, "flink-versions.json"), "utf8")).lines[line].cluster.dirKeys;

/** Values of the wrong type, per option type: the first one Configuration#get refuses is used. */
function candidates(type, element) {
  switch (type) {
    case "duration":
      return ["soon"];
    case "map":
      return ["x", "{x", "x:y:z"];
    case "list":
      return element === "string" ? ["'x", "[x", "x'"] : ["x", "'x", "{x"];
    case "string":
      // Not a parse check: a string option that fails with "x" checks its meaning (a class, a path).
      return ["x"];
    default:
      return ["x"];
  }
}

const b64 = (s) => Buffer.from(s, "utf8").toString("base64");
const readJsonl = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

function compile(release, classpath) {
  const dir = join(cacheDir, "classes", release);
  const src = join(probeDir, "EnvProbe.java");
  const stamp = join(dir, "EnvProbe.class");
  if (!existsSync(stamp) || statSync(stamp).mtimeMs < statSync(src).mtimeMs) {
    mkdirSync(dir, { recursive: true });
    execFileSync("javac", ["-nowarn", "-d", dir, "-cp", classpath, src], { stdio: ["ignore", "ignore", "inherit"] });
  }
  return dir;
}

function probe({ line, release, classpath, classes, mode, jar, cases, work, tag }) {
  const casesFile = join(work, `${tag}.tsv`);
  const out = join(work, `${tag}.jsonl`);
  writeFileSync(casesFile, `${cases.map((c) => [c.id, c.spelling, b64(c.value)].join("\t")).join("\n")}\n`);
  if (reuse && existsSync(out)) {
    return new Map(readJsonl(out).map((row) => [row.id, row]));
  }
  const started = Date.now();
  const r = spawnSync(
    "java",
    [
      ...JVM_OPENS,
      "-Xmx1g",
      `-Dprobe.log=${join(work, `${tag}.log`)}`,
      `-Dlog4j.configurationFile=${join(probeDir, "log4j2.properties")}`,
      // 1.19/1.20 clusters of the suites read flink-conf.yaml (legacy values); 2.x only standard YAML.
      `-Dprobe.standardYaml=${versionInfo(line).standardYaml}`,
      `-Dprobe.dirKeys=${dirKeysOf(line)}`,
      "-cp",
      `${classes}:${classpath}`,
      "EnvProbe",
      mode,
      jar,
      casesFile,
      out,
      join(work, tag),
      String(portBase),
    ],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  if (r.status !== 0) {
    throw new Error(`EnvProbe ${mode} (Flink ${release}) exited ${r.status}:\n${r.stderr.slice(-3000)}`);
  }
  process.stderr.write(`  ${line} ${tag}: ${cases.length} cases in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return new Map(readJsonl(out).map((row) => [row.id, row]));
}

/** Every spelling of every option of the line (suffix templates have no key to send). */
function spellingsOf(line) {
  const bit = 1 << catalog.versions.indexOf(line);
  const out = new Map();
  for (const [key, variants] of Object.entries(catalog.options)) {
    const v = variants.find((x) => x.v & bit);
    if (!v || v.sfx) {
      continue;
    }
    const add = (spelling, role) => {
      // A deprecated spelling that is an option of its own is probed as that option.
      if (role !== "key" && catalog.options[spelling]?.some((x) => x.v & bit)) {
        return;
      }
      if (!out.has(spelling) || role === "key") {
        out.set(spelling, { key, role, type: v.t, element: v.e, defaultValue: v.d, holder: v.h, field: v.f });
      }
    };
    add(key, "key");
    for (const d of v.dk ?? []) {
      add(d, "deprecated");
    }
    for (const f of v.fk ?? []) {
      add(f, "fallback");
    }
  }
  return [...out.entries()]
    .filter(([spelling, info]) => !onlyKeys || onlyKeys.has(spelling) || onlyKeys.has(info.key))
    .sort(([a], [b]) => a.localeCompare(b));
}

const WRAPPERS = [
  /^org\.apache\.flink\.runtime\.rest\.handler\.RestHandlerException: Could not execute application\.$/,
  /^java\.util\.concurrent\.CompletionException: /,
  /^org\.apache\.flink\.util\.FlinkRuntimeException: Could not execute application\.$/,
  /^org\.apache\.flink\.client\.program\.ProgramInvocationException: The main method caused an error/,
  /^org\.apache\.flink\.util\.FlinkException: Failed to execute job/,
  /^java\.lang\.RuntimeException: org\.apache\.flink\.runtime\.client\.JobInitializationException/,
  /^org\.apache\.flink\.runtime\.client\.JobInitializationException: Could not start the JobMaster\.$/,
  /^org\.apache\.flink\.util\.FlinkRuntimeException: Failed to create checkpoint storage|^org\.apache\.flink\.util\.FlinkRuntimeException: Failed to start the operator coordinators/,
];

/** The exception line that says what went wrong, from the probe's cause chain ("class: message"). */
function essence(chain) {
  // "Could not parse value 'v' for key 'k'." wraps the type's own error.
  const parse = chain.findLast((e) => /Could not parse value '[\s\S]*' for key '/.test(e));
  if (parse) {
    return parse;
  }
  const meaningful = chain.filter((e) => !WRAPPERS.some((w) => w.test(e)));
  const message = (e) => e.slice(e.indexOf(": ") + 2);
  // A wrapper whose message is its cause's toString adds nothing.
  const own = meaningful.filter((e, i) => !(i + 1 < meaningful.length && message(e) === meaningful[i + 1]));
  return own[0] ?? chain.at(-1) ?? "";
}

/** The probe's value in a message becomes `{value}`, so the fake can name the value it was sent. */
function template(text, value) {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text
    .replace(new RegExp(`'${escaped}'`, "g"), "'{value}'")
    .replace(new RegExp(`"${escaped}"`, "g"), '"{value}"')
    .replace(new RegExp(`: ${escaped}(\\.?)$`), ": {value}$1")
    .replace(new RegExp(`^([\\w.$]+: )${escaped} `), "$1{value} ");
}

/** What the fake needs of one failing case: where, Flink's status, the cause lines of its answer. */
function verdictOf(row, value) {
  if (!row) {
    return undefined;
  }
  if (row.fails) {
    const chain = row.chain ?? [];
    const causes = [template(essence(chain), value)];
    const initialisation = chain.find((e) =>
      /^org\.apache\.flink\.runtime\.client\.JobInitializationException: /.test(e),
    );
    if (initialisation) {
      causes.unshift(initialisation);
    }
    return {
      at: row.stage === "env-use" || row.stage === "other" ? "env" : row.stage,
      status: row.status,
      causes,
      // A JobMaster that could not start leaves a FAILED job behind (2.3's rejected job graphs do not):
      // also where 2.3 builds the job graph in the JobMaster.
      ...(initialisation ? { leavesFailedJob: true } : {}),
    };
  }
  if (row.runtime?.verdict === "failed") {
    const parse = (row.runtime.causedBy ?? []).findLast((e) => /Could not parse value/.test(e));
    return {
      at: "runtime",
      status: 200,
      causes: [template(parse ?? row.runtime.exception ?? "", value)],
    };
  }
  return undefined;
}

async function probeLine(line) {
  const { release } = versionInfo(line);
  const classpath = await resolveClasspath(line, { log: (m) => process.stderr.write(`${m}\n`) });
  const jar = await buildEchoJob({ log: (m) => process.stderr.write(`${m}\n`) });
  const classes = compile(release, classpath);
  const work = join(cacheDir, line);
  mkdirSync(work, { recursive: true });
  const ctx = { line, release, classpath, classes, jar, work };
  const spellings = spellingsOf(line);

  // 1. The first candidate value Configuration#get refuses, per spelling (strings get "x").
  const parseCases = spellings.flatMap(([spelling, info], i) =>
    candidates(info.type, info.element).map((value, j) => ({ id: `${i}:${j}`, spelling, value, info })),
  );
  const parseIn = join(work, "parse-cases.tsv");
  writeFileSync(
    parseIn,
    `${parseCases.map((c) => [c.id, c.spelling, b64(c.value), c.info.holder, c.info.field, c.info.type, c.info.element ?? ""].join("\t")).join("\n")}\n`,
  );
  const parseOut = join(work, "parse.jsonl");
  const parsed =
    reuse && existsSync(parseOut)
      ? { status: 0 }
      : spawnSync(
          "java",
          [
            ...JVM_OPENS,
            `-Dprobe.log=${join(work, "parse.log")}`,
            `-Dlog4j.configurationFile=${join(probeDir, "log4j2.properties")}`,
            `-Dprobe.standardYaml=${versionInfo(line).standardYaml}`,
            "-cp",
            `${classes}:${classpath}`,
            "EnvProbe",
            "parse",
            jar,
            parseIn,
            parseOut,
            join(work, "parse"),
          ],
          { encoding: "utf8" },
        );
  if (parsed.status !== 0) {
    throw new Error(`EnvProbe parse (Flink ${release}) exited ${parsed.status}:\n${parsed.stderr.slice(-3000)}`);
  }
  const refused = new Map(readJsonl(parseOut).map((r) => [r.id, r]));
  const cases = [];
  spellings.forEach(([spelling, info], i) => {
    const values = candidates(info.type, info.element);
    const j = values.findIndex((_, k) => info.type === "string" || refused.get(`${i}:${k}`)?.rejected !== false);
    if (j >= 0) {
      cases.push({ id: String(i), spelling, value: values[j], info });
    }
  });

  // 2. Each spelling alone with its wrong value: client side only (fast), and on a MiniCluster.
  const modes = check ? ["fast"] : ["fast", "cluster"];
  const runs = Object.fromEntries(modes.map((mode) => [mode, probe({ ...ctx, mode, cases, tag: mode })]));

  // 3. Typed spellings that failed, again with their default (a valid value): some fail whatever the value.
  const failing = cases.filter((c) => modes.some((m) => runs[m].get(c.id)?.fails) && c.info.type !== "string");
  const validCases = failing
    .filter((c) => c.info.defaultValue !== undefined)
    .map((c) => ({ ...c, id: `v${c.id}`, value: c.info.defaultValue }));
  const validRuns = Object.fromEntries(
    modes.map((mode) => [mode, probe({ ...ctx, mode, cases: validCases, tag: `${mode}-valid` })]),
  );

  const spellingsOut = {};
  for (const c of cases) {
    const fast = verdictOf(runs.fast.get(c.id), c.value);
    const headline = runs.cluster ? verdictOf(runs.cluster.get(c.id), c.value) : fast;
    if (!headline && !fast) {
      continue;
    }
    const defaultFails = modes.some((m) => validRuns[m].get(`v${c.id}`)?.fails);
    spellingsOut[c.spelling] = {
      type: c.info.type === "list" ? `list<${c.info.element}>` : c.info.type,
      ...(headline ?? { at: "none", status: 200, causes: [] }),
      // Client side only (the freshness check's mode): its status, where it differs from the cluster's.
      ...(fast?.status !== headline?.status || fast?.at !== headline?.at ? { fast: fast?.status ?? 200 } : {}),
      ...(defaultFails ? { defaultFails: true } : {}),
    };
  }
  return { release, probed: cases.length, spellings: spellingsOut };
}

function render(data) {
  return `/**
 * DO NOT EDIT: generated by scripts/generate-run-failures.mjs from each line's own JarRunHandler
 * (scripts/run-failures/EnvProbe.java): every option spelling of the catalog sent alone in
 * flinkConfiguration with a value of the wrong type; listed here are those that fail. Data only;
 * the fake cluster reads it through src/msw/cluster/run-failures.ts.
 *
 * at: where Flink fails: "handler" and "program" (before main(), 500), "env" (main() building its
 * environment), "stream-graph", "job-graph", "submit" (the embedded executor), "jobmanager" (the
 * JobMaster's initialisation; all 400), "runtime" (200, then the job fails), "none" (client side
 * only, see fast). causes: the exception lines of Flink's answer, {value} for the value sent.
 * defaultFails: fails with the option's default too (a semantic check: the default is not a
 * value Flink takes when set, or the key is refused whatever its value). fast: the status without a cluster, where it differs.
 */

/** Where in /run a value fails. */
export type RunFailureStage =
  | "handler"
  | "program"
  | "env"
  | "stream-graph"
  | "job-graph"
  | "submit"
  | "jobmanager"
  | "runtime"
  | "none";

export interface RunFailure {
  readonly type: string;
  readonly at: RunFailureStage;
  readonly status: number;
  readonly causes: readonly string[];
  readonly leavesFailedJob?: true;
  /** Fails with the option's default value too (the probe's second case). */
  readonly defaultFails?: true;
  readonly fast?: number;
}

export interface RunFailureLine {
  readonly release: string;
  /** Spellings sent (one case each). */
  readonly probed: number;
  readonly spellings: Readonly<Record<string, RunFailure>>;
}

export const RUN_FAILURES: Readonly<Record<string, RunFailureLine>> = ${JSON.stringify(data, null, 1)
    .replace(/\n {3,}/g, " ")
    .replace(/\n {2}\]/g, " ]")
    .replace(/\n {2}\}/g, " }")};
`;
}

const fresh = {};
for (const line of lines) {
  process.stderr.write(`probing Flink ${line} (${check ? "fast" : "fast + cluster"} mode)...\n`);
  fresh[line] = await probeLine(line);
}

if (onlyKeys) {
  process.stdout.write(`${JSON.stringify(fresh, null, 2)}\n`);
  process.exit(0);
}
if (!check) {
  writeFileSync(outFile, render(fresh));
  for (const [line, d] of Object.entries(fresh)) {
    process.stderr.write(`${line}: ${Object.keys(d.spellings).length} of ${d.probed} spellings fail\n`);
  }
  process.exit(0);
}

// The check: fast mode must find exactly the client-side verdicts that were committed.
const { tsImport } = await import("tsx/esm/api");
const { RUN_FAILURES } = await tsImport(outFile, import.meta.url);
const problems = [];
for (const line of lines) {
  const committed = RUN_FAILURES[line]?.spellings ?? {};
  const clientSide = (e) => e.fast ?? (e.at === "jobmanager" || e.at === "runtime" ? 200 : e.status);
  const names = new Set([...Object.keys(committed), ...Object.keys(fresh[line].spellings)]);
  for (const name of names) {
    const was = committed[name];
    const now = fresh[line].spellings[name];
    const wasStatus = was ? clientSide(was) : 200;
    const nowStatus = now ? clientSide(now) : 200;
    if (wasStatus !== nowStatus) {
      problems.push(`${line} ${name}: committed ${wasStatus}, Flink now ${nowStatus}`);
    } else if (was && now && wasStatus !== 200 && was.fast === undefined && was.causes.at(-1) !== now.causes.at(-1)) {
      // The root cause only: from 2.3 the job graph is built in the JobMaster, which wraps the
      // same cause in JobInitializationException on a cluster and not in fast mode.
      problems.push(`${line} ${name}: committed "${was.causes.join(" / ")}", Flink now "${now.causes.join(" / ")}"`);
    }
  }
}
if (problems.length > 0) {
  process.stderr.write(
    `generated/run-failures.ts is stale:\n  ${problems.join("\n  ")}\nrun: node scripts/generate-run-failures.mjs\n`,
  );
  process.exit(1);
}
process.stderr.write(`generated/run-failures.ts matches Flink ${lines.join(", ")} (client side)\n`);
