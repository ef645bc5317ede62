/**
 * `--help`: the actions, each action's options (Flink's, with what flink-rest does with them, then
 * flink-rest's own), and the exit codes. Written from the same tables the parser reads.
 */
import { FLINK_LINES } from "../../generated/contract-facts.js";
import { EXIT_CODE_HELP } from "./exit-codes.js";
import { type ActionOption, actionOptions, FLINK_ACTIONS, spelling } from "./option-table.js";

/** What each action does, in one line. */
export const ACTION_SUMMARIES: Readonly<Record<string, string>> = {
  run: "upload a jar and run it (like `flink run -d`); the jar is deleted afterwards unless --keep-jar",
  info: "show the execution plan of a jar (POST /jars/{id}/plan), like `flink info`",
  list: "list jobs: running and scheduled ones by default, like `flink list`",
  cancel: "cancel a job, like `flink cancel <jobId>`",
  stop: "stop a job with a savepoint, like `flink stop <jobId>`",
  savepoint: "trigger a savepoint (or dispose of one with -d), like `flink savepoint`",
  checkpoint: "trigger a checkpoint, like `flink checkpoint <jobId>`",
  explain: "print the configuration a job would run with, with the source of every key; submits nothing",
  jars: "list the jars uploaded to the cluster",
  applications:
    "list, show, wait for or cancel the cluster's applications (Flink 2.3+; run one with run --application)",
  watch: "print each job state change of the cluster as it happens, from one GET /jobs/overview per interval",
  mock: "serve a fake Flink session cluster over HTTP (loopback by default), for trying the SDK and for tests",
};

const USAGE: Readonly<Record<string, string>> = {
  run: "run [options] <jar> [arguments...]",
  info: "info [options] <jar> [arguments...]",
  explain: "explain [options] <jar> [arguments...]",
  cancel: "cancel [options] <jobId>",
  stop: "stop [options] <jobId>",
  savepoint: "savepoint [options] <jobId> [targetDirectory]  |  savepoint -d <savepointPath>",
  checkpoint: "checkpoint [options] <jobId>",
  applications: "applications [list]  |  applications show|wait|cancel [options] <applicationId>",
  watch: "watch [options]",
};

function argText(option: ActionOption): string {
  const name = option.origin === "own" ? (option.argName ?? "value") : (option.data.argName ?? "value");
  switch (option.arity) {
    case "flag":
      return "";
    case "optional":
      return ` [<${name}>]`;
    case "greedy":
      return ` <${name}...>`;
    case "property":
      return " <key=value>";
    default:
      return ` <${name}>`;
  }
}

function optionLines(options: readonly ActionOption[]): string[] {
  const rows = options.map((o) => [
    `${spelling(o)}${argText(o)}`,
    o.origin === "own" ? o.does : o.treatment.refuse ? "refused: means nothing over REST" : o.treatment.does,
  ]);
  const width = Math.min(36, Math.max(...rows.map(([left]) => (left as string).length)));
  return rows.map(([left, right]) => `  ${(left as string).padEnd(width)}  ${right}`);
}

function exitCodes(): string[] {
  return ["Exit codes:", ...EXIT_CODE_HELP.map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`)];
}

/** The help of one action, or of the program. */
export function helpText(action: string | undefined): string {
  if (action !== undefined && ACTION_SUMMARIES[action] !== undefined) {
    const options = actionOptions(action);
    const flink = options.filter((o) => o.origin === "flink" && !o.treatment.refuse);
    const refused = options.filter((o) => o.origin === "flink" && o.treatment.refuse);
    const own = options.filter((o) => o.origin === "own");
    return [
      `Usage: flink-rest ${USAGE[action] ?? `${action} [options]`}`,
      "",
      ACTION_SUMMARIES[action],
      "",
      ...(flink.length > 0
        ? [
            `Flink's options (as bin/flink ${FLINK_ACTIONS.includes(action) ? action : "run"} reads them):`,
            ...optionLines(flink),
            "",
          ]
        : []),
      ...(own.length > 0 ? ["flink-rest's options (full spelling only):", ...optionLines(own), ""] : []),
      ...(refused.length > 0
        ? [
            `Refused (they mean nothing over REST; the error says why): ${refused.map((o) => spelling(o)).join("; ")}`,
            "",
          ]
        : []),
      ...exitCodes(),
    ].join("\n");
  }
  return [
    "Usage: flink-rest [--url <url>] [--json] [--timeout <seconds>] <action> [options] [arguments]",
    "",
    "Drive Apache Flink over its REST API with the flags of Flink's CLI: submit jars with job",
    `settings (FLIP-256), inspect, stop and cancel jobs, or serve a fake cluster. Flink ${FLINK_LINES[0]} to ${FLINK_LINES[FLINK_LINES.length - 1]}.`,
    "",
    "Actions:",
    ...Object.entries(ACTION_SUMMARIES).map(([name, text]) => `  ${name.padEnd(12)}  ${text}`),
    "",
    "Options go after the action, as with Flink's CLI; --url, --json and --timeout may also come",
    "before it. `flink-rest <action> --help` lists an action's options. -v, --version prints the version.",
    "",
    ...exitCodes(),
  ].join("\n");
}
