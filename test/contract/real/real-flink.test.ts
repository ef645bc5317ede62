/**
 * The contract cases against real Flink: the oracle. Starts a cluster per version line (one at a
 * time, loopback only), or uses FLINK_URL. A case that needs a cluster setting the cluster lacks
 * is skipped with the reason printed; nothing else is skipped.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { echoJobJar, type FlinkCluster, startFlinkCluster } from "../../support/flink-cluster.js";
import { CASES, createCaseContext } from "../cases.js";
import { CLUSTER_PROFILE, CONTRACT_LINES, type ContractTarget } from "../target.js";
import { recordResult } from "./results.js";

const external = process.env.FLINK_URL;
const lines = external
  ? ["external"]
  : (process.env.FLINK_VERSIONS?.split(",").map((v) => v.trim()) ?? [...CONTRACT_LINES]);

describe.each(lines)("contract cases on real Flink %s", (requested) => {
  let cluster: FlinkCluster | undefined;
  let target: ContractTarget;
  let context: Awaited<ReturnType<typeof createCaseContext>>;
  let line = requested;

  beforeAll(async () => {
    const jar = await echoJobJar();
    let url: string;
    if (external) {
      url = external.replace(/\/+$/, "");
      const version = (await (await fetch(`${url}/config`)).json())["flink-version"] as string;
      line = /^\d+\.\d+/.exec(version)?.[0] ?? version;
    } else {
      cluster = await startFlinkCluster({ version: requested, conf: { ...CLUSTER_PROFILE } });
      url = cluster.url;
    }
    target = { kind: "real", line, url, jar: async () => ({ path: jar }), close: async () => {} };
    const release = (await (await fetch(`${url}/config`)).json())["flink-version"] as string;
    recordResult(line, "__release", release);
    context = await createCaseContext(target);
  });
  afterEach(async () => {
    await context?.cleanup();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  for (const c of CASES) {
    it(
      c.name,
      async (test) => {
        if (c.lines && !c.lines(line)) {
          recordResult(line, c.name, "not applicable");
          return;
        }
        const reason = context.skipReason(c);
        if (reason) {
          process.stdout.write(`skipped on ${target.url} (${line}): "${c.name}": ${reason}\n`);
          recordResult(line, c.name, `skipped: ${reason}`);
          test.skip();
          return;
        }
        try {
          await c.run(context.ctx);
          expect(context.validator.violations).toEqual([]);
          recordResult(line, c.name, "passed");
        } catch (error) {
          recordResult(line, c.name, "failed");
          context.validator.violations.length = 0;
          throw error;
        }
      },
      c.timeoutMs ?? 120_000,
    );
  }
});
