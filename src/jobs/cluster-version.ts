import type { LineRange } from "../../generated/contract-facts.js";
import type { FlinkClient } from "../client/flink-client.js";
import type { FlinkRequestOptions } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import { FlinkError, FlinkInputError } from "../errors.js";
import { inLines } from "../versions/contract.js";
import { releaseLine } from "../versions/flink-version.js";

const versions = new WeakMap<FlinkClient, Promise<string>>();

/**
 * The cluster's Flink version (`GET /config` → `flink-version`), asked once per client.
 * A failed lookup is not cached, so the next call asks again.
 */
export function getFlinkVersion(client: FlinkClient, options: FlinkRequestOptions = {}): Promise<string> {
  let version = versions.get(client);
  if (!version) {
    version = client.GET("/config", options).then((result) => {
      const value = unwrap(result, "GET /config")?.["flink-version"];
      if (typeof value !== "string" || value === "") {
        throw new FlinkError("GET /config did not name the cluster's flink-version; pass flinkVersion explicitly.");
      }
      return value;
    });
    versions.set(client, version);
    version.catch(() => versions.delete(client));
  }
  return version;
}

/**
 * The cluster's version (`flinkVersion` when given, else asked once per client), refused with a
 * typed error, before anything else is sent, when its line lacks what `lines` describes (an
 * operation's `<NAME>_LINES` from the contract).
 *
 * @example
 * await versionWith(client, RUN_JAR_APPLICATION_LINES, "runApplication", "applications", options);
 * // FlinkInputError unsupported-by-version: "runApplication: Flink 1.20 has no applications (they came in 2.3)."
 */
export async function versionWith(
  client: FlinkClient,
  lines: LineRange,
  helper: string,
  feature: string,
  options: FlinkRequestOptions & { flinkVersion?: string | undefined },
): Promise<string> {
  const { flinkVersion, ...call } = options;
  const version =
    flinkVersion ??
    (await getFlinkVersion(client, {
      ...(call.signal ? { signal: call.signal } : {}),
      ...(call.retry !== undefined ? { retry: call.retry } : {}),
    }));
  if (!inLines(version, lines)) {
    const since = lines.since ? ` (they came in ${lines.since})` : "";
    const until = lines.until ? ` (they are gone since ${lines.until})` : "";
    throw new FlinkInputError(
      "unsupported-by-version",
      `${helper}: Flink ${releaseLine(version)} has no ${feature}${since}${until}.`,
      { field: "flinkVersion" },
    );
  }
  return version;
}
