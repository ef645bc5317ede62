/**
 * Our parser against Flink's: every command line in the fixture went through Flink's own
 * CliFrontendParser.parse (commons-cli 1.5.0) with that line's option set; ours must give the same
 * options, values and arguments, or the same error.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FLINK_CLI, type FlinkCliOptionData } from "../../../generated/flink-cli.js";
import { parseCommandLine } from "../../../src/cli/parser/default-parser.js";
import { OptionSet } from "../../../src/cli/parser/option-set.js";
import { FlinkInputError } from "../../../src/errors.js";

interface Probe {
  lines: string[];
  action: string;
  argv: string[];
  options?: { opt: string; long?: string; values: string[] }[];
  args?: string[];
  error?: string;
}

const { probes } = JSON.parse(readFileSync(new URL("../fixtures/flink-cli-probes.json", import.meta.url), "utf8")) as {
  probes: Probe[];
};

/** The option set Flink's CliFrontend merges for an action of a line: the action's, then GenericCLI's and DefaultCLI's. */
function flinkOptionSet(action: string, line: string): OptionSet {
  const inLine = (o: FlinkCliOptionData) => o.lines.includes(line);
  const own = FLINK_CLI.actions.find((a) => a.name === action)?.options.filter(inLine) ?? [];
  return new OptionSet(
    [...own, ...FLINK_CLI.general.filter(inLine)].map((o) => ({
      short: o.short,
      long: o.long,
      arity: o.arity,
      prefixMatch: true,
    })),
  );
}

const cases = probes.flatMap((p) =>
  p.lines.map((line) => ({ ...p, line, name: `${line} ${p.action} ${JSON.stringify(p.argv)}` })),
);

describe("the commons-cli port, against Flink's own parser", () => {
  it("has probes for every action of every line", () => {
    for (const action of FLINK_CLI.actions) {
      for (const line of action.lines) {
        expect(
          cases.some((c) => c.action === action.name && c.line === line),
          `${action.name} ${line}`,
        ).toBe(true);
      }
    }
  });

  it.each(cases)("$name", ({ action, line, argv, options, args, error }) => {
    const set = flinkOptionSet(action, line);
    const stop = FLINK_CLI.actions.find((a) => a.name === action)?.stopAtNonOptions ?? false;
    if (error !== undefined) {
      let thrown: unknown;
      try {
        parseCommandLine(set, argv, stop);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(FlinkInputError);
      expect((thrown as Error).message).toBe(error);
      return;
    }
    const parsed = parseCommandLine(set, argv, stop);
    expect(
      parsed.options.map((o) => ({
        opt: o.option.short ?? o.option.long,
        ...(o.option.long && o.option.short ? { long: o.option.long } : {}),
        values: o.values,
      })),
    ).toEqual(options);
    expect(parsed.args).toEqual(args);
  });
});
