/**
 * Faults a test injects into the fake cluster's answers: fail the next calls of an operation with
 * a status (and Flink's error body or any body), drop the connection, add latency, or a window
 * of leader election in which every request gets Flink's 503. `mock.faults`.
 */
import { LEADER_ELECTION_MESSAGE } from "../client/addresses.js";
import type { FakeOperationId } from "./request-log.js";

// One home for Flink's leader-election answer: the client recognises it, the fake sends it.
export { LEADER_ELECTION_MESSAGE };

export interface FailOptions {
  /** How many calls fail (default 1). */
  times?: number;
  /** The status (default 500). */
  status?: number;
  /** Flink's `errors` (default: Flink's text for the status). */
  errors?: readonly string[];
  /** Any other body instead (a proxy's HTML page, say): a string is sent as text/html. */
  body?: unknown;
}

/** What a fault does to one request. */
export type FaultEffect =
  | { readonly kind: "answer"; readonly status: number; readonly body: unknown }
  | { readonly kind: "drop" };

interface Rule {
  readonly operation: FakeOperationId | "*";
  remaining: number;
  readonly effect: FaultEffect | { readonly kind: "delay"; readonly ms: number };
}

const DEFAULT_ERRORS: Readonly<Record<number, string>> = {
  500: "Internal server error.",
  503: LEADER_ELECTION_MESSAGE,
  413: "Try to raise [rest.server.max-content-length]",
};

function count(times: number | undefined, what: string): number {
  const n = times ?? 1;
  if (!(n === Number.POSITIVE_INFINITY || (Number.isInteger(n) && n > 0))) {
    throw new RangeError(`${what}: times must be a positive integer, got ${times}`);
  }
  return n;
}

export class FaultInjector {
  readonly #rules: Rule[] = [];
  #leaderUntil = 0;
  #leaderRequests = 0;
  readonly #now: () => number;

  /** @internal */
  constructor(now: () => number) {
    this.#now = now;
  }

  /**
   * The next `times` calls of `operation` (an operationId, or "*" for any) answer `status` with
   * Flink's error body (or `errors`, or `body`).
   */
  failNext(operation: FakeOperationId | "*", options: FailOptions = {}): void {
    const status = options.status ?? 500;
    if (!(Number.isInteger(status) && status >= 400 && status <= 599)) {
      throw new RangeError(`failNext: status must be an error status (400-599), got ${status}`);
    }
    const body =
      options.body !== undefined
        ? options.body
        : { errors: [...(options.errors ?? [DEFAULT_ERRORS[status] ?? `HTTP ${status}`])] };
    this.#rules.push({
      operation,
      remaining: count(options.times, "failNext"),
      effect: { kind: "answer", status, body },
    });
  }

  /** The next `times` calls of `operation` get no answer: the connection is dropped. */
  dropNext(operation: FakeOperationId | "*", options: { times?: number } = {}): void {
    this.#rules.push({ operation, remaining: count(options.times, "dropNext"), effect: { kind: "drop" } });
  }

  /** Answers of `operation` (default: every request) come `ms` later, for `times` calls (default: all). */
  delay(ms: number, options: { operation?: FakeOperationId | "*"; times?: number } = {}): void {
    if (!(Number.isFinite(ms) && ms >= 0)) {
      throw new RangeError(`delay: ms must be a number of milliseconds, got ${ms}`);
    }
    this.#rules.push({
      operation: options.operation ?? "*",
      remaining: count(options.times ?? Number.POSITIVE_INFINITY, "delay"),
      effect: { kind: "delay", ms },
    });
  }

  /**
   * A leader change: every request gets Flink's 503 "ongoing leader election" for the next
   * `requests` requests (default 3), or for `ms` milliseconds when given.
   */
  leaderChange(options: { requests?: number; ms?: number } = {}): void {
    if (options.ms !== undefined) {
      this.#leaderUntil = this.#now() + options.ms;
    } else {
      this.#leaderRequests = count(options.requests ?? 3, "leaderChange");
    }
  }

  /** Removes every fault. */
  clear(): void {
    this.#rules.length = 0;
    this.#leaderUntil = 0;
    this.#leaderRequests = 0;
  }

  /** @internal What happens to this request: a delay first, then an answer or a drop, if any. */
  take(operation: FakeOperationId): { delayMs: number; effect: FaultEffect | undefined } {
    let delayMs = 0;
    let effect: FaultEffect | undefined;
    if (this.#leaderRequests > 0 || this.#now() < this.#leaderUntil) {
      this.#leaderRequests = Math.max(0, this.#leaderRequests - 1);
      effect = { kind: "answer", status: 503, body: { errors: [LEADER_ELECTION_MESSAGE] } };
    }
    for (const rule of this.#rules) {
      if (rule.remaining <= 0 || (rule.operation !== "*" && rule.operation !== operation)) {
        continue;
      }
      if (rule.effect.kind === "delay") {
        delayMs += rule.effect.ms;
        rule.remaining -= 1;
      } else if (!effect) {
        effect = rule.effect;
        rule.remaining -= 1;
      }
    }
    return { delayMs, effect };
  }
}
