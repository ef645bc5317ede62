/**
 * The live preview: the configuration the job will see, as `resolveRunConfiguration` computes
 * Flink's /run precedence from the cluster's configuration and the request being built.
 */
import {
  buildRunRequest,
  type ConfigSource,
  type EffectiveEntry,
  type RunJarOptions,
  redactConfiguration,
  resolveRunConfiguration,
} from "flink-rest-client";
import { flinkOptionCatalog } from "flink-rest-client/options";

const SOURCE_NAMES: Record<ConfigSource, string> = {
  default: "Flink's default",
  cluster: "cluster",
  flinkConfiguration: "flinkConfiguration",
  query: "query parameter",
  body: "request field",
  handler: "Flink's run handler",
};

const shown = (key: string, value: string) => String(redactConfiguration({ [key]: value })[key]);

function describeSource(entry: EffectiveEntry): string {
  const replaced = entry.replaced?.map((r) => `${SOURCE_NAMES[r.source]}: ${shown(entry.key, r.value)}`);
  return replaced?.length ? `${SOURCE_NAMES[entry.source]} (over ${replaced.join("; ")})` : SOURCE_NAMES[entry.source];
}

/**
 * Fills `body` with the keys the request sets or changes (those that come unchanged from the
 * cluster are left out). Throws the run-request builder's error for input it refuses.
 */
export function renderPreview(
  body: HTMLTableSectionElement,
  options: RunJarOptions,
  cluster: { version: string; config: Record<string, string> },
): void {
  const target = { flinkVersion: cluster.version, catalog: flinkOptionCatalog, validation: "off" as const };
  const request = buildRunRequest(options, target);
  const resolved = resolveRunConfiguration({
    ...target,
    clusterConfig: cluster.config,
    body: request.body,
    includeDefaults: false,
  });
  const rows = [...resolved.entries.values()]
    .filter((entry) => entry.source !== "cluster" || entry.replaced)
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((entry) => {
      const row = document.createElement("tr");
      row.dataset.key = entry.key;
      for (const text of [entry.key, shown(entry.key, entry.value), describeSource(entry)]) {
        row.append(Object.assign(document.createElement("td"), { textContent: text }));
      }
      return row;
    });
  body.replaceChildren(...rows);
}
