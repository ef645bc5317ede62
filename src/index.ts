/**
 * `flink-rest-client`: the typed client, the FLIP-256 request builder and resolver, the job
 * lifecycle helpers and their errors. Browser-safe: no Node-only imports, and no msw (that lives
 * in `flink-rest-client/msw`). Flink's options as data are in `flink-rest-client/options`.
 *
 * @module flink-rest-client
 */

export type { FlinkAuth } from "./client/auth.js";
// The client.
export { createFlinkClient, type FlinkClientOptions } from "./client/create-client.js";
export type { FlinkClient, FlinkClientMethod } from "./client/flink-client.js";
export type { FlinkRequestOptions, RetryOptions } from "./client/request-options.js";

// Errors.
export {
  FlinkAbortError,
  FlinkApiError,
  FlinkApplicationFailedError,
  FlinkBadRequestError,
  FlinkConflictError,
  FlinkConnectionError,
  FlinkError,
  type FlinkErrorBody,
  FlinkInputError,
  type FlinkInputErrorCode,
  FlinkInternalServerError,
  FlinkJobFailedError,
  FlinkJobGoneError,
  FlinkNotFoundError,
  FlinkOperationError,
  FlinkOperationLostError,
  FlinkOutcomeUnknownError,
  FlinkResponseError,
  FlinkServiceUnavailableError,
  FlinkTimeoutError,
  type SubmissionState,
} from "./errors.js";
// Lifecycle helpers.
export {
  type ApplicationDetails,
  type ApplicationException,
  type ApplicationRequestOptions,
  type ApplicationSummary,
  getApplication,
  getApplicationConfig,
  getApplicationExceptions,
  listApplications,
} from "./jobs/application-info.js";
export { type ApplicationState, isTerminalApplicationState } from "./jobs/application-state.js";
export { type CancelJobOptions, cancelJob } from "./jobs/cancel.js";
export { type CancelApplicationOptions, cancelApplication } from "./jobs/cancel-application.js";
export { getFlinkVersion } from "./jobs/cluster-version.js";
export type { JobOverview } from "./jobs/fleet.js";
export type { JobState } from "./jobs/job-state.js";
export type { PollOptions } from "./jobs/poll.js";
export { rescaleJob } from "./jobs/rescale.js";
export {
  type PreparedRun,
  prepareRun,
  type RunJarHelperOptions,
  type RunJarResult,
  runJar,
  sendRun,
} from "./jobs/run.js";
export {
  type PreparedApplication,
  prepareApplication,
  type RunApplicationHelperOptions,
  type RunApplicationResult,
  runApplication,
  sendApplication,
} from "./jobs/run-application.js";
export {
  disposeSavepoint,
  type SavepointOptions,
  type SavepointResult,
  stopWithSavepoint,
  triggerCheckpoint,
  triggerSavepoint,
} from "./jobs/snapshots.js";
export {
  type SubmitApplicationOptions,
  type SubmitApplicationResult,
  type SubmitJarOptions,
  type SubmitJarResult,
  submitJar,
} from "./jobs/submit.js";
export {
  type JarSource,
  type UploadedJar,
  type UploadJarOptions,
  type UploadProgress,
  uploadJar,
} from "./jobs/upload.js";
export { type WaitForJobOptions, waitForJob } from "./jobs/wait.js";
export { type WaitForApplicationOptions, waitForApplication } from "./jobs/wait-application.js";
export {
  type JobChange,
  type JobGone,
  type JobStateChange,
  type WatchJobsOptions,
  watchJobs,
} from "./jobs/watch-jobs.js";
// What the request builder and the resolver read and report.
export type { ClusterConfigInput } from "./options/cluster-config.js";
export type {
  CheckedFlinkVersion,
  FlinkConfiguration,
  FlinkConfigValue,
  FlinkLine,
  SupportedFlinkVersion,
  UntypedFlinkConfiguration,
} from "./options/configuration-type.js";
export type { Diagnostic, DiagnosticCode, DiagnosticSeverity, ValidationMode } from "./options/diagnostics.js";
export { loadFlinkOptionCatalog } from "./options/load-catalog.js";
export type { OptionCatalog } from "./options/option-catalog.js";
export { isSensitiveKey, redactConfiguration } from "./options/redaction.js";
export { untypedFlinkConfiguration } from "./options/untyped-configuration.js";
export { FlinkConfigurationError } from "./options/validate.js";
// The FLIP-256 layer: build a run request, resolve the configuration a job gets.
export {
  buildPlanRequest,
  buildRunApplicationRequest,
  buildRunRequest,
  type RunRequest,
  type RunRequestTarget,
} from "./run/build.js";
export type { ClaimMode } from "./run/fields.js";
export type { ClusterKeyPolicy } from "./run/findings.js";
export type { PlanJarOptions, RunApplicationOptions, RunJarOptions } from "./run/from-options.js";
export type { RunQuery } from "./run/parse-query.js";
export {
  type ConfigSource,
  type EffectiveEntry,
  type ResolveContext,
  type ResolvedRun,
  type ResolveRunInput,
  type RunSettings,
  resolveRunConfiguration,
} from "./run/resolve.js";
export type { RestoreSettings } from "./run/savepoint.js";
export type { JarPlanBody, JarRunApplicationBody, JarRunBody } from "./run/to-body.js";
export type { FlinkVersion } from "./versions/flink-version.js";
