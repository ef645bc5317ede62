import { describe, expect, it } from "vitest";
import { CLUSTER_LINES } from "../../scripts/flink-lines.mjs";
import type { FlinkClient } from "../../src/client/flink-client.js";
import { buildRunRequest } from "../../src/run/build.js";
import { emptyJar, errorsOf, setupFakeFlink } from "../support/flink-mock-server.js";

const fake = setupFakeFlink();

async function upload(client: FlinkClient, name = "config-echo-job.jar"): Promise<string> {
  const { data, error } = await client.POST("/jars/upload", { body: { jarfile: emptyJar(name) } });
  expect(error).toBeUndefined();
  return (data?.filename ?? "").split("/").pop() as string;
}

async function jobConfig(client: FlinkClient, jobid: string) {
  const { data } = await client.GET("/jobs/{jobid}/config", { params: { path: { jobid } } });
  return data;
}

describe("jars", () => {
  it("given a jar upload, then Flink's answer names an absolute <uuid>_<name> path and the jar is listed", async () => {
    const { client } = fake.use();
    const { data } = await client.POST("/jars/upload", { body: { jarfile: emptyJar("my-job.jar") } });
    expect(data?.status).toBe("success");
    expect(data?.filename).toMatch(/^\/.+\/[0-9a-f-]{36}_my-job\.jar$/);
    const jarId = data?.filename?.split("/").pop() as string;
    const list = await client.GET("/jars");
    expect(list.data?.files?.map((f) => f.id)).toEqual([jarId]);
    expect(list.data?.files?.[0]?.name).toBe("my-job.jar");
  });

  it("given a file that is not a .jar, then Flink's 400 'Only Jar files are allowed.'", async () => {
    const { client } = fake.use();
    const { error, response } = await client.POST("/jars/upload", { body: { jarfile: emptyJar("job.zip") } });
    expect(response.status).toBe(400);
    expect(errorsOf(error)[0]).toContain("Only Jar files are allowed.");
  });

  it("given a deleted jar, then running it answers 500 as Flink does for a missing jar", async () => {
    const { client } = fake.use();
    const jarid = await upload(client);
    expect((await client.DELETE("/jars/{jarid}", { params: { path: { jarid } } })).response.status).toBe(200);
    const { response, error } = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: {} });
    expect(response.status).toBe(500);
    expect(errorsOf(error)[0]).toBe("Internal server error.");
    expect(errorsOf(error)[1]).toContain("does not exist");
  });
});

describe.each(CLUSTER_LINES)("run on a fake Flink %s", (flinkVersion) => {
  it("given the original query-parameter form, then it still works unchanged", async () => {
    const { client } = fake.use({ flinkVersion });
    const jarid = await upload(client);
    const { data, response } = await client.POST("/jars/{jarid}/run", {
      params: { path: { jarid }, query: { parallelism: 2, programArg: "--job-name,from-args" } },
    });
    expect(response.status).toBe(200);
    const config = await jobConfig(client, data?.jobid as string);
    expect(config?.["execution-config"]?.["job-parallelism"]).toBe(2);
    expect(config?.name).toBe("from-args");
  });

  it("given body fields without flinkConfiguration, then they apply as before FLIP-256", async () => {
    const { client } = fake.use({ flinkVersion });
    const jarid = await upload(client);
    const { body } = buildRunRequest({ parallelism: 3, programArgs: ["--object-reuse"] }, { flinkVersion });
    expect(body).not.toHaveProperty("flinkConfiguration");
    const { data } = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body });
    const config = await jobConfig(client, data?.jobid as string);
    expect(config?.["execution-config"]).toMatchObject({ "job-parallelism": 3, "object-reuse-mode": true });
  });

  it("given flinkConfiguration, then the job's main() sees it (user-config) and pipeline.name names the job", async () => {
    const { client } = fake.use({
      flinkVersion,
      clusterConfig: { "pipeline.name": "cluster-name", "pipeline.object-reuse": "true" },
    });
    const jarid = await upload(client);
    const { body } = buildRunRequest({ flinkConfiguration: { "pipeline.name": "request-name" } }, { flinkVersion });
    const { data } = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body });
    const jobid = data?.jobid as string;
    const details = await client.GET("/jobs/{jobid}", { params: { path: { jobid } } });
    expect(details.data?.name).toBe("request-name");
    expect(details.data?.state).toBe("RUNNING");
    const config = await jobConfig(client, jobid);
    expect(config?.["execution-config"]?.["user-config"]).toMatchObject({
      "pipeline.name": "request-name",
      "pipeline.object-reuse": "true",
      "execution.target": "embedded",
    });
    expect(config?.["execution-config"]?.["object-reuse-mode"]).toBe(true);
  });

  it("given user code that sets parallelism and a name, then it wins over body and configuration", async () => {
    const { client } = fake.use({ flinkVersion });
    const jarid = await upload(client);
    const { body } = buildRunRequest(
      {
        parallelism: 2,
        programArgs: ["--parallelism", "3", "--job-name", "from-code"],
        flinkConfiguration: { "pipeline.name": "from-rest" },
      },
      { flinkVersion },
    );
    const { data } = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body });
    const config = await jobConfig(client, data?.jobid as string);
    expect(config).toMatchObject({ name: "from-code", "execution-config": { "job-parallelism": 3 } });
  });

  it("given the cluster's parallelism.default, then a job submitted without one gets 1", async () => {
    const { client } = fake.use({ flinkVersion, clusterConfig: { "parallelism.default": "4" } });
    const jarid = await upload(client);
    const { data } = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: {} });
    const config = await jobConfig(client, data?.jobid as string);
    expect(config?.["execution-config"]?.["job-parallelism"]).toBe(1);
  });

  it("given cluster keys in flinkConfiguration, then /jobmanager/config is unchanged and the job runs", async () => {
    const clusterConfig = { "jobmanager.rpc.port": "6123", "rest.port": "8081" };
    const { client } = fake.use({ flinkVersion, clusterConfig });
    const before = await client.GET("/jobmanager/config");
    const jarid = await upload(client);
    const { data } = await client.POST("/jars/{jarid}/run", {
      params: { path: { jarid } },
      body: { flinkConfiguration: { "jobmanager.rpc.port": "7777", "taskmanager.numberOfTaskSlots": "64" } },
    });
    const after = await client.GET("/jobmanager/config");
    expect(after.data).toEqual(before.data);
    const status = await client.GET("/jobs/{jobid}/status", { params: { path: { jobid: data?.jobid as string } } });
    expect(status.data?.status).toBe("RUNNING");
  });

  it("given a checkpoint interval, then /checkpoints/config shows it in ms; without one, Long.MAX_VALUE as real Flink does", async () => {
    const { client } = fake.use({ flinkVersion });
    const jarid = await upload(client);
    const withInterval = await client.POST("/jars/{jarid}/run", {
      params: { path: { jarid } },
      body: { flinkConfiguration: { "execution.checkpointing.interval": "10 s" } },
    });
    const cfg = await client.GET("/jobs/{jobid}/checkpoints/config", {
      params: { path: { jobid: withInterval.data?.jobid as string } },
    });
    expect(cfg.data?.interval).toBe(10_000);
    const without = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: {} });
    const none = await client.GET("/jobs/{jobid}/checkpoints/config", {
      params: { path: { jobid: without.data?.jobid as string } },
    });
    expect(none.response.status).toBe(200);
    expect(none.data?.interval).toBe(2 ** 63); // Long.MAX_VALUE as a JSON client reads it
    expect(none.data?.mode).toBe("at_least_once");
  });

  it("given bad input that reaches Flink, then the fake answers with Flink's statuses", async () => {
    const { client } = fake.use({ flinkVersion });
    const jarid = await upload(client);
    const run = (body: unknown) =>
      client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: body as never });
    expect((await run({ flinkConfiguration: { "pipeline.name": null } })).response.status).toBe(500);
    expect((await run({ flinkConfiguration: { "pipeline.name": { nested: 1 } } })).response.status).toBe(400);
    const zero = await run({ parallelism: 0 });
    expect(zero.response.status).toBe(400);
    expect(errorsOf(zero.error)[0]).toContain("Could not execute application.");
    expect((await run({ parallelizm: 3 })).response.status).toBe(flinkVersion === "1.19" ? 400 : 200);
    expect(errorsOf((await run({ programArgsList: ["--no-execute"] })).error)[0]).toContain(
      "No jobs included in application.",
    );
  });

  it("given a fixed job id, then the job gets it and a second submission with the same id fails", async () => {
    const { client } = fake.use({ flinkVersion });
    const jarid = await upload(client);
    const jobId = "0123456789abcdef0123456789abcdef";
    const first = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: { jobId } });
    expect(first.data?.jobid).toBe(jobId);
    const second = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: { jobId } });
    expect(second.response.status).toBe(400);
  });

  it("given a savepoint path that does not exist, then 400 and a FAILED job, as Flink", async () => {
    const { client } = fake.use({ flinkVersion });
    const jarid = await upload(client);
    const { response } = await client.POST("/jars/{jarid}/run", {
      params: { path: { jarid } },
      body: { savepointPath: "/no/such/savepoint" },
    });
    expect(response.status).toBe(400);
    const jobs = await client.GET("/jobs");
    expect(jobs.data?.jobs?.map((j) => j.status)).toEqual(["FAILED"]);
  });

  it("given a savepoint round trip, then the new job shows the restore", async () => {
    const { client } = fake.use({ flinkVersion });
    const jarid = await upload(client);
    const first = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: {} });
    const jobid = first.data?.jobid as string;
    const stop = await client.POST("/jobs/{jobid}/stop", {
      params: { path: { jobid } },
      body: { targetDirectory: "file:///tmp/savepoints" },
    });
    const triggerid = stop.data?.["request-id"] as string;
    const status = await client.GET("/jobs/{jobid}/savepoints/{triggerid}", { params: { path: { jobid, triggerid } } });
    expect(status.data?.status?.id).toBe("COMPLETED");
    const location = status.data?.operation?.location as string;
    expect(location).toMatch(/^file:\/tmp\/savepoints\/savepoint-/);
    const { body } = buildRunRequest(
      { savepointPath: location, allowNonRestoredState: true, claimMode: "NO_CLAIM" },
      { flinkVersion },
    );
    const second = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body });
    const checkpoints = await client.GET("/jobs/{jobid}/checkpoints", {
      params: { path: { jobid: second.data?.jobid as string } },
    });
    expect(checkpoints.data?.latest?.restored?.external_path).toBe(location);
  });

  it("given a running job, then cancelling it ends in CANCELED", async () => {
    const { client } = fake.use({ flinkVersion });
    const jarid = await upload(client);
    const { data } = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: {} });
    const jobid = data?.jobid as string;
    const cancel = await client.PATCH("/jobs/{jobid}", { params: { path: { jobid }, query: { mode: "cancel" } } });
    expect(cancel.response.status).toBe(202);
    const status = await client.GET("/jobs/{jobid}/status", { params: { path: { jobid } } });
    expect(status.data?.status).toBe("CANCELED");
  });
});

describe("version-specific answers", () => {
  it("given Flink 2.3, then the run answer carries applicationId; older versions do not", async () => {
    for (const [flinkVersion, hasApplicationId] of [
      ["2.3", true],
      ["1.20", false],
    ] as const) {
      const { client } = fake.use({ flinkVersion });
      const jarid = await upload(client);
      const { data } = await client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: {} });
      expect(data?.applicationId !== undefined).toBe(hasApplicationId);
    }
  });

  it("given Flink 1.19 and the deprecated programArgs string, then it is tokenized like Flink does", async () => {
    const { client } = fake.use({ flinkVersion: "1.19" });
    const jarid = await upload(client);
    const { data } = await client.POST("/jars/{jarid}/run", {
      params: { path: { jarid } },
      body: { programArgs: "--job-name 'quoted name'" },
    });
    expect((await jobConfig(client, data?.jobid as string))?.name).toBe("quoted name");
  });

  it("given /config, then flink-version is the full release number", async () => {
    const { client } = fake.use({ flinkVersion: "1.20" });
    expect((await client.GET("/config")).data?.["flink-version"]).toBe("1.20.0");
  });
});
