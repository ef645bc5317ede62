#!/usr/bin/env node
/**
 * `flink-rest`: the package's command line, reading Flink's CLI flags as Flink does. Parsing,
 * dispatch and printing only; the work is in the SDK.
 */
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FLINK_LINES } from "../../generated/contract-facts.js";
import { createFlinkClient } from "../client/create-client.js";
import type { FlinkClient } from "../client/flink-client.js";
import { createNodeFetch } from "../node/tls-fetch.js";
import { clusterUrls } from "./cluster-address.js";
import { applicationsCommand } from "./commands/applications.js";
import type { CommandContext } from "./commands/context.js";
import { explainCommand } from "./commands/explain.js";
import { infoCommand } from "./commands/info.js";
import {
  cancelCommand,
  checkpointCommand,
  jarsCommand,
  listCommand,
  savepointCommand,
  stopCommand,
} from "./commands/jobs.js";
import { mockCommand } from "./commands/mock.js";
import { runOrApplicationCommand } from "./commands/run-application.js";
import { watchCommand } from "./commands/watch.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";
import { helpText } from "./help.js";
import { exitCodeOfSignal, installInterrupts } from "./interrupts.js";
import { parseInvocation, wantsJson } from "./invocation.js";
import { OptionValues } from "./option-values.js";
import { createOutput } from "./output.js";

const COMMANDS: Readonly<Record<string, (ctx: CommandContext) => Promise<void>>> = {
  run: runOrApplicationCommand,
  info: infoCommand,
  explain: explainCommand,
  list: listCommand,
  jars: jarsCommand,
  cancel: cancelCommand,
  stop: stopCommand,
  savepoint: savepointCommand,
  checkpoint: checkpointCommand,
  applications: applicationsCommand,
  watch: watchCommand,
  mock: mockCommand,
};

function packageVersion(): string {
  // src/cli/main.ts and dist/cli/main.js both sit two levels below the package root.
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
}

/** Runs the CLI on the arguments after the script; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = process): Promise<number> {
  const out = createOutput(wantsJson(argv), io.stdout, io.stderr);
  const interrupts = installInterrupts();
  try {
    const invocation = parseInvocation(argv);
    if (invocation.version) {
      io.stdout.write(`flink-rest (flink-rest-client) ${packageVersion()}, for Flink ${FLINK_LINES.join(", ")}\n`);
      return EXIT.ok;
    }
    if (invocation.help || invocation.action === undefined) {
      io.stdout.write(`${helpText(invocation.action)}\n`);
      return EXIT.ok;
    }
    const values = new OptionValues(invocation, (message) => out.warn(message));
    for (const warning of invocation.warnings) {
      out.warn(warning);
    }
    const timeoutS = values.integer(values.own("timeout"), "--timeout", 1, 86_400);
    const timeoutMs = timeoutS === undefined ? undefined : timeoutS * 1000;
    let client: FlinkClient | undefined;
    const ctx: CommandContext = {
      values,
      args: invocation.args,
      out,
      signal: interrupts.signal,
      timeoutMs,
      async client() {
        client ??= createFlinkClient({
          baseUrl: await clusterUrls(values, io.env).then((urls) => (urls.length === 1 ? (urls[0] as string) : urls)),
          // node:http instead of undici's fetch: a short-lived CLI would spend ~35 MB compiling
          // undici's WebAssembly parser.
          fetch: createNodeFetch(),
          ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        });
        return client;
      },
    };
    const command = COMMANDS[invocation.action] as (ctx: CommandContext) => Promise<void>;
    await command(ctx);
    return EXIT.ok;
  } catch (error) {
    const signal = interrupts.received();
    if (signal) {
      out.error(error, { interrupted: signal });
      return exitCodeOfSignal(signal);
    }
    out.error(error);
    return exitCodeFor(error);
  } finally {
    interrupts.dispose();
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
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
