/** `rescaleJob`: changes a running job's parallelism through its resource requirements. */

import { UPDATE_JOB_RESOURCE_REQUIREMENTS_LINES } from "../../generated/contract-facts.js";
import type { FlinkClient } from "../client/flink-client.js";
import type { FlinkRequestOptions } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import { FlinkInputError } from "../errors.js";
import { inLines } from "../versions/contract.js";
import { releaseLine } from "../versions/flink-version.js";
import { getFlinkVersion } from "./cluster-version.js";
import { perRequest } from "./poll.js";

/**
 * Rescales a running job by changing its resource requirements (Flink 1.18+, with the adaptive
 * scheduler): every vertex gets `parallelism` as its upper bound. The old
 * `PATCH /jobs/{id}/rescaling` is disabled in Flink (it always answers 503), so it is not used.
 *
 * @example
 * await rescaleJob(flink, jobId, 8);
 */
export async function rescaleJob(
  client: FlinkClient,
  jobId: string,
  parallelism: number,
  options: FlinkRequestOptions & { flinkVersion?: string } = {},
): Promise<void> {
  if (!Number.isInteger(parallelism) || parallelism < 1) {
    throw new FlinkInputError(
      "invalid-field",
      `rescaleJob: parallelism must be a positive integer, got ${parallelism}.`,
      {
        field: "parallelism",
      },
    );
  }
  const version = options.flinkVersion ?? (await getFlinkVersion(client, perRequest(options)));
  if (!inLines(version, UPDATE_JOB_RESOURCE_REQUIREMENTS_LINES)) {
    throw new FlinkInputError(
      "unsupported-by-version",
      `rescaleJob: Flink ${releaseLine(version)} cannot rescale a running job over REST (resource requirements came in ${UPDATE_JOB_RESOURCE_REQUIREMENTS_LINES.since}).`,
      { field: "flinkVersion" },
    );
  }
  const current = unwrap(
    await client.GET("/jobs/{jobid}/resource-requirements", {
      params: { path: { jobid: jobId } },
      ...perRequest(options),
    }),
    `GET /jobs/${jobId}/resource-requirements`,
  );
  const next = Object.fromEntries(
    Object.entries(current).map(([vertex, req]) => [
      vertex,
      { parallelism: { lowerBound: Math.min(req.parallelism.lowerBound, parallelism), upperBound: parallelism } },
    ]),
  );
  unwrap(
    await client.PUT("/jobs/{jobid}/resource-requirements", {
      params: { path: { jobid: jobId } },
      body: next,
      ...perRequest(options),
    }),
    `PUT /jobs/${jobId}/resource-requirements`,
  );
}
