/**
 * `flink-rest-client/msw`: a stateful fake Flink session cluster served by MSW handlers, for the
 * tests of downstream projects. The only entry that imports `msw` (an optional peer dependency).
 *
 * @module flink-rest-client/msw
 */

export type { JobSubmission } from "./cluster/job-graphs.js";
export {
  CONFIG_ECHO_ENTRY_CLASS,
  configEchoProgram,
  type FakeExecutionEnvironment,
  type FakeProgram,
  FakeProgramError,
  type RuntimeMode,
} from "./cluster/programs.js";
export type { ResolvedRequest } from "./cluster/state.js";
export {
  type FakeClusterOptions,
  FakeFlinkCluster,
  type FakeJar,
  type FakeTimings,
  type RunDiagnostics,
} from "./fake-cluster.js";
export { type FailOptions, type FaultEffect, FaultInjector, LEADER_ELECTION_MESSAGE } from "./faults.js";
export { createFlinkHaMock, type FakeJobManager, type FlinkHaMock, type FlinkHaMockOptions } from "./ha-mock.js";
export { createFlinkMock, type FlinkMock, type FlinkMockOptions } from "./handlers.js";
export { type FailSnapshotsOptions, FakeJobControl, type JobStep, type SnapshotKind } from "./job-control.js";
export {
  type FakeOperationId,
  type LoggedJobRequest,
  type LoggedRequest,
  type LoggedRun,
  type LoggedUpload,
  RequestLog,
} from "./request-log.js";
export type { FakeApplication, FakeApplicationException } from "./views/fake-application.js";
export type { FakeJob } from "./views/fake-job.js";
