/**
 * `waitForApplication`: polls an application (Flink 2.3+) until it reaches a state you wait for,
 * or fails typed when it ends otherwise.
 */
import { GET_APPLICATION_DETAILS_LINES } from "../../generated/contract-facts.js";
import type { FlinkClient } from "../client/flink-client.js";
import { FlinkApplicationFailedError } from "../errors.js";
import { checkApplicationId } from "./application-id.js";
import { type ApplicationDetails, fetchApplication } from "./application-info.js";
import { type ApplicationState, isTerminalApplicationState } from "./application-state.js";
import { versionWith } from "./cluster-version.js";
import { type PollOptions, perRequest, poll } from "./poll.js";

export interface WaitForApplicationOptions extends PollOptions {
  /** States that end the wait successfully (default `["RUNNING"]`, with `jobsRunning`). */
  until?: readonly ApplicationState[];
  /**
   * With RUNNING: also wait until the program has submitted a job and every job of the
   * application is RUNNING (or FINISHED) (default true). An application is RUNNING as soon as
   * its program starts, before it has submitted anything, and a program that then fails turns it
   * FAILED: `false` returns at the first RUNNING.
   */
  jobsRunning?: boolean;
  /** Called with each state the wait sees, in order, repeats left out. */
  onState?: (state: ApplicationState) => void;
  /** The cluster's Flink version; asked from `GET /config` when left out. */
  flinkVersion?: string;
}

function jobsRunning(details: ApplicationDetails): boolean {
  const jobs = details.jobs ?? [];
  return jobs.length > 0 && jobs.every((j) => j.state === "RUNNING" || j.state === "FINISHED");
}

/** The newest entry of the application's exception history (best effort: its absence is not an error). */
async function newestException(client: FlinkClient, id: string): Promise<string | undefined> {
  try {
    const result = await client.GET("/applications/{applicationid}/exceptions", {
      params: { path: { applicationid: id } },
    });
    return result.data?.exceptionHistory?.entries?.[0]?.stacktrace;
  } catch {
    return undefined;
  }
}

/**
 * Waits until the application is in one of `until` (default RUNNING with its jobs running) and
 * returns its details (with its jobs).
 * Ends with FlinkApplicationFailedError (carrying the newest exception of its history) when it
 * reaches a terminal state you did not wait for, FlinkTimeoutError at the deadline (`timeoutMs`,
 * default 60 s; 0 waits forever), FlinkAbortError when `signal` fires. An older cluster than 2.3
 * or a malformed id is refused before anything is sent.
 *
 * @example
 * const app = await waitForApplication(flink, applicationId); // RUNNING, with its jobs running
 * const jobIds = app.jobs?.map((j) => j.jid);
 */
export async function waitForApplication(
  client: FlinkClient,
  applicationId: string,
  options: WaitForApplicationOptions = {},
): Promise<ApplicationDetails> {
  const id = checkApplicationId("waitForApplication", applicationId);
  await versionWith(client, GET_APPLICATION_DETAILS_LINES, "waitForApplication", "applications", {
    flinkVersion: options.flinkVersion,
    ...perRequest(options),
  });
  const until = new Set<string>(options.until ?? ["RUNNING"]);
  let seen: ApplicationState | undefined;
  return poll<ApplicationDetails>(
    `application ${id} to reach ${[...until].join(" or ")}${until.has("RUNNING") && options.jobsRunning !== false ? " with its jobs running" : ""}`,
    async () => {
      const details = await fetchApplication(client, id, perRequest(options));
      const state = details.status;
      if (state === undefined) {
        return { done: false };
      }
      if (state !== seen) {
        seen = state;
        options.onState?.(state);
      }
      if (until.has(state)) {
        if (state === "RUNNING" && options.jobsRunning !== false && !jobsRunning(details)) {
          return { done: false, state: `RUNNING (${details.jobs?.length ? "jobs starting" : "no job yet"})` };
        }
        return { done: true, value: details };
      }
      if (isTerminalApplicationState(state)) {
        throw new FlinkApplicationFailedError(id, state, await newestException(client, id));
      }
      return { done: false, state };
    },
    options,
  );
}
