/**
 * The contract cases on the fake cluster (served over loopback HTTP), for every version line.
 * The same cases run on real Flink in test/contract/real/ (`npm run test:flink`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CASES, createCaseContext } from "./cases.js";
import { CONTRACT_LINES, type ContractTarget, startFakeTarget } from "./target.js";

describe.each(CONTRACT_LINES)("contract cases on the fake Flink %s", (line) => {
  let target: ContractTarget;
  let context: Awaited<ReturnType<typeof createCaseContext>>;
  beforeAll(async () => {
    target = await startFakeTarget(line);
    context = await createCaseContext(target);
  });
  afterEach(async () => {
    await context.cleanup();
  });
  afterAll(async () => {
    await target.close();
  });

  for (const c of CASES.filter((c) => !c.lines || c.lines(line))) {
    it(
      c.name,
      async () => {
        await c.run(context.ctx);
        expect(context.validator.violations).toEqual([]);
      },
      c.timeoutMs ?? 30_000,
    );
  }
});
