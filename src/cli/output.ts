/**
 * Printing for the CLI: human text by default, one JSON document per command with --json (the
 * result on stdout, an error on stderr). Warnings go to stderr as text, or into the JSON document.
 * Every path prints through `maskCredentials`, so a password given in a URL never shows.
 */
import { maskCredentials } from "../client/base-url.js";
import { FlinkApiError, FlinkError, FlinkInputError, FlinkResponseError } from "../errors.js";

export interface Output {
  readonly json: boolean;
  /** A result: JSON on stdout with --json, else the human rendering. */
  result(value: object, human: () => string): void;
  /** One line of a stream of results (`watch`): a compact JSON document per line with --json. */
  line(value: object, human: () => string): void;
  /** A progress or status line on stderr (never in --json mode's stdout). */
  note(line: string): void;
  /** Something the user should know that does not stop the command. */
  warn(message: string): void;
  error(error: unknown, extra?: { interrupted?: string }): void;
}

interface Writable {
  write(text: string): unknown;
}

/** The JSON form of an error: its class, message, code, and where a submission stood. */
function errorDocument(error: unknown, warnings: readonly string[], interrupted: string | undefined): object {
  const e = error as Error & { code?: string; field?: string };
  return {
    error: {
      name: e?.name ?? "Error",
      message: e?.message ?? String(error),
      ...(e?.code ? { code: e.code } : {}),
      ...(e?.field !== undefined ? { field: e.field } : {}),
      ...(error instanceof FlinkApiError ? { status: error.status, errors: error.errors } : {}),
      ...(error instanceof FlinkResponseError && error.status !== undefined ? { status: error.status } : {}),
      ...(error instanceof FlinkError && error.submission ? { submission: error.submission } : {}),
      ...(interrupted ? { interrupted } : {}),
    },
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** What a script or a person needs to know after a failed submission: may a job be running? */
export function submissionLines(error: unknown): string[] {
  const submission = error instanceof FlinkError ? error.submission : undefined;
  if (!submission) {
    return [];
  }
  const { jobId, applicationId, jarId, runRequestSent, jarDeleted } = submission;
  const lines =
    applicationId !== undefined
      ? runRequestSent
        ? [
            `Application ${applicationId} may be running: the run request was sent. Check with \`flink-rest applications show ${applicationId}\`; cancel with \`flink-rest applications cancel ${applicationId}\`.`,
          ]
        : [`No application was submitted (application ${applicationId} was not sent to Flink).`]
      : runRequestSent
        ? [
            `Job ${jobId} may be running: the run request was sent. Check with \`flink-rest list\`; cancel with \`flink-rest cancel ${jobId}\`.`,
          ]
        : [`No job was submitted (job ${jobId} was not sent to Flink).`];
  if (jarId !== undefined) {
    lines.push(
      jarDeleted
        ? `The uploaded jar ${jarId} was deleted.`
        : `The uploaded jar ${jarId} is still on the cluster (\`flink-rest jars\` lists it).`,
    );
  }
  return lines;
}

export function createOutput(
  json: boolean,
  stdout: Writable = process.stdout,
  stderr: Writable = process.stderr,
): Output {
  const warnings: string[] = [];
  const print = (stream: Writable, text: string) => stream.write(`${maskCredentials(text)}\n`);
  return {
    json,
    result(value, human) {
      print(stdout, json ? JSON.stringify(warnings.length > 0 ? { ...value, warnings } : value, null, 2) : human());
    },
    line(value, human) {
      print(stdout, json ? JSON.stringify(value) : human());
    },
    note(line) {
      print(stderr, line);
    },
    warn(message) {
      if (json) {
        warnings.push(message);
      } else {
        print(stderr, `flink-rest: warning: ${message}`);
      }
    },
    error(error, extra = {}) {
      if (json) {
        print(stderr, JSON.stringify(errorDocument(error, warnings, extra.interrupted)));
        return;
      }
      const message = (error as Error)?.message ?? String(error);
      const hint =
        error instanceof FlinkInputError
          ? ""
          : message.includes("Cannot reach Flink")
            ? "\nIs the cluster running? Set its address with --url, -m host:port or FLINK_URL."
            : "";
      const lines = [
        extra.interrupted
          ? `flink-rest: interrupted by ${extra.interrupted}: ${message}`
          : `flink-rest: ${message}${hint}`,
        ...submissionLines(error),
      ];
      print(stderr, lines.join("\n"));
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
