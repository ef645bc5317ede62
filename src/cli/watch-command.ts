/** `flink-rest watch`: the cluster's job state changes as they happen (one GET /jobs/overview per interval). */
import type { Command } from "commander";
import type { FlinkClient } from "../client/flink-client.js";
import { watchJobs } from "../jobs/watch-jobs.js";
import type { Output } from "./output.js";

const clock = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * Prints one line per change (one JSON document per line with --json) until interrupted, or
 * until `--for` seconds have passed.
 */
export async function watchCommand(
  client: FlinkClient,
  out: Output,
  flags: { interval?: number; existing?: boolean; for?: number },
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<void> {
  const controller = new AbortController();
  const stop = setTimeout(() => controller.abort(), (flags.for ?? 0) * 1000);
  if (!flags.for) {
    clearTimeout(stop);
  }
  try {
    for await (const change of watchJobs(client, {
      intervalMs: (flags.interval ?? 1) * 1000,
      existing: flags.existing !== false,
      signal: controller.signal,
    })) {
      if (out.json) {
        const { job: _, ...plain } = change.kind === "state" ? change : { ...change, job: undefined };
        write(JSON.stringify(plain));
      } else {
        const to = change.kind === "state" ? change.state : "GONE (no longer listed)";
        write(
          `${clock(change.seenAt)}  ${change.jobId}  ${change.previous ?? "-"} -> ${to}  ${change.name ?? ""}`.trimEnd(),
        );
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    clearTimeout(stop);
  }
}

/** Adds `watch`. */
export function addWatchCommand(
  program: Command,
  context: (command: Command) => { out: Output; client: FlinkClient },
  seconds: (value: string) => number,
): void {
  program
    .command("watch")
    .description("print each job state change of the cluster as it happens (Ctrl-C ends)")
    .option("--interval <seconds>", "seconds between polls of /jobs/overview (default 1)", seconds)
    .option("--no-existing", "leave out the jobs already there when the watch starts")
    .option("--for <seconds>", "stop after this many seconds", seconds)
    .action(async (options: { interval?: number; existing?: boolean; for?: number }, command: Command) => {
      const ctx = context(command);
      await watchCommand(ctx.client, ctx.out, options);
    });
}
