/**
 * A fake high-availability cluster: one fake Flink cluster (its jobs are the cluster's, whichever
 * JobManager is asked) behind several JobManager addresses, each with the jars uploaded through
 * it, as on real Flink. A test can start a leader election (every JobManager answers Flink's 503
 * for a while), take a JobManager down (its connections fail) and bring it back without its jars.
 */
import { LEADER_ELECTION_MESSAGE } from "../client/addresses.js";
import { missingJarCause } from "./cluster/jars.js";
import { internalServerError, noSuchRoute, restHandlerError } from "./flink-errors.js";
import { addressHandler, createFlinkMock, type FlinkMock, type FlinkMockOptions } from "./handlers.js";

export interface FlinkHaMockOptions extends Omit<FlinkMockOptions, "baseUrl" | "address"> {
  /** The JobManagers' REST addresses (default http://localhost:8081 and http://localhost:8082). */
  jobManagers?: readonly string[];
}

/** One fake JobManager: its address, whether it is up, and the jars stored on its disk. */
export interface FakeJobManager {
  readonly url: string;
  /** Jar ids uploaded through this JobManager (only it can run, plan or delete them). */
  readonly jars: Set<string>;
  /** When false, every request to it fails as a refused connection would (a network error). */
  up: boolean;
}

export interface FlinkHaMock {
  /** The cluster's state (jobs, savepoints, all jars); see `FlinkMock.cluster`. */
  readonly cluster: FlinkMock["cluster"];
  readonly jobManagers: readonly FakeJobManager[];
  /** Handlers for every JobManager address: `setupServer(...mock.handlers)`. */
  readonly handlers: FlinkMock["handlers"];
  /** Answers one request sent to one of the JobManagers' addresses (a network error when it is down). */
  handle(request: Request): Promise<Response>;
  /**
   * Starts a leader election: every JobManager answers every request with Flink's 503 ("...ongoing
   * leader election. Please refresh.") for `ms` (default: until `electionDone()`).
   */
  leaderElection(ms?: number): void;
  /** Ends the leader election. */
  electionDone(): void;
  /** Takes JobManager `index` down: its requests fail as a dead process's do. */
  kill(index: number): void;
  /** Brings JobManager `index` back, as a restarted process: up, without the jars it had. */
  restart(index: number): void;
  /** Drops the jars on JobManager `index`'s disk (its runs answer Flink's 500 "Jar file ... does not exist"). */
  loseJars(index: number): void;
  /**
   * The savepoint and checkpoint triggers of the old leader are gone, as after a real leader
   * change: their status answers Flink's 404 (`stopWithSavepoint` then ends with FlinkOperationLostError).
   */
  forgetOperations(): void;
}

const JAR_ROUTE = /^\/jars\/([^/]+)(\/run|\/plan|\/run-application)?$/;

/**
 * Creates a fake HA cluster: several JobManager addresses over one fake cluster.
 *
 * @example
 * const ha = createFlinkHaMock({ jobManagers: ["http://jm-a:8081", "http://jm-b:8081"] });
 * const server = setupServer(...ha.handlers);
 * const flink = createFlinkClient({ baseUrl: ["http://jm-a:8081", "http://jm-b:8081"] });
 * ha.kill(0); // jm-a dies: the client moves on to jm-b
 */
export function createFlinkHaMock(options: FlinkHaMockOptions = {}): FlinkHaMock {
  const urls = (options.jobManagers ?? ["http://localhost:8081", "http://localhost:8082"]).map((u) =>
    u.replace(/\/+$/, ""),
  );
  const inner = createFlinkMock({ ...options, baseUrl: urls[0] as string });
  const jobManagers: FakeJobManager[] = urls.map((url) => ({ url, jars: new Set<string>(), up: true }));
  let electionUntil = 0;
  const electing = () => electionUntil > Date.now();
  // The upload dir Flink names in its answers, from the first upload's filename.
  let jarDir = "/tmp/flink-web-upload";
  /** Every jar id uploaded through any JobManager (the shared fake cluster stores them all). */
  const uploaded = new Set<string>();

  const serve = async (jm: FakeJobManager, request: Request): Promise<Response> => {
    if (!jm.up) {
      return Response.error();
    }
    if (electing()) {
      return Response.json({ errors: [LEADER_ELECTION_MESSAGE] }, { status: 503 });
    }
    const path = new URL(request.url).pathname.slice(new URL(jm.url).pathname.replace(/\/$/, "").length);
    const jar = JAR_ROUTE.exec(path);
    const jarId = jar ? decodeURIComponent(jar[1] as string) : undefined;
    if (jarId !== undefined && jarId !== "upload" && !jm.jars.has(jarId) && uploaded.has(jarId)) {
      // Another JobManager's jar, or one this JobManager lost: what Flink answers (checked on 1.20 and 2.3).
      const reply =
        request.method === "DELETE"
          ? restHandlerError(400, `File ${jarId} does not exist in ${jarDir}.`)
          : request.method === "POST" && jar?.[2]
            ? internalServerError(missingJarCause(`${jarDir}/${jarId}`))
            : undefined;
      if (reply) {
        return Response.json(reply.body, { status: reply.status });
      }
    }
    const response = await inner.handle(request);
    if (request.method === "POST" && path === "/jars/upload" && response.status === 200) {
      const { filename } = (await response.clone().json()) as { filename: string };
      const at = filename.lastIndexOf("/");
      jarDir = filename.slice(0, at);
      jm.jars.add(filename.slice(at + 1));
      uploaded.add(filename.slice(at + 1));
    }
    if (request.method === "GET" && path === "/jars" && response.status === 200) {
      const body = (await response.json()) as { address: string; files: Array<{ id: string }> };
      return Response.json({ address: jm.url, files: body.files.filter((f) => jm.jars.has(f.id)) });
    }
    return response;
  };

  const jobManagerOf = (url: string) => jobManagers.find((jm) => url === jm.url || url.startsWith(`${jm.url}/`));
  const handle = async (request: Request): Promise<Response> => {
    const jm = jobManagerOf(request.url);
    if (!jm) {
      const reply = noSuchRoute(request.method, new URL(request.url).pathname);
      return Response.json(reply.body, { status: reply.status });
    }
    return serve(jm, request);
  };
  const at = (index: number): FakeJobManager => {
    const jm = jobManagers[index];
    if (!jm) {
      throw new RangeError(
        `There is no JobManager ${index}: the fake has ${jobManagers.length} (0 to ${jobManagers.length - 1}).`,
      );
    }
    return jm;
  };
  return {
    cluster: inner.cluster,
    jobManagers,
    handlers: jobManagers.map((jm) => addressHandler(jm.url, (request) => serve(jm, request))),
    handle,
    leaderElection(ms) {
      electionUntil = ms === undefined ? Number.POSITIVE_INFINITY : Date.now() + ms;
    },
    electionDone() {
      electionUntil = 0;
    },
    kill(index) {
      at(index).up = false;
    },
    restart(index) {
      const jm = at(index);
      jm.jars.clear();
      jm.up = true;
    },
    loseJars(index) {
      at(index).jars.clear();
    },
    forgetOperations() {
      inner.cluster.forgetOperations();
    },
  };
}
