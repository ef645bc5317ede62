import { defaultPathSerializer } from "openapi-fetch";
import { FlinkInputError } from "../errors.js";

/**
 * Checks a jar id before it goes into a URL. Flink takes the last path segment of the upload's
 * `filename` as the id; anything else is refused here, because `..` would be collapsed by the URL
 * parser (`/jars/../run` becomes `/run`) and `/` or `\` would reach another file.
 */
export function assertJarId(jarId: unknown): asserts jarId is string {
  if (typeof jarId !== "string" || jarId === "" || jarId === "." || jarId === "..") {
    throw new FlinkInputError(
      "invalid-jar-id",
      `Invalid jar id ${JSON.stringify(jarId)}: expected the file name Flink returned on upload (e.g. "1b3e…_job.jar").`,
      { field: "jarid" },
    );
  }
  if (jarId.includes("/") || jarId.includes("\\")) {
    throw new FlinkInputError(
      "invalid-jar-id",
      `Invalid jar id ${JSON.stringify(jarId)}: a jar id is a bare file name, without "/" or "\\".`,
      { field: "jarid" },
    );
  }
}

/**
 * openapi-fetch path serializer that refuses path parameters which would change the URL's path
 * (empty, `.`, `..`), and checks jar ids, before any request is built.
 */
export function flinkPathSerializer(pathname: string, pathParams: Record<string, unknown>): string {
  for (const [name, value] of Object.entries(pathParams ?? {})) {
    if (name === "jarid") {
      assertJarId(value);
    } else if (value === "" || value === "." || value === "..") {
      throw new FlinkInputError(
        "invalid-path-parameter",
        `Invalid path parameter ${name}=${JSON.stringify(value)}: it would change the request's path.`,
        { field: name },
      );
    }
  }
  return defaultPathSerializer(pathname, pathParams);
}
