import { describe, expect, it } from "vitest";
import type { FlinkClient } from "../../src/client/flink-client.js";
import { flinkOptionCatalog } from "../../src/options/full-catalog.js";
import { VALUE_TABLE } from "../fixtures/value-table.js";
import { emptyJar, setupFakeFlink } from "../support/flink-mock-server.js";

const fake = setupFakeFlink();

async function upload(client: FlinkClient): Promise<string> {
  const { data } = await client.POST("/jars/upload", { body: { jarfile: emptyJar() } });
  return (data?.filename ?? "").split("/").pop() as string;
}

describe("the fake cluster records the SDK's findings (diagnostics: true)", () => {
  it("given a typo and a bad value, then the run succeeds as on Flink and the findings are recorded for the job", async () => {
    const { client, mock } = fake.use({ flinkVersion: "2.3", diagnostics: true, catalog: flinkOptionCatalog });
    const jarid = await upload(client);
    const { data, response } = await client.POST("/jars/{jarid}/run", {
      params: { path: { jarid } },
      body: {
        flinkConfiguration: { "execution.checkpointing.intervall": "10 s", "jobmanager.rpc.port": "7000" },
      },
    });
    expect(response.status).toBe(200);
    const jobId = data?.jobid as string;
    expect(mock.cluster.diagnosticsFor(jobId).map((d) => [d.key, d.code])).toEqual([
      ["execution.checkpointing.intervall", "unknown-key"],
      ["jobmanager.rpc.port", "cluster-scope-key"],
    ]);
    expect(mock.cluster.diagnostics).toEqual([
      { jarId: jarid, jobId, diagnostics: mock.cluster.diagnosticsFor(jobId) },
    ]);
  });

  it("given no option, then nothing is recorded", async () => {
    const { client, mock } = fake.use({ flinkVersion: "2.3" });
    const jarid = await upload(client);
    await client.POST("/jars/{jarid}/run", {
      params: { path: { jarid } },
      body: { flinkConfiguration: { "execution.checkpointing.intervall": "10 s" } },
    });
    expect(mock.cluster.diagnostics).toEqual([]);
  });

  it("never refuses what Flink accepts: every value-table row that parses is submitted fine, findings or not", async () => {
    for (const version of ["1.19", "2.0", "2.3"]) {
      const { client, mock } = fake.use({ flinkVersion: version, diagnostics: true, catalog: flinkOptionCatalog });
      const jarid = await upload(client);
      // Keys the fake's simulated program does not read, so only the recording is exercised.
      const rows = VALUE_TABLE.filter(
        (r) =>
          r.version === version && r.valid && r.key !== "parallelism.default" && r.key !== "execution.runtime-mode",
      );
      for (const row of rows) {
        const { response } = await client.POST("/jars/{jarid}/run", {
          params: { path: { jarid } },
          body: { flinkConfiguration: { [row.key]: row.value, "no.such.optin": "x" } },
        });
        expect(response.status, `${version} ${row.key}=${JSON.stringify(row.value)}`).toBe(200);
      }
      expect(mock.cluster.diagnostics).toHaveLength(rows.length);
      expect(mock.cluster.diagnostics.flatMap((r) => r.diagnostics).map((d) => d.code)).not.toContain("invalid-value");
    }
  });
});
