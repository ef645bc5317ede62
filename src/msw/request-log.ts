/**
 * Every request the fake cluster got, as sent: method, path, query, parsed body, and for runs the
 * configuration the job's main() got. `mock.requests`, with typed views for uploads, runs and job
 * operations, so a test asserts the exact `flinkConfiguration` without reading msw's events.
 */
import type { operations } from "../../generated/schema.js";

/** An operation of the contract (its operationId), or `submitJob` (POST /jobs, Flink's Java client). */
export type FakeOperationId = keyof operations | "submitJob";

export interface LoggedRequest {
  readonly operation: FakeOperationId;
  readonly method: string;
  /** The path as sent, without the `/v1` prefix Flink's Java client adds. */
  readonly path: string;
  /** Query parameters; repeated names joined with commas, as Flink reads them. */
  readonly query: Readonly<Record<string, string>>;
  /** The JSON body parsed (undefined when empty, the raw text when not JSON); uploads: the parts. */
  readonly body: unknown;
  /** The path parameters (`jobid`, `jarid`, `triggerid`). */
  readonly params: Readonly<Record<string, string>>;
  /** The status answered; "dropped" when a fault dropped the connection. */
  status: number | "dropped";
  /** Epoch milliseconds when it arrived. */
  readonly time: number;
}

/** A jar upload: the file's name and size. */
export interface LoggedUpload extends LoggedRequest {
  readonly operation: "uploadJar";
  readonly files: ReadonlyArray<{ readonly name: string; readonly size: number }>;
}

/** A `/run` or `/plan` request, with what the request asked and what the job got. */
export interface LoggedRun extends LoggedRequest {
  readonly operation: "runJar" | "getJarPlan" | "runJarApplication";
  readonly jarId: string;
  /** The body's flinkConfiguration as Flink reads it (values as text), undefined when absent. */
  readonly flinkConfiguration: Readonly<Record<string, string | null>> | undefined;
  /** The effective configuration main() got (cluster, request, query, body, handler), when Flink got that far. */
  configuration: Readonly<Record<string, string>> | undefined;
  /** The job the run created (an application's first job). */
  jobId: string | undefined;
  /** The application a run-application created (2.3+); undefined for /run and /plan. */
  applicationId: string | undefined;
}

/** A request about one job: status, cancel, savepoint, stop, checkpoint, ... */
export interface LoggedJobRequest extends LoggedRequest {
  readonly jobId: string;
}

const RUN_OPERATIONS: ReadonlySet<string> = new Set(["runJar", "getJarPlan", "runJarApplication"]);

function isRun(entry: LoggedRequest): entry is LoggedRun {
  return RUN_OPERATIONS.has(entry.operation);
}

export class RequestLog {
  readonly #entries: LoggedRequest[] = [];

  /** @internal Adds an entry (the handlers do). */
  add<E extends LoggedRequest>(entry: E): E {
    this.#entries.push(entry);
    return entry;
  }

  /** Every request, oldest first. */
  all(): readonly LoggedRequest[] {
    return [...this.#entries];
  }

  /** The requests of one operation (an operationId of the contract), oldest first. */
  of(operation: FakeOperationId): readonly LoggedRequest[] {
    return this.#entries.filter((e) => e.operation === operation);
  }

  /** The newest request, or the newest of one operation. */
  last(operation?: FakeOperationId): LoggedRequest | undefined {
    return (operation === undefined ? this.#entries : this.of(operation)).at(-1);
  }

  /** Jar uploads. */
  uploads(): readonly LoggedUpload[] {
    return this.#entries.filter((e): e is LoggedUpload => e.operation === "uploadJar");
  }

  /** `/run` requests (and `/plan` with `{ plans: true }`, `/run-application` with `{ applications: true }`). */
  runs(options: { plans?: boolean; applications?: boolean } = {}): readonly LoggedRun[] {
    return this.#entries
      .filter(isRun)
      .filter(
        (e) =>
          e.operation === "runJar" ||
          (options.plans && e.operation === "getJarPlan") ||
          (options.applications && e.operation === "runJarApplication"),
      );
  }

  /** Requests about jobs (any `/jobs/{jobid}...` operation), of one job when given. */
  jobRequests(jobId?: string): readonly LoggedJobRequest[] {
    return this.#entries.filter(
      (e): e is LoggedJobRequest => "jobId" in e && !isRun(e) && (jobId === undefined || e.jobId === jobId),
    );
  }

  /** Forgets every request. */
  clear(): void {
    this.#entries.length = 0;
  }
}
