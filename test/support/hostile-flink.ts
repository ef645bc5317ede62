/**
 * A small loopback server that answers like Flink's REST API for the submission flow (config,
 * upload, run, job lookup, jar deletion, job list, status, cancel) and misbehaves on purpose where
 * a test says so: it hangs, stalls mid-body, closes mid-request or mid-response, answers garbage,
 * the wrong shape, redirects, 503 forever or 413, or registers a job and loses the answer. Its log
 * proves what happened: every request, every job registered, every jar stored and deleted.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  /** Body bytes received (uploads are counted, not kept). */
  readonly bytes: number;
  readonly authorization: string | undefined;
}

/** What a route does: answer normally, or a misbehaviour. */
export type Behaviour = (req: IncomingMessage, res: ServerResponse, body: Buffer, flink: HostileFlink) => unknown;

export interface HostileFlink {
  readonly url: string;
  readonly log: LoggedRequest[];
  /** Job ids registered by run requests, in order. */
  readonly jobs: string[];
  /** Jar ids stored and not deleted. */
  readonly jars: Set<string>;
  /** Jar ids deleted. */
  readonly deleted: string[];
  /** Misbehaviours by route ("POST /jars/upload", "POST /run", "GET /config", ...). */
  readonly faults: Map<string, Behaviour>;
  /** Requests seen for a route, counted from the log. */
  count(route: string): number;
  /** Stores a job as a run request would (the normal /run answer's side effect). */
  register(jobId: string): void;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=UTF-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** The route name a request falls under, for faults and counts. */
export function routeOf(method: string, path: string): string {
  if (/^\/jars\/[^/]+\/run$/.test(path)) {
    return `${method} /run`;
  }
  if (/^\/jars\/[^/]+\/plan$/.test(path)) {
    return `${method} /plan`;
  }
  if (/^\/jars\/[^/]+$/.test(path) && method === "DELETE") {
    return "DELETE /jars/:id";
  }
  if (/^\/jobs\/[^/]+\/status$/.test(path)) {
    return `${method} /jobs/:id/status`;
  }
  if (/^\/jobs\/[0-9a-f]{32}$/i.test(path)) {
    return `${method} /jobs/:id`;
  }
  return `${method} ${path}`;
}

// ---- misbehaviours ------------------------------------------------------------------------------

/** Never answers (the socket stays open). */
export const hang: Behaviour = () => {};

/** Sends the head and a part of a JSON body, then nothing more. */
export const stallMidBody: Behaviour = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
  res.write('{"flink-version": "2.3.0", "pad": "');
};

/** Sends the head and a part of the body, then drops the connection. */
export const closeMidResponse: Behaviour = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
  res.write('{"jobid": "');
  setTimeout(() => res.socket?.destroy(), 20);
};

/** Answers 200 with a body that is not JSON. */
export const invalidJson: Behaviour = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end("<html>gateway says hi</html>");
};

/** Answers with this JSON (a wrong shape). */
export const answer =
  (body: unknown, status = 200): Behaviour =>
  (_req, res) =>
    json(res, status, body);

/** Redirects elsewhere. */
export const redirect =
  (location: string, status = 302): Behaviour =>
  (_req, res) => {
    res.writeHead(status, { location, "content-length": "0" });
    res.end();
  };

/** Flink's 503 (no leader), every time. */
export const unavailable: Behaviour = (_req, res) =>
  json(res, 503, { errors: ["Service temporarily unavailable due to an ongoing leader election. Please refresh."] });

/** Registers the job as Flink would, then drops the connection before answering. */
export const lostRunAnswer: Behaviour = (_req, res, body, flink) => {
  const jobId = (JSON.parse(body.toString("utf8") || "{}") as { jobId?: string }).jobId;
  if (jobId) {
    flink.register(jobId);
  }
  res.socket?.destroy();
};

/** A misbehaviour for the first request only; later ones are answered normally. */
export function once(behaviour: Behaviour): Behaviour {
  let used = false;
  return (req, res, body, flink) => {
    if (used) {
      return "normal";
    }
    used = true;
    return behaviour(req, res, body, flink);
  };
}

// ---- the server -------------------------------------------------------------------------------

export interface HostileOptions {
  /** The Flink version /config names (default 2.3.0). */
  flinkVersion?: string;
  /** Drop the connection once this many request body bytes of an upload arrived. */
  closeUploadAfterBytes?: number;
  /** Stop reading an upload's body after this many bytes (the client's send stalls). */
  stallUploadAfterBytes?: number;
  /** The cluster's jobs, shared by the JobManagers of one HA cluster (jars stay per JobManager). */
  jobs?: string[];
  /** Answer a run of a jar this server did not store as Flink does (500 "Jar file ... does not exist"). */
  checkJars?: boolean;
}

export async function startHostileFlink(options: HostileOptions = {}): Promise<HostileFlink> {
  const log: LoggedRequest[] = [];
  const jobs: string[] = options.jobs ?? [];
  const jars = new Set<string>();
  const deleted: string[] = [];
  const faults = new Map<string, Behaviour>();
  const sockets = new Set<Socket>();
  let uploads = 0;

  const normal = (req: IncomingMessage, res: ServerResponse, body: Buffer, path: string) => {
    const route = routeOf(req.method ?? "GET", path);
    switch (route) {
      case "GET /config":
        return json(res, 200, { "flink-version": options.flinkVersion ?? "2.3.0", features: {} });
      case "GET /jobmanager/config":
        return json(res, 200, []);
      case "POST /jars/upload": {
        const jarId = `${String(++uploads).padStart(8, "0")}-${(Math.random() * 1e9).toFixed(0)}-hostile_job.jar`;
        jars.add(jarId);
        return json(res, 200, { filename: `/tmp/flink-web-hostile/flink-web-upload/${jarId}`, status: "success" });
      }
      case "POST /run": {
        const jarId = decodeURIComponent(path.split("/")[2] as string);
        if (options.checkJars && !jars.has(jarId)) {
          // Flink 1.20 and 2.3, checked on a real HA cluster (docs/high-availability.md).
          return json(res, 500, {
            errors: [
              "Internal server error.",
              `<Exception on server side:\njava.util.concurrent.CompletionException: org.apache.flink.runtime.rest.handler.RestHandlerException: Jar file /tmp/flink-web-hostile/flink-web-upload/${jarId} does not exist\n\tat org.apache.flink.runtime.webmonitor.handlers.utils.JarHandlerUtils$JarHandlerContext.toPackagedProgram(JarHandlerUtils.java:181)\n\nEnd of exception on server side>`,
            ],
          });
        }
        const jobId = (JSON.parse(body.toString("utf8") || "{}") as { jobId?: string }).jobId ?? "0".repeat(32);
        if (jobs.includes(jobId)) {
          return json(res, 409, {
            errors: [
              `org.apache.flink.runtime.client.DuplicateJobSubmissionException: Job has already been submitted. ${jobId}`,
            ],
          });
        }
        jobs.push(jobId);
        return json(res, 200, { jobid: jobId });
      }
      case "GET /jobs/:id": {
        const jobId = path.split("/")[2] as string;
        return jobs.includes(jobId)
          ? json(res, 200, { jid: jobId, name: "hostile", state: "RUNNING", vertices: [] })
          : json(res, 404, { errors: [`Job ${jobId} not found`] });
      }
      case "GET /jobs/:id/status":
        return json(res, 200, { status: "RUNNING" });
      case "DELETE /jars/:id": {
        const jarId = decodeURIComponent(path.split("/")[2] as string);
        jars.delete(jarId);
        deleted.push(jarId);
        return json(res, 200, {});
      }
      case "GET /jobs/overview":
        return json(res, 200, {
          jobs: jobs.map((jid) => ({ jid, name: "hostile", state: "RUNNING", "start-time": 1 })),
        });
      case "GET /jars":
        return json(res, 200, {
          address: "",
          files: [...jars].map((id) => ({ id, name: id, uploaded: 1, entry: [] })),
        });
      default:
        return json(res, 404, { errors: [`Not found: ${path}`] });
    }
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const route = routeOf(req.method ?? "GET", path);
    const chunks: Buffer[] = [];
    let bytes = 0;
    const upload = route === "POST /jars/upload";
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (!upload) {
        chunks.push(chunk);
      }
      if (upload && options.closeUploadAfterBytes !== undefined && bytes >= options.closeUploadAfterBytes) {
        req.socket.destroy();
      }
      if (upload && options.stallUploadAfterBytes !== undefined && bytes >= options.stallUploadAfterBytes) {
        req.pause();
      }
    });
    req.on("end", () => {
      log.push({ method: req.method ?? "", path, bytes, authorization: req.headers.authorization });
      const body = Buffer.concat(chunks);
      const fault = faults.get(route);
      if (fault && fault(req, res, body, flink) !== "normal") {
        return;
      }
      normal(req, res, body, path);
    });
    // A request whose body never completes is still logged, so a test can see it arrived.
    req.on("close", () => {
      if (!req.complete) {
        log.push({ method: req.method ?? "", path, bytes, authorization: req.headers.authorization });
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const flink: HostileFlink = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    jobs,
    jars,
    deleted,
    faults,
    count: (route) => log.filter((r) => routeOf(r.method, r.path) === route).length,
    register: (jobId) => {
      jobs.push(jobId);
    },
    async close() {
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return flink;
}
