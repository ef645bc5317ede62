/** Printing for the CLI: human text by default, one JSON document per command with --json. */
import { FlinkApiError, FlinkInputError } from "../errors.js";

export interface Output {
  readonly json: boolean;
  /** A result: JSON on stdout with --json, else the human rendering. */
  result(value: unknown, human: () => string): void;
  /** A progress or status line on stderr (never in --json mode's stdout). */
  note(line: string): void;
  error(error: unknown): void;
}

export function createOutput(json: boolean, stdout = process.stdout, stderr = process.stderr): Output {
  return {
    json,
    result(value, human) {
      stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
    note(line) {
      stderr.write(`${line}\n`);
    },
    error(error) {
      const e = error as Error & { code?: string; status?: number; field?: string; serverCause?: string };
      if (json) {
        const body = {
          error: {
            name: e?.name ?? "Error",
            message: e?.message ?? String(error),
            ...(e?.code ? { code: e.code } : {}),
            ...(e?.field !== undefined ? { field: e.field } : {}),
            ...(error instanceof FlinkApiError ? { status: error.status, errors: error.errors } : {}),
          },
        };
        stderr.write(`${JSON.stringify(body)}\n`);
        return;
      }
      const hint =
        error instanceof FlinkInputError
          ? ""
          : (e?.message ?? "").includes("Cannot reach Flink")
            ? "\nIs the cluster running? Set its address with --url or FLINK_URL."
            : "";
      stderr.write(`flink-rest: ${e?.message ?? String(error)}${hint}\n`);
    },
  };
}

/** A plain text table with left-aligned columns. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(headers), ...rows.map(line)].join("\n");
}
