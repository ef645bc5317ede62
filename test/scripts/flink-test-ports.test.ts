/**
 * FLINK_TEST_PORTS keeps what the suites open on loopback inside a range (a machine shared with
 * other runs): freePort hands out free ports of it, each once per process. Binds only for an
 * instant, inside 29590-29599.
 */
import { createServer, type Server } from "node:net";
import { afterEach, expect, it } from "vitest";
import { freePort, testPortRange } from "../../scripts/flink/cluster.mjs";

const saved = process.env.FLINK_TEST_PORTS;
afterEach(() => {
  if (saved === undefined) {
    delete process.env.FLINK_TEST_PORTS;
  } else {
    process.env.FLINK_TEST_PORTS = saved;
  }
});

it("given a range, then it is read; given none, the OS picks; given nonsense, the error says what is expected", () => {
  expect(testPortRange("29500-29599")).toEqual({ from: 29_500, to: 29_599 });
  expect(testPortRange(" 29500 - 29501 ")).toEqual({ from: 29_500, to: 29_501 });
  expect(testPortRange("")).toBeUndefined();
  for (const bad of ["29599-29500", "80-90", "x", "29500"]) {
    expect(() => testPortRange(bad)).toThrow(/expected <from>-<to> within 1024-65535/);
  }
});

it("given FLINK_TEST_PORTS, then freePort hands out free ports of the range, each once, skipping one in use", async () => {
  const busy: Server = createServer();
  await new Promise<void>((resolve) => busy.listen(29_590, "127.0.0.1", resolve));
  try {
    process.env.FLINK_TEST_PORTS = "29590-29599";
    const ports = [await freePort(), await freePort(), await freePort()];
    expect(new Set(ports).size).toBe(3);
    for (const port of ports) {
      expect(port).toBeGreaterThan(29_590);
      expect(port).toBeLessThanOrEqual(29_599);
    }
  } finally {
    await new Promise((resolve) => busy.close(resolve));
  }
});
