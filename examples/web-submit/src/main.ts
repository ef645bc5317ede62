/**
 * A job-submission page for Flink, on flink-rest-client's public entries only: connect to a REST
 * address, pick or upload a jar, fill the run options and flinkConfiguration (with completion,
 * the validator's findings and a live preview of the effective configuration), submit, and
 * follow the job's state.
 */
import {
  buildRunRequest,
  type ClaimMode,
  createFlinkClient,
  type FlinkClient,
  FlinkError,
  type RunJarOptions,
  resolveRunConfiguration,
  runJar,
  unwrap,
  uploadJar,
} from "flink-rest-client";
import { flinkOptionCatalog, validateFlinkConfiguration } from "flink-rest-client/options";
import { createConfigEditor } from "./config-editor.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Cluster {
  client: FlinkClient;
  version: string;
  config: Record<string, string>;
}

let cluster: Cluster | undefined;
const editor = createConfigEditor($<HTMLTableElement>("config-table").tBodies[0] as HTMLTableSectionElement, refresh);

function runOptions(): RunJarOptions {
  const text = (id: string) => $<HTMLInputElement>(id).value.trim();
  const parallelism = text("parallelism");
  const args = $<HTMLTextAreaElement>("program-args")
    .value.split("\n")
    .map((a) => a.trim())
    .filter((a) => a !== "");
  const claimMode = text("claim-mode");
  return {
    ...(text("entry-class") ? { entryClass: text("entry-class") } : {}),
    ...(parallelism ? { parallelism: Number(parallelism) } : {}),
    ...(args.length > 0 ? { programArgs: args } : {}),
    ...(text("savepoint-path") ? { savepointPath: text("savepoint-path") } : {}),
    ...($<HTMLInputElement>("allow-non-restored").checked ? { allowNonRestoredState: true } : {}),
    ...(claimMode ? { claimMode: claimMode as ClaimMode } : {}),
    flinkConfiguration: editor.values(),
  };
}

/** Findings and the preview, recomputed on every change (all local: nothing is sent). */
function refresh(): void {
  const error = $<HTMLParagraphElement>("request-error");
  const preview = $<HTMLTableElement>("preview").tBodies[0] as HTMLTableSectionElement;
  if (!cluster) {
    return;
  }
  const options = runOptions();
  editor.showFindings(
    validateFlinkConfiguration(options.flinkConfiguration ?? {}, {
      flinkVersion: cluster.version,
      clusterConfig: cluster.config,
    }),
  );
  try {
    const { body } = buildRunRequest(options, {
      flinkVersion: cluster.version,
      catalog: flinkOptionCatalog,
      validation: "off",
    });
    const resolved = resolveRunConfiguration({
      flinkVersion: cluster.version,
      clusterConfig: cluster.config,
      body,
      includeDefaults: false,
      catalog: flinkOptionCatalog,
      validation: "off",
    });
    preview.replaceChildren(
      ...[...resolved.entries.values()]
        .filter((e) => e.source !== "cluster" || e.replaced)
        .sort((a, b) => a.key.localeCompare(b.key))
        .map((e) => {
          const row = document.createElement("tr");
          for (const text of [
            e.key,
            e.value,
            e.replaced ? `${e.source} (over ${e.replaced.map((r) => r.source).join(", ")})` : e.source,
          ]) {
            row.append(Object.assign(document.createElement("td"), { textContent: text }));
          }
          return row;
        }),
    );
    error.hidden = true;
  } catch (e) {
    error.textContent = (e as Error).message;
    error.hidden = false;
  }
}

async function loadJars(select?: string): Promise<void> {
  if (!cluster) {
    return;
  }
  const files = unwrap(await cluster.client.GET("/jars"))?.files ?? [];
  $<HTMLSelectElement>("jar").replaceChildren(
    ...files.map((f) =>
      Object.assign(document.createElement("option"), { value: f.id, textContent: f.name, selected: f.id === select }),
    ),
  );
}

async function connect(): Promise<void> {
  const status = $<HTMLParagraphElement>("cluster-status");
  const url = $<HTMLInputElement>("flink-url").value.trim();
  try {
    const client = createFlinkClient({ baseUrl: new URL(url, location.href).href });
    const version = unwrap(await client.GET("/config"))?.["flink-version"] as string;
    const entries = unwrap(await client.GET("/jobmanager/config")) ?? [];
    cluster = { client, version, config: Object.fromEntries(entries.map((e) => [e.key, e.value])) };
    $<HTMLDataListElement>("option-keys").replaceChildren(
      ...flinkOptionCatalog.keys(version).map((key) => Object.assign(document.createElement("option"), { value: key })),
    );
    status.textContent = `Connected to Flink ${version} (${entries.length} cluster settings).`;
    await loadJars();
    refresh();
  } catch (e) {
    cluster = undefined;
    status.textContent = `Cannot connect: ${(e as Error).message}`;
  }
}

async function upload(file: File): Promise<void> {
  if (!cluster) {
    return;
  }
  const progress = $<HTMLProgressElement>("upload-progress");
  progress.hidden = false;
  const { jarId } = await uploadJar(cluster.client, file, {
    onProgress: ({ sent, total }) => {
      progress.value = total ? sent / total : 0;
    },
  });
  progress.value = 1;
  await loadJars(jarId);
}

async function submit(): Promise<void> {
  const status = $<HTMLParagraphElement>("job-status");
  const jarId = $<HTMLSelectElement>("jar").value;
  if (!cluster || !jarId) {
    status.textContent = "Connect to a cluster and choose a jar first.";
    return;
  }
  try {
    const { jobId } = await runJar(cluster.client, jarId, {
      ...runOptions(),
      flinkVersion: cluster.version,
      catalog: flinkOptionCatalog,
    });
    status.dataset.jobId = jobId;
    await follow(jobId);
  } catch (e) {
    status.textContent = e instanceof FlinkError ? `Submission failed: ${e.message}` : String(e);
  }
}

/** Shows the job's state until it ends (polling, as Flink's own web UI does). */
async function follow(jobId: string): Promise<void> {
  const status = $<HTMLParagraphElement>("job-status");
  for (;;) {
    const state = unwrap(
      await (cluster as Cluster).client.GET("/jobs/{jobid}/status", { params: { path: { jobid: jobId } } }),
    )?.status;
    status.textContent = `Job ${jobId}: ${state}`;
    status.dataset.state = state ?? "";
    if (state === "FINISHED" || state === "FAILED" || state === "CANCELED") {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

$<HTMLInputElement>("flink-url").value =
  new URLSearchParams(location.search).get("flink") ?? `${location.origin}/flink`;
$<HTMLButtonElement>("connect").addEventListener("click", () => void connect());
$<HTMLButtonElement>("add-row").addEventListener("click", () => editor.addRow());
$<HTMLInputElement>("jar-file").addEventListener("change", (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) {
    void upload(file);
  }
});
for (const id of ["entry-class", "parallelism", "program-args", "savepoint-path", "claim-mode", "allow-non-restored"]) {
  $(id).addEventListener("input", refresh);
}
$<HTMLFormElement>("submit-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void submit();
});
editor.addRow("pipeline.name", "submitted from the web page");
void connect();
