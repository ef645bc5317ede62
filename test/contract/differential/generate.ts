/**
 * Seeded generator of `/jars/{jarid}/run` and `/plan` requests for differential testing: body
 * fields, query parameters, the echo job's program arguments, and flinkConfiguration entries drawn
 * from the option catalog with valid and invalid values (wrong type, bad duration or memory
 * size, null, object, array, unknown and misspelled keys, deprecated spellings, cluster-scope keys,
 * the keys the handler forces). Each request goes to the fake and to real Flink of the same line.
 *
 * What the fake cannot know is left out, each for a reason: a string option read on /run gets no
 * random text (its failures depend on its meaning: a class name, a path), typed options get only
 * values equal to their default or from a list known to be safe (a valid value can still be out of
 * range), and values the tasks or the JobMaster read only with RocksDB or other context are never made
 * invalid (see generated/run-failures.ts).
 */
import fc from "fast-check";
import { RUN_FAILURES, type RunFailure } from "../../../generated/run-failures.js";
import { flinkOptionCatalog } from "../../../src/options/full-catalog.js";
import type { OptionInfo } from "../../../src/options/option-catalog.js";
import { isAtLeast } from "../../../src/versions/flink-version.js";

export interface GeneratedRequest {
  readonly kind: "run" | "plan";
  /** The JSON body (undefined: none). */
  readonly body: Record<string, unknown> | undefined;
  readonly query: Record<string, string>;
  /** What the generator meant to test, for the report of a difference. */
  readonly labels: readonly string[];
}

type Entry = { key: string; value: unknown; label: string };

/** Valid values for the options whose effect the comparison can see (safe in range). */
const SAFE_VALUES: Readonly<Record<string, readonly string[]>> = {
  "pipeline.name": ["generated job", "ünïcode name", "a:b #c"],
  "parallelism.default": ["1", "2", "3"],
  "pipeline.object-reuse": ["true", "false", "TRUE"],
  "execution.checkpointing.interval": ["7 s", "1 min", "30000", "2500 ms"],
  "execution.checkpointing.mode": ["EXACTLY_ONCE", "AT_LEAST_ONCE", "at_least_once"],
  "execution.checkpointing.timeout": ["10 min", "90 s"],
  "execution.checkpointing.min-pause": ["0 ms", "5 s"],
  "execution.checkpointing.max-concurrent-checkpoints": ["1", "2"],
  "execution.checkpointing.tolerable-failed-checkpoints": ["0", "3"],
  "restart-strategy.type": ["none", "fixed-delay", "disable"],
  "restart-strategy.fixed-delay.attempts": ["1", "9"],
  "restart-strategy.fixed-delay.delay": ["1 s", "250 ms"],
  "pipeline.auto-watermark-interval": ["200 ms", "1 s"],
};

/** Values Flink's parsers refuse, per type (each is checked against the catalog's parser first). */
const WRONG_VALUES: Readonly<Record<string, readonly string[]>> = {
  duration: ["soon", "10 parsecs", "1.5.3 s", "-"],
  memory: ["5 zettabytes", "x", "1.2.3 mb"],
  int: ["x", "1.5", "99999999999"],
  long: ["x", "1.5", "99999999999999999999"],
  float: ["x", "1,5"],
  double: ["x", "1,5"],
  boolean: ["x", "yes", "1"],
  enum: ["x", "NOT_A_CONSTANT"],
  map: ["x", "{x"],
  list: ["'x", "[x"],
};

const ECHO_CLASS = "org.flinkrestclient.echo.ConfigEchoJob";

function failuresOf(line: string): Readonly<Record<string, RunFailure>> {
  return RUN_FAILURES[line]?.spellings ?? {};
}

/** Every spelling of the line's options, with its option (suffix templates have no key to send). */
function spellings(line: string): Array<{ key: string; option: OptionInfo; deprecated: boolean }> {
  const out: Array<{ key: string; option: OptionInfo; deprecated: boolean }> = [];
  for (const key of flinkOptionCatalog.keys(line)) {
    const option = flinkOptionCatalog.find(key, line)?.option;
    if (!option || key.includes("<")) {
      continue;
    }
    out.push({ key, option, deprecated: false });
    for (const old of option.deprecatedKeys) {
      if (flinkOptionCatalog.find(old, line)?.option.key === option.key) {
        out.push({ key: old, option, deprecated: true });
      }
    }
  }
  return out;
}

const refuses = (option: OptionInfo, value: string, line: string) =>
  flinkOptionCatalog.checkValue?.(option, value, line) !== undefined;

/** The generator of one line's requests. */
export function requestArbitrary(line: string): fc.Arbitrary<GeneratedRequest> {
  const failures = failuresOf(line);
  const all = spellings(line);
  const read = (key: string) => failures[key] !== undefined;
  // Keys read on /run (or by the tasks): only valid values; of the typed ones, one wrong value per request.
  const breakable = all.filter(
    ({ key, option }) =>
      option.type !== "string" &&
      failures[key] !== undefined &&
      failures[key]?.at !== "runtime" &&
      failures[key]?.at !== "none" &&
      !failures[key]?.defaultFails &&
      (WRONG_VALUES[option.type] ?? []).some((v) => refuses(option, v, line)),
  );
  // Typed options /run never reads (alone, with checkpointing off): any value passes.
  const unread = all.filter(
    ({ key, option }) =>
      option.type !== "string" &&
      !read(key) &&
      !key.startsWith("state.backend.rocksdb.") &&
      !key.includes("incremental") &&
      option.scope !== "submission",
  );
  const withDefault = all.filter(
    ({ key, option }) => option.defaultValue !== undefined && !failures[key]?.defaultFails && !(key in SAFE_VALUES),
  );
  const deprecated = all.filter(
    (s) => s.deprecated && s.option.defaultValue !== undefined && !failures[s.key]?.defaultFails,
  );
  const clusterKeys = all.filter(
    (s) => s.option.scope === "cluster" && s.option.defaultValue !== undefined && !read(s.key),
  );

  const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
  const text = fc.stringMatching(/^[a-z][a-z0-9 ._-]{0,11}$/);

  const valid: fc.Arbitrary<Entry> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...Object.keys(SAFE_VALUES))
        .chain((key) => pick(SAFE_VALUES[key] as string[]).map((value) => ({ key, value, label: "safe value" }))),
    },
    {
      weight: 2,
      arbitrary: pick(withDefault).map(({ key, option }) => ({ key, value: option.defaultValue, label: "default" })),
    },
    {
      weight: 1,
      arbitrary: pick(deprecated).map(({ key, option }) => ({
        key,
        value: option.defaultValue,
        label: "deprecated spelling",
      })),
    },
    {
      weight: 1,
      arbitrary: pick(clusterKeys).map(({ key, option }) => ({
        key,
        value: option.defaultValue,
        label: "cluster-scope key",
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(pick(unread), pick(Object.values(WRONG_VALUES).flat()))
        .map(([{ key }, value]) => ({ key, value, label: "wrong value, not read" })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(pick(all), fc.nat()).map(([{ key }, n]) => {
        const i = n % key.length;
        const misspelled = `${key.slice(0, i)}${key.slice(i + 1)}x`;
        return { key: misspelled, value: "10 s", label: "misspelled key" };
      }),
    },
    {
      weight: 1,
      arbitrary: text.map((t) => ({ key: `com.acme.${t.replaceAll(" ", "-")}`, value: t, label: "unknown key" })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { key: "execution.attached", value: "true", label: "forced key" },
        { key: "execution.target", value: "remote", label: "forced key" },
        { key: "pipeline.jars", value: "file:/elsewhere.jar", label: "forced key" },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(1, 2, true, false).map((value) => ({
        key: "pipeline.object-reuse",
        value: typeof value === "number" ? value > 1 : value,
        label: "JSON boolean",
      })),
    },
  );
  const broken: fc.Arbitrary<Entry> = fc.oneof(
    {
      weight: 6,
      arbitrary: pick(breakable).chain(({ key, option }) =>
        pick((WRONG_VALUES[option.type] ?? []).filter((v) => refuses(option, v, line))).map((value) => ({
          key,
          value,
          label: `wrong ${option.type} read at ${failures[key]?.at}`,
        })),
      ),
    },
    { weight: 1, arbitrary: fc.constant({ key: "pipeline.name", value: null, label: "null value" }) },
    { weight: 1, arbitrary: fc.constant({ key: "pipeline.name", value: { a: 1 }, label: "object value" }) },
    { weight: 1, arbitrary: fc.constant({ key: "pipeline.jars", value: ["a", "b"], label: "array value" }) },
  );

  const jobName = fc.stringMatching(/^[a-z][a-z0-9._-]{0,11}$/);
  const programArgs = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: jobName.map((t) => ["--job-name", t]) },
        { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => ["--parallelism", String(n)]) },
        { weight: 1, arbitrary: fc.constant(["--object-reuse"]) },
      ),
      { maxLength: 2 },
    )
    .map((a) => a.flat());
  const hex = fc.stringMatching(/^[0-9a-f]{32}$/);
  const claim = isAtLeast(line, "1.20") ? "claimMode" : "restoreMode";
  // Body fields and query parameters with valid values only; the request's one fault comes below.
  const bodyFields = fc.record(
    {
      parallelism: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant("2")),
      programArgsList: programArgs,
      entryClass: fc.constant(ECHO_CLASS),
      jobId: hex,
      allowNonRestoredState: fc.boolean(),
      [claim]: fc.constantFrom("NO_CLAIM", "CLAIM"),
    },
    { requiredKeys: [] },
  );
  const query = fc.record(
    {
      parallelism: fc.constantFrom("1", "2"),
      programArg: jobName.map((t) => `--job-name,${t}`),
      "entry-class": fc.constant(ECHO_CLASS),
      allowNonRestoredState: fc.constantFrom("true", "false"),
    },
    { requiredKeys: [] },
  );
  // At most one fault per request: the order in which Flink meets two faults is not derived.
  type Fault = { label: string; apply: (r: MutableRequest) => void };
  const faults: fc.Arbitrary<Fault> = fc.oneof(
    {
      weight: 8,
      arbitrary: broken.map(
        (e): Fault => ({
          label: `${e.label}: ${e.key}`,
          apply: (r) => {
            r.conf[e.key] = e.value;
          },
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Fault>({
        label: "body parallelism 0",
        apply: (r) => {
          r.body.parallelism = 0;
        },
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Fault>({
        label: "main() throws",
        apply: (r) => {
          r.args.push("--fail");
        },
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Fault>({
        label: "main() submits nothing",
        apply: (r) => {
          r.args.push("--no-execute");
        },
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Fault>({
        label: "entry class missing",
        apply: (r) => {
          r.body.entryClass = "com.acme.NoSuchJob";
        },
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Fault>({
        label: "jobId not an id",
        apply: (r) => {
          r.body.jobId = "not-a-job-id";
        },
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Fault>({
        label: "savepoint missing",
        apply: (r) => {
          r.body.savepointPath = "file:///tmp/flink-rest-client-no-such-savepoint";
        },
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Fault>({
        label: "claim mode in lower case",
        apply: (r) => {
          r.body[claim] = "no_claim";
        },
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Fault>({
        label: "unknown body field",
        apply: (r) => {
          r.body.parallelizm = 2;
        },
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant<Fault>({
        label: "query parallelism x",
        apply: (r) => {
          r.query.parallelism = "x";
        },
      }),
    },
  );

  return fc
    .tuple(
      fc.constantFrom<"run" | "plan">("run", "run", "run", "plan"),
      fc.option(bodyFields, { freq: 4, nil: undefined }),
      fc.array(valid, { maxLength: 4 }),
      fc.option(query, { freq: 3, nil: undefined }),
      fc.option(faults, { freq: 2, nil: undefined }),
    )
    .map(([kind, fields, entries, q, fault]) => {
      const request: MutableRequest = {
        body: { ...(fields ?? {}) },
        conf: Object.fromEntries(entries.map((e) => [e.key, e.value])),
        args: [...((fields?.programArgsList as string[] | undefined) ?? [])],
        query: { ...(q ?? {}) },
      };
      fault?.apply(request);
      const body: Record<string, unknown> = { ...request.body };
      if (request.args.length > 0 || body.programArgsList !== undefined) {
        body.programArgsList = request.args;
      }
      // /plan's body has no restore fields (they are a 400 up to 1.19).
      if (kind === "plan") {
        for (const f of ["savepointPath", "allowNonRestoredState", "claimMode", "restoreMode"]) {
          delete body[f];
        }
      }
      if (Object.keys(request.conf).length > 0) {
        body.flinkConfiguration = request.conf;
      }
      const labels = [
        ...(fault ? [`FAULT ${fault.label}`] : []),
        ...Object.keys(fields ?? {}).map((f) => `body ${f}`),
        ...entries.map((e) => `${e.label}: ${e.key}`),
        ...Object.keys(q ?? {}).map((p) => `query ${p}`),
      ];
      return { kind, body: Object.keys(body).length > 0 ? body : undefined, query: request.query, labels };
    });
}

interface MutableRequest {
  body: Record<string, unknown>;
  conf: Record<string, unknown>;
  args: string[];
  query: Record<string, string>;
}

/** `count` requests for a line from `seed` (the same seed gives the same requests). */
export function generateRequests(line: string, seed: number, count: number): GeneratedRequest[] {
  return fc.sample(requestArbitrary(line), { seed, numRuns: count });
}
