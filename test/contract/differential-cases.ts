/**
 * Named contract cases for what the differential run (test/contract/differential) and Flink's own
 * CLI found the fake doing differently from Flink; each is a finding in docs/compatibility.md.
 */
import { expect } from "vitest";
import { isAtLeast } from "../../src/versions/flink-version.js";
import { errorsOf } from "../support/flink-mock-server.js";
import type { CaseContext, ContractCase } from "./cases.js";

async function jobIds(ctx: CaseContext): Promise<string[]> {
  return ((await ctx.client.GET("/jobs")).data?.jobs ?? []).map((j) => j.id as string);
}

/** `POST /jars/{jarid}/plan` with a raw body: its status and Flink's error text. */
async function plan(ctx: CaseContext, body: unknown): Promise<{ status: number; text: string }> {
  const r = await ctx.client.POST("/jars/{jarid}/plan", {
    params: { path: { jarid: await ctx.jarId() } },
    body: body as never,
  });
  return { status: r.response.status, text: errorsOf(r.error).join("\n") };
}

/** The restore-mode key a line calls canonical (renamed in 1.20). */
const claimModeKey = (line: string) =>
  isAtLeast(line, "1.20") ? "execution.state-recovery.claim-mode" : "execution.savepoint-restore-mode";

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
    // Finding 16.
    name: "/plan fails where /run does, but not as /run: a value the environment parses and a main() that throws are 500 (the exception as it is, no 'Could not execute application.'), a bad execution.program-config.* value passes /plan, a main() that never executes is 500 'The program plan could not be fetched'",
    async run(ctx) {
      const soon = { flinkConfiguration: { "execution.checkpointing.interval": "soon" } };
      expect((await ctx.run(soon)).status).toBe(400);
      const env = await plan(ctx, soon);
      expect(env.status).toBe(500);
      expect(env.text).toMatch(
        /^Internal server error\.\n<Exception on server side:\njava\.lang\.IllegalArgumentException: Could not parse value 'soon' for key 'execution\.checkpointing\.interval'\./,
      );
      expect(env.text).not.toContain("Could not execute application.");

      const thrown = await plan(ctx, { programArgsList: ["--fail"] });
      expect(thrown.status).toBe(500);
      expect(thrown.text).toContain(
        "org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: main() failed on purpose (--fail)",
      );
      expect(thrown.text).not.toContain("Could not execute application.");

      // /run's context environment checks the program configuration; /plan's does not.
      const programConfig = { flinkConfiguration: { "execution.program-config.enabled": "x" } };
      const refused = await ctx.run(programConfig);
      expect(refused.status).toBe(400);
      expect(refused.errors.join("\n")).toContain("Could not execute application.");
      expect((await plan(ctx, programConfig)).status).toBe(200);

      const idle = await plan(ctx, { programArgsList: ["--no-execute"] });
      expect(idle.status).toBe(500);
      expect(idle.text).toContain(
        "org.apache.flink.client.program.ProgramInvocationException: The program plan could not be fetched - the program aborted pre-maturely.",
      );
    },
  },
  {
    // Finding 21.
    name: "a bad restore setting in flinkConfiguration: /run refuses it in the handler (500, the exception as it is); /plan meets it in main()'s execute() (500 'The main method caused an error: …'), after the environment's values, and not when main() never executes",
    async run(ctx) {
      const key = claimModeKey(ctx.line);
      const parse = `Could not parse value 'x' for key '${key}'.`;
      const bad = { flinkConfiguration: { [key]: "x" } };
      const run = await ctx.run(bad);
      expect(run.status).toBe(500);
      expect(run.errors.join("\n")).toContain(
        `<Exception on server side:\njava.lang.IllegalArgumentException: ${parse}`,
      );
      const planned = await plan(ctx, bad);
      expect(planned.status).toBe(500);
      expect(planned.text).toContain(
        `<Exception on server side:\norg.apache.flink.client.program.ProgramInvocationException: The main method caused an error: ${parse}`,
      );
      const withEnv = await plan(ctx, {
        flinkConfiguration: { [key]: "x", "execution.checkpointing.interval": "soon" },
      });
      expect(withEnv.status).toBe(500);
      expect(withEnv.text).toContain(
        "<Exception on server side:\njava.lang.IllegalArgumentException: Could not parse value 'soon' for key 'execution.checkpointing.interval'.",
      );
      const idle = await plan(ctx, { ...bad, programArgsList: ["--no-execute"] });
      expect(idle.status).toBe(500);
      expect(idle.text).toContain("The program plan could not be fetched");
      expect(idle.text).not.toContain(parse);
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
