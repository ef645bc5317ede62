/**
 * What Flink's own Java client (RestClusterClient: the `flink` CLI, the Kubernetes operator) needs
 * of the fake: the /v1 prefix, `pending-operators` in the overview from 2.0, a real
 * serialized-throwable for failed operations, and POST /jobs with a Java-serialized job graph.
 * The real-Flink suite runs Flink's CLI against both (test/contract/real/flink-cli.test.ts).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFlinkMock, type FlinkMock } from "../../src/msw/index.js";
import { readJavaObject } from "../../src/msw/java-serialization.js";
import { serializedThrowable, throwableChain } from "../../src/msw/serialized-throwable.js";
import { type HttpServer, startHttpServer } from "../../src/node/http-server.js";

const graph = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/job-graphs/${name}`, import.meta.url)));

/** A POST /jobs body as RestClusterClient sends it (request part, the graph, the jar). */
function jobSubmission(
  graphName: string,
  field: "jobGraphFileName" | "executionPlanFileName",
  bytes: Uint8Array<ArrayBuffer>,
) {
  const form = new FormData();
  form.set("request", JSON.stringify({ [field]: graphName, jobJarFileNames: ["job.jar"], jobArtifactFileNames: [] }));
  form.set("file_0", new File([bytes], graphName, { type: "application/octet-stream" }));
  form.set("file_1", new File([new Uint8Array([0x50, 0x4b, 5, 6])], "job.jar"));
  return form;
}

describe.each([
  {
    line: "1.19",
    fixture: "jobgraph-1.19.3.bin",
    field: "jobGraphFileName" as const,
    jobId: "ac904bc0051a17314769a003772792a7",
    word: "JobGraph",
  },
  {
    line: "2.3",
    fixture: "streamgraph-2.3.0.bin",
    field: "executionPlanFileName" as const,
    jobId: "80ee58089524f8a44cbf287edbb22e0e",
    word: "ExecutionPlan",
  },
])("Flink's Java client on the fake $line", ({ line, fixture, field, jobId, word }) => {
  let mock: FlinkMock;
  let server: HttpServer;
  beforeAll(async () => {
    mock = createFlinkMock({ flinkVersion: line });
    server = await startHttpServer(mock.handle);
  });
  afterAll(() => server.close());

  it("given POST /v1/jobs with a serialized job graph, then the job runs under the graph's id and name", async () => {
    const name = `flink-${field === "jobGraphFileName" ? "jobgraph" : "executionPlan"}-${jobId}123.bin`;
    const response = await fetch(`${server.url}/v1/jobs`, {
      method: "POST",
      body: jobSubmission(name, field, graph(fixture)),
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ jobUrl: `/jobs/${jobId}` });
    const overview = await (await fetch(`${server.url}/v1/jobs/overview`)).json();
    const row = overview.jobs.find((j: { jid: string }) => j.jid === jobId);
    expect(row).toMatchObject({ name: "Flink Streaming Job", state: "RUNNING", tasks: { total: 2 } });
    // RestClusterClient's JobDetails needs pending-operators (an int) from 2.0 on.
    expect("pending-operators" in row).toBe(line === "2.3");
    expect(mock.requests.last("submitJob")?.path).toBe("/jobs");
    // 2.3's Dispatcher wraps every submitted job in SingleJobApplication, POST /jobs's too.
    const application = await fetch(`${server.url}/v1/applications/${jobId}`);
    if (line === "2.3") {
      expect(await application.json()).toMatchObject({ id: jobId, name: "SingleJobApplication(Flink Streaming Job)" });
      expect((await (await fetch(`${server.url}/v1/jobs/${jobId}`)).json())["application-id"]).toBe(jobId);
    } else {
      expect(application.status).toBe(404);
    }
  });

  it("given POST /jobs naming a file that was not sent, or bytes that are not a graph, then Flink's 400s", async () => {
    const missing = jobSubmission("other.bin", field, graph(fixture));
    missing.delete("file_0");
    const r1 = await fetch(`${server.url}/v1/jobs`, { method: "POST", body: missing });
    expect(r1.status).toBe(400);
    expect((await r1.json()).errors[0]).toContain(`${word} file other.bin could not be found on the server.`);
    const r2 = await fetch(`${server.url}/v1/jobs`, {
      method: "POST",
      body: jobSubmission("g.bin", field, new TextEncoder().encode("garbage")),
    });
    expect(r2.status).toBe(400);
    expect((await r2.json()).errors[0]).toMatch(
      new RegExp(`Failed to deserialize ${word}\\.[\\s\\S]*StreamCorruptedException: invalid stream header: 67617262`),
    );
  });

  it("given a savepoint of an unknown job, then the failure has a serialized-throwable the Java client can read", async () => {
    const unknown = "0badc0de0badc0de0badc0de0badc0de";
    const trigger = await fetch(`${server.url}/v1/jobs/${unknown}/savepoints`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ "target-directory": "file:///tmp/sp", "cancel-job": false }),
    });
    const { "request-id": triggerId } = await trigger.json();
    const status = await (await fetch(`${server.url}/v1/jobs/${unknown}/savepoints/${triggerId}`)).json();
    const cause = status.operation["failure-cause"];
    const bytes = Uint8Array.from(atob(cause["serialized-throwable"]), (c) => c.charCodeAt(0));
    const thrown = readJavaObject(bytes) as { className: string; fields: Record<string, unknown> };
    expect(thrown.className).toBe("org.apache.flink.util.SerializedThrowable");
    expect(thrown.fields.originalErrorClassName).toBe("java.util.concurrent.CompletionException");
    expect(thrown.fields.detailMessage).toContain(`Could not find Flink job (${unknown})`);
    expect((thrown.fields.cause as { fields: Record<string, unknown> }).fields.originalErrorClassName).toBe(
      "org.apache.flink.runtime.messages.FlinkJobNotFoundException",
    );
  });
});

describe("serialized throwables", () => {
  it("keeps the chain of Flink's stack-trace text, and text outside ASCII, as Java writes it", () => {
    const text = "java.lang.IllegalStateException: état\n\tat a.B.c(B.java:1)\nCaused by: java.io.IOException: disk";
    expect(throwableChain(text).map((t) => t.className)).toEqual([
      "java.lang.IllegalStateException",
      "java.io.IOException",
    ]);
    const bytes = Uint8Array.from(atob(serializedThrowable(text)), (c) => c.charCodeAt(0));
    const thrown = readJavaObject(bytes) as { fields: Record<string, unknown> };
    expect(thrown.fields.detailMessage).toBe("java.lang.IllegalStateException: état");
    expect(thrown.fields.fullStringifiedStackTrace).toBe(text);
  });
});
