/**
 * DO NOT EDIT: generated from openapi.yaml and flink-versions.json by scripts/generate.mjs.
 * Change those and run `npm run generate`; CI fails when this file is stale.
 */

/**
 * The facts of openapi.yaml that code reads at run time: which release line has which operation,
 * field, query parameter and behaviour (x-flink-since / x-flink-until / x-flink-behaviours), the
 * JSON types of request fields, and the enumerations. Read through src/versions/.
 */

/** Release lines the SDK supports, oldest first (flink-versions.json). */
export const FLINK_LINES = ["1.17","1.18","1.19","1.20","2.0","2.1","2.2","2.3"] as const;

/** A supported release line. */
export type FlinkLine = (typeof FLINK_LINES)[number];

/** `since`: the first release line that has an element; `until`: the first that no longer has it. */
export interface LineRange {
  readonly since?: string;
  readonly until?: string;
}

/** The JSON type Flink's mapper reads a request field as. */
export interface FieldType {
  readonly type: "string" | "integer" | "boolean" | "string-list" | "string-map" | "enum";
  /** For strings with a fixed form (IDs). */
  readonly pattern?: string;
  /** For enums: the values. */
  readonly values?: readonly string[];
}

/** The lines that have the operation cancelApplication. */
export const CANCEL_APPLICATION_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getApplicationDetails. */
export const GET_APPLICATION_DETAILS_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getApplicationExceptions. */
export const GET_APPLICATION_EXCEPTIONS_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getApplicationJobManagerConfig. */
export const GET_APPLICATION_JOB_MANAGER_CONFIG_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getApplicationsOverview. */
export const GET_APPLICATIONS_OVERVIEW_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getJobManagerOperatorMetrics. */
export const GET_JOB_MANAGER_OPERATOR_METRICS_LINES = {"since":"1.20"} as const satisfies LineRange;

/** The lines that have the operation getJobRescaleConfig. */
export const GET_JOB_RESCALE_CONFIG_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getJobRescaleDetails. */
export const GET_JOB_RESCALE_DETAILS_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getJobRescalesHistory. */
export const GET_JOB_RESCALES_HISTORY_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getJobRescalesOverview. */
export const GET_JOB_RESCALES_OVERVIEW_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getJobRescalesSummary. */
export const GET_JOB_RESCALES_SUMMARY_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation getJobResourceRequirements. */
export const GET_JOB_RESOURCE_REQUIREMENTS_LINES = {"since":"1.18"} as const satisfies LineRange;

/** The lines that have the operation runJarApplication. */
export const RUN_JAR_APPLICATION_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines that have the operation sendJobClientHeartbeat. */
export const SEND_JOB_CLIENT_HEARTBEAT_LINES = {"since":"1.18"} as const satisfies LineRange;

/** The lines that have the operation updateJobResourceRequirements. */
export const UPDATE_JOB_RESOURCE_REQUIREMENTS_LINES = {"since":"1.18"} as const satisfies LineRange;

/** Every operation that not all lines have, by operationId (the constants above, in one map). */
export const OPERATION_LINES: Readonly<Record<string, LineRange>> = {
  cancelApplication: CANCEL_APPLICATION_LINES,
  getApplicationDetails: GET_APPLICATION_DETAILS_LINES,
  getApplicationExceptions: GET_APPLICATION_EXCEPTIONS_LINES,
  getApplicationJobManagerConfig: GET_APPLICATION_JOB_MANAGER_CONFIG_LINES,
  getApplicationsOverview: GET_APPLICATIONS_OVERVIEW_LINES,
  getJobManagerOperatorMetrics: GET_JOB_MANAGER_OPERATOR_METRICS_LINES,
  getJobRescaleConfig: GET_JOB_RESCALE_CONFIG_LINES,
  getJobRescaleDetails: GET_JOB_RESCALE_DETAILS_LINES,
  getJobRescalesHistory: GET_JOB_RESCALES_HISTORY_LINES,
  getJobRescalesOverview: GET_JOB_RESCALES_OVERVIEW_LINES,
  getJobRescalesSummary: GET_JOB_RESCALES_SUMMARY_LINES,
  getJobResourceRequirements: GET_JOB_RESOURCE_REQUIREMENTS_LINES,
  runJarApplication: RUN_JAR_APPLICATION_LINES,
  sendJobClientHeartbeat: SEND_JOB_CLIENT_HEARTBEAT_LINES,
  updateJobResourceRequirements: UPDATE_JOB_RESOURCE_REQUIREMENTS_LINES,
};

/** The properties of CheckpointTriggerRequestBody, with their JSON types and the lines that have them. */
export const CHECKPOINT_TRIGGER_REQUEST_BODY_FIELDS = {
  "checkpointType": {"type":"enum","values":["CONFIGURED","FULL","INCREMENTAL"]},
  "triggerId": {"type":"string","pattern":"^[0-9a-fA-F]{32}$"},
} as const satisfies Record<string, LineRange & FieldType>;

/** The properties of JarPlanRequestBody, with their JSON types and the lines that have them. */
export const JAR_PLAN_REQUEST_BODY_FIELDS = {
  "entryClass": {"type":"string"},
  "flinkConfiguration": {"type":"string-map","since":"1.17"},
  "jobId": {"type":"string","pattern":"^[0-9a-fA-F]{32}$"},
  "parallelism": {"type":"integer"},
  "programArgs": {"type":"string","until":"2.0"},
  "programArgsList": {"type":"string-list"},
} as const satisfies Record<string, LineRange & FieldType>;

/** The properties of JarRunApplicationRequestBody, with their JSON types and the lines that have them. */
export const JAR_RUN_APPLICATION_REQUEST_BODY_FIELDS = {
  "allowNonRestoredState": {"type":"boolean"},
  "applicationId": {"type":"string","pattern":"^[0-9a-fA-F]{32}$"},
  "claimMode": {"type":"enum","values":["CLAIM","NO_CLAIM","LEGACY"]},
  "entryClass": {"type":"string"},
  "flinkConfiguration": {"type":"string-map"},
  "jobId": {"type":"string","pattern":"^[0-9a-fA-F]{32}$"},
  "parallelism": {"type":"integer"},
  "programArgsList": {"type":"string-list"},
  "savepointPath": {"type":"string"},
} as const satisfies Record<string, LineRange & FieldType>;

/** The properties of JarRunRequestBody, with their JSON types and the lines that have them. */
export const JAR_RUN_REQUEST_BODY_FIELDS = {
  "allowNonRestoredState": {"type":"boolean"},
  "claimMode": {"type":"enum","values":["CLAIM","NO_CLAIM","LEGACY"],"since":"1.20"},
  "entryClass": {"type":"string"},
  "flinkConfiguration": {"type":"string-map","since":"1.17"},
  "jobId": {"type":"string","pattern":"^[0-9a-fA-F]{32}$"},
  "parallelism": {"type":"integer"},
  "programArgs": {"type":"string","until":"2.0"},
  "programArgsList": {"type":"string-list"},
  "restoreMode": {"type":"enum","values":["CLAIM","NO_CLAIM","LEGACY"],"since":"1.15"},
  "savepointPath": {"type":"string"},
} as const satisfies Record<string, LineRange & FieldType>;

/** The properties of JobClientHeartbeatRequestBody, with their JSON types and the lines that have them. */
export const JOB_CLIENT_HEARTBEAT_REQUEST_BODY_FIELDS = {
  "expiredTimestamp": {"type":"integer"},
} as const satisfies Record<string, LineRange & FieldType>;

/** The properties of SavepointDisposalRequest, with their JSON types and the lines that have them. */
export const SAVEPOINT_DISPOSAL_REQUEST_FIELDS = {
  "savepoint-path": {"type":"string"},
} as const satisfies Record<string, LineRange & FieldType>;

/** The properties of SavepointTriggerRequestBody, with their JSON types and the lines that have them. */
export const SAVEPOINT_TRIGGER_REQUEST_BODY_FIELDS = {
  "cancel-job": {"type":"boolean"},
  "formatType": {"type":"enum","values":["CANONICAL","NATIVE"]},
  "target-directory": {"type":"string"},
  "triggerId": {"type":"string","pattern":"^[0-9a-fA-F]{32}$"},
} as const satisfies Record<string, LineRange & FieldType>;

/** The properties of StopWithSavepointRequestBody, with their JSON types and the lines that have them. */
export const STOP_WITH_SAVEPOINT_REQUEST_BODY_FIELDS = {
  "drain": {"type":"boolean"},
  "formatType": {"type":"enum","values":["CANONICAL","NATIVE"]},
  "targetDirectory": {"type":"string"},
  "triggerId": {"type":"string","pattern":"^[0-9a-fA-F]{32}$"},
} as const satisfies Record<string, LineRange & FieldType>;

/** The properties of the other schemas (answers) that not every supported line has. */
export const ANSWER_FIELD_RANGES = {
  "AggregatedMetric": {
    "skew": {"since":"1.20"},
  },
  "ExceptionInfo": {
    "endpoint": {"since":"1.19"},
    "failureLabels": {"since":"1.18"},
    "location": {"until":"2.0"},
    "taskManagerId": {"since":"1.18"},
  },
  "ExecutionConfigInfo": {
    "execution-mode": {"until":"2.0"},
  },
  "ExecutionExceptionInfo": {
    "endpoint": {"since":"1.19"},
    "taskManagerId": {"since":"1.18"},
  },
  "Features": {
    "web-rescale": {"since":"1.18"},
  },
  "JarRunResponseBody": {
    "applicationId": {"since":"2.3"},
  },
  "JobDetails": {
    "jobType": {"since":"2.3"},
    "pending-operators": {"since":"2.0"},
    "schedulerType": {"since":"2.3"},
  },
  "JobDetailsInfo": {
    "application-id": {"since":"2.3"},
    "job-type": {"since":"1.20"},
    "pending-operators": {"since":"2.0"},
    "schedulerType": {"since":"2.3"},
    "stream-graph": {"since":"2.0"},
  },
  "JobDetailsVertexInfo": {
    "slotSharingGroupId": {"since":"1.20"},
  },
  "JobExceptionsInfoWithHistory": {
    "all-exceptions": {"until":"2.0"},
    "root-exception": {"until":"2.0"},
    "timestamp": {"until":"2.0"},
    "truncated": {"until":"2.0"},
  },
  "JobResult": {
    "application-id": {"since":"2.3"},
    "end-time": {"since":"2.3"},
    "name": {"since":"2.3"},
    "start-time": {"since":"2.3"},
  },
  "JobVertexTaskManagerInfo": {
    "endpoint": {"since":"1.19"},
    "host": {"until":"2.0"},
  },
  "RootExceptionInfo": {
    "endpoint": {"since":"1.19"},
    "failureLabels": {"since":"1.18"},
    "location": {"until":"2.0"},
    "taskManagerId": {"since":"1.18"},
  },
  "SlotInfo": {
    "assignedTasks": {"since":"2.3"},
  },
  "SubtaskAccumulatorsInfo": {
    "endpoint": {"since":"1.19"},
    "host": {"until":"2.0"},
  },
  "SubtaskExecutionAttemptDetailsInfo": {
    "endpoint": {"since":"1.19"},
    "host": {"until":"2.0"},
  },
  "SubtaskTimeInfo": {
    "endpoint": {"since":"1.19"},
    "host": {"until":"2.0"},
  },
  "TaskManagerDetailsInfo": {
    "assignedTasks": {"since":"2.3"},
  },
  "TaskManagerInfo": {
    "assignedTasks": {"since":"2.3"},
  },
  "TaskManagerMetricsInfo": {
    "memorySegmentsAvailable": {"until":"2.0"},
    "memorySegmentsTotal": {"until":"2.0"},
  },
} as const satisfies Record<string, Record<string, LineRange>>;

/** The query parameters of getJarPlan that not every supported line has. */
export const GET_JAR_PLAN_QUERY_LINES = {
  "program-args": {"until":"2.0"},
} as const satisfies Record<string, LineRange>;

/** The query parameters of getJobExceptions that not every supported line has. */
export const GET_JOB_EXCEPTIONS_QUERY_LINES = {
  "failureLabelFilter": {"since":"1.18"},
} as const satisfies Record<string, LineRange>;

/** The query parameters of getJobVertexFlameGraph that not every supported line has. */
export const GET_JOB_VERTEX_FLAME_GRAPH_QUERY_LINES = {
  "subtaskindex": {"since":"1.18"},
} as const satisfies Record<string, LineRange>;

/** The query parameters of runJar that not every supported line has. */
export const RUN_JAR_QUERY_LINES = {
  "program-args": {"until":"2.0"},
} as const satisfies Record<string, LineRange>;

/** The lines with the behaviour configured-classpaths-kept (x-flink-behaviours). */
export const CONFIGURED_CLASSPATHS_KEPT_LINES = {"since":"1.20"} as const satisfies LineRange;

/** The lines with the behaviour configured-restart-strategy-described (x-flink-behaviours). */
export const CONFIGURED_RESTART_STRATEGY_DESCRIBED_LINES = {"since":"2.0"} as const satisfies LineRange;

/** The lines with the behaviour empty-savepoint-path-ignored (x-flink-behaviours). */
export const EMPTY_SAVEPOINT_PATH_IGNORED_LINES = {"since":"1.18"} as const satisfies LineRange;

/** The lines with the behaviour job-limit-by-kind (x-flink-behaviours). */
export const JOB_LIMIT_BY_KIND_LINES = {"since":"2.3"} as const satisfies LineRange;

/** The lines with the behaviour standard-yaml-configuration (x-flink-behaviours). */
export const STANDARD_YAML_CONFIGURATION_LINES = {"since":"2.0"} as const satisfies LineRange;

/** The lines with the behaviour unknown-fields-ignored (x-flink-behaviours). */
export const UNKNOWN_FIELDS_IGNORED_LINES = {"since":"1.20"} as const satisfies LineRange;

/** The contract's enumerations. */
export const ENUMS = {
  "AggregationMode": ["min","max","sum","avg","skew"],
  "ApplicationState": ["CREATED","RUNNING","FAILING","FAILED","CANCELING","CANCELED","FINISHED"],
  "ApplicationStatus": ["SUCCEEDED","FAILED","CANCELED","UNKNOWN"],
  "CheckpointStatsStatus": ["IN_PROGRESS","COMPLETED","FAILED"],
  "CheckpointType": ["CONFIGURED","FULL","INCREMENTAL"],
  "ExecutionState": ["CREATED","SCHEDULED","DEPLOYING","RUNNING","FINISHED","CANCELING","CANCELED","FAILED","RECONCILING","INITIALIZING"],
  "JobStatus": ["INITIALIZING","CREATED","RUNNING","FAILING","FAILED","CANCELLING","CANCELED","FINISHED","RESTARTING","SUSPENDED","RECONCILING"],
  "JobType": ["BATCH","STREAMING"],
  "ProcessingMode": ["exactly_once","at_least_once"],
  "RecoveryClaimMode": ["CLAIM","NO_CLAIM","LEGACY"],
  "RestAPICheckpointType": ["CHECKPOINT","UNALIGNED_CHECKPOINT","SAVEPOINT","SYNC_SAVEPOINT"],
  "SavepointFormatType": ["CANONICAL","NATIVE"],
  "SchedulerExecutionMode": ["REACTIVE"],
  "SchedulerType": ["Default","Adaptive","AdaptiveBatch"],
  "TerminalState": ["COMPLETED","FAILED","IGNORED"],
  "TerminatedReason": ["SUCCEEDED","EXCEPTION_OCCURRED","RESOURCE_REQUIREMENTS_UPDATED","NO_RESOURCES_OR_PARALLELISMS_CHANGE","JOB_FINISHED","JOB_FAILED","JOB_CANCELED","JOB_FAILOVER_RESTARTING"],
  "TerminationMode": ["cancel","stop"],
  "ThreadStates": ["FULL","ON_CPU","OFF_CPU"],
  "TriggerCause": ["INITIAL_SCHEDULE","UPDATE_REQUIREMENT","NEW_RESOURCE_AVAILABLE","RECOVERABLE_FAILOVER"],
  "UploadStatus": ["success"],
  "VertexBackPressureLevel": ["ok","low","high"],
  "VertexBackPressureStatus": ["deprecated","ok"],
} as const satisfies Record<string, readonly string[]>;

/** Application states an application never leaves (x-flink-terminal on ApplicationState). */
export const TERMINAL_APPLICATION_STATES = ["FINISHED","FAILED","CANCELED"] as const;

/** Job states a job never leaves (x-flink-terminal on JobStatus). */
export const TERMINAL_JOB_STATES = ["FINISHED","CANCELED","FAILED"] as const;

/** Job states of a job that has not started yet: `flink list`'s scheduled jobs (x-flink-not-started on JobStatus). */
export const NOT_STARTED_JOB_STATES = ["INITIALIZING","CREATED"] as const;
