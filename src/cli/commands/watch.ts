/**
 * `flink-rest watch`: the cluster's job state changes as they happen, one line each (one JSON
 * document per line with --json), from one GET /jobs/overview per interval, until Ctrl-C or --for.
 */
import { watchJobs } from "../../jobs/watch-jobs.js";
import { usageError } from "../invocation.js";
import type { CommandContext } from "./context.js";
import { checkClusterOptions } from "./jobs.js";

const clock = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

export async function watchCommand(ctx: CommandContext): Promise<void> {
  checkClusterOptions(ctx);
  const { values } = ctx;
  if (ctx.args.length > 0) {
    throw usageError(`watch takes no arguments, got ${JSON.stringify(ctx.args)}.`);
  }
  const intervalS = values.integer(values.own("interval"), "--interval", 1, 3600) ?? 1;
  const forS = values.integer(values.own("for"), "--for", 1, 86_400 * 365);
  const client = await ctx.client();
  // --for ends the watch as a success; Ctrl-C ends it through ctx.signal (exit 130). A timer of
  // our own rather than AbortSignal.timeout, which Node may collect before it fires inside any().
  const stop = new AbortController();
  const onInterrupt = () => stop.abort(ctx.signal.reason);
  ctx.signal.addEventListener("abort", onInterrupt, { once: true });
  const timer = forS === undefined ? undefined : setTimeout(() => stop.abort(), forS * 1000);
  try {
    for await (const change of watchJobs(client, {
      intervalMs: intervalS * 1000,
      existing: !values.flag("no-existing"),
      signal: stop.signal,
    })) {
      const to = change.kind === "state" ? change.state : "GONE (no longer listed)";
      const { job: _, ...plain } = change.kind === "state" ? change : { ...change, job: undefined };
      ctx.out.line(plain, () =>
        `${clock(change.seenAt)}  ${change.jobId}  ${change.previous ?? "-"} -> ${to}  ${change.name ?? ""}`.trimEnd(),
      );
    }
  } catch (error) {
    if (ctx.signal.aborted || !stop.signal.aborted) {
      throw error;
    }
  } finally {
    clearTimeout(timer);
    ctx.signal.removeEventListener("abort", onInterrupt);
  }
}
