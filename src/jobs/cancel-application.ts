/** `cancelApplication`: cancels an application (Flink 2.3+) and, by default, waits until it is CANCELED. */
import { CANCEL_APPLICATION_LINES } from "../../generated/contract-facts.js";
import type { FlinkClient } from "../client/flink-client.js";
import { unwrap } from "../client/result.js";
import { FlinkApplicationFailedError, FlinkNotFoundError } from "../errors.js";
import { checkApplicationId } from "./application-id.js";
import { fetchApplication } from "./application-info.js";
import type { ApplicationState } from "./application-state.js";
import { versionWith } from "./cluster-version.js";
import { type PollOptions, perRequest } from "./poll.js";
import { waitForApplication } from "./wait-application.js";

export interface CancelApplicationOptions extends PollOptions {
  /** Wait until the application is CANCELED (default true; it is CANCELING first, ~2 s on 2.3.0). */
  wait?: boolean;
  /** The cluster's Flink version; asked from `GET /config` when left out. */
  flinkVersion?: string;
}

/**
 * Cancels an application and its running jobs (`POST /applications/{id}/cancel`) and, by
 * default, waits until it is CANCELED. Like `cancelJob`, cancelling a cancelled application
 * succeeds again (Flink answers 404 for it; the helper looks the application up), one that ended
 * otherwise ends with FlinkApplicationFailedError naming its state, and an unknown id with Flink's
 * 404 (FlinkNotFoundError). Returns the state waited for, or undefined with `wait: false`.
 *
 * @example
 * await cancelApplication(flink, applicationId, { timeoutMs: 60_000 });
 */
export async function cancelApplication(
  client: FlinkClient,
  applicationId: string,
  options: CancelApplicationOptions = {},
): Promise<ApplicationState | undefined> {
  const id = checkApplicationId("cancelApplication", applicationId);
  const version = await versionWith(client, CANCEL_APPLICATION_LINES, "cancelApplication", "applications", {
    flinkVersion: options.flinkVersion,
    ...perRequest(options),
  });
  const result = await client.POST("/applications/{applicationid}/cancel", {
    params: { path: { applicationid: id } },
    ...perRequest(options),
  });
  try {
    unwrap(result, `POST /applications/${id}/cancel`);
  } catch (error) {
    if (!(error instanceof FlinkNotFoundError)) {
      throw error;
    }
    // Flink answers 404 for an ended application too: say which, as cancelJob does for jobs.
    const ended = await fetchApplication(client, id, perRequest(options)).catch(() => undefined);
    if (ended?.status === "CANCELED") {
      return "CANCELED";
    }
    if (ended?.status === "FINISHED" || ended?.status === "FAILED") {
      throw new FlinkApplicationFailedError(id, ended.status, undefined, { cause: error });
    }
    throw error;
  }
  if (options.wait === false) {
    return undefined;
  }
  const { wait: _, ...waitOptions } = options;
  const details = await waitForApplication(client, id, { ...waitOptions, flinkVersion: version, until: ["CANCELED"] });
  return details.status;
}
