/**
 * The options each `flink-rest` action accepts: `bin/flink`'s, as Flink's classes define them
 * (generated/flink-cli.ts, over every supported line: an option any line has is known), then
 * flink-rest's own, which take their full spelling only.
 */
import { FLINK_CLI, type FlinkCliOptionData } from "../../generated/flink-cli.js";
import { type FlagTreatment, treatmentOf, YARN_TREATMENT } from "./flink-flags.js";
import { type CliOption, OptionSet } from "./parser/option-set.js";

export interface FlinkOption extends CliOption {
  readonly origin: "flink";
  /** The Flink field that defines it (FlinkCliOptionData.field). */
  readonly field: string;
  readonly treatment: FlagTreatment;
  readonly data: FlinkCliOptionData;
}

export interface OwnOption extends CliOption {
  readonly origin: "own";
  readonly long: string;
  readonly argName?: string;
  readonly does: string;
}

export type ActionOption = FlinkOption | OwnOption;

/** `-p, --parallelism` for messages. */
export function spelling(option: CliOption): string {
  return [option.short && `-${option.short}`, option.long && `--${option.long}`].filter(Boolean).join(", ");
}

/** Actions of `bin/flink` that flink-rest carries out (run-application is refused with a reason). */
export const FLINK_ACTIONS = FLINK_CLI.actions.map((a) => a.name);

/** flink-rest's own actions, beside Flink's. */
export const OWN_ACTIONS = ["explain", "jars", "applications", "watch", "mock"] as const;

const own = (
  long: string,
  does: string,
  actions: readonly string[] | "all",
  argName?: string,
): OwnOption & { actions: readonly string[] | "all" } => ({
  origin: "own",
  long,
  arity: argName ? "one" : "flag",
  prefixMatch: false,
  does,
  actions,
  ...(argName ? { argName } : {}),
});

/** flink-rest's own options, per action ("all": every action that talks to a cluster). */
export const OWN_OPTIONS = [
  own(
    "url",
    "the JobManager's REST address; several, comma-separated or repeated, name every JobManager of a high-availability cluster (default: $FLINK_URL, else http://localhost:8081)",
    "all",
    "url",
  ),
  own("json", "print one JSON document on stdout (errors: JSON on stderr)", "all"),
  own("timeout", "time limit in seconds for each request (default 30; run: 120 for the run request)", "all", "seconds"),
  own(
    "upload-timeout",
    "time limit in seconds for the whole upload (default 3600); a stalled upload ends after --timeout",
    ["run", "info"],
    "seconds",
  ),
  own("wait", "wait until the job is RUNNING (with --application: until its jobs run)", ["run"]),
  own(
    "wait-timeout",
    "how long --wait, a savepoint or a cancel waits, in seconds",
    ["run", "cancel", "stop", "savepoint", "checkpoint", "applications"],
    "seconds",
  ),
  own("application", "run the jar as an application (Flink 2.3+): its program may submit several jobs", ["run"]),
  own("application-id", "with --application: fixed application id (32 hex characters)", ["run"], "id"),
  own(
    "wait-until",
    "with --application: wait for this application state (repeatable); FINISHED, FAILED or CANCELED also delete the jar afterwards",
    ["run"],
    "state",
  ),
  own(
    "until",
    "applications wait: a state to wait for (repeatable; default RUNNING with its jobs running)",
    ["applications"],
    "state",
  ),
  own("keep-jar", "leave the uploaded jar on the cluster (by default it is deleted afterwards)", ["run"]),
  own("job-id", "fixed job id (32 hex characters)", ["run", "explain"], "id"),
  own(
    "validation",
    "check -D keys and values against Flink's options: warn (default), error (refuse) or off",
    ["run", "info", "explain"],
    "mode",
  ),
  own(
    "cluster-keys",
    "cluster-level keys in -D (no effect on a job): report (default), drop or error",
    ["run", "info", "explain"],
    "policy",
  ),
  own("no-wait", "return once Flink accepted the cancellation, without waiting for CANCELED", [
    "cancel",
    "applications",
  ]),
  own("interval", "seconds between two polls of /jobs/overview (default 1)", ["watch"], "seconds"),
  own("no-existing", "leave out the jobs already there when the watch starts", ["watch"]),
  own("for", "stop after this many seconds (default: until Ctrl-C)", ["watch"], "seconds"),
  own("flink-version", "the cluster's Flink version (default: asked from the cluster)", ["explain"], "version"),
  own("offline", "do not contact a cluster (needs --flink-version)", ["explain"]),
  own("cluster-conf", "a setting of the cluster's own configuration, key=value (repeatable)", ["explain"], "key=value"),
  own("all", "also list the keys that come unchanged from the cluster", ["explain"]),
] as const;

/** The mock's options (it serves a cluster rather than talking to one). */
export const MOCK_OPTIONS = [
  own("port", "port to listen on (default 8081; 0 picks a free one)", ["mock"], "port"),
  own("host", "address to bind (default 127.0.0.1)", ["mock"], "host"),
  own("flink-version", "the Flink version to imitate (default: the newest supported)", ["mock"], "version"),
  own("conf", "the fake cluster's own configuration, key=value (repeatable)", ["mock"], "key=value"),
];

/** The options accepted before the action: the global ones, help and version. */
export const GLOBAL_OPTIONS = new OptionSet<CliOption | OwnOption>([
  { short: "h", long: "help", arity: "flag", prefixMatch: true },
  { short: "v", long: "version", arity: "flag", prefixMatch: true },
  ...OWN_OPTIONS.filter((o) => o.actions === "all"),
]);

function flinkOption(data: FlinkCliOptionData, treatment: FlagTreatment): FlinkOption {
  return {
    origin: "flink",
    short: data.short,
    long: data.long,
    arity: data.arity,
    prefixMatch: true,
    field: data.field,
    treatment,
    data,
  };
}

function treated(action: string, data: FlinkCliOptionData): FlinkOption {
  const treatment = treatmentOf(action, data.field);
  if (!treatment) {
    throw new Error(`flink-rest has no treatment for ${action} option ${data.field} (src/cli/flink-flags.ts)`);
  }
  return flinkOption(data, treatment);
}

/** The Flink action whose options an action reads: `explain` reads `run`'s. */
function flinkActionOf(action: string): string | undefined {
  return action === "explain" ? "run" : FLINK_ACTIONS.includes(action) ? action : undefined;
}

const HELP = FLINK_CLI.actions[0]?.options.find((o) => o.field === "CliFrontendParser.HELP_OPTION");

/** Whether parsing stops at the first non-option (the jar): as Flink's action does. */
export function stopsAtNonOption(action: string): boolean {
  const flinkAction = flinkActionOf(action);
  return FLINK_CLI.actions.find((a) => a.name === flinkAction)?.stopAtNonOptions ?? false;
}

/** Every option of an action, in the order commons-cli would register them. */
export function actionOptions(action: string): ActionOption[] {
  const help = HELP ? [treated(action, HELP)] : [];
  if (action === "mock") {
    return [...help, ...MOCK_OPTIONS];
  }
  const data = FLINK_CLI.actions.find((a) => a.name === flinkActionOf(action));
  const flink = [
    ...(data ? data.options.map((o) => treated(action, o)) : help),
    ...FLINK_CLI.general.map((o) => treated(action, o)),
  ];
  const mine = OWN_OPTIONS.filter((o) => o.actions === "all" || o.actions.includes(action));
  return [...flink, ...mine];
}

/** The option set the parser reads for an action. */
export function optionSetOf(action: string): OptionSet<ActionOption> {
  return new OptionSet(actionOptions(action));
}

/** The YARN option a token names (`-yjm`, `--yarnqueue=x`), for a message that says why it is refused. */
export function yarnOptionNamed(token: string): FlinkCliOptionData | undefined {
  const name = token.replace(/^--?/, "").split("=", 1)[0] as string;
  // The YARN CLI also registers CliFrontendParser's -d/-yd again; those are not YARN's own.
  return FLINK_CLI.yarn.find((o) => !o.field.startsWith("CliFrontendParser.") && (o.short === name || o.long === name));
}

export { YARN_TREATMENT };
