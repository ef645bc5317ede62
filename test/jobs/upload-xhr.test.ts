/**
 * uploadJar through XMLHttpRequest (the browser path), with a fake XMLHttpRequest: it reports
 * upload progress in steps, as a browser does, and hands the request to fetch, which the msw fake
 * cluster answers. Node has no XMLHttpRequest, so these tests ask for `transport: "xhr"`.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createFlinkClient,
  FlinkAbortError,
  FlinkBadRequestError,
  FlinkConnectionError,
  FlinkInputError,
  FlinkTimeoutError,
  type UploadProgress,
  uploadJar,
} from "../../src/index.js";
import { createXhrSender } from "../../src/jobs/upload-xhr.js";
import { emptyJar, setupFakeFlink } from "../support/flink-mock-server.js";

const fake = setupFakeFlink();

type Behaviour = "answer" | "refuse" | "network-error" | "hang";

/** Just enough of XMLHttpRequest for uploadJar; every instance is kept for the assertions. */
class FakeXhr {
  static behaviour: Behaviour = "answer";
  static readonly made: FakeXhr[] = [];
  method = "";
  url = "";
  readonly headers: Record<string, string> = {};
  body: Blob | undefined;
  responseType = "";
  withCredentials = false;
  status = 0;
  statusText = "";
  response: ArrayBuffer | null = null;
  aborted = false;
  private responseHeaders = "";
  readonly upload: { onprogress: ((event: { loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.made.push(this);
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getAllResponseHeaders() {
    return this.responseHeaders;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  send(body: Blob) {
    this.body = body;
    void this.deliver(body);
  }
  private async deliver(body: Blob) {
    if (FakeXhr.behaviour === "hang") {
      return;
    }
    // A browser reports the body as it goes out, in steps.
    for (const part of [1, 2, 3, 4]) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      this.upload.onprogress?.({ loaded: Math.round((body.size * part) / 4), total: body.size });
    }
    if (FakeXhr.behaviour === "network-error") {
      this.onerror?.();
      return;
    }
    const response =
      FakeXhr.behaviour === "refuse"
        ? Response.json({ errors: ["Only Jar files are allowed."] }, { status: 400 })
        : await fetch(this.url, { method: this.method, headers: this.headers, body });
    this.status = response.status;
    this.statusText = response.statusText;
    this.response = await response.arrayBuffer();
    this.responseHeaders = [...response.headers].map(([name, value]) => `${name}: ${value}\r\n`).join("");
    this.onload?.();
  }
}

function withFakeXhr(behaviour: Behaviour = "answer") {
  FakeXhr.behaviour = behaviour;
  FakeXhr.made.length = 0;
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("uploadJar over XMLHttpRequest", () => {
  it("given transport xhr, then the jar arrives and progress follows the upload events from 0 to the total", async () => {
    withFakeXhr();
    const { mock } = fake.use();
    const client = createFlinkClient({ baseUrl: mock.baseUrl, auth: { type: "bearer", token: "secret" } });
    const jar = new File([new Uint8Array(4000).fill(1)], "big.jar");
    const seen: UploadProgress[] = [];
    const { jarId } = await uploadJar(client, jar, { transport: "xhr", onProgress: (p) => seen.push(p) });

    expect(mock.cluster.jars.get(jarId)).toMatchObject({ name: "big.jar", size: 4000 });
    const [xhr] = FakeXhr.made;
    expect(xhr?.url).toBe(`${mock.baseUrl}/jars/upload`);
    expect(xhr?.method).toBe("POST");
    expect(xhr?.headers.authorization).toBe("Bearer secret");
    expect(xhr?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const total = xhr?.body?.size as number;
    expect(total).toBeGreaterThan(4000);
    expect(seen.map((p) => p.sent)).toEqual([0, total / 4, total / 2, (total * 3) / 4, total].map(Math.round));
    expect(seen.every((p) => p.total === total)).toBe(true);
  });

  it("given a client with its own fetch, then that fetch sends the upload and XHR is not used", async () => {
    withFakeXhr();
    const { mock } = fake.use();
    const own = vi.fn((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
    const client = createFlinkClient({ baseUrl: mock.baseUrl, fetch: own });
    const seen: number[] = [];
    await uploadJar(client, emptyJar(), { transport: "xhr", onProgress: (p) => seen.push(p.sent) });
    expect(FakeXhr.made).toHaveLength(0);
    expect(own).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(0);
    expect(mock.cluster.jars.size).toBe(1);
  });

  it("given no transport in Node, then the counting stream sends it, not XHR", async () => {
    withFakeXhr();
    const { client, mock } = fake.use();
    await uploadJar(client, emptyJar());
    expect(FakeXhr.made).toHaveLength(0);
    expect(mock.cluster.jars.size).toBe(1);
  });

  it("given Flink refuses the upload, then the typed error of its status carries Flink's message", async () => {
    withFakeXhr("refuse");
    const { client } = fake.use();
    const error = await uploadJar(client, emptyJar(), { transport: "xhr" }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkBadRequestError);
    expect(error.errors).toEqual(["Only Jar files are allowed."]);
  });

  it("given a network failure, then FlinkConnectionError", async () => {
    withFakeXhr("network-error");
    const { client } = fake.use();
    await expect(uploadJar(client, emptyJar(), { transport: "xhr" })).rejects.toBeInstanceOf(FlinkConnectionError);
  });

  it("given the caller aborts while it uploads, then the XHR is aborted and FlinkAbortError is thrown", async () => {
    withFakeXhr("hang");
    const { client } = fake.use();
    const controller = new AbortController();
    const upload = uploadJar(client, emptyJar(), { transport: "xhr", signal: controller.signal });
    await vi.waitFor(() => expect(FakeXhr.made).toHaveLength(1));
    controller.abort();
    await expect(upload).rejects.toBeInstanceOf(FlinkAbortError);
    expect(FakeXhr.made[0]?.aborted).toBe(true);
  });

  it("given timeoutMs and no answer, then FlinkTimeoutError", async () => {
    withFakeXhr("hang");
    const { client } = fake.use();
    await expect(uploadJar(client, emptyJar(), { transport: "xhr", timeoutMs: 50 })).rejects.toBeInstanceOf(
      FlinkTimeoutError,
    );
    expect(FakeXhr.made[0]?.aborted).toBe(true);
  });

  it.each([
    ["no XMLHttpRequest", () => emptyJar(), "xhr", /needs XMLHttpRequest/],
    ["a stream source", () => emptyJar().stream(), "xhr", /not a stream/],
    ["an unknown transport", () => emptyJar(), "websocket", /must be "fetch" or "xhr"/],
  ])("given %s, then FlinkInputError before anything is sent", async (name, source, transport, message) => {
    if (name !== "no XMLHttpRequest") {
      withFakeXhr();
    }
    const { client, mock } = fake.use();
    const error = await uploadJar(client, source(), { transport: transport as "xhr" }).catch((e) => e);
    expect(error).toBeInstanceOf(FlinkInputError);
    expect(error.message).toMatch(message);
    expect(mock.cluster.jars.size).toBe(0);
  });
});

describe("createXhrSender", () => {
  it.each([
    ["the page's origin", "http://flink.test", false, "xhr"],
    ["another origin", "http://page.test", false, "fetch"],
    ["another origin, with transport xhr asked for", "http://page.test", true, "xhr"],
  ])("given a request to %s, then it goes by %s", async (_, pageOrigin, always, expected) => {
    withFakeXhr("refuse");
    vi.stubGlobal("location", { origin: pageOrigin });
    const fetched = vi.fn(async () => new Response("{}", { status: 200 }));
    vi.stubGlobal("fetch", fetched);
    const send = createXhrSender(new Blob(["x"]), () => {}, always);
    const response = await send(new Request("http://flink.test/jars/upload", { method: "POST", body: "x" }));
    expect(expected === "xhr" ? FakeXhr.made.length : fetched.mock.calls.length).toBe(1);
    expect(response.status).toBe(expected === "xhr" ? 400 : 200);
  });

  it("given an answer without a body (204), then the Response has none", async () => {
    class NoContent extends FakeXhr {
      override send(body: Blob) {
        this.body = body;
        this.status = 204;
        queueMicrotask(() => this.onload?.());
      }
    }
    vi.stubGlobal("XMLHttpRequest", NoContent);
    const send = createXhrSender(new Blob(["x"]), () => {});
    const response = await send(new Request("http://flink.test/jars/upload", { method: "POST" }));
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });
});
