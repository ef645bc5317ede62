#!/usr/bin/env node
/**
 * `flink-rest`: the package's command line. Parsing and printing only; the work is in src/.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { collectKeyValue } from "./key-value.js";
import { runMockCommand } from "./mock-command.js";

function wrapParse<T>(parse: (value: string, previous: T) => T) {
  return (value: string, previous: T): T => {
    try {
      return parse(value, previous);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new InvalidArgumentError(`expected a port number from 0 to 65535, got ${JSON.stringify(value)}.`);
  }
  return n;
}

export function buildProgram(): Command {
  const program = new Command("flink-rest")
    .description(
      "Drive Apache Flink's REST API: submit jars with flinkConfiguration (FLIP-256), inspect jobs, run a fake cluster.",
    )
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });

  program
    .command("mock")
    .description(
      "Serve a fake Flink session cluster over HTTP (loopback by default), for trying the SDK and for tests.",
    )
    .addOption(new Option("--port <port>", "port to listen on (0 picks a free one)").argParser(port).default(8081))
    .addOption(new Option("--host <host>", "address to bind").default("127.0.0.1"))
    .addOption(new Option("--flink-version <version>", "Flink version to imitate").default("2.3"))
    .addOption(
      new Option("--conf <key=value>", "the fake cluster's own configuration (repeatable)")
        .argParser(wrapParse(collectKeyValue("--conf")))
        .default({}, "none"),
    )
    .action(async (options: { port: number; host: string; flinkVersion: string; conf: Record<string, string> }) => {
      await runMockCommand(options);
    });

  return program;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`flink-rest: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  });
