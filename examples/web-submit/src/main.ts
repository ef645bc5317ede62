/**
 * A job-submission page for Flink on flink-rest-client's public entries only: connect to a REST
 * address (or a fake cluster in this browser), pick or upload a jar, fill the run options and
 * flinkConfiguration (completion, the validator's findings and a live preview of the effective
 * configuration), submit, and follow the job's state.
 */
import {
  type ClaimMode,
  cancelJob,
  createFlinkClient,
  FlinkApiError,
  type FlinkClient,
  FlinkConfigurationError,
  getFlinkVersion,
  type RunJarOptions,
  runJar,
  uploadJar,
} from "flink-rest-client";
import { flinkOptionCatalog, validateFlinkConfiguration } from "flink-rest-client/options";
import { createConfigEditor } from "./config-editor.js";
import { followJob } from "./follow-job.js";
import { renderPreview } from "./preview.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const text = (id: string) => $<HTMLInputElement>(id).value.trim();

interface Cluster {
  client: FlinkClient;
  version: string;
  config: Record<string, string>;
}

let cluster: Cluster | undefined;
let stopFollowing = () => {};
const editor = createConfigEditor($<HTMLTableElement>("config-table").tBodies[0] as HTMLTableSectionElement, refresh);

function runOptions(): RunJarOptions {
  const args = $<HTMLTextAreaElement>("program-args")
    .value.split("\n")
    .map((a) => a.trim())
    .filter((a) => a !== "");
  return {
    ...(text("entry-class") ? { entryClass: text("entry-class") } : {}),
    ...(text("parallelism") ? { parallelism: Number(text("parallelism")) } : {}),
    ...(args.length > 0 ? { programArgs: args } : {}),
    ...(text("savepoint-path") ? { savepointPath: text("savepoint-path") } : {}),
    ...($<HTMLInputElement>("allow-non-restored").checked ? { allowNonRestoredState: true } : {}),
    ...(text("claim-mode") ? { claimMode: text("claim-mode") as ClaimMode } : {}),
    flinkConfiguration: editor.values(),
  };
}

/** Findings and the preview, recomputed on every change; all local, nothing is sent. */
function refresh(): void {
  if (!cluster) {
    return;
  }
  const options = runOptions();
  const { version, config } = cluster;
  editor.showFindings(
    validateFlinkConfiguration(options.flinkConfiguration ?? {}, { flinkVersion: version, clusterConfig: config }),
  );
  const error = $<HTMLParagraphElement>("request-error");
  const preview = $<HTMLTableElement>("preview");
  try {
    renderPreview(preview.tBodies[0] as HTMLTableSectionElement, options, cluster);
    error.hidden = true;
  } catch (e) {
    // The run-request builder refuses input Flink would reject (a bad parallelism, say); the
    // preview keeps the last request it could build, greyed out.
    error.textContent = (e as Error).message;
    error.hidden = false;
  }
  preview.classList.toggle("stale", !error.hidden);
}

/** The data of a successful call, or Flink's error as the SDK types it. */
function dataOf<T>({ data, error, response }: { data?: T; error?: unknown; response: Response }): T | undefined {
  if (error !== undefined || !response.ok) {
    throw FlinkApiError.fromResult(error, response);
  }
  return data;
}

async function loadJars(select?: string): Promise<void> {
  const files = dataOf(await (cluster as Cluster).client.GET("/jars"))?.files ?? [];
  const options = files.map((f) =>
    Object.assign(document.createElement("option"), { value: f.id, textContent: f.name, selected: f.id === select }),
  );
  $<HTMLSelectElement>("jar").replaceChildren(
    ...(options.length > 0
      ? options
      : [Object.assign(document.createElement("option"), { value: "", textContent: "(none yet: upload one)" })]),
  );
}

async function connect(url: string): Promise<void> {
  const status = $<HTMLParagraphElement>("cluster-status");
  const hint = $<HTMLParagraphElement>("cluster-hint");
  stopFollowing();
  cluster = undefined;
  $<HTMLFieldSetElement>("job-fields").disabled = true;
  hint.hidden = true;
  status.textContent = `Connecting to ${url}…`;
  try {
    const baseUrl = new URL(url, location.href).href;
    const client = createFlinkClient({ baseUrl, timeoutMs: 15_000 });
    const version = await getFlinkVersion(client);
    const entries = dataOf(await client.GET("/jobmanager/config")) ?? [];
    cluster = { client, version, config: Object.fromEntries(entries.map((e) => [e.key, e.value])) };
    $<HTMLDataListElement>("option-keys").replaceChildren(
      ...flinkOptionCatalog.keys(version).map((key) => Object.assign(document.createElement("option"), { value: key })),
    );
    await loadJars();
    status.textContent = `Connected to Flink ${version} at ${baseUrl} (${entries.length} cluster settings).`;
    if (new URL(baseUrl).origin !== location.origin) {
      // Flink sends Access-Control-Allow-Origin, but answers no preflight (OPTIONS): reading works
      // from another origin, a JSON POST (submit), a PATCH (cancel) or an upload with progress do not.
      hint.textContent =
        "This page is not on the cluster's origin. Flink answers no CORS preflight requests, so submitting from here fails unless a proxy in front of Flink answers them; serve this page from Flink's origin or through a proxy (see the README).";
      hint.hidden = false;
    }
    $<HTMLFieldSetElement>("job-fields").disabled = false;
    refresh();
  } catch (e) {
    status.textContent = `Cannot connect: ${(e as Error).message}`;
  }
}

const size = (bytes: number | undefined) => (bytes === undefined ? "?" : `${(bytes / 1024).toFixed(1)} KiB`);

async function upload(file: File): Promise<void> {
  const progress = $<HTMLProgressElement>("upload-progress");
  const status = $<HTMLSpanElement>("upload-status");
  progress.hidden = false;
  progress.value = 0;
  try {
    const { jarId } = await uploadJar((cluster as Cluster).client, file, {
      onProgress: ({ sent, total }) => {
        progress.value = total ? sent / total : 0;
        status.textContent = `${size(sent)} of ${size(total)}`;
      },
    });
    await loadJars(jarId);
    status.textContent = `Uploaded ${file.name}.`;
  } catch (e) {
    status.textContent = `Upload failed: ${(e as Error).message}`;
  }
}

function showJob(jobId: string): void {
  const status = $<HTMLParagraphElement>("job-status");
  const cancel = $<HTMLButtonElement>("cancel-job");
  status.dataset.jobId = jobId;
  cancel.hidden = false;
  stopFollowing = followJob((cluster as Cluster).client, jobId, (update) => {
    if ("error" in update) {
      status.textContent = `Job ${jobId}: no answer (${update.error}); trying again.`;
      return;
    }
    status.dataset.state = update.state;
    status.textContent = `Job ${jobId}: ${update.state}${update.failure ? `: ${update.failure.split("\n")[0]}` : ""}`;
    cancel.hidden = update.state === "FINISHED" || update.state === "FAILED" || update.state === "CANCELED";
  });
}

async function submit(): Promise<void> {
  const status = $<HTMLParagraphElement>("job-status");
  const button = $<HTMLButtonElement>("submit");
  const jarId = $<HTMLSelectElement>("jar").value;
  if (!cluster || !jarId) {
    status.textContent = "Choose or upload a jar first.";
    return;
  }
  stopFollowing();
  button.disabled = true;
  status.textContent = "Submitting… (Flink runs the jar's main() before it answers)";
  delete status.dataset.state;
  try {
    const { jobId } = await runJar(cluster.client, jarId, {
      ...runOptions(),
      flinkVersion: cluster.version,
      catalog: flinkOptionCatalog,
      // Findings of severity error (a key Flink would ignore, a value it cannot parse) stop it here.
      validation: "error",
    });
    showJob(jobId);
  } catch (e) {
    status.textContent =
      e instanceof FlinkConfigurationError
        ? "Not submitted: fix the flinkConfiguration findings marked as errors first."
        : `Submission failed: ${(e as Error).message}`;
  } finally {
    button.disabled = false;
  }
}

async function useFakeCluster(): Promise<void> {
  const status = $<HTMLParagraphElement>("cluster-status");
  status.textContent = "Starting a fake cluster in this browser…";
  try {
    const { startFakeCluster } = await import("./fake-cluster.js");
    const url = await startFakeCluster(new URLSearchParams(location.search).get("version") ?? "2.3");
    $<HTMLInputElement>("flink-url").value = url;
    await connect(url);
  } catch (e) {
    status.textContent = `Cannot start the fake cluster: ${(e as Error).message}`;
  }
}

$<HTMLFormElement>("connect-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void connect(text("flink-url"));
});
$<HTMLButtonElement>("use-fake").addEventListener("click", () => void useFakeCluster());
$<HTMLButtonElement>("add-row").addEventListener("click", () => editor.addRow());
$<HTMLButtonElement>("cancel-job").addEventListener("click", () => {
  const jobId = $<HTMLParagraphElement>("job-status").dataset.jobId;
  if (cluster && jobId) {
    // The poller shows CANCELING and CANCELED as they come.
    cancelJob(cluster.client, jobId, { wait: false }).catch((e: Error) => {
      $<HTMLParagraphElement>("job-status").textContent = `Cannot cancel: ${e.message}`;
    });
  }
});
$<HTMLInputElement>("jar-file").addEventListener("change", (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file && cluster) {
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
// ?flink=fake starts the fake cluster; ?flink=URL connects there; by default the page's own
// /flink, which the dev server (and any reverse proxy you put the page behind) forwards to Flink.
const requested = new URLSearchParams(location.search).get("flink");
if (requested === "fake") {
  void useFakeCluster();
} else {
  $<HTMLInputElement>("flink-url").value = new URL(requested ?? "flink", document.baseURI).href;
  void connect(text("flink-url"));
}
