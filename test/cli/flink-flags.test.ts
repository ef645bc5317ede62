import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FLINK_CLI } from "../../generated/flink-cli.js";
import { DOC, renderDoc } from "../../scripts/cli-docs.js";
import { treatmentOf } from "../../src/cli/flink-flags.js";
import { actionOptions } from "../../src/cli/option-table.js";

describe("what flink-rest does with each option of bin/flink", () => {
  it("given every option of every action of every line, then flink-rest has a treatment for it", () => {
    const missing = FLINK_CLI.actions.flatMap((action) =>
      [...action.options, ...FLINK_CLI.general]
        .filter((o) => treatmentOf(action.name, o.field) === undefined)
        .map((o) => `${action.name} ${o.field}`),
    );
    expect(missing).toEqual([]);
  });

  it("given every action, then its option set builds (no option collides with another)", () => {
    for (const action of [
      "run",
      "info",
      "explain",
      "list",
      "cancel",
      "stop",
      "savepoint",
      "checkpoint",
      "jars",
      "mock",
    ]) {
      const options = actionOptions(action);
      const shorts = options.filter((o) => o.short).map((o) => o.short);
      expect(new Set(shorts).size, action).toBe(shorts.length);
      const longs = options.filter((o) => o.long).map((o) => o.long);
      expect(new Set(longs).size, action).toBe(longs.length);
    }
  });

  it("given docs/cli.md, then its tables are the ones the CLI reads (npx tsx scripts/cli-docs.ts)", () => {
    const doc = readFileSync(DOC, "utf8");
    expect(renderDoc(doc)).toBe(doc);
  });
});
