/**
 * Which cluster a command talks to, chosen as `bin/flink` chooses: `-m host:port`, else the
 * `rest.address` / `rest.port` given with `-D`, plus flink-rest's `--url` and `$FLINK_URL`. The
 * default port is Flink's `rest.port` default, read from the option catalog.
 */

import { FLINK_LINES } from "../../generated/contract-facts.js";
import { maskCredentials } from "../client/base-url.js";
import { loadFlinkOptionCatalog } from "../options/load-catalog.js";
import { YARN_TREATMENT } from "./flink-flags.js";
import { usageError } from "./invocation.js";
import type { OptionValues } from "./option-values.js";

/** Keys of `-D` that select the cluster rather than configure a job. */
export const ADDRESS_KEYS = ["rest.address", "rest.port"] as const;

/** Whether `-D rest.address` / `-D rest.port` choose the cluster (no --url or -m was given). */
export function definesSelectCluster(values: OptionValues): boolean {
  const defines = values.defines();
  return (
    values.own("url") === undefined &&
    values.value("address") === undefined &&
    ADDRESS_KEYS.some((key) => defines.has(key))
  );
}

async function defaultRestPort(): Promise<string> {
  const catalog = await loadFlinkOptionCatalog();
  const port = catalog.find("rest.port", FLINK_LINES[FLINK_LINES.length - 1] as string)?.option.defaultValue;
  if (port === undefined) {
    throw new Error("the option catalog has no default for rest.port");
  }
  return port;
}

function checkedUrl(url: string, from: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(
      `${from}: ${JSON.stringify(maskCredentials(url))} is not a valid URL (check the host and the port, 1 to 65535).`,
      from,
    );
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw usageError(
      `${from}: expected an http:// or https:// address, got ${JSON.stringify(maskCredentials(url))}.`,
      from,
    );
  }
  return url;
}

/** `-m`'s value: host:port as in Flink (an http(s) URL is taken too). */
function fromJobManager(value: string): string {
  if (value === "yarn-cluster") {
    throw usageError(`-m yarn-cluster: ${YARN_TREATMENT.refuse}`, "-m");
  }
  if (/^https?:\/\//i.test(value)) {
    return checkedUrl(value, "-m");
  }
  const match = /^(\[[^\]]+\]|[^:/\s[\]]+):(\d+)$/.exec(value);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535) {
    throw usageError(
      `-m expects the JobManager's host:port (e.g. -m localhost:8081), got ${JSON.stringify(maskCredentials(value))}.`,
      "-m",
    );
  }
  return checkedUrl(`http://${value}`, "-m");
}

/** Addresses separated by commas (`--url a,b`, `FLINK_URL=a,b`): every JobManager of an HA cluster. */
function splitAddresses(text: string, from: string): string[] {
  const parts = text.split(",").map((part) => part.trim());
  if (parts.some((part) => part === "")) {
    throw usageError(`${from}: an empty address in ${JSON.stringify(maskCredentials(text))}.`, from);
  }
  return parts.map((part) => checkedUrl(part, from));
}

/**
 * The REST addresses a command talks to: one, or every JobManager of a high-availability cluster
 * (`--url a,b`, `--url a --url b`, `FLINK_URL=a,b`).
 */
export async function clusterUrls(
  values: OptionValues,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string[]> {
  const urls = values.ownValues("url");
  const jobManager = values.value("address");
  if (urls.length > 0 && jobManager !== undefined) {
    throw usageError("--url and -m both name the cluster: give one of them.", "--url");
  }
  if (urls.length > 0) {
    const all = urls.flatMap((url) => splitAddresses(url, "--url"));
    if (new Set(all).size < all.length) {
      throw usageError("--url names the same address twice.", "--url");
    }
    return all;
  }
  if (jobManager !== undefined) {
    return [fromJobManager(jobManager)];
  }
  const defines = values.defines();
  const address = defines.get("rest.address");
  const port = defines.get("rest.port");
  if (address !== undefined || port !== undefined) {
    return [checkedUrl(`http://${address ?? "localhost"}:${port ?? (await defaultRestPort())}`, "-D rest.address")];
  }
  if (env.FLINK_URL) {
    return splitAddresses(env.FLINK_URL, "FLINK_URL");
  }
  return [`http://localhost:${await defaultRestPort()}`];
}
