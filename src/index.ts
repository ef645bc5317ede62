/**
 * `flink-rest-client`: the typed client and the FLIP-256 helpers. Browser-safe: no Node-only
 * imports, and no msw (that lives in `flink-rest-client/msw`).
 *
 * @module flink-rest-client
 */
export {
  createFlinkClient,
  type FlinkAuth,
  type FlinkClient,
  type FlinkClientOptions,
  type RetryOptions,
} from "./client.js";
export { BUILTIN_OPTION_CATALOG } from "./config/builtin-catalog.js";
export {
  type ClusterKeyPolicy,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticSeverity,
  mergeDiagnostics,
  type ValidationMode,
} from "./config/diagnostics.js";
export { loadFlinkOptionCatalog } from "./config/load-catalog.js";
export type {
  CatalogLine,
  OptionCatalog,
  OptionInfo,
  OptionMatch,
  OptionMatchKind,
  OptionValueType,
  ValueProblem,
} from "./config/option-catalog.js";
export { CLUSTER_KEY_PREFIXES, type RunFieldKeys, runFieldKeys } from "./config/option-keys.js";
export { findOption, savepointKeys, scopeOfKey } from "./config/options.js";
export {
  HIDDEN_CONTENT,
  isSensitiveKey,
  redactConfiguration,
  redactValue,
} from "./config/redact.js";
export {
  type ClusterConfigInput,
  type ConfigSource,
  type EffectiveEntry,
  type ResolvedRun,
  type ResolveRunInput,
  type RunQuery,
  type RunSettings,
  resolveRunConfiguration,
} from "./config/resolve.js";
export { CLAIM_MODES, type ClaimMode } from "./config/run-fields.js";
export {
  buildPlanRequest,
  buildRunRequest,
  type JarPlanBody,
  type JarRunBody,
  type RunJarOptions,
  type RunRequest,
  type RunRequestTarget,
} from "./config/run-request.js";
export { type OptionScope, RUN_FORCED_KEYS } from "./config/scope-keys.js";
export {
  FlinkConfigurationError,
  type ValidateOptions,
  validateFlinkConfiguration,
} from "./config/validate.js";
export type { FlinkConfigurationInput, FlinkConfigValue } from "./config/values.js";
export {
  FlinkAbortError,
  FlinkApiError,
  FlinkBadRequestError,
  FlinkConflictError,
  FlinkConnectionError,
  FlinkError,
  type FlinkErrorBody,
  FlinkInputError,
  type FlinkInputErrorCode,
  FlinkInternalServerError,
  FlinkJobFailedError,
  FlinkNotFoundError,
  FlinkOperationError,
  type FlinkOutcome,
  FlinkServiceUnavailableError,
  FlinkTimeoutError,
  isFlinkErrorBody,
  parseServerCause,
} from "./errors.js";
export type { FlinkVersion } from "./internal/flink-version.js";
export { assertJarId } from "./internal/path-params.js";
export type { PollOptions } from "./internal/poll.js";
export { getFlinkVersion } from "./jobs/cluster-version.js";
export {
  awaitOperation,
  type CancelJobOptions,
  cancelJob,
  rescaleJob,
  type SavepointOptions,
  type SavepointResult,
  stopWithSavepoint,
  triggerCheckpoint,
  triggerSavepoint,
} from "./jobs/operations.js";
export { type FetchResult, unwrap } from "./jobs/result.js";
export { newJobId, type RunJarHelperOptions, type RunJarResult, runJar } from "./jobs/run.js";
export { type SubmitJarOptions, type SubmitJarResult, submitJar } from "./jobs/submit.js";
export {
  type JarSource,
  type UploadedJar,
  type UploadJarOptions,
  type UploadProgress,
  uploadJar,
} from "./jobs/upload.js";
export { type JobState, rootException, TERMINAL_STATES, type WaitForJobOptions, waitForJob } from "./jobs/wait.js";
