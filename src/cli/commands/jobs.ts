/** `flink-rest list | jars | cancel | savepoint | stop`. */
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { cancelJob } from "../jobs/cancel.js";
import { stopWithSavepoint, triggerSavepoint } from "../jobs/snapshots.js";
import { type Output, table } from "./output.js";

const time = (ms: number | undefined) => (ms && ms > 0 ? new Date(ms).toISOString().replace(".000Z", "Z") : "-");

export async function listCommand(client: FlinkClient, out: Output): Promise<void> {
  const jobs = unwrap(await client.GET("/jobs/overview"), "GET /jobs/overview")?.jobs ?? [];
  const sorted = [...jobs].sort((a, b) => (b["start-time"] ?? 0) - (a["start-time"] ?? 0));
  out.result(sorted, () =>
    sorted.length === 0
      ? "No jobs."
      : table(
          ["JOB ID", "STATE", "STARTED", "NAME"],
          sorted.map((j) => [j.jid ?? "", j.state ?? "", time(j["start-time"]), j.name ?? ""]),
        ),
  );
}

export async function jarsCommand(client: FlinkClient, out: Output): Promise<void> {
  const files = unwrap(await client.GET("/jars"), "GET /jars")?.files ?? [];
  out.result(files, () =>
    files.length === 0
      ? "No jars."
      : table(
          ["JAR ID", "UPLOADED", "ENTRY CLASS"],
          files.map((f) => [f.id ?? "", time(f.uploaded), (f.entry ?? []).map((e) => e.name).join(", ")]),
        ),
  );
}

export async function cancelCommand(
  client: FlinkClient,
  out: Output,
  jobId: string,
  flags: { wait?: boolean },
): Promise<void> {
  const state = await cancelJob(client, jobId, { wait: flags.wait !== false });
  out.result({ jobId, state: state ?? "CANCELLING" }, () => `Cancelled job ${jobId}${state ? ` (${state})` : ""}.`);
}

export async function savepointCommand(
  client: FlinkClient,
  out: Output,
  jobId: string,
  dir: string | undefined,
  flags: { timeout?: number },
): Promise<void> {
  const { location, triggerId } = await triggerSavepoint(client, jobId, {
    ...(dir ? { targetDirectory: dir } : {}),
    timeoutMs: (flags.timeout ?? 600) * 1000,
  });
  out.result({ jobId, location, triggerId }, () => `Savepoint completed. Path: ${location}`);
}

export async function stopCommand(
  client: FlinkClient,
  out: Output,
  jobId: string,
  flags: { savepointPath?: string; drain?: boolean; timeout?: number },
): Promise<void> {
  const { location, triggerId } = await stopWithSavepoint(client, jobId, {
    ...(flags.savepointPath ? { targetDirectory: flags.savepointPath } : {}),
    ...(flags.drain ? { drain: true } : {}),
    timeoutMs: (flags.timeout ?? 600) * 1000,
  });
  out.result({ jobId, location, triggerId }, () => `Suspended job ${jobId} with a savepoint. Path: ${location}`);
}
