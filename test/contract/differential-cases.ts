/**
 * Named contract cases for what the differential run (test/contract/differential) and Flink's own
 * CLI found the fake doing differently from Flink; each is a finding in docs/compatibility.md.
 */
import { expect } from "vitest";
import { isAtLeast } from "../../src/versions/flink-version.js";
import type { CaseContext, ContractCase } from "./cases.js";

async function jobIds(ctx: CaseContext): Promise<string[]> {
  return ((await ctx.client.GET("/jobs")).data?.jobs ?? []).map((j) => j.id as string);
}

export const DIFFERENTIAL_CASES: readonly ContractCase[] = [
  {
    name: "a value main() parses while it builds its environment ('execution.checkpointing.interval': 'soon') fails the run with 400 'Could not execute application.' and leaves no job",
    async run(ctx) {
      const before = await jobIds(ctx);
      const r = await ctx.run({ flinkConfiguration: { "execution.checkpointing.interval": "soon" } });
      expect(r.status).toBe(400);
      const text = r.errors.join("\n");
      expect(text).toContain("Could not execute application.");
      expect(text).toContain("'soon'");
      expect(text).toContain("execution.checkpointing.interval");
      expect(await jobIds(ctx)).toEqual(before);
    },
  },
  {
    name: "the same value's default ('execution.checkpointing.interval': '10 s') runs",
    async run(ctx) {
      const r = await ctx.run({ flinkConfiguration: { "execution.checkpointing.interval": "10 s" } });
      expect(r.status).toBe(200);
    },
  },
  {
    name: "a time characteristic sets the watermark interval as the environment does (1.x: event time 200 ms, processing time 0 ms)",
    lines: (line) => !isAtLeast(line, "2.0"),
    async run(ctx) {
      for (const [characteristic, interval] of [
        ["EventTime", "200 ms"],
        ["ProcessingTime", "0 ms"],
      ] as const) {
        const r = await ctx.run({ flinkConfiguration: { "pipeline.time-characteristic": characteristic } });
        expect(r.status, characteristic).toBe(200);
        const config = await ctx.jobConfig(r.jobId as string);
        expect(config["execution-config"]?.["user-config"]?.["pipeline.auto-watermark-interval"], characteristic).toBe(
          interval,
        );
      }
    },
  },
];
