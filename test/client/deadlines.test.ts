import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { createDeadlines, REQUESTS_PER_SIGNAL } from "../../src/client/deadlines.js";

describe("shared deadline signals", () => {
  it("given requests within one window, then they share a signal, at most REQUESTS_PER_SIGNAL of them", () => {
    const deadline = createDeadlines();
    const signals = Array.from({ length: REQUESTS_PER_SIGNAL * 2 + 1 }, () => deadline(60_000));
    expect(new Set(signals.slice(0, REQUESTS_PER_SIGNAL)).size).toBe(1);
    expect(signals[REQUESTS_PER_SIGNAL]).not.toBe(signals[0]);
    expect(new Set(signals).size).toBe(3);
    // Another timeout has a signal of its own.
    expect(deadline(30_000)).not.toBe(signals[signals.length - 1]);
  });

  it("given fetch requests on a shared signal, then each signal carries a bounded number of abort listeners", () => {
    const deadline = createDeadlines();
    const seen = new Set<AbortSignal>();
    for (let i = 0; i < REQUESTS_PER_SIGNAL * 4; i++) {
      const signal = deadline(60_000);
      seen.add(signal);
      new Request("http://127.0.0.1:1/jobs/overview", { signal });
    }
    for (const signal of seen) {
      expect(getEventListeners(signal, "abort").length).toBeLessThanOrEqual(REQUESTS_PER_SIGNAL);
    }
  });
});
