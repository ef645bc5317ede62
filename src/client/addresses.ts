/**
 * Several JobManagers behind one client (Flink's high availability): which address a request
 * goes to, when to move on to the next, and which JobManager holds each uploaded jar (a jar lives
 * on the disk of the JobManager that received it, so its run, plan and delete go there).
 */
import { FlinkConnectionError } from "../errors.js";
import type { FlinkAuth } from "./auth.js";

/** One JobManager's REST address, with the authentication its URL carried (or the client's). */
export interface JobManagerAddress {
  readonly url: string;
  readonly auth: FlinkAuth | undefined;
}

/** Flink's answer on every endpoint while its JobManagers elect a leader (HA services' RestServerEndpoint). */
export const LEADER_ELECTION_MESSAGE =
  "Service temporarily unavailable due to an ongoing leader election. Please refresh.";

/**
 * Server-side failures that mean "the leader is gone, ask again" (the standby answers them until
 * ZooKeeper's session of the dead leader expires): its RPC to the dead Dispatcher is unreachable
 * or times out. Nothing was done, so another attempt is safe.
 */
const LEADER_LOST = /RecipientUnreachableException|TimeoutException: Invocation of/;

/** Jar routes pinned to the JobManager that stored the jar: run, plan, run-application, delete. */
const JAR_ROUTE = /^\/jars\/([^/?#]+)(?:\/(?:run|plan|run-application))?(?:[?#]|$)/;

export interface AddressBook {
  readonly addresses: readonly JobManagerAddress[];
  /** Where a request goes: its jar's JobManager (pinned) or the one that answered last. */
  route(path: string): { index: number; jarId: string | undefined };
  /** The address stopped answering (or is electing a leader): later requests start at the next. */
  failed(index: number): void;
  /** The address answered. */
  answered(index: number): void;
  /** Remembers which JobManager stored an uploaded jar. */
  stored(jarId: string, index: number): void;
  /** Forgets a deleted jar. */
  forget(jarId: string): void;
  /** Whether the JobManager holding this jar could not be reached (the jar must be uploaded again). */
  unreachable(jarId: string): boolean;
  /** Marks the jar's JobManager unreachable. */
  lost(jarId: string): void;
}

const BOOKS = new WeakMap<object, AddressBook>();

/** Registers a client's address book (createFlinkClient, for several addresses). */
export function registerAddressBook(client: object, book: AddressBook): void {
  BOOKS.set(client, book);
}

/** Whether the client talks to several JobManagers (see createFlinkClient's baseUrl). */
export function severalJobManagers(client: object): boolean {
  return BOOKS.has(client);
}

/** Whether the client could not reach the JobManager holding this jar (so it must be uploaded again). */
export function jarUnreachable(client: object, jarId: string): boolean {
  return BOOKS.get(client)?.unreachable(jarId) ?? false;
}

/** At most this many jars are remembered (the oldest is forgotten first). */
const MAX_JARS = 1000;

export function createAddressBook(addresses: readonly JobManagerAddress[]): AddressBook {
  let current = 0;
  const homes = new Map<string, number>();
  const lostJars = new Set<string>();
  return {
    addresses,
    route(path) {
      const jarId = JAR_ROUTE.exec(path)?.[1];
      const id = jarId === undefined || jarId === "upload" ? undefined : decodeURIComponent(jarId);
      const home = id === undefined ? undefined : homes.get(id);
      return home === undefined ? { index: current, jarId: undefined } : { index: home, jarId: id };
    },
    failed(index) {
      if (index === current) {
        current = (current + 1) % addresses.length;
      }
    },
    answered(index) {
      current = index;
    },
    stored(jarId, index) {
      homes.delete(jarId);
      homes.set(jarId, index);
      lostJars.delete(jarId);
      if (homes.size > MAX_JARS) {
        const oldest = homes.keys().next().value as string;
        homes.delete(oldest);
        lostJars.delete(oldest);
      }
    },
    forget(jarId) {
      homes.delete(jarId);
      lostJars.delete(jarId);
    },
    unreachable: (jarId) => lostJars.has(jarId),
    lost(jarId) {
      lostJars.add(jarId);
    },
  };
}

/** Whether an answer means the JobManagers have no leader right now (503 election, or the leader's RPC lost). */
export async function leaderMissing(response: Response): Promise<boolean> {
  if (response.status === 503) {
    return true;
  }
  if (response.status !== 500) {
    return false;
  }
  return LEADER_LOST.test(await response.clone().text());
}

/** Whether a failure is a refused connection: nothing was sent, so any request may go elsewhere. */
export function connectionRefused(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === "ECONNREFUSED") {
      return true;
    }
  }
  return false;
}

/** The request's URL with the first address's prefix replaced by another's. */
export function retarget(request: Request, from: string, to: string): Request {
  if (from === to || !request.url.startsWith(from)) {
    return request;
  }
  return new Request(to + request.url.slice(from.length), request);
}

/** Notes which JobManager stored an uploaded jar, and forgets a deleted one. */
export async function rememberJars(
  book: AddressBook,
  route: { index: number; jarId: string | undefined },
  path: string | undefined,
  method: string,
  response: Response,
): Promise<void> {
  if (response.status >= 500) {
    return;
  }
  book.answered(route.index);
  if (method === "POST" && path?.startsWith("/jars/upload") && response.status === 200) {
    const filename = await response
      .clone()
      .json()
      .then((data: { filename?: unknown }) => data?.filename)
      .catch(() => undefined);
    if (typeof filename === "string") {
      book.stored(filename.split(/[\\/]/).pop() as string, route.index);
    }
  } else if (method === "DELETE" && route.jarId !== undefined && response.ok) {
    book.forget(route.jarId);
  }
}

/** The error for a pinned jar whose JobManager cannot be reached. */
export function jarUnreachableError(jarId: string, url: string, cause: FlinkConnectionError): FlinkConnectionError {
  return new FlinkConnectionError(
    `${cause.message} (jar ${jarId} is stored on that JobManager only: upload it again to another one)`,
    { url, cause },
  );
}
