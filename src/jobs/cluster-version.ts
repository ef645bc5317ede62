import type { FlinkClient } from "../client/flink-client.js";
import type { FlinkRequestOptions } from "../client/request-options.js";
import { unwrap } from "../client/result.js";
import { FlinkError } from "../errors.js";

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
