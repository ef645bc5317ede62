/**
 * The fleet poller: every wait and watch on one client shares ONE `GET /jobs/overview` per
 * interval, however many jobs they wait on. `/jobs/overview` is the one answer that shows every
 * job's state (and, unlike `/jobs`, its name, task counts and the time its state changed) at the
 * cost of one dispatcher call, the same call `/jobs` makes (Flink's JobIdsHandler and
 * JobsOverviewHandler both ask `requestMultipleJobDetails`).
 *
 * The interval is the smallest one a subscriber asks for; while polls see no change it grows by
 * half up to the smallest maximum, and it drops back when a job changes or someone subscribes.
 * A subscriber only sees snapshots whose request was sent after it subscribed, so a job missing
 * from one is really missing.
 */
import type { components } from "../../generated/schema.js";
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { FlinkAbortError, type FlinkError, FlinkResponseError, FlinkTimeoutError } from "../errors.js";
import { answerId, answerJobState } from "./answer-checks.js";

/** One row of `GET /jobs/overview`. */
export type JobOverview = components["schemas"]["JobDetails"];

const REQUEST = "GET /jobs/overview";

/**
 * The overview's rows by job id. A row without a job id or with a state Flink does not have is
 * not Flink's answer: a FlinkResponseError, rather than a wait that never ends.
 */
function overviewRows(answer: unknown): Map<string, JobOverview> {
  const rows = (answer as { jobs?: unknown } | undefined)?.jobs;
  if (!Array.isArray(rows)) {
    throw new FlinkResponseError(`${REQUEST}: Flink's answer has no jobs list; is this a Flink REST endpoint?`, {
      request: REQUEST,
    });
  }
  const jobs = new Map<string, JobOverview>();
  for (const row of rows as JobOverview[]) {
    const id = answerId(row?.jid, REQUEST, "a job id in each row").toLowerCase();
    answerJobState(row.state, REQUEST);
    jobs.set(id, row);
  }
  return jobs;
}

/** One answer of `GET /jobs/overview`, by job id. */
export interface FleetSnapshot {
  readonly jobs: ReadonlyMap<string, JobOverview>;
  /** When the request was sent and answered (epoch ms). */
  readonly sentAt: number;
  readonly receivedAt: number;
}

export interface FleetSubscriber {
  /** The longest this subscriber accepts between two polls (the fleet polls at the smallest). */
  readonly intervalMs: number;
  /** The interval may grow to this while nothing changes (the fleet grows to the smallest). */
  readonly maxIntervalMs: number;
  onSnapshot(snapshot: FleetSnapshot): void;
  onError(error: unknown): void;
}

/** A subscription: `close()` leaves the fleet (the polling stops with the last subscriber). */
export interface FleetSubscription {
  close(): void;
}

interface Member {
  readonly subscriber: FleetSubscriber;
  /** Snapshots whose request was sent before this are not for this member. */
  readonly since: number;
}

/** Polls `/jobs/overview` for the members of one client. */
class Fleet {
  readonly #client: FlinkClient;
  readonly #members = new Set<Member>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: AbortController | undefined;
  #lastSent = Number.NEGATIVE_INFINITY;
  #interval = 0;
  #previous: ReadonlyMap<string, string | undefined> | undefined;

  constructor(client: FlinkClient) {
    this.#client = client;
  }

  subscribe(subscriber: FleetSubscriber): FleetSubscription {
    const member: Member = { subscriber, since: Date.now() };
    this.#members.add(member);
    // Someone new waits: poll at the base interval again (never sooner than one after the last poll).
    this.#interval = this.#baseInterval();
    this.#reschedule();
    return {
      close: () => {
        this.#members.delete(member);
        if (this.#members.size === 0) {
          this.#stop();
        }
      },
    };
  }

  #baseInterval(): number {
    return Math.max(1, Math.min(...[...this.#members].map((m) => m.subscriber.intervalMs)));
  }

  #maxInterval(): number {
    return Math.max(this.#baseInterval(), Math.min(...[...this.#members].map((m) => m.subscriber.maxIntervalMs)));
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    this.#previous = undefined;
  }

  #reschedule(): void {
    if (this.#inFlight || this.#members.size === 0) {
      return; // a poll in flight schedules the next one when it is answered
    }
    clearTimeout(this.#timer);
    const wait = Math.max(0, this.#lastSent + this.#interval - Date.now());
    this.#timer = setTimeout(() => void this.#poll(), wait);
  }

  async #poll(): Promise<void> {
    this.#timer = undefined;
    const controller = new AbortController();
    this.#inFlight = controller;
    const sentAt = Date.now();
    this.#lastSent = sentAt;
    let snapshot: FleetSnapshot | undefined;
    let failure: unknown;
    try {
      const result = await this.#client.GET("/jobs/overview", { signal: controller.signal });
      snapshot = { jobs: overviewRows(unwrap(result, REQUEST)), sentAt, receivedAt: Date.now() };
    } catch (error) {
      failure = error;
    }
    if (this.#inFlight !== controller) {
      return; // stopped while in flight: no one is left to tell
    }
    this.#inFlight = undefined;
    this.#adapt(snapshot);
    for (const member of [...this.#members]) {
      if (member.since > sentAt) {
        continue;
      }
      try {
        if (snapshot) {
          member.subscriber.onSnapshot(snapshot);
        } else {
          member.subscriber.onError(failure);
        }
      } catch (error) {
        // One subscriber's bug must not stop the others' polling.
        member.subscriber.onError(error);
      }
    }
    this.#reschedule();
  }

  /** Grows the interval by half after a poll that saw no change, back to the base after one that did. */
  #adapt(snapshot: FleetSnapshot | undefined): void {
    if (!snapshot || this.#members.size === 0) {
      return;
    }
    const states = new Map<string, string | undefined>();
    for (const [id, row] of snapshot.jobs) {
      states.set(id, row.state);
    }
    const previous = this.#previous;
    const changed =
      previous === undefined ||
      previous.size !== states.size ||
      [...states].some(([id, state]) => !previous.has(id) || previous.get(id) !== state);
    this.#previous = states;
    this.#interval = changed ? this.#baseInterval() : Math.min(Math.ceil(this.#interval * 1.5), this.#maxInterval());
  }
}

const fleets = new WeakMap<FlinkClient, Fleet>();

/** The fleet of a client: created on first use, shared by every wait and watch on that client. */
export function fleetOf(client: FlinkClient): Fleet {
  let fleet = fleets.get(client);
  if (!fleet) {
    fleet = new Fleet(client);
    fleets.set(client, fleet);
  }
  return fleet;
}

/** How a wait or watch ends early: at its deadline, or when its signal fires. */
export interface Limits {
  /** 0 or undefined: no deadline. */
  readonly timeoutMs?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Arms a wait's deadline and signal: `onEnd` gets FlinkTimeoutError or FlinkAbortError (naming
 * `what` and, for a timeout, the last state `lastState()` reports). Returns the disarm function.
 */
export function armLimits(
  limits: Limits,
  what: string,
  lastState: () => string | undefined,
  onEnd: (error: FlinkError) => void,
): () => void {
  const timeoutMs = limits.timeoutMs ?? 0;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          const state = lastState();
          onEnd(
            new FlinkTimeoutError(
              `Gave up waiting for ${what} after ${timeoutMs} ms${state ? ` (last state: ${state})` : ""}`,
              { timeoutMs },
            ),
          );
        }, timeoutMs)
      : undefined;
  const signal = limits.signal;
  const onAbort = () => onEnd(new FlinkAbortError(`Stopped waiting for ${what}: aborted`, { cause: signal?.reason }));
  if (signal?.aborted) {
    queueMicrotask(onAbort);
  } else {
    signal?.addEventListener("abort", onAbort, { once: true });
  }
  return () => {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  };
}
