/**
 * A downstream project's test, as a user writes it: the SDK's helpers against the fake cluster of
 * flink-rest-client/msw under msw's setupServer, and the testing kit (request log, faults, job
 * control, reset) as docs/testing.md uses it. scripts/pack-smoke.mjs type-checks this file
 * against the installed package and msw (2 or 3) with tsc, then runs the output on the project's Node.
 */
import assert from "node:assert/strict";
import {
  buildRunRequest,
  cancelJob,
  createFlinkClient,
  FlinkApiError,
  FlinkJobFailedError,
  FlinkOperationError,
  runJar,
  stopWithSavepoint,
  submitJar,
  triggerSavepoint,
  uploadJar,
  waitForJob,
} from "flink-rest-client";
import { createFlinkMock, type FlinkMock, type LoggedRun } from "flink-rest-client/msw";
import type { HttpHandler } from "msw";
import { setupServer } from "msw/node";

// flinkConfiguration is typed for the line of flinkVersion by the installed declarations: tsc fails
// this file if a @ts-expect-error below is not an error.
// @ts-expect-error a misspelled key
buildRunRequest({ flinkConfiguration: { "pipeline.nam": "x" } }, { flinkVersion: "2.3" });
// @ts-expect-error gone in 2.0
buildRunRequest({ flinkConfiguration: { "execution.checkpointing.force": true } }, { flinkVersion: "2.3" });
buildRunRequest({ flinkConfiguration: { "execution.checkpointing.force": true } }, { flinkVersion: "1.20" });
// @ts-expect-error no such Flink line
buildRunRequest({}, { flinkVersion: "3.9" });

// A host that cannot resolve: a request no handler answers fails instead of reaching a network.
const mock: FlinkMock = createFlinkMock({ flinkVersion: "2.3", baseUrl: "http://flink.invalid:8081" });
// The package's handlers are this msw's own type. (tsc skips checking libraries' .d.ts, so a type
// our .d.ts imported from an msw that lacks it would become `any` without a word: this says so.)
type IsAny<T> = 0 extends 1 & T ? true : false;
const handlersAreAny: IsAny<FlinkMock["handlers"][number]> = false;
const handlers: HttpHandler[] = mock.handlers;
const server = setupServer(...handlers);
server.listen();
try {
  const flink = createFlinkClient({ baseUrl: mock.baseUrl });
  const jar = new File([new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])], "job.jar");

  const { jobId, jarId } = await submitJar(flink, jar, {
    parallelism: 2,
    flinkConfiguration: { "pipeline.name": "pack smoke" },
    wait: true,
  });
  assert.equal(mock.cluster.jobs.get(jobId)?.state, "RUNNING");
  assert.equal(mock.cluster.jobs.get(jobId)?.name, "pack smoke");

  const savepoint = await triggerSavepoint(flink, jobId, { targetDirectory: "file:///savepoints" });
  const stopped = await stopWithSavepoint(flink, jobId, { targetDirectory: "file:///savepoints" });
  assert.ok(mock.cluster.savepoints.has(savepoint.location));
  assert.equal(mock.cluster.jobs.get(jobId)?.state, "FINISHED");

  const next = await runJar(flink, jarId, { savepointPath: stopped.location, claimMode: "NO_CLAIM" });
  await waitForJob(flink, next.jobId, { until: ["RUNNING"], timeoutMs: 10_000 });
  await cancelJob(flink, next.jobId);
  await assert.rejects(waitForJob(flink, next.jobId, { until: ["FINISHED"] }), FlinkJobFailedError);

  const { jarId: second } = await uploadJar(flink, new Blob([jar]));
  const { data: jars } = await flink.GET("/jars");
  assert.deepEqual(jars?.files?.map((f) => f.id).sort(), [jarId, second].sort());

  // The kit: the exact flinkConfiguration sent, a rejected upload, a leader change during submit,
  // a job that fails while we wait, a savepoint that fails, and reset().
  const sent: LoggedRun | undefined = mock.requests.runs()[0];
  assert.deepEqual(sent?.flinkConfiguration, { "pipeline.name": "pack smoke" });
  mock.faults.failNext("uploadJar", { status: 400, errors: ["Exactly 1 file must be sent, received 0."] });
  await assert.rejects(uploadJar(flink, jar), FlinkApiError);
  mock.faults.leaderChange({ requests: 2 });
  const afterElection = await submitJar(flink, jar, {});
  assert.equal(mock.cluster.jobs.get(afterElection.jobId)?.state, "RUNNING");
  mock.jobs.failSnapshots({ jobId: afterElection.jobId, cause: "java.io.IOException: disk full" });
  await assert.rejects(
    triggerSavepoint(flink, afterElection.jobId, { targetDirectory: "file:///sp" }),
    FlinkOperationError,
  );
  mock.jobs.scriptNext([
    { state: "RUNNING", polls: 1 },
    { state: "FAILED", rootException: "java.io.IOException: disk full" },
  ]);
  const failing = await submitJar(flink, jar, {});
  await assert.rejects(waitForJob(flink, failing.jobId, { until: ["FINISHED"], intervalMs: 1 }), FlinkJobFailedError);
  mock.reset();
  assert.equal(mock.cluster.jobs.size, 0);
  assert.equal(mock.requests.all().length, 0);

  const unknown = await mock.handle(new Request("http://127.0.0.1/no/such/path"));
  assert.equal(unknown.status, 404);
  assert.equal(handlersAreAny, false);
  console.log(
    "flow: submit, savepoint, stop, restore, cancel, upload and list through msw's setupServer; the kit's log, faults, job scripts and reset",
  );
} finally {
  server.close();
}
