import { describe, expect, it, vi } from "vitest";
import { createFlinkClient } from "../../src/client/create-client.js";
import { FlinkInputError } from "../../src/errors.js";

/** A client whose fetch records requests and answers `{}` (the createObservedClient pattern). */
function observedClient(answer: () => Response = () => Response.json({})) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: Request | string, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return answer();
  });
  const client = createFlinkClient({
    baseUrl: "http://flink.test:8081",
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
  return { client, requests, fetch };
}

describe("createFlinkClient", () => {
  it.each(["", ".", "..", "a/b.jar", "..\\x.jar", "../etc/passwd"])(
    "given the jar id %j, then it is refused before any request is sent",
    async (jarid) => {
      const { client, fetch } = observedClient();
      await expect(client.POST("/jars/{jarid}/run", { params: { path: { jarid } }, body: {} })).rejects.toThrow(
        expect.objectContaining({ name: "FlinkInputError", code: "invalid-jar-id", field: "jarid" }),
      );
      await expect(client.DELETE("/jars/{jarid}", { params: { path: { jarid } } })).rejects.toBeInstanceOf(
        FlinkInputError,
      );
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it.each(["", ".", ".."])("given the job id %j, then it is refused before any request is sent", async (jobid) => {
    const { client, fetch } = observedClient();
    await expect(client.GET("/jobs/{jobid}", { params: { path: { jobid } } })).rejects.toThrow(
      expect.objectContaining({ code: "invalid-path-parameter", field: "jobid" }),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it("given a valid jar id with special characters, then it is percent-encoded into one path segment", async () => {
    const { client, requests } = observedClient();
    await client.POST("/jars/{jarid}/run", { params: { path: { jarid: "1a_my job?.jar" } }, body: {} });
    expect(new URL(requests[0]?.url as string).pathname).toBe("/jars/1a_my%20job%3F.jar/run");
  });

  it("given a jar Blob, then the upload is multipart with one part named jarfile and the file name", async () => {
    const { client, requests } = observedClient(() =>
      Response.json({ filename: "/tmp/x/1_job.jar", status: "success" }),
    );
    const jar = new File([new Uint8Array([1, 2, 3])], "job.jar", { type: "application/java-archive" });
    await client.POST("/jars/upload", { body: { jarfile: jar } });
    const request = requests[0] as Request;
    expect(request.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const form = await request.formData();
    const part = form.get("jarfile") as File;
    expect([...form.keys()]).toEqual(["jarfile"]);
    expect(part.name).toBe("job.jar");
    expect(part.size).toBe(3);
  });

  it("given a JSON body, then it is sent as JSON", async () => {
    const { client, requests } = observedClient();
    await client.POST("/jars/{jarid}/run", { params: { path: { jarid: "a.jar" } }, body: { parallelism: 2 } });
    expect(requests[0]?.headers.get("content-type")).toBe("application/json");
    expect(await requests[0]?.json()).toEqual({ parallelism: 2 });
  });

  it("given no redirect option, then redirects are not followed (uploads are never buffered for a replay)", async () => {
    const { client, requests } = observedClient();
    await client.GET("/config");
    expect(requests[0]?.redirect).toBe("manual");
    const follow = createFlinkClient({
      baseUrl: "http://flink.test",
      redirect: "follow",
      fetch: (async (r: Request | string, init?: RequestInit) => {
        requests.push(new Request(r, init));
        return Response.json({});
      }) as unknown as typeof fetch,
    });
    await follow.GET("/config");
    expect(requests[1]?.redirect).toBe("follow");
  });

  it("given a base URL with a path prefix, then requests keep it (Flink behind a proxy)", async () => {
    const requests: Request[] = [];
    const client = createFlinkClient({
      baseUrl: "https://gateway.test/flink/",
      fetch: (async (r: Request | string, init?: RequestInit) => {
        requests.push(new Request(r, init));
        return Response.json({});
      }) as unknown as typeof fetch,
    });
    await client.GET("/jobs/overview");
    expect(requests[0]?.url).toBe("https://gateway.test/flink/jobs/overview");
  });

  it.each([undefined, "", "localhost:8081", "ftp://x"])(
    "given the base URL %j, then a typed error names it",
    (baseUrl) => {
      expect(() => createFlinkClient({ baseUrl: baseUrl as string })).toThrow(
        expect.objectContaining({ name: "FlinkInputError", code: "invalid-option", field: "baseUrl" }),
      );
    },
  );
});
