#!/usr/bin/env node
/**
 * `flink-rest`: the package's command line, with the flag letters of `flink run`.
 * Parsing and printing only; the work is in the SDK.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FLINK_LINES } from "../../generated/contract-facts.js";
import { createFlinkClient } from "../client/create-client.js";
import type { FlinkClient } from "../client/flink-client.js";
import { createNodeFetch } from "../node/tls-fetch.js";
import { addApplicationCommands, parseApplicationState, runApplicationCommand } from "./application-commands.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { cancelCommand, jarsCommand, listCommand, savepointCommand, stopCommand } from "./job-commands.js";
import { collectKeyValue } from "./key-value.js";
import { runMockCommand } from "./mock-command.js";
import { createOutput, type Output } from "./output.js";
import { explainCommand, parseClaimMode, type RunFlags, runCommand } from "./run-command.js";
import { addWatchCommand } from "./watch-command.js";

function parser<T>(parse: (value: string, previous: T) => T) {
  return (value: string, previous: T): T => {
    try {
      return parse(value, previous);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}

function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}.`);
    }
    return n;
  };
}

interface GlobalFlags {
  url: string;
  json?: boolean;
  timeout?: number;
}

/** Adds the flags `run` and `explain` share, with `flink run`'s letters. */
function withRunFlags(command: Command): Command {
  return command
    .argument("<jar>", "the job's jar file")
    .argument("[args...]", "arguments for the program's main() (everything after the jar)")
    .option("-c, --class <class>", "the program's entry class (default: the jar manifest's)")
    .option("-p, --parallelism <n>", "default parallelism of the job", integer(1, 32768))
    .option("-s, --fromSavepoint <path>", "savepoint or retained checkpoint to restore from")
    .option("-n, --allowNonRestoredState", "skip savepoint state that maps to no operator")
    .option(
      "--claim-mode <mode>",
      "who owns the restored snapshot: CLAIM, NO_CLAIM (default) or LEGACY",
      parser((v: string) => {
        parseClaimMode(v);
        return v;
      }),
    )
    .option(
      "-D <key=value>",
      "a Flink option for this job (repeatable), sent as flinkConfiguration",
      parser(collectKeyValue("-D")),
      {},
    )
    .option("--job-id <id>", "fixed job id (32 hex characters)")
    .addOption(
      new Option("--cluster-keys <policy>", "cluster-level keys in -D: report them, drop them, or refuse them")
        .choices(["report", "drop", "error"])
        .default("report"),
    )
    .addOption(
      new Option(
        "--validation <mode>",
        "check -D keys and values against Flink's options: warn, refuse (error) or skip (off)",
      )
        .choices(["warn", "error", "off"])
        .default("warn"),
    )
    .passThroughOptions();
}

function runFlags(options: Record<string, unknown>): RunFlags {
  const { D, ...rest } = options;
  return { ...(rest as RunFlags), define: (D as Record<string, string>) ?? {} };
}

export function buildProgram(io: { exit: (code: number) => void } = { exit: (code) => process.exit(code) }): Command {
  const program = new Command("flink-rest")
    .description(
      "Drive Apache Flink over its REST API: submit jars with job settings (FLIP-256), inspect and stop jobs, or serve a fake cluster.",
    )
    .addOption(
      new Option("--url <url>", "the JobManager's REST address").env("FLINK_URL").default("http://localhost:8081"),
    )
    .option("--json", "print machine-readable JSON instead of text")
    .option("--timeout <seconds>", "time limit for each request", integer(1, 86_400))
    .enablePositionalOptions()
    .showHelpAfterError("(run flink-rest --help for usage)")
    .exitOverride();

  const context = (command: Command): { out: Output; client: FlinkClient } => {
    const flags = command.optsWithGlobals() as GlobalFlags;
    return {
      out: createOutput(flags.json === true),
      client: createFlinkClient({
        baseUrl: flags.url,
        // node:http instead of undici's fetch: a short-lived CLI would spend ~35 MB compiling
        // undici's WebAssembly parser.
        fetch: createNodeFetch(),
        ...(flags.timeout ? { timeoutMs: flags.timeout * 1000 } : {}),
      }),
    };
  };

  withRunFlags(program.command("run"))
    .description("upload a jar and run it, like `flink run -d`")
    .option("--wait", "wait until the job is RUNNING")
    .option("--wait-timeout <seconds>", "how long --wait waits (default 300)", integer(1, 86_400))
    .option("-d, --detached", "return as soon as the job is submitted (the default)")
    .option("--keep-jar", "leave the uploaded jar on the cluster (by default it is deleted after the run)")
    .option("--application", "run as an application (Flink 2.3+): its program may submit several jobs")
    .option("--application-id <id>", "with --application: fixed application id (32 hex characters)")
    .addOption(
      new Option(
        "--wait-until <state>",
        "with --application: wait for this state (repeatable); FINISHED etc. delete the jar after",
      ).argParser((value: string, previous: string[] = []) => [...previous, parseApplicationState(value)]),
    )
    .action(async (jar: string, args: string[], options: Record<string, unknown>, command: Command) => {
      const { out, client } = context(command);
      const flags = { ...runFlags(options), ...(options as object) };
      await (options.application ? runApplicationCommand : runCommand)(client, out, jar, args, flags);
    });

  withRunFlags(program.command("explain"))
    .description(
      "print the configuration the job would run with, with the source of every key, and all diagnostics; submits nothing",
    )
    .option("--flink-version <version>", "the cluster's version (default: asked from the cluster)")
    .option("--offline", "do not contact a cluster (needs --flink-version)")
    .option(
      "--cluster-conf <key=value>",
      "a setting of the cluster's own configuration (repeatable)",
      parser(collectKeyValue("--cluster-conf")),
      {},
    )
    .option("--all", "also list the keys that come unchanged from the cluster")
    .action(async (jar: string, args: string[], options: Record<string, unknown>, command: Command) => {
      const ctx = context(command);
      await explainCommand(options.offline ? undefined : ctx.client, ctx.out, jar, args, {
        ...runFlags(options),
        ...(options as object),
        showAll: options.all === true,
      });
    });

  program
    .command("list")
    .description("list the cluster's jobs")
    .action(async (_: unknown, command: Command) => {
      const ctx = context(command);
      await listCommand(ctx.client, ctx.out);
    });

  addApplicationCommands(program, context, integer(1, 86_400));
  addWatchCommand(program, context, integer(1, 86_400));

  program
    .command("jars")
    .description("list the jars uploaded to the cluster")
    .action(async (_: unknown, command: Command) => {
      const ctx = context(command);
      await jarsCommand(ctx.client, ctx.out);
    });

  program
    .command("cancel")
    .description("cancel a job, like `flink cancel`")
    .argument("<jobId>", "the job's id")
    .option("--no-wait", "return without waiting for CANCELED")
    .action(async (jobId: string, options: { wait?: boolean }, command: Command) => {
      const ctx = context(command);
      await cancelCommand(ctx.client, ctx.out, jobId, options);
    });

  program
    .command("savepoint")
    .description("trigger a savepoint, like `flink savepoint <jobId> [dir]`")
    .argument("<jobId>", "the job's id")
    .argument("[dir]", "target directory (default: the cluster's savepoint directory)")
    .option("--wait-timeout <seconds>", "how long to wait for the savepoint (default 600)", integer(1, 86_400))
    .action(async (jobId: string, dir: string | undefined, options: { waitTimeout?: number }, command: Command) => {
      const ctx = context(command);
      await savepointCommand(
        ctx.client,
        ctx.out,
        jobId,
        dir,
        options.waitTimeout ? { timeout: options.waitTimeout } : {},
      );
    });

  program
    .command("stop")
    .description("stop a job with a savepoint, like `flink stop --savepointPath <dir> <jobId>`")
    .argument("<jobId>", "the job's id")
    .option("-p, --savepointPath <dir>", "target directory (default: the cluster's savepoint directory)")
    .option("-d, --drain", "emit MAX_WATERMARK before stopping, so event-time timers fire")
    .option("--wait-timeout <seconds>", "how long to wait for the savepoint (default 600)", integer(1, 86_400))
    .action(
      async (
        jobId: string,
        options: { savepointPath?: string; drain?: boolean; waitTimeout?: number },
        command: Command,
      ) => {
        const ctx = context(command);
        await stopCommand(ctx.client, ctx.out, jobId, {
          ...options,
          ...(options.waitTimeout ? { timeout: options.waitTimeout } : {}),
        });
      },
    );

  program
    .command("mock")
    .description("serve a fake Flink session cluster over HTTP (loopback by default), for trying the SDK and for tests")
    .addOption(
      new Option("--port <port>", "port to listen on (0 picks a free one)").argParser(integer(0, 65535)).default(8081),
    )
    .addOption(new Option("--host <host>", "address to bind").default("127.0.0.1"))
    .addOption(
      new Option("--flink-version <version>", "Flink version to imitate").default(FLINK_LINES[FLINK_LINES.length - 1]),
    )
    .option(
      "--conf <key=value>",
      "the fake cluster's own configuration (repeatable)",
      parser(collectKeyValue("--conf")),
      {},
    )
    .action(async (options: { port: number; host: string; flinkVersion: string; conf: Record<string, string> }) => {
      await runMockCommand(options);
    });

  program.hook("preAction", (_, actionCommand) => {
    // Ctrl-C ends with the interrupted exit code (in-flight requests die with the process);
    // the mock server handles its own signals to close cleanly.
    if (actionCommand.name() !== "mock") {
      process.once("SIGINT", () => io.exit(EXIT.interrupted));
    }
  });
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; commander already printed its message.
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0
        ? EXIT.ok
        : EXIT.usage;
    }
    const json = argv.includes("--json");
    createOutput(json).error(error);
    return exitCodeFor(error);
  }
}

/** True when this module is the program being run (also through an npm bin symlink). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) {
    return false;
  }
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
