import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { FlinkInputError } from "./errors.js";
import { flinkBodySerializer } from "./internal/body-serializer.js";
import { flinkPathSerializer } from "./internal/path-params.js";

/** A typed client for every operation of Flink's REST API (openapi-fetch). */
export type FlinkClient = Client<paths, `${string}/${string}`>;

export interface FlinkClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** The JobManager's REST address, e.g. `http://localhost:8081` (a path prefix behind a proxy is kept). */
  baseUrl: string;
}

/**
 * Creates a typed client for Flink's REST API.
 *
 * Differences from a bare openapi-fetch client: path parameters that would change the URL
 * (`..`, `.`, empty, a jar id with `/`) are refused before a request is built; a body holding
 * a Blob is sent as multipart; and `redirect` defaults to `"error"`, because with `"follow"`
 * fetch keeps a whole upload in memory to be able to replay it (nodejs/undici#4058).
 *
 * @example
 * const flink = createFlinkClient({ baseUrl: "http://localhost:8081" });
 * const { data } = await flink.GET("/jobs/overview");
 */
export function createFlinkClient(options: FlinkClientOptions): FlinkClient {
  if (typeof options?.baseUrl !== "string" || !/^https?:\/\//i.test(options.baseUrl)) {
    throw new FlinkInputError(
      "invalid-option",
      `createFlinkClient: baseUrl must be an http(s) URL such as "http://localhost:8081", got ${JSON.stringify(options?.baseUrl)}.`,
      { field: "baseUrl" },
    );
  }
  return createClient<paths>({
    redirect: "error",
    pathSerializer: flinkPathSerializer,
    bodySerializer: flinkBodySerializer,
    ...options,
  });
}
