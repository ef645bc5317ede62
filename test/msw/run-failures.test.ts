/**
 * The fake fails exactly the values Flink fails (generated/run-failures.ts, asked of each line's
 * own JarRunHandler): every typed spelling listed, sent alone with a value of the wrong type,
 * gets Flink's status and cause lines; the same spelling with its default is accepted; a typed
 * spelling that is not listed is accepted whatever its value.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUN_FAILURES } from "../../generated/run-failures.js";
import { createFlinkClient } from "../../src/client/create-client.js";
import type { FlinkClient } from "../../src/client/flink-client.js";
import { uploadJar } from "../../src/jobs/upload.js";
import { createFlinkMock, type FlinkMock } from "../../src/msw/index.js";
import { startHttpServer } from "../../src/node/http-server.js";
import { flinkOptionCatalog } from "../../src/options/full-catalog.js";
import { emptyJar, errorsOf } from "../support/flink-mock-server.js";

/** A value Flink's parser refuses for a type (what the probe sent). */
function wrongValue(type: string): string {
  if (type === "duration") {
    return "soon";
  }
  return type === "list<string>" ? "'x" : "x";
}

const lines = Object.keys(RUN_FAILURES);

describe.each(lines)("values that break /run on the fake %s", (line) => {
  const data = RUN_FAILURES[line];
  let mock: FlinkMock;
  let client: FlinkClient;
  let jarid: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    mock = createFlinkMock({ flinkVersion: line });
    const server = await startHttpServer(mock.handle);
    close = server.close;
    client = createFlinkClient({ baseUrl: server.url });
    jarid = (await uploadJar(client, emptyJar())).jarId;
  });
  afterAll(() => close());

  const run = (flinkConfiguration: Record<string, string>) =>
    client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: { flinkConfiguration } });

  // String options fail on their meaning (a class, a path), which the fake does not model.
  const typed = Object.entries(data?.spellings ?? {}).filter(([, f]) => f.type !== "string" && f.at !== "none");

  it("lists failures derived from Flink for this line", () => {
    expect(typed.length).toBeGreaterThan(40);
  });

  it.each(typed)("%s with a value of the wrong type: Flink's status and message", async (key, failure) => {
    const value = wrongValue(failure.type);
    const option = flinkOptionCatalog.find(key, line)?.option;
    // Only where the catalog's parser refuses the value too (the probe picked a value Flink refuses).
    if (option && flinkOptionCatalog.checkValue?.(option, value, line) === undefined) {
      return;
    }
    const result = await run({ [key]: value });
    const text = errorsOf(result.error).join("\n");
    if (failure.at === "runtime") {
      expect(result.response.status).toBe(200);
      expect(mock.cluster.jobs.get(result.data?.jobid as string)?.state).toBe("FAILED");
      return;
    }
    expect(result.response.status).toBe(failure.status);
    for (const cause of failure.causes) {
      expect(text).toContain(cause.replaceAll("{value}", value));
    }
  });

  it("accepts each of them with its default, unless Flink refused the default too", async () => {
    const wrong: string[] = [];
    for (const [key, failure] of typed) {
      const defaultValue = flinkOptionCatalog.find(key, line)?.option.defaultValue;
      if (defaultValue === undefined || failure.at === "handler") {
        continue;
      }
      const status = (await run({ [key]: defaultValue })).response.status;
      if ((status === 200) === Boolean(failure.defaultFails)) {
        wrong.push(`${key}=${defaultValue}: ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("accepts a wrong value of a typed option Flink does not read on /run", async () => {
    const unread = flinkOptionCatalog
      .keys(line)
      .filter((k) => !(k in (data?.spellings ?? {})))
      .map((k) => flinkOptionCatalog.find(k, line)?.option)
      .filter((o) => o?.type === "int" && o.scope === "job");
    expect(unread.length).toBeGreaterThan(0);
    const result = await run({ [unread[0]?.key as string]: "x" });
    expect(result.response.status).toBe(200);
  });
});
