/**
 * DO NOT EDIT: generated from openapi.yaml by scripts/generate.mjs (openapi-typescript).
 * Change the contract and run `npm run generate`; CI fails when this file is stale.
 */

export interface paths {
    "/applications/{applicationid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get application details
         * @description One application with its status history and a summary of each of its jobs. An
         *     application and its jobs have IDs of their own: a job ID is not an application ID,
         *     except for jobs run with `runJar`, whose application has the job's ID.
         *
         *     Available since Flink 2.3.
         */
        get: operations["getApplicationDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationid}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an application
         * @description Cancels an application and the jobs it has submitted that are still running (finished
         *     jobs stay `FINISHED`). Answers once the request has been accepted; the application
         *     is `CANCELING` at once and `CANCELED` when its jobs are (about two seconds later on a
         *     local 2.3.0). Poll `GET /applications/{applicationid}` for the outcome.
         *
         *     Available since Flink 2.3.
         */
        post: operations["cancelApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationid}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the exception history of an application
         * @description Why the application failed: an entry for a failure of its program (an exception out
         *     of `main()`, a job it could not submit), newest first. Cancelled and finished
         *     applications have none. A job that fails gets an entry only when its failure is what
         *     ended the application; read the job's own `GET /jobs/{jobid}/exceptions` for the rest.
         *
         *     Available since Flink 2.3.
         */
        get: operations["getApplicationExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationid}/jobmanager/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the JobManager configuration seen by an application
         * @description The configuration of the JobManager that runs the application: on a session cluster
         *     the same list as `GET /jobmanager/config`. It does not include the submission's
         *     `flinkConfiguration`. Flink does not look the application up: any well-formed ID,
         *     also one no application has, gets this list with 200.
         *
         *     Available since Flink 2.3.
         */
        get: operations["getApplicationJobManagerConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an overview of all applications
         * @description Summaries of all applications known to the cluster, with job counts per status. Jobs
         *     run with `runJar` appear here too, each in its own `SingleJobApplication(<job name>)`.
         *
         *     Available since Flink 2.3.
         */
        get: operations["getApplicationsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Shut down the cluster
         * @description Stops the Flink cluster, including every job still running on it: jobs are not
         *     cancelled one by one and no savepoints are taken. The answer is sent before the
         *     shutdown completes. There is no undo.
         */
        delete: operations["shutdownCluster"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the web dashboard configuration
         * @description Returns the settings the web dashboard needs: refresh interval, the JobManager's time
         *     zone, the Flink version and commit, and which dashboard features (jar submission,
         *     cancellation, rescaling, history) are switched on. It is not the cluster
         *     configuration; see `GET /jobmanager/config` for that.
         */
        get: operations["getDashboardConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cluster data sets
         * @description Lists the cluster partitions (intermediate results kept after a job ends, for example
         *     by the Table API's `cache()`) and whether all their partitions are available.
         */
        get: operations["listClusterDataSets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/{datasetid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a cluster data set
         * @description Releases the partitions of a cluster data set on all TaskManagers, asynchronously.
         *     Poll `GET /datasets/delete/{triggerid}` with the returned trigger ID.
         */
        delete: operations["deleteClusterDataSet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/delete/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of a data set deletion
         * @description Progress of a deletion started with `deleteClusterDataSet`.
         */
        get: operations["getClusterDataSetDeletionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List uploaded jars
         * @description Lists the jars stored in the JobManager's upload directory (`web.upload.dir`) with
         *     their IDs, upload times and the entry classes found in each jar. Uploaded jars are
         *     not replicated: with several JobManagers (high availability) each one has its own list.
         *     When jar submission is disabled (`web.submit.enable: false`) none of the `/jars`
         *     operations exist and they all answer 404.
         */
        get: operations["listJars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/{jarid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an uploaded jar
         * @description Removes a jar from the upload directory. Jobs already started from it keep running.
         */
        delete: operations["deleteJar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/{jarid}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compute the dataflow plan of a jar
         * @description Runs the jar's `main()` in plan-only mode and returns the resulting job graph without
         *     submitting a job. Parameters and `flinkConfiguration` are applied exactly as for
         *     `POST /jars/{jarid}/run`, so this is a dry run for a submission (the body wins over
         *     the query string). Savepoint options are not part of a plan.
         */
        post: operations["getJarPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/{jarid}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a jar as a job
         * @description Runs the `main()` method of an uploaded jar inside the JobManager (detached) and
         *     returns the ID of the job it submits. The program must submit exactly one job: a
         *     second `execute()` or `executeAsync()` fails `main()` and the call answers 400, **but
         *     the first job keeps running** (and on 2.3 its single-job application too). Cancel it
         *     yourself, or run such programs with `runJarApplication`.
         *
         *     Options can be given as body fields, as query parameters and, since Flink 1.17, as
         *     Flink configuration entries in `flinkConfiguration`. When the same setting is given in
         *     several places, **a body field beats a query parameter, which beats
         *     `flinkConfiguration`**; see `JarRunRequestBody` for the full precedence rules,
         *     including the surprising ones (parallelism never falls back to the cluster's
         *     `parallelism.default`).
         *
         *     Submission is synchronous up to the point where the job is initialised; a bad savepoint
         *     path therefore usually fails this call with 400, and a job then appears as FAILED in
         *     `GET /jobs`.
         *
         *     From 2.3 every job belongs to an application: the job of this call runs in an
         *     application named `SingleJobApplication(<job name>)` whose ID equals the job ID, and
         *     the refusal of a second job names the kind of job that exceeded the limit.
         */
        post: operations["runJar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/{jarid}/run-application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a jar as an application
         * @description Like `POST /jars/{jarid}/run`, but registers the program run as an *application*
         *     (see the Applications operations) and answers 202 with the application's ID as soon
         *     as the application is accepted, **before `main()` runs**: a program that fails, a
         *     duplicate `jobId`, a savepoint that cannot be read or a parallelism of 0 still get
         *     202, and the application then turns `FAILED` with the cause in
         *     `GET /applications/{applicationid}/exceptions`. Poll the application for the outcome.
         *
         *     The program may submit any number of bounded (batch) jobs but **at most one streaming
         *     job**: a second streaming job fails the application and cancels the first one.
         *     `main()` reads the jar each time it submits a job, so the jar must stay on the cluster
         *     until the application has ended; deleting it earlier fails the application.
         *
         *     Options, `flinkConfiguration` and their precedence work as for `runJar` (the query
         *     parameters are the same), with two differences: `execution.attached` is not forced to
         *     `false` (with `true`, `main()` blocks until each job ends), and fields the body does
         *     not have, such as `restoreMode` or `programArgs`, are **ignored without an error**.
         *
         *     Available since Flink 2.3.
         */
        post: operations["runJarApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a jar
         * @description Stores a jar in the JobManager's upload directory. Send a `multipart/form-data` request
         *     with exactly one file part; the file name must end in `.jar`. The stored file is named
         *     `<uuid>_<original name>`, and the **jar ID used by the other `/jars/{jarid}` operations
         *     is the last path segment of the returned `filename`**.
         *
         *     With curl: `curl -X POST -H "Expect:" -F "jarfile=@./my-job.jar" http://localhost:8081/jars/upload`
         *     (the empty `Expect:` header stops curl from waiting for a `100 Continue` answer).
         */
        post: operations["uploadJar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the cluster configuration
         * @description Returns the JobManager's effective Flink configuration as a list of key/value pairs.
         *     Values of keys that look sensitive (passwords, secrets, tokens, ...) are replaced by
         *     `******`. This never reflects the `flinkConfiguration` of a submitted job.
         */
        get: operations["getJobManagerConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/environment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the JobManager's JVM environment
         * @description JVM version, architecture, JVM options and classpath of the JobManager process.
         */
        get: operations["getJobManagerEnvironment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the JobManager's log files
         * @description Names, sizes and modification times of the files in the JobManager's log directory.
         *     The files themselves are served by the dashboard under `/jobmanager/logs/{name}`,
         *     which is not part of this API.
         */
        get: operations["listJobManagerLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get JobManager metrics
         * @description Without `get`, lists the names of the JobManager's metrics; with `get`, returns the
         *     current values of the named metrics. Metrics are fetched periodically
         *     (`metrics.fetcher.update-interval`), so values can be a few seconds old.
         */
        get: operations["getJobManagerMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/thread-dump": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a JobManager thread dump
         * @description A stack trace of every thread of the JobManager JVM.
         */
        get: operations["getJobManagerThreadDump"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List jobs with their status
         * @description Returns the ID and current status of every job the cluster knows: running jobs and
         *     finished jobs that are still kept in memory (see `jobstore.expiration-time`). Use
         *     `GET /jobs/overview` for names, times and task counts.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job details
         * @description Full details of one job: state and state timestamps, vertices with their parallelism,
         *     status and I/O metrics, and the job's plan.
         */
        get: operations["getJobDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cancel a job
         * @description Requests cancellation of a job and answers once the request has been accepted; poll
         *     `GET /jobs/{jobid}/status` until the job is `CANCELED`. To stop a job with a final
         *     savepoint use `POST /jobs/{jobid}/stop` instead.
         */
        patch: operations["cancelJob"];
        trace?: never;
    };
    "/jobs/{jobid}/accumulators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the accumulators of a job
         * @description User accumulators of the job, each aggregated over all subtasks, as strings.
         *     Optionally also the Java-serialized values.
         */
        get: operations["getJobAccumulators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get checkpoint statistics of a job
         * @description Counts, summary statistics, the latest completed, failed, savepoint and restored
         *     checkpoints, and a bounded history (`web.checkpoints.history`). `latest.restored`
         *     shows whether and from where the job was restored, which confirms a `savepointPath`
         *     given at submission.
         */
        get: operations["getCheckpointStatistics"];
        put?: never;
        /**
         * Trigger a checkpoint
         * @description Starts a checkpoint of a running job outside the periodic schedule and returns a
         *     trigger ID; poll `GET /jobs/{jobid}/checkpoints/{triggerid}` for the outcome.
         *     Checkpoint type `INCREMENTAL` is rejected by Flink for manually triggered checkpoints
         *     (FLINK-33723); use `CONFIGURED` or `FULL`.
         */
        post: operations["triggerCheckpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of a triggered checkpoint
         * @description Progress of a checkpoint started with `triggerCheckpoint`. While it runs, `status.id`
         *     is `IN_PROGRESS` and `operation` is `null`; when done, `operation` has the checkpoint
         *     ID or the failure cause. Results are kept for a limited time
         *     (`rest.async.store-duration`).
         */
        get: operations["getCheckpointStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the checkpointing configuration of a job
         * @description The checkpointing settings the job runs with: interval, timeout, pause, concurrency,
         *     mode, retention, state backend and storage, unaligned and changelog settings. Reflects
         *     `execution.checkpointing.*` options given in `flinkConfiguration`.
         *
         *     Answers **404** with `Checkpointing is not enabled for this job (...)` when the job
         *     has no checkpoint interval, so a 404 here does not necessarily mean the job is unknown.
         */
        get: operations["getCheckpointConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints/details/{checkpointid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details of a checkpoint
         * @description Statistics of one checkpoint still in the history, with per-vertex figures. Older
         *     checkpoints are no longer available (404).
         */
        get: operations["getCheckpointDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints/details/{checkpointid}/subtasks/{vertexid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get checkpoint statistics of a vertex
         * @description Statistics of one checkpoint for one vertex, with a summary and a line per subtask.
         */
        get: operations["getTaskCheckpointStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/clientHeartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Report that the job's client is alive
         * @description Used by an attached client whose job was submitted with
         *     `execution.shutdown-on-attached-exit`: the client reports periodically until when it
         *     should be considered alive, and the JobManager cancels the job if the heartbeats stop.
         *     Other clients do not need it.
         *
         *     Available since Flink 1.18.
         */
        patch: operations["sendJobClientHeartbeat"];
        trace?: never;
    };
    "/jobs/{jobid}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the execution configuration of a job
         * @description The job's `ExecutionConfig` as seen by the JobManager: parallelism, restart strategy,
         *     object reuse and global job parameters. This is the place to check that options from
         *     `flinkConfiguration` such as `parallelism.default`, `restart-strategy.type`,
         *     `pipeline.object-reuse` or `pipeline.global-job-parameters` took effect.
         */
        get: operations["getJobConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the exception history of a job
         * @description The most recent failures of a job, newest first, each with the exceptions that
         *     happened concurrently. Flink keeps a bounded number of entries
         *     (`web.exception-history-size`); `exceptionHistory.truncated` says whether entries were
         *     left out because of that bound or of `maxExceptions`.
         */
        get: operations["getJobExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/execution-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the result of a finished job
         * @description While the job runs, `status.id` is `IN_PROGRESS` and there is no result. Once the job
         *     has reached a globally terminal state the result holds the final status, net runtime,
         *     accumulator values and, for a failed job, the failure cause.
         */
        get: operations["getJobExecutionResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/jobmanager/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the JobManager configuration seen by a job
         * @description Returns the configuration of the JobManager that runs the job. In a session cluster
         *     this is the **same for every job**: it does **not** include the job's
         *     `flinkConfiguration` or any option set by the program. Use it to see which cluster
         *     values a submission could not change; use `GET /jobs/{jobid}/config`,
         *     `GET /jobs/{jobid}/checkpoints/config` and `GET /jobs/{jobid}` to see what a job
         *     actually runs with.
         */
        get: operations["getJobJobManagerConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/jobmanager/environment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the JobManager environment seen by a job
         * @description JVM environment of the JobManager that runs the job; the same for every job of a session cluster.
         */
        get: operations["getJobJobManagerEnvironment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/jobmanager/log-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the URL of the JobManager log of a job
         * @description Builds a link to the JobManager log of the job from the URL pattern configured in
         *     `historyserver.log.jobmanager.url-pattern` (for example a log aggregation service).
         *     Without that pattern the operation fails with 404.
         */
        get: operations["getJobManagerLogUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job metrics
         * @description Without `get`, lists the names of the job-level metrics (for example `uptime`,
         *     `numRestarts`, `lastCheckpointDuration`); with `get`, returns their current values.
         */
        get: operations["getJobMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the dataflow plan of a job
         * @description The job graph of a submitted job, with the parallelism of each node.
         */
        get: operations["getJobPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the rescale settings of a job
         * @description The adaptive scheduler settings that govern when the job rescales (timeouts,
         *     cool-down, stabilisation windows, history size).
         *
         *     Available since Flink 2.3.
         */
        get: operations["getJobRescaleConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/details/{rescaleuuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details of one rescale
         * @description One rescale of the job with per-vertex parallelism, slot and scheduler state details.
         *
         *     Available since Flink 2.3.
         */
        get: operations["getJobRescaleDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the rescale history of a job
         * @description Recent rescales of the job, newest first, without the per-vertex details.
         *
         *     Available since Flink 2.3.
         */
        get: operations["getJobRescalesHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a rescale overview of a job
         * @description Rescale counts by outcome and the latest completed, failed and ignored rescale.
         *
         *     Available since Flink 2.3.
         */
        get: operations["getJobRescalesOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get rescale statistics of a job
         * @description Rescale counts and duration statistics, overall and per outcome.
         *
         *     Available since Flink 2.3.
         */
        get: operations["getJobRescalesSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescaling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rescale a job (disabled)
         * @description Meant to change the parallelism of a running job. **Flink has disabled this
         *     operation** (FLINK-12312): every release from 1.17 to 2.3 answers 503 with
         *     `Rescaling is temporarily disabled. See FLINK-12312.` Use
         *     `PUT /jobs/{jobid}/resource-requirements` with the adaptive scheduler, or stop with a
         *     savepoint and resubmit with a new parallelism.
         */
        patch: operations["triggerRescaling"];
        trace?: never;
    };
    "/jobs/{jobid}/rescaling/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of a rescaling (disabled)
         * @description Status of a `triggerRescaling` operation; disabled like it (503).
         */
        get: operations["getRescalingStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/resource-requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the resource requirements of a job
         * @description The lower and upper parallelism bound of every vertex of the job, as used by the
         *     adaptive scheduler.
         *
         *     Available since Flink 1.18.
         */
        get: operations["getJobResourceRequirements"];
        /**
         * Change the resource requirements of a job
         * @description Sets new parallelism bounds for the vertices of a running job. This is how a job is
         *     rescaled in place on current Flink. It needs the adaptive scheduler
         *     (`jobmanager.scheduler: adaptive`), which then rescales within the bounds as resources
         *     allow; other schedulers reject the request. Flink checks the requirements against the
         *     job graph, so give bounds for the job's vertices as listed by
         *     `getJobResourceRequirements`.
         *
         *     Available since Flink 1.18.
         */
        put: operations["updateJobResourceRequirements"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/savepoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger a savepoint
         * @description Starts a savepoint of a running job and returns a trigger ID; poll
         *     `GET /jobs/{jobid}/savepoints/{triggerid}` for the location. With `cancel-job: true`
         *     the job is cancelled after the savepoint completes (prefer `POST /jobs/{jobid}/stop`).
         *     Without `target-directory` the cluster's default savepoint directory is used
         *     (`execution.checkpointing.savepoint-dir`, formerly `state.savepoints.dir`); if neither
         *     is set the call fails with 400.
         *
         *     Passing your own `triggerId` makes the call idempotent: repeating it with the same ID
         *     does not start a second savepoint.
         */
        post: operations["triggerSavepoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/savepoints/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of a savepoint
         * @description Progress of a savepoint started with `triggerSavepoint` or `stopJobWithSavepoint`.
         *     While it runs, `operation` is `null`; when done it has either `location` (the
         *     savepoint path, usable as `savepointPath` in `runJar`) or `failure-cause`.
         */
        get: operations["getSavepointStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of a job
         * @description The job's current status only; the cheapest call to poll a job.
         */
        get: operations["getJobStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a job with a savepoint
         * @description Takes a savepoint and then stops the job gracefully; the status becomes `FINISHED`.
         *     With `drain: true` Flink first emits the maximum watermark, so event time timers fire
         *     and windows flush, which is meant for ending a pipeline for good rather than for a
         *     later restart. Returns a trigger ID; poll `GET /jobs/{jobid}/savepoints/{triggerid}`.
         *     The target directory rule is the same as for `triggerSavepoint`.
         */
        post: operations["stopJobWithSavepoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/taskmanagers/{taskmanagerid}/log-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the URL of a TaskManager log of a job
         * @description Builds a link to the log of a TaskManager that ran tasks of the job, from
         *     `historyserver.log.taskmanager.url-pattern`. Without that pattern the operation fails
         *     with 404.
         */
        get: operations["getTaskManagerLogUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get vertex details
         * @description A vertex (task) of the job with the current attempt of each subtask and aggregated metrics.
         */
        get: operations["getJobVertexDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/accumulators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the accumulators of a vertex
         * @description User accumulators of the vertex, aggregated over its subtasks.
         */
        get: operations["getJobVertexAccumulators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/backpressure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get back pressure of a vertex
         * @description Back pressure of each subtask of the vertex, computed from the busy, idle and
         *     back-pressured time metrics that the JobManager fetches periodically. While no such
         *     metrics are available, `status` is `deprecated` and the other fields are absent;
         *     repeat the request later.
         */
        get: operations["getJobVertexBackPressure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/flamegraph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a flame graph of a vertex
         * @description Samples the stack traces of the vertex's threads and returns them as a flame graph.
         *     Sampling only happens with `rest.flamegraph.enabled: true` (off by default). The first
         *     request starts sampling; until a result is ready, and when sampling is switched off,
         *     the answer is a placeholder without `data` whose `endTimestamp` is not a real time.
         *     Repeat the request.
         */
        get: operations["getJobVertexFlameGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/jm-operator-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get JobManager-side operator metrics of a vertex
         * @description Metrics of the parts of the vertex's operators that run on the JobManager, such as
         *     the split enumerator (source coordinator) of a FLIP-27 source. Without `get`, lists
         *     the metric names.
         *
         *     Available since Flink 1.20.
         */
        get: operations["getJobManagerOperatorMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get task metrics of a vertex
         * @description Metrics of the vertex's subtasks and operators. Names are prefixed with the subtask
         *     index (for example `0.numRecordsIn`, `1.Source__Kafka.numRecordsOut`). Without `get`,
         *     lists the metric names.
         */
        get: operations["getJobVertexMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current attempt of a subtask
         * @description The current (or last) execution attempt of one subtask.
         */
        get: operations["getSubtaskDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}/attempts/{attempt}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an execution attempt of a subtask
         * @description One execution attempt of a subtask; earlier attempts exist after failures and
         *     restarts, and concurrent attempts with speculative execution.
         */
        get: operations["getSubtaskAttemptDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}/attempts/{attempt}/accumulators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the accumulators of an execution attempt
         * @description User accumulators of one execution attempt of a subtask.
         */
        get: operations["getSubtaskAttemptAccumulators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get metrics of a subtask
         * @description Metrics of one subtask and its operators; without `get`, the metric names.
         */
        get: operations["getSubtaskMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/accumulators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the accumulators of all subtasks of a vertex
         * @description User accumulators of every subtask of the vertex (current attempts), not aggregated.
         */
        get: operations["getSubtasksAccumulators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get subtask metrics aggregated over subtasks
         * @description Aggregates subtask metrics of the vertex over its subtasks (all unless `subtasks` is
         *     given). Without `get`, lists the metric names available for aggregation.
         */
        get: operations["getAggregatedSubtaskMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasktimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get state transition times of all subtasks
         * @description For every subtask of the vertex, when its current attempt entered each execution state.
         */
        get: operations["getSubtaskTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/taskmanagers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a vertex's subtasks grouped by TaskManager
         * @description Subtask states and I/O metrics of the vertex, aggregated per TaskManager.
         */
        get: operations["getJobVertexTaskManagers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/watermarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the input watermarks of a vertex
         * @description The current input watermark of every subtask, as metrics named
         *     `<subtask>.currentInputWatermark` with the watermark in epoch milliseconds as value
         *     (`-9223372036854775808` before the first watermark).
         */
        get: operations["getJobVertexWatermarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job metrics aggregated over jobs
         * @description Aggregates job-level metrics over several jobs (all jobs unless `jobs` is given).
         *     Without `get`, lists the metric names available for aggregation.
         */
        get: operations["getAggregatedJobMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an overview of all jobs
         * @description Summaries of all known jobs: name, state, start/end time, duration and task counts
         *     per execution state.
         */
        get: operations["getJobsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cluster overview
         * @description Counts of TaskManagers, slots and jobs by state, plus the Flink version and commit.
         *     Cheap to call; suitable as a readiness probe.
         */
        get: operations["getClusterOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/savepoint-disposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispose a savepoint
         * @description Deletes the files of a savepoint, asynchronously. The JobManager must be able to
         *     reach the savepoint's file system, and it loads the savepoint's metadata to find its
         *     files, which can require classes from the job's jar. Returns a trigger ID; poll
         *     `GET /savepoint-disposal/{triggerid}`.
         */
        post: operations["triggerSavepointDisposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/savepoint-disposal/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of a savepoint disposal
         * @description Progress of a disposal started with `triggerSavepointDisposal`. When done,
         *     `operation.failure-cause` is `null` on success.
         */
        get: operations["getSavepointDisposalStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List task managers
         * @description All TaskManagers registered with the ResourceManager, with slots, resources, memory
         *     configuration and hardware.
         */
        get: operations["listTaskManagers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/{taskmanagerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get task manager details
         * @description Like one entry of `listTaskManagers`, plus the slots allocated to jobs and JVM and
         *     network memory metrics.
         */
        get: operations["getTaskManagerDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/{taskmanagerid}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a TaskManager's log files
         * @description Names, sizes and modification times of the files in the TaskManager's log directory.
         *     The contents are served by the dashboard under `/taskmanagers/{taskmanagerid}/logs/{name}`,
         *     which is not part of this API.
         */
        get: operations["listTaskManagerLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/{taskmanagerid}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get metrics of a TaskManager
         * @description Process-level metrics of one TaskManager (JVM, memory, network, ...); without `get`,
         *     the metric names.
         */
        get: operations["getTaskManagerMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/{taskmanagerid}/thread-dump": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a TaskManager thread dump
         * @description A stack trace of every thread of the TaskManager JVM.
         */
        get: operations["getTaskManagerThreadDump"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get metrics aggregated over TaskManagers
         * @description Aggregates TaskManager metrics over several TaskManagers (all unless `taskmanagers`
         *     is given). Without `get`, lists the metric names available for aggregation.
         */
        get: operations["getAggregatedTaskManagerMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AggregatedMetric: {
            avg?: components["schemas"]["FlinkDouble"];
            /** @description Metric name. */
            id: string;
            max?: components["schemas"]["FlinkDouble"];
            min?: components["schemas"]["FlinkDouble"];
            /** @description Median; only sent by releases that compute percentiles. */
            p50?: components["schemas"]["FlinkDouble"];
            /** @description 90th percentile; only sent by releases that compute percentiles. */
            p90?: components["schemas"]["FlinkDouble"];
            /** @description 99th percentile; only sent by releases that compute percentiles. */
            p99?: components["schemas"]["FlinkDouble"];
            skew?: components["schemas"]["FlinkDouble"];
            sum?: components["schemas"]["FlinkDouble"];
        };
        /**
         * @description Aggregated metrics as a **top-level JSON array** (not an object as in Flink's
         *     generated specification). Each entry has the aggregations that were requested.
         */
        AggregatedMetricsResponseBody: components["schemas"]["AggregatedMetric"][];
        /**
         * @description Statistics over the subtasks: for each I/O metric and for the time spent in each
         *     execution state, a map of aggregate name (`min`, `max`, `avg`, `sum`, `median`,
         *     `p25`, `p75`, `p95`) to value.
         */
        AggregatedTaskDetailsInfo: {
            metrics?: {
                [key: string]: {
                    [key: string]: components["schemas"]["FlinkDouble"];
                };
            };
            "status-duration"?: {
                [key: string]: {
                    [key: string]: components["schemas"]["FlinkDouble"];
                };
            };
        };
        /**
         * @description Aggregation over several metric sources. Accepted in any case; `skew` exists since
         *     Flink 1.20.
         * @enum {string}
         */
        AggregationMode: "min" | "max" | "sum" | "avg" | "skew";
        /**
         * @description Statistics of one checkpoint of any kind, told apart by `className` (Flink's
         *     generated specification expresses this with a discriminator on
         *     `CheckpointStatistics`).
         */
        AnyCheckpointStatistics: components["schemas"]["CompletedCheckpointStatistics"] | components["schemas"]["FailedCheckpointStatistics"] | components["schemas"]["PendingCheckpointStatistics"];
        /** @description Checkpoint statistics of one subtask of either kind, told apart by `className`. */
        AnySubtaskCheckpointStatistics: components["schemas"]["CompletedSubtaskCheckpointStatistics"] | components["schemas"]["PendingSubtaskCheckpointStatistics"];
        /** @description Summary of one application. */
        ApplicationDetails: {
            /**
             * Format: int64
             * @description Milliseconds from `start-time` to the end, or to now.
             */
            duration?: number;
            /**
             * Format: int64
             * @description Epoch milliseconds; -1 while running.
             */
            "end-time"?: number;
            id?: components["schemas"]["ApplicationID"];
            /**
             * @description How many of the application's jobs are in each job status, keyed by `JobStatus`
             *     name (`CANCELLING` with two Ls). Only statuses with at least one job are present:
             *     `{}` before the program has submitted a job.
             */
            jobs?: {
                [key: string]: number;
            };
            /**
             * @description The program's entry class for `runJarApplication`; `SingleJobApplication(<job
             *     name>)` for a job run with `runJar`.
             */
            name?: string | null;
            /**
             * Format: int64
             * @description Epoch milliseconds at which the application was created (`CREATED`; the details
             *     use the `RUNNING` time instead).
             */
            "start-time"?: number;
            status?: components["schemas"]["ApplicationState"];
        };
        /** @description One application, with its status history and its jobs. */
        ApplicationDetailsInfo: {
            /**
             * Format: int64
             * @description Milliseconds from `start-time` to the end, or to now.
             */
            duration?: number;
            /**
             * Format: int64
             * @description Epoch milliseconds; -1 while running.
             */
            "end-time"?: number;
            id?: components["schemas"]["ApplicationID"];
            /**
             * @description The jobs the program has submitted, in the shape of `GET /jobs/overview` (empty
             *     until the program submits its first job).
             */
            jobs?: components["schemas"]["JobDetails"][];
            /** @description As in `ApplicationDetails`. */
            name?: string | null;
            /**
             * Format: int64
             * @description Epoch milliseconds at which the application started `RUNNING` (the overview
             *     shows the `CREATED` time instead).
             */
            "start-time"?: number;
            status?: components["schemas"]["ApplicationState"];
            /**
             * @description Epoch milliseconds at which the application entered each status. Every status is
             *     present; 0 means the application has not been in it.
             */
            timestamps?: {
                [key: string]: number;
            };
        };
        ApplicationExceptionHistory: {
            entries?: components["schemas"]["ApplicationExceptionInfo"][];
        };
        ApplicationExceptionInfo: {
            exceptionName?: string;
            /**
             * @description The job whose failure ended the application. Absent (not `null`) for a failure of
             *     the program itself, the only kind of entry seen on 2.3.0.
             */
            jobId?: components["schemas"]["JobID"];
            stacktrace?: string;
            /** Format: int64 */
            timestamp?: number;
        };
        ApplicationExceptionsInfoWithHistory: {
            exceptionHistory?: components["schemas"]["ApplicationExceptionHistory"];
        };
        /** @description An application ID, 32 lower case hexadecimal digits. */
        ApplicationID: string;
        /**
         * @description Status of an application. An application is `CREATED` only for an instant and
         *     `RUNNING` while its program runs or any of its jobs does (also before the program has
         *     submitted a job); it ends `FINISHED` when the program returned and all its jobs
         *     finished, `FAILED` (through `FAILING`) when the program threw or a job failed, and
         *     `CANCELED` (through `CANCELING`) when it or its jobs were cancelled. `CANCELING` has
         *     one L, unlike the job status `CANCELLING`. Terminal: `FINISHED`, `FAILED`, `CANCELED`.
         * @enum {string}
         */
        ApplicationState: "CREATED" | "RUNNING" | "FAILING" | "FAILED" | "CANCELING" | "CANCELED" | "FINISHED";
        /**
         * @description Final outcome of a job as written in its execution result (`application-status`).
         *     Flink's generated specification no longer lists this type from 2.3 on, but the
         *     wire format still carries it.
         * @enum {string}
         */
        ApplicationStatus: "SUCCEEDED" | "FAILED" | "CANCELED" | "UNKNOWN";
        AsynchronousOperationInfo: {
            /** @description Null on success. */
            "failure-cause"?: components["schemas"]["SerializedThrowable"] | null;
        };
        /** @description State of an asynchronous operation without a specific result (rescaling, savepoint disposal, data set deletion). */
        AsynchronousOperationResult: {
            /** @description Null while in progress. */
            operation?: components["schemas"]["AsynchronousOperationInfo"] | null;
            status: components["schemas"]["QueueStatus"];
        };
        CheckpointAlignment: {
            /** Format: int64 */
            buffered?: number;
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            persisted?: number;
            /** Format: int64 */
            processed?: number;
        };
        CheckpointAlignmentSummary: {
            buffered?: components["schemas"]["StatsSummaryDto"];
            duration?: components["schemas"]["StatsSummaryDto"];
            persisted?: components["schemas"]["StatsSummaryDto"];
            processed?: components["schemas"]["StatsSummaryDto"];
        };
        /** @description Checkpointing configuration of a job. */
        CheckpointConfigInfo: {
            /**
             * Format: int64
             * @description With unaligned checkpoints enabled: milliseconds after which an aligned checkpoint
             *     switches to unaligned (0: unaligned from the start).
             */
            aligned_checkpoint_timeout?: number;
            /** Format: int64 */
            changelog_periodic_materialization_interval?: number;
            changelog_storage?: string | null;
            /** @description Simple class name of the checkpoint storage, for example `FileSystemCheckpointStorage`. */
            checkpoint_storage?: string;
            checkpoints_after_tasks_finish?: boolean;
            externalization?: components["schemas"]["ExternalizedCheckpointInfo"];
            /**
             * Format: int64
             * @description Checkpoint interval in milliseconds.
             */
            interval?: number;
            /** Format: int64 */
            max_concurrent?: number;
            /**
             * Format: int64
             * @description Minimum pause between checkpoints in milliseconds.
             */
            min_pause?: number;
            mode?: components["schemas"]["ProcessingMode"];
            /** @description Simple class name of the state backend, for example `HashMapStateBackend`. */
            state_backend?: string;
            state_changelog_enabled?: boolean;
            /**
             * Format: int64
             * @description Milliseconds after which a checkpoint is aborted.
             */
            timeout?: number;
            /** Format: int32 */
            tolerable_failed_checkpoints?: number;
            unaligned_checkpoints?: boolean;
        };
        /** @description Synchronous and asynchronous part of a subtask's checkpoint, in milliseconds. */
        CheckpointDuration: {
            /** Format: int64 */
            async?: number;
            /** Format: int64 */
            sync?: number;
        };
        CheckpointDurationSummary: {
            async?: components["schemas"]["StatsSummaryDto"];
            sync?: components["schemas"]["StatsSummaryDto"];
        };
        CheckpointInfo: {
            /**
             * Format: int64
             * @description ID of the completed checkpoint; null on failure.
             */
            checkpointId?: number | null;
            /** @description Why the checkpoint failed; null on success. */
            failureCause?: components["schemas"]["SerializedThrowable"] | null;
        };
        CheckpointingStatistics: {
            counts?: components["schemas"]["Counts"];
            /** @description Recent checkpoints, newest first. */
            history?: components["schemas"]["AnyCheckpointStatistics"][];
            latest?: components["schemas"]["LatestCheckpoints"];
            summary?: components["schemas"]["CheckpointStatisticsSummary"];
        };
        /** @description State of a manually triggered checkpoint. */
        CheckpointOperationResult: {
            /** @description Null while in progress. */
            operation?: components["schemas"]["CheckpointInfo"] | null;
            status: components["schemas"]["QueueStatus"];
        };
        /**
         * @description Fields common to all checkpoint statistics. `className` tells the kind:
         *     `CompletedCheckpointStatistics` and `FailedCheckpointStatistics` add fields,
         *     `PendingCheckpointStatistics` does not (see `AnyCheckpointStatistics`).
         */
        CheckpointStatistics: {
            /** Format: int64 */
            alignment_buffered?: number;
            checkpoint_type?: components["schemas"]["RestAPICheckpointType"];
            /**
             * Format: int64
             * @description Bytes persisted by this checkpoint (for incremental checkpoints only the new part).
             */
            checkpointed_size?: number;
            /** @enum {string} */
            className: "completed" | "failed" | "in_progress";
            /** Format: int64 */
            end_to_end_duration?: number;
            /** Format: int64 */
            id?: number;
            is_savepoint?: boolean;
            /** Format: int64 */
            latest_ack_timestamp?: number;
            /** Format: int32 */
            num_acknowledged_subtasks?: number;
            /** Format: int32 */
            num_subtasks?: number;
            /** Format: int64 */
            persisted_data?: number;
            /** Format: int64 */
            processed_data?: number;
            /** @description Format of a savepoint (`CANONICAL` or `NATIVE`); null for checkpoints. */
            savepointFormat?: string | null;
            /**
             * Format: int64
             * @description Full size of the state in bytes.
             */
            state_size?: number;
            status?: components["schemas"]["CheckpointStatsStatus"];
            /** @description Per-vertex statistics keyed by vertex ID. */
            tasks?: {
                [key: string]: components["schemas"]["TaskCheckpointStatistics"];
            };
            /** Format: int64 */
            trigger_timestamp?: number;
        };
        /** @description Statistics over the completed checkpoints in the history. */
        CheckpointStatisticsSummary: {
            alignment_buffered?: components["schemas"]["StatsSummaryDto"];
            checkpointed_size?: components["schemas"]["StatsSummaryDto"];
            end_to_end_duration?: components["schemas"]["StatsSummaryDto"];
            persisted_data?: components["schemas"]["StatsSummaryDto"];
            processed_data?: components["schemas"]["StatsSummaryDto"];
            state_size?: components["schemas"]["StatsSummaryDto"];
        };
        /** @enum {string} */
        CheckpointStatsStatus: "IN_PROGRESS" | "COMPLETED" | "FAILED";
        CheckpointTriggerRequestBody: {
            checkpointType?: components["schemas"]["CheckpointType"];
            /** @description Your own ID for the operation (makes the call idempotent); generated if absent. */
            triggerId?: string;
        };
        /**
         * @description Kind of checkpoint to trigger manually: `CONFIGURED` (default) uses the job's
         *     configuration, `FULL` forces a full snapshot. `INCREMENTAL` is part of the type but
         *     Flink does not accept it for manually triggered checkpoints yet.
         * @enum {string}
         */
        CheckpointType: "CONFIGURED" | "FULL" | "INCREMENTAL";
        ClusterDataSetEntry: {
            id?: components["schemas"]["IntermediateDataSetID"];
            /** @description Whether all partitions of the data set are available. */
            isComplete?: boolean;
        };
        ClusterDataSetListResponseBody: {
            dataSets?: components["schemas"]["ClusterDataSetEntry"][];
        };
        /** @description Cluster summary. */
        ClusterOverviewWithVersion: {
            "flink-commit"?: string;
            "flink-version"?: string;
            /** Format: int32 */
            "jobs-cancelled"?: number;
            /** Format: int32 */
            "jobs-failed"?: number;
            /** Format: int32 */
            "jobs-finished"?: number;
            /** Format: int32 */
            "jobs-running"?: number;
            /** Format: int32 */
            "slots-available"?: number;
            /**
             * Format: int32
             * @description Free slots on blocked TaskManagers (not usable).
             */
            "slots-free-and-blocked"?: number;
            /** Format: int32 */
            "slots-total"?: number;
            /** Format: int32 */
            taskmanagers?: number;
            /**
             * Format: int32
             * @description TaskManagers currently blocked (blocklist); they take no new slots.
             */
            "taskmanagers-blocked"?: number;
        };
        /** @description A completed checkpoint or savepoint. */
        CompletedCheckpointStatistics: components["schemas"]["CheckpointStatistics"] & {
            /** @constant */
            className: "completed";
            /** @description Whether the checkpoint's files have been deleted. */
            discarded?: boolean;
            /** @description Where the checkpoint is stored; usable as `savepointPath` if it is retained. */
            external_path?: string | null;
        };
        /** @description A subtask that has acknowledged the checkpoint. */
        CompletedSubtaskCheckpointStatistics: components["schemas"]["SubtaskCheckpointStatistics"] & {
            aborted?: boolean;
            /** Format: int64 */
            ack_timestamp?: number;
            alignment?: components["schemas"]["CheckpointAlignment"];
            checkpoint?: components["schemas"]["CheckpointDuration"];
            /** Format: int64 */
            checkpointed_size?: number;
            /** @constant */
            className: "completed";
            /** Format: int64 */
            end_to_end_duration?: number;
            /** Format: int64 */
            start_delay?: number;
            /** Format: int64 */
            state_size?: number;
            unaligned_checkpoint?: boolean;
        };
        /** @description Configuration as a list of entries; sensitive values are shown as `******`. */
        ConfigurationInfo: components["schemas"]["ConfigurationInfoEntry"][];
        ConfigurationInfoEntry: {
            /** @example parallelism.default */
            key: string;
            /** @example 1 */
            value: string;
        };
        Counts: {
            /** Format: int64 */
            completed?: number;
            /** Format: int64 */
            failed?: number;
            /** Format: int32 */
            in_progress?: number;
            /** Format: int64 */
            restored?: number;
            /** Format: int64 */
            total?: number;
        };
        /** @description Settings of the web dashboard. */
        DashboardConfiguration: {
            features?: components["schemas"]["Features"];
            /** @description Commit ID and build date of the Flink build. */
            "flink-revision"?: string;
            /** @example 2.3.0 */
            "flink-version"?: string;
            /**
             * Format: int64
             * @description Dashboard refresh interval in milliseconds (`web.refresh-interval`).
             */
            "refresh-interval"?: number;
            /** @description Display name of the JobManager's time zone. */
            "timezone-name"?: string;
            /**
             * Format: int32
             * @description Offset of the JobManager's time zone from UTC, in milliseconds.
             */
            "timezone-offset"?: number;
        };
        /** @description The body of operations that return nothing: Flink always writes an empty JSON object, `{}`. */
        EmptyResponseBody: Record<string, never>;
        EnvironmentInfo: {
            classpath?: string[];
            jvm?: components["schemas"]["JVMInfo"];
        };
        /**
         * @description Body of every error response. Messages are meant for humans; there are no error
         *     codes. A deliberate error has one entry starting with the exception class and its
         *     message; an unexpected one has `Internal server error.` followed by the server side
         *     stack trace.
         * @example {
         *       "errors": [
         *         "org.apache.flink.runtime.rest.handler.RestHandlerException: Job 5e20cb6b0f357591171dfcca2eea09de not found"
         *       ]
         *     }
         */
        ErrorResponseBody: {
            errors: string[];
        };
        /** @description One failure of a task (or of the job as a whole when `taskName` is null). */
        ExceptionInfo: {
            /** @description Host and port of the TaskManager where the task ran. */
            endpoint?: string | null;
            /** @description Class name of the exception. */
            exceptionName?: string;
            /** @description Labels attached by failure enrichers. */
            failureLabels?: {
                [key: string]: string;
            };
            /**
             * @deprecated
             * @description Removed in Flink 2.0; see `endpoint`.
             */
            location?: string | null;
            stacktrace?: string;
            taskManagerId?: string | null;
            /** @description Name and subtask of the failed task; null for a job-level failure. */
            taskName?: string | null;
            /**
             * Format: int64
             * @description Epoch milliseconds.
             */
            timestamp?: number;
        };
        ExecutionConfigInfo: {
            /**
             * @deprecated
             * @description Removed in Flink 2.0. Data exchange mode of the DataSet API, for example `PIPELINED`.
             */
            "execution-mode"?: string;
            /**
             * Format: int32
             * @description The job's default parallelism.
             */
            "job-parallelism"?: number;
            /** @description Whether object reuse is enabled (`pipeline.object-reuse`). */
            "object-reuse-mode"?: boolean;
            /**
             * @description Human readable description of the restart strategy, for example
             *     `Restart deactivated.`; text meant for display, not a key/value structure. Up to
             *     1.20 only a strategy set in the program's code is described; a configured one shows
             *     as `Cluster level default restart strategy`.
             */
            "restart-strategy"?: string;
            /** @description Global job parameters (`pipeline.global-job-parameters` or `env.getConfig().setGlobalJobParameters`). */
            "user-config"?: {
                [key: string]: string;
            };
        };
        /**
         * @deprecated
         * @description Entry of the removed `all-exceptions` list.
         */
        ExecutionExceptionInfo: {
            endpoint?: string | null;
            exception?: string;
            location?: string | null;
            task?: string | null;
            taskManagerId?: string | null;
            /** Format: int64 */
            timestamp?: number;
        };
        /**
         * @description State of one execution attempt of a subtask.
         * @enum {string}
         */
        ExecutionState: "CREATED" | "SCHEDULED" | "DEPLOYING" | "RUNNING" | "FINISHED" | "CANCELING" | "CANCELED" | "FAILED" | "RECONCILING" | "INITIALIZING";
        /** @description Retention of checkpoints after the job ends. */
        ExternalizedCheckpointInfo: {
            /** @description Whether retained checkpoints are deleted when the job is cancelled. */
            delete_on_cancellation?: boolean;
            /** @description Whether completed checkpoints are retained. */
            enabled?: boolean;
        };
        /** @description A checkpoint or savepoint that failed. */
        FailedCheckpointStatistics: components["schemas"]["CheckpointStatistics"] & {
            /** @constant */
            className: "failed";
            failure_message?: string | null;
            /** Format: int64 */
            failure_timestamp?: number;
        };
        /** @description Dashboard features that are switched on. */
        Features: {
            /** @description Jobs can be cancelled from the dashboard (`web.cancel.enable`). */
            "web-cancel"?: boolean;
            /** @description The server is a HistoryServer rather than a live JobManager. */
            "web-history"?: boolean;
            /** @description Jobs can be rescaled from the dashboard (`web.rescale.enable`; needs the adaptive scheduler). */
            "web-rescale"?: boolean;
            /** @description Jars can be uploaded and run (`web.submit.enable`); when false, the `/jars` operations do not exist. */
            "web-submit"?: boolean;
        };
        /**
         * @description A floating point number. Flink writes the non-finite values NaN and infinity as the
         *     JSON strings `"NaN"`, `"Infinity"` and `"-Infinity"`.
         */
        FlinkDouble: number | ("NaN" | "Infinity" | "-Infinity");
        GarbageCollectorInfo: {
            /** Format: int64 */
            count?: number;
            name?: string;
            /**
             * Format: int64
             * @description Total collection time in milliseconds.
             */
            time?: number;
        };
        /** @description Hardware of the TaskManager's host. Memory sizes in bytes. */
        HardwareDescription: {
            /** Format: int32 */
            cpuCores?: number;
            /**
             * Format: int64
             * @description JVM heap size.
             */
            freeMemory?: number;
            /** Format: int64 */
            managedMemory?: number;
            /** Format: int64 */
            physicalMemory?: number;
        };
        /** @description An edge into a plan node. */
        Input: {
            caching?: string;
            /** @description Data exchange mode, for example `pipelined` or `blocking`. */
            exchange?: string;
            /** @description ID of the upstream vertex. */
            id?: string;
            local_strategy?: string;
            /** Format: int64 */
            num?: number;
            /** @description How records are distributed, for example `FORWARD`, `HASH` or `REBALANCE`. */
            ship_strategy?: string;
        };
        /** @description ID of an intermediate data set, 32 lower case hexadecimal digits. */
        IntermediateDataSetID: string;
        /**
         * @description Input/output counters, summed over subtasks. A `*-complete` flag is false while some
         *     subtask has not reported the value yet.
         */
        IOMetricsInfo: {
            /**
             * Format: int64
             * @description Milliseconds spent back-pressured.
             */
            "accumulated-backpressured-time"?: number;
            /** @description Milliseconds spent busy; `"NaN"` when busy time is not measured. */
            "accumulated-busy-time"?: components["schemas"]["FlinkDouble"];
            /**
             * Format: int64
             * @description Milliseconds spent idle.
             */
            "accumulated-idle-time"?: number;
            /** Format: int64 */
            "read-bytes"?: number;
            "read-bytes-complete"?: boolean;
            /** Format: int64 */
            "read-records"?: number;
            "read-records-complete"?: boolean;
            /** Format: int64 */
            "write-bytes"?: number;
            "write-bytes-complete"?: boolean;
            /** Format: int64 */
            "write-records"?: number;
            "write-records-complete"?: boolean;
        };
        JarEntryInfo: {
            /** @description Program description, when the program provides one. */
            description?: string | null;
            /** @description Fully qualified class name. */
            name?: string;
        };
        JarFileInfo: {
            /** @description Classes with a `main()` method found in the jar (the manifest's entry class first). */
            entry?: components["schemas"]["JarEntryInfo"][];
            /** @description The jar ID to use as `{jarid}`. */
            id?: string;
            /** @description The original file name of the upload. */
            name?: string;
            /**
             * Format: int64
             * @description Upload time, epoch milliseconds.
             */
            uploaded?: number;
        };
        /** @description The jars in the upload directory. */
        JarListInfo: {
            /** @description Base URL of the JobManager's REST endpoint that stores the jars. */
            address?: string;
            files?: components["schemas"]["JarFileInfo"][];
        };
        /**
         * @description Options for `getJarPlan`; the same fields and rules as `JarRunRequestBody` without
         *     the savepoint options.
         */
        JarPlanRequestBody: {
            /** @description Class whose `main()` is run; default from the jar manifest. Wins over `entry-class`. */
            entryClass?: string;
            /**
             * @description Flink options applied on top of the cluster configuration while the plan is
             *     computed, with the same precedence, exceptions and value rules as
             *     `flinkConfiguration` in `JarRunRequestBody`.
             */
            flinkConfiguration?: {
                [key: string]: string;
            };
            /** @description ID to give the planned job. */
            jobId?: string;
            /**
             * Format: int32
             * @description Default parallelism; same rules as in `JarRunRequestBody` (fallback 1, never the cluster value).
             */
            parallelism?: number;
            /**
             * @deprecated
             * @description Removed in Flink 2.0. Arguments as one white space separated string.
             */
            programArgs?: string;
            /** @description Arguments passed to `main()`, one item per argument. */
            programArgsList?: string[];
        };
        /**
         * @description Options for `runJarApplication`. Same fields and precedence as `JarRunRequestBody`,
         *     without `restoreMode` and `programArgs` and with `applicationId`. Fields it does not
         *     have are ignored without an error, so a `restoreMode` sent here has no effect.
         */
        JarRunApplicationRequestBody: {
            /** @description Skip savepoint state that maps to no operator instead of failing. */
            allowNonRestoredState?: boolean;
            /**
             * @description Fix the ID of the application instead of letting Flink generate one (`null`
             *     means generate). An ID that an application already has, running or ended, is a
             *     400; upper and lower case are the same ID.
             */
            applicationId?: string;
            claimMode?: components["schemas"]["RecoveryClaimMode"];
            /** @description Class whose `main()` is run; default from the jar manifest. */
            entryClass?: string;
            /**
             * @description Flink options for this submission, applied exactly as `flinkConfiguration` in
             *     `JarRunRequestBody` (same precedence, exceptions and value rules).
             */
            flinkConfiguration?: {
                [key: string]: string;
            };
            /**
             * @description ID for the first job the program submits; Flink derives the IDs of later jobs
             *     from it. An ID that a job on the cluster already has fails the application (not
             *     the call).
             */
            jobId?: string;
            /**
             * Format: int32
             * @description Default parallelism; fallback 1, never the cluster value.
             */
            parallelism?: number;
            /** @description Arguments passed to `main()`, one item per argument. */
            programArgsList?: string[];
            /** @description Savepoint or retained checkpoint to restore from; empty means none. */
            savepointPath?: string;
        };
        JarRunApplicationResponseBody: {
            applicationid: components["schemas"]["ApplicationID"];
        };
        /**
         * @description Options for `runJar`. Every field is optional; an empty body or `{}` runs the jar with
         *     defaults. A field that is JSON `null` counts as absent. On Flink 1.17 to 1.19 an
         *     unknown field makes the request fail with 400; from 1.20 on unknown fields are
         *     silently ignored (so `programArgs` sent to 2.x is dropped without notice).
         */
        JarRunRequestBody: {
            /**
             * @description When restoring, skip state in the savepoint that belongs to no operator of the
             *     new job instead of failing. Wins over the query parameter and over
             *     `execution.state-recovery.ignore-unclaimed-state` in `flinkConfiguration`.
             */
            allowNonRestoredState?: boolean;
            /**
             * @description Snapshot ownership for the restore; only used together with a savepoint path.
             *     Wins over `restoreMode` and over `execution.state-recovery.claim-mode` in
             *     `flinkConfiguration`; default `NO_CLAIM`. Flink 1.17 to 1.19 reject the field
             *     (400): send `restoreMode` to them.
             */
            claimMode?: components["schemas"]["RecoveryClaimMode"];
            /**
             * @description Fully qualified name of the class whose `main()` is run. Default: the
             *     `Main-Class`/`program-class` of the jar manifest. Wins over `entry-class`.
             * @example org.apache.flink.streaming.examples.wordcount.WordCount
             */
            entryClass?: string;
            /**
             * @description Flink configuration options for this job (FLIP-256): a map from option key to
             *     value, applied on top of the JobManager's configuration for this submission only.
             *     Sending the field to Flink 1.16 or older fails with 400.
             *
             *     **Precedence**, lowest to highest, as Flink applies it:
             *
             *     1. the option's default value;
             *     2. the JobManager's (cluster) configuration;
             *     3. `flinkConfiguration`, key by key;
             *     4. query parameters (`parallelism`, `savepointPath`, `allowNonRestoredState`, ...);
             *     5. body fields (`parallelism`, `savepointPath`, `allowNonRestoredState`,
             *        `claimMode`/`restoreMode`, `jobId`, ...);
             *     6. the program itself: whatever `main()` sets (`env.setParallelism(...)`,
             *        `env.execute("name")`, ...) wins, unless `execution.program-config.enabled`
             *        is `false`, which makes such changes fail the submission.
             *
             *     **Exceptions** to that order:
             *
             *     * **Parallelism** never falls back to the cluster: the job gets the body field,
             *       else the query parameter, else `parallelism.default` from this map, else **1**.
             *       The cluster's `parallelism.default` is not consulted.
             *     * **Renamed options (1.20 and later).** Flink looks up an option's current key
             *       before its deprecated keys. If the cluster configuration sets the current key
             *       (for example `execution.state-recovery.path`) and this map sets a deprecated one
             *       (`execution.savepoint.path`), the cluster value wins. Always send current keys.
             *     * **Forced keys.** `pipeline.jars` and `pipeline.classpaths` are overwritten with
             *       the jar and its classpath (since 1.20 configured classpaths are kept and
             *       extended); `execution.target` and `execution.attached` are forced to the
             *       embedded, detached executor. Values sent for them have no effect.
             *     * **Cluster-level options** (`jobmanager.*`, `taskmanager.*` memory and slots,
             *       `rest.*`, `high-availability.*`, security, metric reporters, ...) are accepted
             *       without error or warning, but the processes already run, so they do not take
             *       effect. (Since 1.19 they are still copied into the job's stored configuration.)
             *       Options that Flink reads per job do take effect, for example the restart
             *       strategy, state backend and checkpoint storage,
             *       `pipeline.jobvertex-parallelism-overrides` and `execution.checkpointing.*`.
             *     * **Unknown or misspelled keys** are kept and silently ignored; Flink does not
             *       validate keys.
             *     * **List values** such as `pipeline.jars` appear in the job's configuration as
             *       `a;b` on a 1.x cluster configured by `flink-conf.yaml`, and in YAML flow style
             *       (`['a', 'b']`) on 2.x, which reads only the standard YAML `config.yaml`.
             *
             *     **Values** are strings. Flink also accepts JSON numbers and booleans and turns
             *     them into their text (`4` becomes `"4"`, `1.50` becomes `"1.50"`, `true` becomes
             *     `"true"`). A JSON `null` value makes the request fail with **500**; an object or
             *     array value with **400**. `"flinkConfiguration": null` is the same as leaving the
             *     field out. A value that does not parse for its option fails when the option is
             *     read: `parallelism.default` and the ignore-unclaimed-state option at once (500),
             *     others when `main()` or the job starts (400 or a failed job).
             * @example {
             *       "parallelism.default": "4",
             *       "execution.checkpointing.interval": "30 s",
             *       "pipeline.name": "wordcount"
             *     }
             */
            flinkConfiguration?: {
                [key: string]: string;
            };
            /**
             * @description Fix the ID of the submitted job instead of letting Flink generate one; useful to
             *     make a submission idempotent or to find the job afterwards. The same can be done
             *     with `$internal.pipeline.job-id` in `flinkConfiguration`; the body field wins.
             * @example 5e20cb6b0f357591171dfcca2eea09de
             */
            jobId?: string;
            /**
             * Format: int32
             * @description Default parallelism of the job. Wins over the `parallelism` query parameter and
             *     over `parallelism.default` in `flinkConfiguration`. Absent everywhere, the job gets
             *     **1**: the cluster's `parallelism.default` is not used by this endpoint. Values of
             *     0 or below -1 make the program fail (400 `Could not execute application.`).
             * @example 4
             */
            parallelism?: number;
            /**
             * @deprecated
             * @description Removed in Flink 2.0 (a 2.x server ignores it). Arguments as one string split at
             *     white space. Up to 1.20, sending it together with `programArgsList` is a 400.
             */
            programArgs?: string;
            /**
             * @description Arguments passed to `main()`, one item per argument. Wins over `programArg`.
             * @example [
             *       "--input",
             *       "s3://bucket/in",
             *       "--output",
             *       "s3://bucket/out"
             *     ]
             */
            programArgsList?: string[];
            /**
             * @deprecated
             * @description Older name of `claimMode`, the only one that Flink 1.17 to 1.19 know. Still
             *     accepted on 2.3, but `claimMode` wins when both are set.
             */
            restoreMode?: components["schemas"]["RecoveryClaimMode"];
            /**
             * @description Savepoint or retained checkpoint to restore the job from. Wins over the query
             *     parameter and over `execution.state-recovery.path` in `flinkConfiguration`. An
             *     empty string means "no savepoint" (since 1.18; 1.17 treats it as a path).
             * @example s3://bucket/savepoints/savepoint-5e20cb-0123456789ab
             */
            savepointPath?: string;
        };
        JarRunResponseBody: {
            /** @description ID of the application the job belongs to; on 2.3 it equals `jobid`. */
            applicationId?: components["schemas"]["ApplicationID"];
            jobid: components["schemas"]["JobID"];
        };
        JarUploadResponseBody: {
            /**
             * @description Absolute path of the stored jar on the JobManager. Its last path segment is the
             *     jar ID.
             * @example /tmp/flink-web-upload/3f2a9d0e-7a63-4a8e-9d3f-2b0c6e1b5c11_wordcount.jar
             */
            filename: string;
            status: components["schemas"]["UploadStatus"];
        };
        /** @description Placeholder without fields. */
        JobAccumulator: Record<string, never>;
        JobAccumulatorsInfo: {
            /** @description Reserved; always empty. */
            "job-accumulators"?: components["schemas"]["JobAccumulator"][];
            /** @description With `includeSerializedValue=true`, each accumulator's Java-serialized value, Base64 encoded. */
            "serialized-user-task-accumulators"?: {
                [key: string]: string;
            };
            "user-task-accumulators"?: components["schemas"]["UserTaskAccumulator"][];
        };
        JobClientHeartbeatRequestBody: {
            /**
             * Format: int64
             * @description Epoch milliseconds until which the client is to be considered alive.
             */
            expiredTimestamp: number;
        };
        /**
         * @description A job's execution configuration. Written by a custom serializer, so the field names
         *     are `jid`, `name` and `execution-config` (Flink's generated specification shows
         *     `jobId`, `jobName` and `executionConfigInfo`, which never appear on the wire).
         */
        JobConfigInfo: {
            /** @description Absent when the job's archived execution configuration is not available. */
            "execution-config"?: components["schemas"]["ExecutionConfigInfo"];
            jid: components["schemas"]["JobID"];
            name: string;
        };
        /** @description Summary of one job. */
        JobDetails: {
            /**
             * @description Only present when some subtask runs a speculative or repeated attempt: for each
             *     vertex ID, the current attempt number per subtask index.
             */
            "current-execution-attempts"?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /**
             * Format: int64
             * @description Milliseconds since start, or until end.
             */
            duration?: number;
            /**
             * Format: int64
             * @description Epoch milliseconds; -1 while the job is not finished.
             */
            "end-time"?: number;
            jid?: components["schemas"]["JobID"];
            jobType?: components["schemas"]["JobType"] | null;
            /**
             * Format: int64
             * @description Epoch milliseconds of the last status change.
             */
            "last-modification"?: number;
            name?: string;
            /**
             * Format: int32
             * @description Operators not yet part of the job graph (jobs whose graph is built incrementally).
             */
            "pending-operators"?: number;
            schedulerType?: components["schemas"]["SchedulerType"] | null;
            /**
             * Format: int64
             * @description Epoch milliseconds at which the job was created.
             */
            "start-time"?: number;
            state?: components["schemas"]["JobStatus"];
            /** @description Number of tasks per execution state (lower case state names) plus `total`. */
            tasks?: {
                [key: string]: number;
            };
        };
        /** @description Details of one job. */
        JobDetailsInfo: {
            /** @description Application the job belongs to. */
            "application-id"?: components["schemas"]["ApplicationID"] | null;
            /** Format: int64 */
            duration?: number;
            /**
             * Format: int64
             * @description Epoch milliseconds; -1 while the job is not finished.
             */
            "end-time"?: number;
            /** @description Whether all sources support graceful stopping. */
            isStoppable?: boolean;
            jid?: components["schemas"]["JobID"];
            "job-type"?: components["schemas"]["JobType"] | null;
            /**
             * Format: int64
             * @description The job's maximum parallelism (`pipeline.max-parallelism`), -1 if not set.
             */
            maxParallelism?: number;
            name?: string;
            /**
             * Format: int64
             * @description Server time of the snapshot, epoch milliseconds.
             */
            now?: number;
            /** Format: int32 */
            "pending-operators"?: number;
            plan?: components["schemas"]["Plan"];
            schedulerType?: components["schemas"]["SchedulerType"] | null;
            /** Format: int64 */
            "start-time"?: number;
            state?: components["schemas"]["JobStatus"];
            /** @description Number of vertices per execution state. */
            "status-counts"?: {
                [key: string]: number;
            };
            /** @description The stream graph as JSON, when available. */
            "stream-graph"?: components["schemas"]["RawJson"] | null;
            /** @description Epoch milliseconds at which the job entered each status (keyed by `JobStatus` value; 0 if never). */
            timestamps?: {
                [key: string]: number;
            };
            vertices?: components["schemas"]["JobDetailsVertexInfo"][];
        };
        /** @description One vertex (task) of a job. */
        JobDetailsVertexInfo: {
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            id?: components["schemas"]["JobVertexID"];
            /** Format: int32 */
            maxParallelism?: number;
            metrics?: components["schemas"]["IOMetricsInfo"];
            name?: string;
            /** Format: int32 */
            parallelism?: number;
            /** @description Slot sharing group of the vertex, as hexadecimal ID. */
            slotSharingGroupId?: string | null;
            /** Format: int64 */
            "start-time"?: number;
            status?: components["schemas"]["ExecutionState"];
            /** @description Number of subtasks per execution state. */
            tasks?: {
                [key: string]: number;
            };
        };
        JobExceptionHistory: {
            /** @description Failures, newest first. */
            entries?: components["schemas"]["RootExceptionInfo"][];
            /** @description True if more entries exist than were returned. */
            truncated?: boolean;
        };
        JobExceptionsInfoWithHistory: {
            /**
             * @deprecated
             * @description Removed in Flink 2.0; use `exceptionHistory`.
             */
            "all-exceptions"?: components["schemas"]["ExecutionExceptionInfo"][];
            exceptionHistory?: components["schemas"]["JobExceptionHistory"];
            /**
             * @deprecated
             * @description Removed in Flink 2.0; use `exceptionHistory`.
             */
            "root-exception"?: string | null;
            /**
             * Format: int64
             * @deprecated
             * @description Removed in Flink 2.0; use `exceptionHistory`.
             */
            timestamp?: number | null;
            /**
             * @deprecated
             * @description Removed in Flink 2.0; use `exceptionHistory.truncated`.
             */
            truncated?: boolean;
        };
        JobExecutionResultResponseBody: {
            /** @description Present once `status.id` is `COMPLETED`. */
            "job-execution-result"?: components["schemas"]["JobResult"];
            status: components["schemas"]["QueueStatus"];
        };
        /**
         * @description A job ID as Flink writes it, 32 lower case hexadecimal digits.
         * @example 5e20cb6b0f357591171dfcca2eea09de
         */
        JobID: string;
        JobIdsWithStatusOverview: {
            jobs?: components["schemas"]["JobIdWithStatus"][];
        };
        JobIdWithStatus: {
            id: components["schemas"]["JobID"];
            status: components["schemas"]["JobStatus"];
        };
        /** @description Wrapper around a job's dataflow plan. */
        JobPlanInfo: {
            plan?: components["schemas"]["Plan"];
        };
        /** @description Adaptive scheduler settings relevant to rescaling. Durations in milliseconds. */
        JobRescaleConfigInfo: {
            /** Format: int64 */
            executingCooldownTimeoutInMillis?: number | null;
            /** Format: int64 */
            executingResourceStabilizationTimeoutInMillis?: number | null;
            /** Format: int64 */
            maximumDelayForTriggeringRescaleInMillis?: number | null;
            /** Format: int32 */
            rescaleHistoryMax?: number | null;
            /** Format: int32 */
            rescaleOnFailedCheckpointCount?: number | null;
            /** @description `REACTIVE` in reactive mode, otherwise null. */
            schedulerExecutionMode?: components["schemas"]["SchedulerExecutionMode"] | null;
            /** Format: int64 */
            slotIdleTimeoutInMillis?: number | null;
            /** Format: int64 */
            submissionResourceStabilizationTimeoutInMillis?: number | null;
            /** Format: int64 */
            submissionResourceWaitTimeoutInMillis?: number | null;
        };
        /**
         * @description One rescale of a job. In lists (history, overview) `vertices`, `slots` and
         *     `schedulerStates` are empty; `getJobRescaleDetails` fills them.
         */
        JobRescaleDetails: {
            /**
             * Format: int64
             * @description Null while the rescale is in progress.
             */
            endTimestampInMillis?: number | null;
            /** Format: int64 */
            rescaleAttemptId?: number;
            /** @description ID of this rescale (the `{rescaleuuid}` of `getJobRescaleDetails`). */
            rescaleUuid?: string;
            /** @description ID of the resource requirements the rescale worked towards. */
            resourceRequirementsUuid?: string;
            /** @description Scheduler states passed through during the rescale. */
            schedulerStates?: components["schemas"]["SchedulerStateSpan"][];
            /** @description Per slot sharing group slot changes keyed by group ID. */
            slots?: {
                [key: string]: components["schemas"]["SlotSharingGroupRescaleInfo"];
            };
            /** Format: int64 */
            startTimestampInMillis?: number | null;
            /** @description Null while the rescale is in progress. */
            terminalState?: components["schemas"]["TerminalState"] | null;
            terminatedReason?: components["schemas"]["TerminatedReason"] | null;
            triggerCause?: components["schemas"]["TriggerCause"] | null;
            /** @description Per-vertex parallelism changes keyed by vertex ID. */
            vertices?: {
                [key: string]: components["schemas"]["VertexParallelismRescaleInfo"];
            };
        };
        /** @description Recent rescales, newest first. */
        JobRescalesHistory: components["schemas"]["JobRescaleDetails"][];
        JobRescalesOverview: {
            latest?: components["schemas"]["LatestRescales"];
            rescalesCounts?: components["schemas"]["RescalesCounts"];
        };
        /** @description Rescale counts and duration statistics in milliseconds. */
        JobRescalesSummary: {
            completedRescalesDurationStatsInMillis?: components["schemas"]["StatsSummaryDto"];
            failedRescalesDurationStatsInMillis?: components["schemas"]["StatsSummaryDto"];
            ignoredRescalesDurationStatsInMillis?: components["schemas"]["StatsSummaryDto"];
            rescalesCounts?: components["schemas"]["RescalesCounts"];
            rescalesDurationStatsInMillis?: components["schemas"]["StatsSummaryDto"];
        };
        /**
         * @description Parallelism bounds keyed by job vertex ID.
         * @example {
         *       "bc764cd8ddf7a0cff126f51c16239658": {
         *         "parallelism": {
         *           "lowerBound": 1,
         *           "upperBound": 4
         *         }
         *       }
         *     }
         */
        JobResourceRequirementsBody: {
            [key: string]: components["schemas"]["JobVertexResourceRequirements"];
        };
        /**
         * @description Final result of a job, as written by Flink's custom serializer (the field names in
         *     Flink's generated specification are not the wire names).
         */
        JobResult: {
            /** @description Accumulator values, each a Base64 string of the Java-serialized value. */
            "accumulator-results"?: {
                [key: string]: string;
            };
            "application-id"?: components["schemas"]["ApplicationID"];
            "application-status"?: components["schemas"]["ApplicationStatus"];
            /** Format: int64 */
            "end-time"?: number;
            /** @description Present only if the job failed. */
            "failure-cause"?: components["schemas"]["SerializedThrowable"];
            id?: components["schemas"]["JobID"];
            name?: string | null;
            /**
             * Format: int64
             * @description Run time in milliseconds.
             */
            "net-runtime"?: number;
            /** Format: int64 */
            "start-time"?: number;
        };
        /**
         * @description Status of a job. Terminal: `FINISHED`, `CANCELED` and `FAILED` (globally terminal) and
         *     `SUSPENDED` (the JobManager gave up the job, for example on leadership loss; it may be
         *     recovered elsewhere).
         * @enum {string}
         */
        JobStatus: "INITIALIZING" | "CREATED" | "RUNNING" | "FAILING" | "FAILED" | "CANCELLING" | "CANCELED" | "FINISHED" | "RESTARTING" | "SUSPENDED" | "RECONCILING";
        JobStatusInfo: {
            status: components["schemas"]["JobStatus"];
        };
        /**
         * @description Whether the job is a bounded batch job or a streaming job.
         * @enum {string}
         */
        JobType: "BATCH" | "STREAMING";
        JobVertexAccumulatorsInfo: {
            /** @description Vertex ID. */
            id?: string;
            "user-accumulators"?: components["schemas"]["UserAccumulator"][];
        };
        /**
         * @description Back pressure of a vertex. Fields other than `status` are left out while no data is
         *     available. The wire name of the level is `backpressure-level` (Flink's generated
         *     specification says `backpressureLevel`).
         */
        JobVertexBackPressureInfo: {
            "backpressure-level"?: components["schemas"]["VertexBackPressureLevel"];
            /**
             * Format: int64
             * @description When the figures were computed, epoch milliseconds.
             */
            "end-timestamp"?: number;
            status: components["schemas"]["VertexBackPressureStatus"];
            subtasks?: components["schemas"]["SubtaskBackPressureInfo"][];
        };
        JobVertexDetailsInfo: {
            aggregated?: components["schemas"]["AggregatedTaskDetailsInfo"];
            id?: components["schemas"]["JobVertexID"];
            /** Format: int32 */
            maxParallelism?: number;
            name?: string;
            /** Format: int64 */
            now?: number;
            /** Format: int32 */
            parallelism?: number;
            /** @description Current attempt of every subtask. */
            subtasks?: components["schemas"]["SubtaskExecutionAttemptDetailsInfo"][];
        };
        /** @description A job vertex ID, 32 lower case hexadecimal digits. */
        JobVertexID: string;
        JobVertexResourceRequirements: {
            parallelism: components["schemas"]["Parallelism"];
        };
        /** @description The vertex's subtasks on one TaskManager. */
        JobVertexTaskManagerInfo: {
            aggregated?: components["schemas"]["AggregatedTaskDetailsInfo"];
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            endpoint?: string | null;
            /**
             * @deprecated
             * @description Removed in Flink 2.0; see `endpoint`.
             */
            host?: string | null;
            metrics?: components["schemas"]["IOMetricsInfo"];
            /** Format: int64 */
            "start-time"?: number;
            status?: components["schemas"]["ExecutionState"];
            "status-counts"?: {
                [key: string]: number;
            };
            "taskmanager-id"?: string | null;
        };
        JobVertexTaskManagersInfo: {
            id?: components["schemas"]["JobVertexID"];
            name?: string;
            /** Format: int64 */
            now?: number;
            taskmanagers?: components["schemas"]["JobVertexTaskManagerInfo"][];
        };
        JVMInfo: {
            arch?: string;
            /** @description JVM command line options. */
            options?: string[];
            version?: string;
        };
        /** @description Most recent checkpoints of each kind; each is null if there is none. */
        LatestCheckpoints: {
            completed?: components["schemas"]["CompletedCheckpointStatistics"] | null;
            failed?: components["schemas"]["FailedCheckpointStatistics"] | null;
            restored?: components["schemas"]["RestoredCheckpointStatistics"] | null;
            savepoint?: components["schemas"]["CompletedCheckpointStatistics"] | null;
        };
        /** @description The latest rescale with each outcome; null if there is none. */
        LatestRescales: {
            completed?: components["schemas"]["JobRescaleDetails"] | null;
            failed?: components["schemas"]["JobRescaleDetails"] | null;
            ignored?: components["schemas"]["JobRescaleDetails"] | null;
        };
        LogInfo: {
            /**
             * Format: int64
             * @description Last modification, epoch milliseconds.
             */
            mtime?: number;
            name?: string;
            /**
             * Format: int64
             * @description Size in bytes.
             */
            size?: number;
        };
        LogListInfo: {
            logs?: components["schemas"]["LogInfo"][];
        };
        LogUrlResponse: {
            /** Format: uri */
            url?: string;
        };
        Metric: {
            /**
             * @description Metric name.
             * @example numRecordsInPerSecond
             */
            id: string;
            /**
             * @description Current value, always as a string; present only when requested with `get`.
             * @example 1520.4
             */
            value?: string;
        };
        /**
         * @description Metrics as a **top-level JSON array** (Flink's generated specification wrongly shows an
         *     object with a `metrics` field). Without the `get` parameter only `id`s are listed.
         */
        MetricCollectionResponseBody: components["schemas"]["Metric"][];
        MultipleApplicationsDetails: {
            applications?: components["schemas"]["ApplicationDetails"][];
        };
        MultipleJobsDetails: {
            jobs?: components["schemas"]["JobDetails"][];
        };
        /** @description A node of a flame graph (a stack frame). */
        Node: {
            children?: components["schemas"]["Node"][];
            /** @description Stack frame. */
            name?: string;
            /**
             * Format: int32
             * @description Number of samples in this frame and below.
             */
            value?: number;
        };
        Parallelism: {
            /**
             * Format: int32
             * @description Lowest acceptable parallelism (at least 1).
             */
            lowerBound: number;
            /**
             * Format: int32
             * @description Highest useful parallelism; -1 means the vertex's maximum parallelism.
             */
            upperBound: number;
        };
        /** @description A checkpoint or savepoint still in progress. */
        PendingCheckpointStatistics: components["schemas"]["CheckpointStatistics"] & {
            /** @constant */
            className: "in_progress";
        };
        /** @description A subtask that has not acknowledged the checkpoint (yet). */
        PendingSubtaskCheckpointStatistics: components["schemas"]["SubtaskCheckpointStatistics"] & {
            /** @constant */
            className: "pending";
        };
        /**
         * @description Dataflow plan (job graph) of a job. Typed since Flink 2.1; older releases send the
         *     same JSON but their generated specification calls it raw JSON.
         */
        Plan: {
            /** @description The job ID. */
            jid?: string;
            name?: string;
            nodes?: components["schemas"]["PlanNode"][];
            /** @description Kind of job, for example `STREAMING` or `BATCH`. */
            type?: string;
        };
        /** @description One vertex of the plan. */
        PlanNode: {
            /** @description Human readable chain of operators in this vertex (may contain HTML). */
            description?: string;
            /** @description Vertex ID. */
            id?: string;
            inputs?: components["schemas"]["Input"][];
            operator?: string;
            operator_strategy?: string;
            optimizer_properties?: components["schemas"]["RawJson"];
            /** Format: int64 */
            parallelism?: number;
        };
        /**
         * @description Checkpointing guarantee. Written in **lower case** on the wire (Flink's generated
         *     specification lists upper case values).
         * @enum {string}
         */
        ProcessingMode: "exactly_once" | "at_least_once";
        QueueStatus: {
            /**
             * @description `IN_PROGRESS` while the operation runs, `COMPLETED` when it has ended (successfully or not).
             * @enum {string}
             */
            id: "IN_PROGRESS" | "COMPLETED";
        };
        /** @description A JSON object passed through from Flink without a fixed structure. */
        RawJson: {
            [key: string]: unknown;
        };
        /**
         * @description Who owns the files of the snapshot a job is restored from. `NO_CLAIM` (the default):
         *     Flink never deletes them and the first checkpoint after the restore is a full one.
         *     `CLAIM`: Flink takes ownership and may delete the snapshot once it is subsumed.
         *     `LEGACY`: the pre-1.15 behaviour, deprecated since 1.19. Values must be upper case.
         *     (Flink 1.17 to 1.20 call the type `RestoreMode`; the values are the same.)
         * @enum {string}
         */
        RecoveryClaimMode: "CLAIM" | "NO_CLAIM" | "LEGACY";
        RescalesCounts: {
            /** Format: int64 */
            completed?: number;
            /** Format: int64 */
            failed?: number;
            /** Format: int64 */
            ignored?: number;
            /** Format: int64 */
            inProgress?: number;
        };
        /**
         * @description ID of a TaskManager. Free-form: depending on the deployment it may be
         *     `<host>:<port>-<suffix>`, a Kubernetes pod name or a YARN container ID.
         */
        ResourceID: string;
        /** @description Resources of a TaskManager or slot. Memory sizes in MiB. */
        ResourceProfileInfo: {
            cpuCores?: components["schemas"]["FlinkDouble"];
            /** @description External resources such as GPUs, by name. */
            extendedResources?: {
                [key: string]: components["schemas"]["FlinkDouble"];
            };
            /** Format: int32 */
            managedMemory?: number;
            /** Format: int32 */
            networkMemory?: number;
            /** Format: int32 */
            taskHeapMemory?: number;
            /** Format: int32 */
            taskOffHeapMemory?: number;
        };
        /**
         * @description Kind of a recorded checkpoint. `UNALIGNED_CHECKPOINT` exists since Flink 1.18.
         * @enum {string}
         */
        RestAPICheckpointType: "CHECKPOINT" | "UNALIGNED_CHECKPOINT" | "SAVEPOINT" | "SYNC_SAVEPOINT";
        /** @description The checkpoint or savepoint the job was last restored from. */
        RestoredCheckpointStatistics: {
            external_path?: string | null;
            /** Format: int64 */
            id?: number;
            is_savepoint?: boolean;
            /** Format: int64 */
            restore_timestamp?: number;
        };
        /** @description A failure that caused a restart or the end of the job, with failures that happened at the same time. */
        RootExceptionInfo: components["schemas"]["ExceptionInfo"] & {
            concurrentExceptions?: components["schemas"]["ExceptionInfo"][];
        };
        SavepointDisposalRequest: {
            /** @description Path of the savepoint to delete. */
            "savepoint-path": string;
        };
        /**
         * @description `CANONICAL` (default): the state backend independent format, restorable with any
         *     backend. `NATIVE`: the backend's own format, faster to take and restore but tied to
         *     that backend.
         * @enum {string}
         */
        SavepointFormatType: "CANONICAL" | "NATIVE";
        SavepointInfo: {
            /** @description Why the savepoint failed; null on success. */
            "failure-cause"?: components["schemas"]["SerializedThrowable"] | null;
            /** @description Path of the completed savepoint; null on failure. */
            location?: string | null;
        };
        /** @description State of a savepoint or stop-with-savepoint operation. */
        SavepointOperationResult: {
            /** @description Null while in progress. */
            operation?: components["schemas"]["SavepointInfo"] | null;
            status: components["schemas"]["QueueStatus"];
        };
        SavepointTriggerRequestBody: {
            /** @description Cancel the job once the savepoint is complete. Default false. */
            "cancel-job"?: boolean;
            formatType?: components["schemas"]["SavepointFormatType"];
            /** @description Directory for the savepoint; default the cluster's savepoint directory. */
            "target-directory"?: string;
            /** @description Your own ID for the operation; repeating a request with the same ID does not start a second savepoint. */
            triggerId?: string;
        };
        /** @enum {string} */
        SchedulerExecutionMode: "REACTIVE";
        SchedulerStateSpan: {
            /** Format: int64 */
            durationInMillis?: number | null;
            /** Format: int64 */
            enterTimestampInMillis?: number | null;
            /** Format: int64 */
            leaveTimestampInMillis?: number | null;
            /** @description Name of the adaptive scheduler state, for example `Executing`. */
            state?: string;
            stringifiedException?: string | null;
        };
        /**
         * @description The scheduler the JobManager uses for the job.
         * @enum {string}
         */
        SchedulerType: "Default" | "Adaptive" | "AdaptiveBatch";
        /** @description An exception as Flink serializes it for REST responses. */
        SerializedThrowable: {
            /** @description Class name of the original exception. */
            class?: string;
            /** @description The Java-serialized exception, Base64 encoded. */
            "serialized-throwable"?: string;
            /** @description Full stack trace including causes, as text. */
            "stack-trace"?: string;
        };
        /** @description A slot allocated to a job. */
        SlotInfo: {
            /** Format: int32 */
            assignedTasks?: number;
            jobId?: components["schemas"]["JobID"];
            resource?: components["schemas"]["ResourceProfileInfo"];
        };
        SlotSharingGroupRescaleInfo: {
            acquiredResourceProfile?: components["schemas"]["ResourceProfileInfo"] | null;
            /** Format: int32 */
            desiredSlots?: number | null;
            /** Format: int32 */
            minimalRequiredSlots?: number | null;
            /** Format: int32 */
            postRescaleSlots?: number | null;
            /** Format: int32 */
            preRescaleSlots?: number | null;
            requestResourceProfile?: components["schemas"]["ResourceProfileInfo"] | null;
            slotSharingGroupId?: string | null;
            slotSharingGroupName?: string | null;
        };
        /** @description Minimum, maximum, average and percentiles of a statistic. Percentiles are `"NaN"` when there is no data. */
        StatsSummaryDto: {
            /** Format: int64 */
            avg?: number;
            /** Format: int64 */
            max?: number;
            /** Format: int64 */
            min?: number;
            p50?: components["schemas"]["FlinkDouble"];
            p90?: components["schemas"]["FlinkDouble"];
            p95?: components["schemas"]["FlinkDouble"];
            p99?: components["schemas"]["FlinkDouble"];
            p999?: components["schemas"]["FlinkDouble"];
        };
        StopWithSavepointRequestBody: {
            /** @description Emit the maximum watermark before the savepoint so that all event time timers fire. Default false. */
            drain?: boolean;
            formatType?: components["schemas"]["SavepointFormatType"];
            /** @description Directory for the savepoint; default the cluster's savepoint directory. */
            targetDirectory?: string;
            /** @description Your own ID for the operation (idempotent retries). */
            triggerId?: string;
        };
        SubtaskAccumulatorsInfo: {
            /** Format: int32 */
            attempt?: number;
            endpoint?: string | null;
            /**
             * @deprecated
             * @description Removed in Flink 2.0; see `endpoint`.
             */
            host?: string | null;
            /** Format: int32 */
            subtask?: number;
            "user-accumulators"?: components["schemas"]["UserAccumulator"][];
        };
        SubtaskBackPressureInfo: {
            /** Format: int32 */
            "attempt-number"?: number | null;
            "backpressure-level"?: components["schemas"]["VertexBackPressureLevel"];
            /** @description Share of time busy, 0 to 1. */
            busyRatio?: components["schemas"]["FlinkDouble"];
            /** @description Share of time idle, 0 to 1. */
            idleRatio?: components["schemas"]["FlinkDouble"];
            "other-concurrent-attempts"?: components["schemas"]["SubtaskBackPressureInfo"][] | null;
            /** @description Share of time back-pressured, 0 to 1. */
            ratio?: components["schemas"]["FlinkDouble"];
            /** Format: int32 */
            subtask?: number;
        };
        /** @description Checkpoint statistics of one subtask; `className` tells whether it has acknowledged. */
        SubtaskCheckpointStatistics: {
            /** @enum {string} */
            className: "completed" | "pending";
            /** Format: int32 */
            index?: number;
            /** @description `completed`, or `pending_or_failed` while the subtask has not acknowledged. */
            status?: string;
        };
        SubtaskExecutionAttemptAccumulatorsInfo: {
            /** Format: int32 */
            attempt?: number;
            /** @description ID of the execution attempt. */
            id?: string;
            /** Format: int32 */
            subtask?: number;
            "user-accumulators"?: components["schemas"]["UserAccumulator"][];
        };
        /** @description One execution attempt of a subtask. */
        SubtaskExecutionAttemptDetailsInfo: {
            /** Format: int32 */
            attempt?: number;
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            /** @description Host and data port of the TaskManager running the attempt. */
            endpoint?: string | null;
            /**
             * @deprecated
             * @description Removed in Flink 2.0; see `endpoint`.
             */
            host?: string | null;
            metrics?: components["schemas"]["IOMetricsInfo"];
            /** @description Other attempts running at the same time (speculative execution); usually absent. */
            "other-concurrent-attempts"?: components["schemas"]["SubtaskExecutionAttemptDetailsInfo"][] | null;
            /** Format: int64 */
            "start-time"?: number;
            status?: components["schemas"]["ExecutionState"];
            /** @description Milliseconds spent in each execution state. */
            "status-duration"?: {
                [key: string]: number;
            };
            /** Format: int32 */
            subtask?: number;
            "taskmanager-id"?: string | null;
        };
        SubtasksAllAccumulatorsInfo: {
            id?: components["schemas"]["JobVertexID"];
            /** Format: int32 */
            parallelism?: number;
            subtasks?: components["schemas"]["SubtaskAccumulatorsInfo"][];
        };
        SubtasksTimesInfo: {
            /** @description Vertex ID. */
            id?: string;
            name?: string;
            /** Format: int64 */
            now?: number;
            subtasks?: components["schemas"]["SubtaskTimeInfo"][];
        };
        SubtaskTimeInfo: {
            /** Format: int64 */
            duration?: number;
            endpoint?: string | null;
            /**
             * @deprecated
             * @description Removed in Flink 2.0; see `endpoint`.
             */
            host?: string | null;
            /** Format: int32 */
            subtask?: number;
            /** @description Epoch milliseconds at which the attempt entered each execution state. */
            timestamps?: {
                [key: string]: number;
            };
        };
        /** @description Checkpoint statistics of one vertex. */
        TaskCheckpointStatistics: {
            /** Format: int64 */
            alignment_buffered?: number;
            /** Format: int64 */
            checkpointed_size?: number;
            /** Format: int64 */
            end_to_end_duration?: number;
            /** Format: int64 */
            id?: number;
            /** Format: int64 */
            latest_ack_timestamp?: number;
            /** Format: int32 */
            num_acknowledged_subtasks?: number;
            /** Format: int32 */
            num_subtasks?: number;
            /** Format: int64 */
            persisted_data?: number;
            /** Format: int64 */
            processed_data?: number;
            /** Format: int64 */
            state_size?: number;
            status?: components["schemas"]["CheckpointStatsStatus"];
        };
        /** @description Checkpoint statistics of one vertex with a summary and a line per subtask. */
        TaskCheckpointStatisticsWithSubtaskDetails: components["schemas"]["TaskCheckpointStatistics"] & {
            subtasks?: components["schemas"]["AnySubtaskCheckpointStatistics"][];
            summary?: components["schemas"]["TaskCheckpointStatisticsWithSubtaskDetailsSummary"];
        };
        TaskCheckpointStatisticsWithSubtaskDetailsSummary: {
            alignment?: components["schemas"]["CheckpointAlignmentSummary"];
            checkpoint_duration?: components["schemas"]["CheckpointDurationSummary"];
            checkpointed_size?: components["schemas"]["StatsSummaryDto"];
            end_to_end_duration?: components["schemas"]["StatsSummaryDto"];
            start_delay?: components["schemas"]["StatsSummaryDto"];
            state_size?: components["schemas"]["StatsSummaryDto"];
        };
        /** @description The TaskManager's memory model, in bytes. */
        TaskExecutorMemoryConfiguration: {
            /** Format: int64 */
            frameworkHeap?: number;
            /** Format: int64 */
            frameworkOffHeap?: number;
            /** Format: int64 */
            jvmMetaspace?: number;
            /** Format: int64 */
            jvmOverhead?: number;
            /** Format: int64 */
            managedMemory?: number;
            /** Format: int64 */
            networkMemory?: number;
            /** Format: int64 */
            taskHeap?: number;
            /** Format: int64 */
            taskOffHeap?: number;
            /** Format: int64 */
            totalFlinkMemory?: number;
            /** Format: int64 */
            totalProcessMemory?: number;
        };
        /** @description A TaskManager with allocated slots and memory metrics. */
        TaskManagerDetailsInfo: components["schemas"]["TaskManagerInfo"] & {
            allocatedSlots?: components["schemas"]["SlotInfo"][];
            metrics?: components["schemas"]["TaskManagerMetricsInfo"];
        };
        /** @description A registered TaskManager. */
        TaskManagerInfo: {
            /** Format: int32 */
            assignedTasks?: number;
            /** @description Whether the TaskManager is on the blocklist. */
            blocked?: boolean;
            /** Format: int32 */
            dataPort?: number;
            freeResource?: components["schemas"]["ResourceProfileInfo"];
            /** Format: int32 */
            freeSlots?: number;
            hardware?: components["schemas"]["HardwareDescription"];
            id?: components["schemas"]["ResourceID"];
            /**
             * Format: int32
             * @description JMX port, or -1 if JMX is off.
             */
            jmxPort?: number;
            memoryConfiguration?: components["schemas"]["TaskExecutorMemoryConfiguration"];
            /** @description RPC address of the TaskManager. */
            path?: string;
            /** Format: int32 */
            slotsNumber?: number;
            /**
             * Format: int64
             * @description Epoch milliseconds of the last heartbeat (despite the name).
             */
            timeSinceLastHeartbeat?: number;
            totalResource?: components["schemas"]["ResourceProfileInfo"];
        };
        /** @description JVM and network memory metrics of a TaskManager, in bytes unless noted. */
        TaskManagerMetricsInfo: {
            /** Format: int64 */
            directCount?: number;
            /** Format: int64 */
            directMax?: number;
            /** Format: int64 */
            directUsed?: number;
            garbageCollectors?: components["schemas"]["GarbageCollectorInfo"][];
            /** Format: int64 */
            heapCommitted?: number;
            /** Format: int64 */
            heapMax?: number;
            /** Format: int64 */
            heapUsed?: number;
            /** Format: int64 */
            mappedCount?: number;
            /** Format: int64 */
            mappedMax?: number;
            /** Format: int64 */
            mappedUsed?: number;
            /**
             * Format: int64
             * @deprecated
             * @description Removed in Flink 2.0; use `nettyShuffleMemorySegmentsAvailable`.
             */
            memorySegmentsAvailable?: number;
            /**
             * Format: int64
             * @deprecated
             * @description Removed in Flink 2.0; use `nettyShuffleMemorySegmentsTotal`.
             */
            memorySegmentsTotal?: number;
            /** Format: int64 */
            nettyShuffleMemoryAvailable?: number;
            /** Format: int64 */
            nettyShuffleMemorySegmentsAvailable?: number;
            /** Format: int64 */
            nettyShuffleMemorySegmentsTotal?: number;
            /** Format: int64 */
            nettyShuffleMemorySegmentsUsed?: number;
            /** Format: int64 */
            nettyShuffleMemoryTotal?: number;
            /** Format: int64 */
            nettyShuffleMemoryUsed?: number;
            /** Format: int64 */
            nonHeapCommitted?: number;
            /** Format: int64 */
            nonHeapMax?: number;
            /** Format: int64 */
            nonHeapUsed?: number;
        };
        TaskManagersInfo: {
            taskmanagers?: components["schemas"]["TaskManagerInfo"][];
        };
        /** @enum {string} */
        TerminalState: "COMPLETED" | "FAILED" | "IGNORED";
        /** @enum {string} */
        TerminatedReason: "SUCCEEDED" | "EXCEPTION_OCCURRED" | "RESOURCE_REQUIREMENTS_UPDATED" | "NO_RESOURCES_OR_PARALLELISMS_CHANGE" | "JOB_FINISHED" | "JOB_FAILED" | "JOB_CANCELED" | "JOB_FAILOVER_RESTARTING";
        /**
         * @description Termination mode of `cancelJob`; only `cancel` is still accepted.
         * @enum {string}
         */
        TerminationMode: "cancel" | "stop";
        ThreadDumpInfo: {
            threadInfos?: components["schemas"]["ThreadInfo"][];
        };
        ThreadInfo: {
            /** @description The thread's state and stack trace as text. */
            stringifiedThreadInfo?: string;
            threadName?: string;
        };
        /**
         * @description Thread selection for flame graphs.
         * @enum {string}
         */
        ThreadStates: "FULL" | "ON_CPU" | "OFF_CPU";
        /** @enum {string} */
        TriggerCause: "INITIAL_SCHEDULE" | "UPDATE_REQUIREMENT" | "NEW_RESOURCE_AVAILABLE" | "RECOVERABLE_FAILOVER";
        /** @description ID of an asynchronous operation, 32 lower case hexadecimal digits. */
        TriggerId: string;
        TriggerResponse: {
            "request-id": components["schemas"]["TriggerId"];
        };
        /** @enum {string} */
        UploadStatus: "success";
        UserAccumulator: {
            name?: string;
            type?: string;
            value?: string;
        };
        UserTaskAccumulator: {
            name?: string;
            /** @description Class name of the accumulator. */
            type?: string;
            /** @description The value's `toString()`. */
            value?: string;
        };
        /**
         * @description `ok` (ratio up to 10 %), `low` (up to 50 %) or `high`.
         * @enum {string}
         */
        VertexBackPressureLevel: "ok" | "low" | "high";
        /**
         * @description `ok` when figures are available, `deprecated` when they are not (yet).
         * @enum {string}
         */
        VertexBackPressureStatus: "deprecated" | "ok";
        VertexFlameGraph: {
            /** @description Root of the flame graph; null for the markers above. */
            data?: components["schemas"]["Node"] | null;
            /**
             * Format: int64
             * @description When sampling finished, epoch milliseconds. Negative markers without `data`:
             *     -1 the task has terminated, -2 flame graphs are disabled, -3 sampling is still
             *     running.
             */
            endTimestamp?: number;
        };
        VertexParallelismInformation: {
            /** Format: int32 */
            maxParallelism?: number;
            /** Format: int32 */
            minParallelism?: number;
            /** Format: int32 */
            parallelism?: number;
        };
        VertexParallelismRescaleInfo: {
            /** Format: int32 */
            desiredParallelism?: number | null;
            jobVertexId?: components["schemas"]["JobVertexID"];
            jobVertexName?: string | null;
            /** Format: int32 */
            postRescaleParallelism?: number | null;
            /** Format: int32 */
            preRescaleParallelism?: number | null;
            requiredParallelisms?: components["schemas"]["VertexParallelismInformation"] | null;
            slotSharingGroupId?: string | null;
            slotSharingGroupName?: string | null;
            /** Format: int32 */
            sufficientParallelism?: number | null;
        };
    };
    responses: {
        /**
         * @description No application with this ID is running: none is known to the cluster, or it has
         *     already ended (`FINISHED`, `FAILED` or `CANCELED` applications cannot be cancelled,
         *     although `GET /applications/{applicationid}` still shows them). The message is
         *     `Application could not be found.` with `FlinkApplicationNotFoundException` as cause.
         */
        ApplicationNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /**
         * @description No application with this ID is known to the cluster. Flink reports it as an internal
         *     server error: `errors[0]` is `Internal server error.` and `errors[1]` names
         *     `FlinkApplicationNotFoundException: Could not find Flink application (<id>)`.
         */
        ApplicationUnknown: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /**
         * @description Not Flink's answer: a proxy or load balancer in front of the JobManager could not reach
         *     it (Kubernetes ingress, nginx, a cloud gateway). The body is the proxy's, usually an HTML
         *     page or plain text.
         */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
                "text/plain": string;
            };
        };
        /**
         * @description The request was rejected: a malformed body or parameter, a value of the wrong type, or
         *     a precondition of the operation that is not met. `errors[0]` says which.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /**
         * @description Any other error. Flink always answers errors with `ErrorResponseBody`. Unexpected
         *     failures are 500 with `["Internal server error.", "<stack trace>"]`; a request to a
         *     path the server does not know is 404 with `Not found: <path>`.
         */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /**
         * @description The handler failed unexpectedly, or failed before its asynchronous part started (Flink
         *     reports some user errors this way). `errors[0]` is `Internal server error.` and
         *     `errors[1]` the server side stack trace.
         */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /**
         * @description No job with this ID is known to the cluster (never submitted, or finished and already
         *     expired from the job store).
         */
        JobNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /**
         * @description The path's application ID is not 32 hexadecimal digits: `Bad request, could not parse
         *     parameters: Cannot resolve path parameter (applicationid) from value "<value>".`
         */
        MalformedApplicationId: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /**
         * @description There is no operation with this trigger ID for the given resource, or its result has
         *     already expired (`rest.async.store-duration`).
         */
        OperationNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /**
         * @description The request body is larger than the JobManager accepts (`rest.server.max-content-length`,
         *     104857600 bytes by default): a jar or a body too big to upload.
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /**
         * @description The JobManager cannot serve the request right now: while a leader is elected (after a
         *     failover, or while the cluster starts) Flink answers every request with
         *     `Service temporarily unavailable due to an ongoing leader election. Please refresh.`;
         *     retrying later helps. Rescaling answers it too while the feature is switched off.
         */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description No TaskManager with this ID is registered. */
        TaskManagerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description The job is unknown, or it has no vertex with this ID (or no such subtask or attempt). */
        VertexNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponseBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Same as the body field `allowNonRestoredState`, which wins when both are given. Only
         *     the text `true` (any case) means true; every other value means false.
         */
        allowNonRestoredStateQuery: boolean;
        /**
         * @description ID of an application, 32 hexadecimal digits; upper case is read as lower case. Any
         *     other form is a 400 naming the parameter (Flink 2.3.0 quietly ignores a 33rd
         *     character; do not rely on it).
         */
        applicationid: string;
        /** @description Number of an execution attempt of the subtask, starting at 0; it grows with every restart. */
        attempt: number;
        /** @description Numeric ID of a checkpoint, as in the checkpoint statistics. */
        checkpointid: number;
        /** @description ID of a cluster data set (intermediate result), 32 hexadecimal digits. */
        datasetid: string;
        /**
         * @description Same as the body field `entryClass`, which wins when both are given: the fully
         *     qualified name of the class whose `main()` is run, instead of the one in the jar
         *     manifest.
         */
        entryClassQuery: string;
        /**
         * @description Only return history entries that carry **all** the given failure labels. Each item is
         *     `key:value`; items are joined with commas.
         */
        failureLabelFilter: string[];
        /** @description Sample only this subtask instead of all subtasks of the vertex. */
        flameGraphSubtaskIndex: number;
        /**
         * @description Which threads to sample: `FULL` (all), `ON_CPU` (runnable) or `OFF_CPU` (waiting,
         *     blocked, sleeping). Default `FULL`.
         */
        flameGraphType: components["schemas"]["ThreadStates"];
        /** @description Also return the Java-serialized (Base64) value of every user accumulator. Default false. */
        includeSerializedValue: boolean;
        /**
         * @description ID of an uploaded jar: the last path segment of the `filename` returned by
         *     `POST /jars/upload` (the stored name `<uuid>_<original name>.jar`), which is also the
         *     `id` in `GET /jars`. It must be a bare file name: no `/` or `\`, and not `.` or `..`.
         *     Encode it as a path segment (`encodeURIComponent`).
         * @example 3f2a9d0e-7a63-4a8e-9d3f-2b0c6e1b5c11_wordcount.jar
         */
        jarid: string;
        /**
         * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
         * @example 5e20cb6b0f357591171dfcca2eea09de
         */
        jobid: string;
        /** @description Upper bound on the number of history entries returned. */
        maxExceptions: number;
        /** @description Aggregations to compute, joined with commas. Default all of them. */
        metricsAgg: components["schemas"]["AggregationMode"][];
        /**
         * @description Names of the metrics whose values to return, joined with commas. Without it, only the
         *     names of the available metrics are listed (no values).
         */
        metricsGet: string[];
        /** @description Restrict the aggregation to these job IDs (joined with commas). Default all jobs. */
        metricsJobs: string[];
        /**
         * @description Restrict the aggregation to these subtask indexes: single indexes and ranges joined
         *     with commas, for example `0,2,5-7`. Default all subtasks.
         */
        metricsSubtasks: string;
        /** @description Restrict the aggregation to these TaskManager IDs (joined with commas). Default all TaskManagers. */
        metricsTaskManagers: string[];
        /**
         * @description Default parallelism of the job. The body field `parallelism` wins when both are
         *     given; this parameter wins over `parallelism.default` in `flinkConfiguration`.
         */
        parallelismQuery: number;
        /**
         * @description Program arguments separated by commas (so an argument cannot contain a comma). Ignored
         *     when the body has `programArgsList`; prefer that field.
         */
        programArgQuery: string;
        /**
         * @deprecated
         * @description Removed in Flink 2.0. Program arguments as one string split at white space (quotes
         *     group words). Up to 1.20 it cannot be combined with `programArg` or
         *     `programArgsList`.
         */
        programArgsQuery: string;
        /** @description ID of one rescale of the job, as in `rescaleUuid` of the rescale history. */
        rescaleuuid: string;
        /** @description The new parallelism for the whole job. */
        rescalingParallelism: number;
        /**
         * @description Same as the body field `savepointPath`, which wins when both are given. An empty
         *     value means "no savepoint".
         */
        savepointPathQuery: string;
        /** @description Zero-based index of a subtask (parallel instance) of the vertex. */
        subtaskindex: number;
        /**
         * @description ID of a TaskManager as listed by `GET /taskmanagers`. It is not necessarily
         *     hexadecimal (standalone TaskManagers use `<host>:<port>-<suffix>`); encode it as a path
         *     segment.
         */
        taskmanagerid: string;
        /**
         * @description How to terminate the job. Only `cancel` (the default) is accepted; `stop` was removed
         *     from Flink and is answered with 400 (use `POST /jobs/{jobid}/stop`).
         */
        terminationMode: components["schemas"]["TerminationMode"];
        /**
         * @description ID of an asynchronous operation (savepoint, checkpoint, rescaling, disposal, data set
         *     deletion): the `request-id` returned when the operation was triggered.
         */
        triggerid: string;
        /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
        vertexid: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type AggregatedMetric = components['schemas']['AggregatedMetric'];
export type AggregatedMetricsResponseBody = components['schemas']['AggregatedMetricsResponseBody'];
export type AggregatedTaskDetailsInfo = components['schemas']['AggregatedTaskDetailsInfo'];
export type AggregationMode = components['schemas']['AggregationMode'];
export type AnyCheckpointStatistics = components['schemas']['AnyCheckpointStatistics'];
export type AnySubtaskCheckpointStatistics = components['schemas']['AnySubtaskCheckpointStatistics'];
export type ApplicationDetails = components['schemas']['ApplicationDetails'];
export type ApplicationDetailsInfo = components['schemas']['ApplicationDetailsInfo'];
export type ApplicationExceptionHistory = components['schemas']['ApplicationExceptionHistory'];
export type ApplicationExceptionInfo = components['schemas']['ApplicationExceptionInfo'];
export type ApplicationExceptionsInfoWithHistory = components['schemas']['ApplicationExceptionsInfoWithHistory'];
export type ApplicationId = components['schemas']['ApplicationID'];
export type ApplicationState = components['schemas']['ApplicationState'];
export type ApplicationStatus = components['schemas']['ApplicationStatus'];
export type AsynchronousOperationInfo = components['schemas']['AsynchronousOperationInfo'];
export type AsynchronousOperationResult = components['schemas']['AsynchronousOperationResult'];
export type CheckpointAlignment = components['schemas']['CheckpointAlignment'];
export type CheckpointAlignmentSummary = components['schemas']['CheckpointAlignmentSummary'];
export type CheckpointConfigInfo = components['schemas']['CheckpointConfigInfo'];
export type CheckpointDuration = components['schemas']['CheckpointDuration'];
export type CheckpointDurationSummary = components['schemas']['CheckpointDurationSummary'];
export type CheckpointInfo = components['schemas']['CheckpointInfo'];
export type CheckpointingStatistics = components['schemas']['CheckpointingStatistics'];
export type CheckpointOperationResult = components['schemas']['CheckpointOperationResult'];
export type CheckpointStatistics = components['schemas']['CheckpointStatistics'];
export type CheckpointStatisticsSummary = components['schemas']['CheckpointStatisticsSummary'];
export type CheckpointStatsStatus = components['schemas']['CheckpointStatsStatus'];
export type CheckpointTriggerRequestBody = components['schemas']['CheckpointTriggerRequestBody'];
export type CheckpointType = components['schemas']['CheckpointType'];
export type ClusterDataSetEntry = components['schemas']['ClusterDataSetEntry'];
export type ClusterDataSetListResponseBody = components['schemas']['ClusterDataSetListResponseBody'];
export type ClusterOverviewWithVersion = components['schemas']['ClusterOverviewWithVersion'];
export type CompletedCheckpointStatistics = components['schemas']['CompletedCheckpointStatistics'];
export type CompletedSubtaskCheckpointStatistics = components['schemas']['CompletedSubtaskCheckpointStatistics'];
export type ConfigurationInfo = components['schemas']['ConfigurationInfo'];
export type ConfigurationInfoEntry = components['schemas']['ConfigurationInfoEntry'];
export type Counts = components['schemas']['Counts'];
export type DashboardConfiguration = components['schemas']['DashboardConfiguration'];
export type EmptyResponseBody = components['schemas']['EmptyResponseBody'];
export type EnvironmentInfo = components['schemas']['EnvironmentInfo'];
export type ErrorResponseBody = components['schemas']['ErrorResponseBody'];
export type ExceptionInfo = components['schemas']['ExceptionInfo'];
export type ExecutionConfigInfo = components['schemas']['ExecutionConfigInfo'];
export type ExecutionExceptionInfo = components['schemas']['ExecutionExceptionInfo'];
export type ExecutionState = components['schemas']['ExecutionState'];
export type ExternalizedCheckpointInfo = components['schemas']['ExternalizedCheckpointInfo'];
export type FailedCheckpointStatistics = components['schemas']['FailedCheckpointStatistics'];
export type Features = components['schemas']['Features'];
export type FlinkDouble = components['schemas']['FlinkDouble'];
export type GarbageCollectorInfo = components['schemas']['GarbageCollectorInfo'];
export type HardwareDescription = components['schemas']['HardwareDescription'];
export type Input = components['schemas']['Input'];
export type IntermediateDataSetId = components['schemas']['IntermediateDataSetID'];
export type IoMetricsInfo = components['schemas']['IOMetricsInfo'];
export type JarEntryInfo = components['schemas']['JarEntryInfo'];
export type JarFileInfo = components['schemas']['JarFileInfo'];
export type JarListInfo = components['schemas']['JarListInfo'];
export type JarPlanRequestBody = components['schemas']['JarPlanRequestBody'];
export type JarRunApplicationRequestBody = components['schemas']['JarRunApplicationRequestBody'];
export type JarRunApplicationResponseBody = components['schemas']['JarRunApplicationResponseBody'];
export type JarRunRequestBody = components['schemas']['JarRunRequestBody'];
export type JarRunResponseBody = components['schemas']['JarRunResponseBody'];
export type JarUploadResponseBody = components['schemas']['JarUploadResponseBody'];
export type JobAccumulator = components['schemas']['JobAccumulator'];
export type JobAccumulatorsInfo = components['schemas']['JobAccumulatorsInfo'];
export type JobClientHeartbeatRequestBody = components['schemas']['JobClientHeartbeatRequestBody'];
export type JobConfigInfo = components['schemas']['JobConfigInfo'];
export type JobDetails = components['schemas']['JobDetails'];
export type JobDetailsInfo = components['schemas']['JobDetailsInfo'];
export type JobDetailsVertexInfo = components['schemas']['JobDetailsVertexInfo'];
export type JobExceptionHistory = components['schemas']['JobExceptionHistory'];
export type JobExceptionsInfoWithHistory = components['schemas']['JobExceptionsInfoWithHistory'];
export type JobExecutionResultResponseBody = components['schemas']['JobExecutionResultResponseBody'];
export type JobId = components['schemas']['JobID'];
export type JobIdsWithStatusOverview = components['schemas']['JobIdsWithStatusOverview'];
export type JobIdWithStatus = components['schemas']['JobIdWithStatus'];
export type JobPlanInfo = components['schemas']['JobPlanInfo'];
export type JobRescaleConfigInfo = components['schemas']['JobRescaleConfigInfo'];
export type JobRescaleDetails = components['schemas']['JobRescaleDetails'];
export type JobRescalesHistory = components['schemas']['JobRescalesHistory'];
export type JobRescalesOverview = components['schemas']['JobRescalesOverview'];
export type JobRescalesSummary = components['schemas']['JobRescalesSummary'];
export type JobResourceRequirementsBody = components['schemas']['JobResourceRequirementsBody'];
export type JobResult = components['schemas']['JobResult'];
export type JobStatus = components['schemas']['JobStatus'];
export type JobStatusInfo = components['schemas']['JobStatusInfo'];
export type JobType = components['schemas']['JobType'];
export type JobVertexAccumulatorsInfo = components['schemas']['JobVertexAccumulatorsInfo'];
export type JobVertexBackPressureInfo = components['schemas']['JobVertexBackPressureInfo'];
export type JobVertexDetailsInfo = components['schemas']['JobVertexDetailsInfo'];
export type JobVertexId = components['schemas']['JobVertexID'];
export type JobVertexResourceRequirements = components['schemas']['JobVertexResourceRequirements'];
export type JobVertexTaskManagerInfo = components['schemas']['JobVertexTaskManagerInfo'];
export type JobVertexTaskManagersInfo = components['schemas']['JobVertexTaskManagersInfo'];
export type JvmInfo = components['schemas']['JVMInfo'];
export type LatestCheckpoints = components['schemas']['LatestCheckpoints'];
export type LatestRescales = components['schemas']['LatestRescales'];
export type LogInfo = components['schemas']['LogInfo'];
export type LogListInfo = components['schemas']['LogListInfo'];
export type LogUrlResponse = components['schemas']['LogUrlResponse'];
export type Metric = components['schemas']['Metric'];
export type MetricCollectionResponseBody = components['schemas']['MetricCollectionResponseBody'];
export type MultipleApplicationsDetails = components['schemas']['MultipleApplicationsDetails'];
export type MultipleJobsDetails = components['schemas']['MultipleJobsDetails'];
export type Node = components['schemas']['Node'];
export type Parallelism = components['schemas']['Parallelism'];
export type PendingCheckpointStatistics = components['schemas']['PendingCheckpointStatistics'];
export type PendingSubtaskCheckpointStatistics = components['schemas']['PendingSubtaskCheckpointStatistics'];
export type Plan = components['schemas']['Plan'];
export type PlanNode = components['schemas']['PlanNode'];
export type ProcessingMode = components['schemas']['ProcessingMode'];
export type QueueStatus = components['schemas']['QueueStatus'];
export type RawJson = components['schemas']['RawJson'];
export type RecoveryClaimMode = components['schemas']['RecoveryClaimMode'];
export type RescalesCounts = components['schemas']['RescalesCounts'];
export type ResourceId = components['schemas']['ResourceID'];
export type ResourceProfileInfo = components['schemas']['ResourceProfileInfo'];
export type RestApiCheckpointType = components['schemas']['RestAPICheckpointType'];
export type RestoredCheckpointStatistics = components['schemas']['RestoredCheckpointStatistics'];
export type RootExceptionInfo = components['schemas']['RootExceptionInfo'];
export type SavepointDisposalRequest = components['schemas']['SavepointDisposalRequest'];
export type SavepointFormatType = components['schemas']['SavepointFormatType'];
export type SavepointInfo = components['schemas']['SavepointInfo'];
export type SavepointOperationResult = components['schemas']['SavepointOperationResult'];
export type SavepointTriggerRequestBody = components['schemas']['SavepointTriggerRequestBody'];
export type SchedulerExecutionMode = components['schemas']['SchedulerExecutionMode'];
export type SchedulerStateSpan = components['schemas']['SchedulerStateSpan'];
export type SchedulerType = components['schemas']['SchedulerType'];
export type SerializedThrowable = components['schemas']['SerializedThrowable'];
export type SlotInfo = components['schemas']['SlotInfo'];
export type SlotSharingGroupRescaleInfo = components['schemas']['SlotSharingGroupRescaleInfo'];
export type StatsSummaryDto = components['schemas']['StatsSummaryDto'];
export type StopWithSavepointRequestBody = components['schemas']['StopWithSavepointRequestBody'];
export type SubtaskAccumulatorsInfo = components['schemas']['SubtaskAccumulatorsInfo'];
export type SubtaskBackPressureInfo = components['schemas']['SubtaskBackPressureInfo'];
export type SubtaskCheckpointStatistics = components['schemas']['SubtaskCheckpointStatistics'];
export type SubtaskExecutionAttemptAccumulatorsInfo = components['schemas']['SubtaskExecutionAttemptAccumulatorsInfo'];
export type SubtaskExecutionAttemptDetailsInfo = components['schemas']['SubtaskExecutionAttemptDetailsInfo'];
export type SubtasksAllAccumulatorsInfo = components['schemas']['SubtasksAllAccumulatorsInfo'];
export type SubtasksTimesInfo = components['schemas']['SubtasksTimesInfo'];
export type SubtaskTimeInfo = components['schemas']['SubtaskTimeInfo'];
export type TaskCheckpointStatistics = components['schemas']['TaskCheckpointStatistics'];
export type TaskCheckpointStatisticsWithSubtaskDetails = components['schemas']['TaskCheckpointStatisticsWithSubtaskDetails'];
export type TaskCheckpointStatisticsWithSubtaskDetailsSummary = components['schemas']['TaskCheckpointStatisticsWithSubtaskDetailsSummary'];
export type TaskExecutorMemoryConfiguration = components['schemas']['TaskExecutorMemoryConfiguration'];
export type TaskManagerDetailsInfo = components['schemas']['TaskManagerDetailsInfo'];
export type TaskManagerInfo = components['schemas']['TaskManagerInfo'];
export type TaskManagerMetricsInfo = components['schemas']['TaskManagerMetricsInfo'];
export type TaskManagersInfo = components['schemas']['TaskManagersInfo'];
export type TerminalState = components['schemas']['TerminalState'];
export type TerminatedReason = components['schemas']['TerminatedReason'];
export type TerminationMode = components['schemas']['TerminationMode'];
export type ThreadDumpInfo = components['schemas']['ThreadDumpInfo'];
export type ThreadInfo = components['schemas']['ThreadInfo'];
export type ThreadStates = components['schemas']['ThreadStates'];
export type TriggerCause = components['schemas']['TriggerCause'];
export type TriggerId = components['schemas']['TriggerId'];
export type TriggerResponse = components['schemas']['TriggerResponse'];
export type UploadStatus = components['schemas']['UploadStatus'];
export type UserAccumulator = components['schemas']['UserAccumulator'];
export type UserTaskAccumulator = components['schemas']['UserTaskAccumulator'];
export type VertexBackPressureLevel = components['schemas']['VertexBackPressureLevel'];
export type VertexBackPressureStatus = components['schemas']['VertexBackPressureStatus'];
export type VertexFlameGraph = components['schemas']['VertexFlameGraph'];
export type VertexParallelismInformation = components['schemas']['VertexParallelismInformation'];
export type VertexParallelismRescaleInfo = components['schemas']['VertexParallelismRescaleInfo'];
export type ResponseApplicationNotFound = components['responses']['ApplicationNotFound'];
export type ResponseApplicationUnknown = components['responses']['ApplicationUnknown'];
export type ResponseBadGateway = components['responses']['BadGateway'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseError = components['responses']['Error'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseJobNotFound = components['responses']['JobNotFound'];
export type ResponseMalformedApplicationId = components['responses']['MalformedApplicationId'];
export type ResponseOperationNotFound = components['responses']['OperationNotFound'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTaskManagerNotFound = components['responses']['TaskManagerNotFound'];
export type ResponseVertexNotFound = components['responses']['VertexNotFound'];
export type ParameterAllowNonRestoredStateQuery = components['parameters']['allowNonRestoredStateQuery'];
export type ParameterApplicationid = components['parameters']['applicationid'];
export type ParameterAttempt = components['parameters']['attempt'];
export type ParameterCheckpointid = components['parameters']['checkpointid'];
export type ParameterDatasetid = components['parameters']['datasetid'];
export type ParameterEntryClassQuery = components['parameters']['entryClassQuery'];
export type ParameterFailureLabelFilter = components['parameters']['failureLabelFilter'];
export type ParameterFlameGraphSubtaskIndex = components['parameters']['flameGraphSubtaskIndex'];
export type ParameterFlameGraphType = components['parameters']['flameGraphType'];
export type ParameterIncludeSerializedValue = components['parameters']['includeSerializedValue'];
export type ParameterJarid = components['parameters']['jarid'];
export type ParameterJobid = components['parameters']['jobid'];
export type ParameterMaxExceptions = components['parameters']['maxExceptions'];
export type ParameterMetricsAgg = components['parameters']['metricsAgg'];
export type ParameterMetricsGet = components['parameters']['metricsGet'];
export type ParameterMetricsJobs = components['parameters']['metricsJobs'];
export type ParameterMetricsSubtasks = components['parameters']['metricsSubtasks'];
export type ParameterMetricsTaskManagers = components['parameters']['metricsTaskManagers'];
export type ParameterParallelismQuery = components['parameters']['parallelismQuery'];
export type ParameterProgramArgQuery = components['parameters']['programArgQuery'];
export type ParameterProgramArgsQuery = components['parameters']['programArgsQuery'];
export type ParameterRescaleuuid = components['parameters']['rescaleuuid'];
export type ParameterRescalingParallelism = components['parameters']['rescalingParallelism'];
export type ParameterSavepointPathQuery = components['parameters']['savepointPathQuery'];
export type ParameterSubtaskindex = components['parameters']['subtaskindex'];
export type ParameterTaskmanagerid = components['parameters']['taskmanagerid'];
export type ParameterTerminationMode = components['parameters']['terminationMode'];
export type ParameterTriggerid = components['parameters']['triggerid'];
export type ParameterVertexid = components['parameters']['vertexid'];
export type $defs = Record<string, never>;
export interface operations {
    getApplicationDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of an application, 32 hexadecimal digits; upper case is read as lower case. Any
                 *     other form is a 400 naming the parameter (Flink 2.3.0 quietly ignores a 33rd
                 *     character; do not rely on it).
                 */
                applicationid: components["parameters"]["applicationid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetailsInfo"];
                };
            };
            400: components["responses"]["MalformedApplicationId"];
            500: components["responses"]["ApplicationUnknown"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    cancelApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of an application, 32 hexadecimal digits; upper case is read as lower case. Any
                 *     other form is a 400 naming the parameter (Flink 2.3.0 quietly ignores a 33rd
                 *     character; do not rely on it).
                 */
                applicationid: components["parameters"]["applicationid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancellation was requested. Flink answers with an empty JSON object. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponseBody"];
                };
            };
            400: components["responses"]["MalformedApplicationId"];
            404: components["responses"]["ApplicationNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getApplicationExceptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of an application, 32 hexadecimal digits; upper case is read as lower case. Any
                 *     other form is a 400 naming the parameter (Flink 2.3.0 quietly ignores a 33rd
                 *     character; do not rely on it).
                 */
                applicationid: components["parameters"]["applicationid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exception history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationExceptionsInfoWithHistory"];
                };
            };
            400: components["responses"]["MalformedApplicationId"];
            500: components["responses"]["ApplicationUnknown"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getApplicationJobManagerConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of an application, 32 hexadecimal digits; upper case is read as lower case. Any
                 *     other form is a 400 naming the parameter (Flink 2.3.0 quietly ignores a 33rd
                 *     character; do not rely on it).
                 */
                applicationid: components["parameters"]["applicationid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationInfo"];
                };
            };
            400: components["responses"]["MalformedApplicationId"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getApplicationsOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One summary per application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultipleApplicationsDetails"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    shutdownCluster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shutdown has been initiated. Flink answers with an empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getDashboardConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardConfiguration"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listClusterDataSets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster data sets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDataSetListResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteClusterDataSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of a cluster data set (intermediate result), 32 hexadecimal digits. */
                datasetid: components["parameters"]["datasetid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion was triggered. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getClusterDataSetDeletionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of an asynchronous operation (savepoint, checkpoint, rescaling, disposal, data set
                 *     deletion): the `request-id` returned when the operation was triggered.
                 */
                triggerid: components["parameters"]["triggerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of the operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsynchronousOperationResult"];
                };
            };
            404: components["responses"]["OperationNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listJars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The uploaded jars. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JarListInfo"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    deleteJar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of an uploaded jar: the last path segment of the `filename` returned by
                 *     `POST /jars/upload` (the stored name `<uuid>_<original name>.jar`), which is also the
                 *     `id` in `GET /jars`. It must be a bare file name: no `/` or `\`, and not `.` or `..`.
                 *     Encode it as a path segment (`encodeURIComponent`).
                 * @example 3f2a9d0e-7a63-4a8e-9d3f-2b0c6e1b5c11_wordcount.jar
                 */
                jarid: components["parameters"]["jarid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jar was deleted. Flink answers with an empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponseBody"];
                };
            };
            /** @description No jar with this ID exists in the upload directory, or the ID is not a plain file name. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJarPlan: {
        parameters: {
            query?: {
                /**
                 * @description Same as the body field `entryClass`, which wins when both are given: the fully
                 *     qualified name of the class whose `main()` is run, instead of the one in the jar
                 *     manifest.
                 */
                "entry-class"?: components["parameters"]["entryClassQuery"];
                /**
                 * @description Default parallelism of the job. The body field `parallelism` wins when both are
                 *     given; this parameter wins over `parallelism.default` in `flinkConfiguration`.
                 */
                parallelism?: components["parameters"]["parallelismQuery"];
                /**
                 * @deprecated
                 * @description Removed in Flink 2.0. Program arguments as one string split at white space (quotes
                 *     group words). Up to 1.20 it cannot be combined with `programArg` or
                 *     `programArgsList`.
                 */
                "program-args"?: components["parameters"]["programArgsQuery"];
                /**
                 * @description Program arguments separated by commas (so an argument cannot contain a comma). Ignored
                 *     when the body has `programArgsList`; prefer that field.
                 */
                programArg?: components["parameters"]["programArgQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of an uploaded jar: the last path segment of the `filename` returned by
                 *     `POST /jars/upload` (the stored name `<uuid>_<original name>.jar`), which is also the
                 *     `id` in `GET /jars`. It must be a bare file name: no `/` or `\`, and not `.` or `..`.
                 *     Encode it as a path segment (`encodeURIComponent`).
                 * @example 3f2a9d0e-7a63-4a8e-9d3f-2b0c6e1b5c11_wordcount.jar
                 */
                jarid: components["parameters"]["jarid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JarPlanRequestBody"];
            };
        };
        responses: {
            /** @description The plan of the job that the program would submit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPlanInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    runJar: {
        parameters: {
            query?: {
                /**
                 * @description Same as the body field `allowNonRestoredState`, which wins when both are given. Only
                 *     the text `true` (any case) means true; every other value means false.
                 */
                allowNonRestoredState?: components["parameters"]["allowNonRestoredStateQuery"];
                /**
                 * @description Same as the body field `entryClass`, which wins when both are given: the fully
                 *     qualified name of the class whose `main()` is run, instead of the one in the jar
                 *     manifest.
                 */
                "entry-class"?: components["parameters"]["entryClassQuery"];
                /**
                 * @description Default parallelism of the job. The body field `parallelism` wins when both are
                 *     given; this parameter wins over `parallelism.default` in `flinkConfiguration`.
                 */
                parallelism?: components["parameters"]["parallelismQuery"];
                /**
                 * @deprecated
                 * @description Removed in Flink 2.0. Program arguments as one string split at white space (quotes
                 *     group words). Up to 1.20 it cannot be combined with `programArg` or
                 *     `programArgsList`.
                 */
                "program-args"?: components["parameters"]["programArgsQuery"];
                /**
                 * @description Program arguments separated by commas (so an argument cannot contain a comma). Ignored
                 *     when the body has `programArgsList`; prefer that field.
                 */
                programArg?: components["parameters"]["programArgQuery"];
                /**
                 * @description Same as the body field `savepointPath`, which wins when both are given. An empty
                 *     value means "no savepoint".
                 */
                savepointPath?: components["parameters"]["savepointPathQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of an uploaded jar: the last path segment of the `filename` returned by
                 *     `POST /jars/upload` (the stored name `<uuid>_<original name>.jar`), which is also the
                 *     `id` in `GET /jars`. It must be a bare file name: no `/` or `\`, and not `.` or `..`.
                 *     Encode it as a path segment (`encodeURIComponent`).
                 * @example 3f2a9d0e-7a63-4a8e-9d3f-2b0c6e1b5c11_wordcount.jar
                 */
                jarid: components["parameters"]["jarid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JarRunRequestBody"];
            };
        };
        responses: {
            /** @description The program submitted its job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JarRunResponseBody"];
                };
            };
            /**
             * @description The request or the program was rejected. Typical messages:
             *
             *     * `Request did not match expected format JarRunRequestBody.`: malformed JSON, a
             *       field of the wrong type (for example a non-numeric `parallelism`, an object or
             *       array inside `flinkConfiguration`, a `jobId` that is not 32 hex digits, a lower
             *       case `claimMode`) or, on Flink 1.19 and older, an unknown top-level field (1.20
             *       and later silently ignore unknown fields).
             *     * `Bad request, could not parse parameters: ...`: a query parameter that does not
             *       parse, a repeated single-valued query parameter, or a `jarid` that is not a
             *       plain file name.
             *     * `Confusing request: programArgs and programArgsList are specified...` (1.17 to
             *       1.20): both argument forms were given.
             *     * `Could not execute application.`: `main()` failed (for example an invalid
             *       parallelism such as 0, or a job that cannot start from the given savepoint).
             *     * `No jobs included in application.`: `main()` returned without submitting a job.
             *     * `Could not execute application.` caused by `Cannot have more than one execute()
             *       or executeAsync() call in a single environment.` (up to 2.2) or, from 2.3,
             *       `Cannot have more than 1 streaming jobs in a single environment.` /
             *       `Cannot have more than 1 jobs in a single environment.`: `main()` submitted a
             *       second job. The first one was submitted and keeps running.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description Failures that Flink raises before the program runs are reported as internal server
             *     errors (`errors[0]` is `Internal server error.`, `errors[1]` the server side trace):
             *
             *     * the jar does not exist (`Jar file ... does not exist`);
             *     * the entry class cannot be found, or there is none and the manifest names none;
             *     * a `flinkConfiguration` value is JSON `null`;
             *     * `parallelism.default` in `flinkConfiguration` is not a number (even when the body
             *       sets `parallelism`), or the ignore-unclaimed-state option is not a boolean;
             *     * `pipeline.classpaths` contains a malformed URL.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    runJarApplication: {
        parameters: {
            query?: {
                /**
                 * @description Same as the body field `allowNonRestoredState`, which wins when both are given. Only
                 *     the text `true` (any case) means true; every other value means false.
                 */
                allowNonRestoredState?: components["parameters"]["allowNonRestoredStateQuery"];
                /**
                 * @description Same as the body field `entryClass`, which wins when both are given: the fully
                 *     qualified name of the class whose `main()` is run, instead of the one in the jar
                 *     manifest.
                 */
                "entry-class"?: components["parameters"]["entryClassQuery"];
                /**
                 * @description Default parallelism of the job. The body field `parallelism` wins when both are
                 *     given; this parameter wins over `parallelism.default` in `flinkConfiguration`.
                 */
                parallelism?: components["parameters"]["parallelismQuery"];
                /**
                 * @description Program arguments separated by commas (so an argument cannot contain a comma). Ignored
                 *     when the body has `programArgsList`; prefer that field.
                 */
                programArg?: components["parameters"]["programArgQuery"];
                /**
                 * @description Same as the body field `savepointPath`, which wins when both are given. An empty
                 *     value means "no savepoint".
                 */
                savepointPath?: components["parameters"]["savepointPathQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of an uploaded jar: the last path segment of the `filename` returned by
                 *     `POST /jars/upload` (the stored name `<uuid>_<original name>.jar`), which is also the
                 *     `id` in `GET /jars`. It must be a bare file name: no `/` or `\`, and not `.` or `..`.
                 *     Encode it as a path segment (`encodeURIComponent`).
                 * @example 3f2a9d0e-7a63-4a8e-9d3f-2b0c6e1b5c11_wordcount.jar
                 */
                jarid: components["parameters"]["jarid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JarRunApplicationRequestBody"];
            };
        };
        responses: {
            /** @description The application was accepted; its program runs afterwards. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JarRunApplicationResponseBody"];
                };
            };
            /**
             * @description The request itself was refused; failures of the program never get here. Typical
             *     messages:
             *
             *     * `Request did not match expected format JarRunApplicationRequestBody.`: malformed
             *       JSON or a field of the wrong type (an `applicationId` or `jobId` that is not 32
             *       hex digits, a number where a list is expected, ...).
             *     * `Bad request, could not parse parameters: ...`: a query parameter that does not
             *       parse, or a `jarid` that is not a plain file name.
             *     * `Could not submit application.` caused by
             *       `DuplicateApplicationSubmissionException`: an application with this
             *       `applicationId` exists, running or ended (IDs are compared in lower case).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            /**
             * @description As for `runJar`, failures before the application is created are internal server
             *     errors: the jar does not exist, or the entry class cannot be found.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    uploadJar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The jar file. Flink takes the single file part whatever its name; the
                     *     dashboard and curl examples call it `jarfile`. The part's file name must
                     *     end in `.jar`.
                     */
                    jarfile: Blob;
                };
            };
        };
        responses: {
            /** @description The jar was stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JarUploadResponseBody"];
                };
            };
            /**
             * @description Not exactly one file was sent (`Exactly 1 file must be sent, received N.`), the file
             *     name does not end in `.jar` (`Only Jar files are allowed.`), or the request is not
             *     multipart.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobManagerConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationInfo"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobManagerEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentInfo"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listJobManagerLogs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogListInfo"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobManagerMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Names of the metrics whose values to return, joined with commas. Without it, only the
                 *     names of the available metrics are listed (no values).
                 */
                get?: components["parameters"]["metricsGet"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobManagerThreadDump: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread dump. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDumpInfo"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jobs and their statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdsWithStatusOverview"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetailsInfo"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    cancelJob: {
        parameters: {
            query?: {
                /**
                 * @description How to terminate the job. Only `cancel` (the default) is accepted; `stop` was removed
                 *     from Flink and is answered with 400 (use `POST /jobs/{jobid}/stop`).
                 */
                mode?: components["parameters"]["terminationMode"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancellation was requested. Flink answers with an empty JSON object. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["JobNotFound"];
            /** @description The job has already reached a terminal state and cannot be cancelled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobAccumulators: {
        parameters: {
            query?: {
                /** @description Also return the Java-serialized (Base64) value of every user accumulator. Default false. */
                includeSerializedValue?: components["parameters"]["includeSerializedValue"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accumulators. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccumulatorsInfo"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getCheckpointStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointingStatistics"];
                };
            };
            /** @description The job does not exist, or it has no checkpoint statistics (for example a batch job). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    triggerCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CheckpointTriggerRequestBody"];
            };
        };
        responses: {
            /** @description The checkpoint was triggered. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["JobNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getCheckpointStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /**
                 * @description ID of an asynchronous operation (savepoint, checkpoint, rescaling, disposal, data set
                 *     deletion): the `request-id` returned when the operation was triggered.
                 */
                triggerid: components["parameters"]["triggerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of the operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointOperationResult"];
                };
            };
            404: components["responses"]["OperationNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getCheckpointConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpointing configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointConfigInfo"];
                };
            };
            /** @description The job does not exist, or checkpointing is not enabled for it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getCheckpointDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric ID of a checkpoint, as in the checkpoint statistics. */
                checkpointid: components["parameters"]["checkpointid"];
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint's statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyCheckpointStatistics"];
                };
            };
            /** @description The job is unknown, or the checkpoint is not (or no longer) in the statistics history. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getTaskCheckpointStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Numeric ID of a checkpoint, as in the checkpoint statistics. */
                checkpointid: components["parameters"]["checkpointid"];
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vertex's checkpoint statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCheckpointStatisticsWithSubtaskDetails"];
                };
            };
            /** @description The job, checkpoint or vertex is unknown. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    sendJobClientHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobClientHeartbeatRequestBody"];
            };
        };
        responses: {
            /** @description The heartbeat was recorded. Flink answers with an empty JSON object. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponseBody"];
                };
            };
            404: components["responses"]["JobNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job's execution configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobConfigInfo"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobExceptions: {
        parameters: {
            query?: {
                /**
                 * @description Only return history entries that carry **all** the given failure labels. Each item is
                 *     `key:value`; items are joined with commas.
                 */
                failureLabelFilter?: components["parameters"]["failureLabelFilter"];
                /** @description Upper bound on the number of history entries returned. */
                maxExceptions?: components["parameters"]["maxExceptions"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exception history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobExceptionsInfoWithHistory"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobExecutionResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result, or the information that the job is still running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobExecutionResultResponseBody"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobJobManagerConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationInfo"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobJobManagerEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentInfo"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobManagerLogUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogUrlResponse"];
                };
            };
            /** @description The job is unknown or no log URL pattern is configured. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Names of the metrics whose values to return, joined with commas. Without it, only the
                 *     names of the available metrics are listed (no values).
                 */
                get?: components["parameters"]["metricsGet"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job's plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPlanInfo"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobRescaleConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rescale settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescaleConfigInfo"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobRescaleDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of one rescale of the job, as in `rescaleUuid` of the rescale history. */
                rescaleuuid: components["parameters"]["rescaleuuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rescale. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescaleDetails"];
                };
            };
            /** @description The job or the rescale is unknown. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobRescalesHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rescales. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescalesHistory"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobRescalesOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescalesOverview"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobRescalesSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescalesSummary"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    triggerRescaling: {
        parameters: {
            query: {
                /** @description The new parallelism for the whole job. */
                parallelism: components["parameters"]["rescalingParallelism"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rescaling was triggered (not returned while the feature is disabled). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getRescalingStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /**
                 * @description ID of an asynchronous operation (savepoint, checkpoint, rescaling, disposal, data set
                 *     deletion): the `request-id` returned when the operation was triggered.
                 */
                triggerid: components["parameters"]["triggerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of the operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsynchronousOperationResult"];
                };
            };
            404: components["responses"]["OperationNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobResourceRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requirements per vertex. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResourceRequirementsBody"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    updateJobResourceRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobResourceRequirementsBody"];
            };
        };
        responses: {
            /** @description The new requirements were accepted. Flink answers with an empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["JobNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    triggerSavepoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SavepointTriggerRequestBody"];
            };
        };
        responses: {
            /** @description The savepoint was triggered. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["JobNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getSavepointStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /**
                 * @description ID of an asynchronous operation (savepoint, checkpoint, rescaling, disposal, data set
                 *     deletion): the `request-id` returned when the operation was triggered.
                 */
                triggerid: components["parameters"]["triggerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of the operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavepointOperationResult"];
                };
            };
            404: components["responses"]["OperationNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobStatusInfo"];
                };
            };
            404: components["responses"]["JobNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    stopJobWithSavepoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StopWithSavepointRequestBody"];
            };
        };
        responses: {
            /** @description The stop-with-savepoint operation was triggered. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["JobNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getTaskManagerLogUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /**
                 * @description ID of a TaskManager as listed by `GET /taskmanagers`. It is not necessarily
                 *     hexadecimal (standalone TaskManagers use `<host>:<port>-<suffix>`); encode it as a path
                 *     segment.
                 */
                taskmanagerid: components["parameters"]["taskmanagerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogUrlResponse"];
                };
            };
            /** @description The job is unknown or no log URL pattern is configured. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobVertexDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vertex. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobVertexDetailsInfo"];
                };
            };
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobVertexAccumulators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accumulators. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobVertexAccumulatorsInfo"];
                };
            };
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobVertexBackPressure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The back pressure statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobVertexBackPressureInfo"];
                };
            };
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobVertexFlameGraph: {
        parameters: {
            query?: {
                /** @description Sample only this subtask instead of all subtasks of the vertex. */
                subtaskindex?: components["parameters"]["flameGraphSubtaskIndex"];
                /**
                 * @description Which threads to sample: `FULL` (all), `ON_CPU` (runnable) or `OFF_CPU` (waiting,
                 *     blocked, sleeping). Default `FULL`.
                 */
                type?: components["parameters"]["flameGraphType"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flame graph, or a placeholder while sampling. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VertexFlameGraph"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobManagerOperatorMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Names of the metrics whose values to return, joined with commas. Without it, only the
                 *     names of the available metrics are listed (no values).
                 */
                get?: components["parameters"]["metricsGet"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobVertexMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Names of the metrics whose values to return, joined with commas. Without it, only the
                 *     names of the available metrics are listed (no values).
                 */
                get?: components["parameters"]["metricsGet"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getSubtaskDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description Zero-based index of a subtask (parallel instance) of the vertex. */
                subtaskindex: components["parameters"]["subtaskindex"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtaskExecutionAttemptDetailsInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getSubtaskAttemptDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Number of an execution attempt of the subtask, starting at 0; it grows with every restart. */
                attempt: components["parameters"]["attempt"];
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description Zero-based index of a subtask (parallel instance) of the vertex. */
                subtaskindex: components["parameters"]["subtaskindex"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtaskExecutionAttemptDetailsInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getSubtaskAttemptAccumulators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Number of an execution attempt of the subtask, starting at 0; it grows with every restart. */
                attempt: components["parameters"]["attempt"];
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description Zero-based index of a subtask (parallel instance) of the vertex. */
                subtaskindex: components["parameters"]["subtaskindex"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accumulators. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtaskExecutionAttemptAccumulatorsInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getSubtaskMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Names of the metrics whose values to return, joined with commas. Without it, only the
                 *     names of the available metrics are listed (no values).
                 */
                get?: components["parameters"]["metricsGet"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description Zero-based index of a subtask (parallel instance) of the vertex. */
                subtaskindex: components["parameters"]["subtaskindex"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getSubtasksAccumulators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accumulators per subtask. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtasksAllAccumulatorsInfo"];
                };
            };
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getAggregatedSubtaskMetrics: {
        parameters: {
            query?: {
                /** @description Aggregations to compute, joined with commas. Default all of them. */
                agg?: components["parameters"]["metricsAgg"];
                /**
                 * @description Names of the metrics whose values to return, joined with commas. Without it, only the
                 *     names of the available metrics are listed (no values).
                 */
                get?: components["parameters"]["metricsGet"];
                /**
                 * @description Restrict the aggregation to these subtask indexes: single indexes and ranges joined
                 *     with commas, for example `0,2,5-7`. Default all subtasks.
                 */
                subtasks?: components["parameters"]["metricsSubtasks"];
            };
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aggregated metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatedMetricsResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getSubtaskTimes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timestamps per subtask. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtasksTimesInfo"];
                };
            };
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobVertexTaskManagers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per TaskManager. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobVertexTaskManagersInfo"];
                };
            };
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobVertexWatermarks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job ID, 32 hexadecimal digits (as in `GET /jobs`).
                 * @example 5e20cb6b0f357591171dfcca2eea09de
                 */
                jobid: components["parameters"]["jobid"];
                /** @description ID of a job vertex (task), 32 hexadecimal digits, as in `vertices[].id` of `GET /jobs/{jobid}`. */
                vertexid: components["parameters"]["vertexid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One metric per subtask. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            404: components["responses"]["VertexNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getAggregatedJobMetrics: {
        parameters: {
            query?: {
                /** @description Aggregations to compute, joined with commas. Default all of them. */
                agg?: components["parameters"]["metricsAgg"];
                /**
                 * @description Names of the metrics whose values to return, joined with commas. Without it, only the
                 *     names of the available metrics are listed (no values).
                 */
                get?: components["parameters"]["metricsGet"];
                /** @description Restrict the aggregation to these job IDs (joined with commas). Default all jobs. */
                jobs?: components["parameters"]["metricsJobs"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aggregated metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatedMetricsResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getJobsOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One summary per job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultipleJobsDetails"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getClusterOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterOverviewWithVersion"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    triggerSavepointDisposal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavepointDisposalRequest"];
            };
        };
        responses: {
            /** @description Disposal was triggered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getSavepointDisposalStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of an asynchronous operation (savepoint, checkpoint, rescaling, disposal, data set
                 *     deletion): the `request-id` returned when the operation was triggered.
                 */
                triggerid: components["parameters"]["triggerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of the operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsynchronousOperationResult"];
                };
            };
            404: components["responses"]["OperationNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listTaskManagers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task managers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskManagersInfo"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getTaskManagerDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a TaskManager as listed by `GET /taskmanagers`. It is not necessarily
                 *     hexadecimal (standalone TaskManagers use `<host>:<port>-<suffix>`); encode it as a path
                 *     segment.
                 */
                taskmanagerid: components["parameters"]["taskmanagerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task manager's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskManagerDetailsInfo"];
                };
            };
            404: components["responses"]["TaskManagerNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    listTaskManagerLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a TaskManager as listed by `GET /taskmanagers`. It is not necessarily
                 *     hexadecimal (standalone TaskManagers use `<host>:<port>-<suffix>`); encode it as a path
                 *     segment.
                 */
                taskmanagerid: components["parameters"]["taskmanagerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogListInfo"];
                };
            };
            404: components["responses"]["TaskManagerNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getTaskManagerMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Names of the metrics whose values to return, joined with commas. Without it, only the
                 *     names of the available metrics are listed (no values).
                 */
                get?: components["parameters"]["metricsGet"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of a TaskManager as listed by `GET /taskmanagers`. It is not necessarily
                 *     hexadecimal (standalone TaskManagers use `<host>:<port>-<suffix>`); encode it as a path
                 *     segment.
                 */
                taskmanagerid: components["parameters"]["taskmanagerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getTaskManagerThreadDump: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of a TaskManager as listed by `GET /taskmanagers`. It is not necessarily
                 *     hexadecimal (standalone TaskManagers use `<host>:<port>-<suffix>`); encode it as a path
                 *     segment.
                 */
                taskmanagerid: components["parameters"]["taskmanagerid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread dump. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDumpInfo"];
                };
            };
            404: components["responses"]["TaskManagerNotFound"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
    getAggregatedTaskManagerMetrics: {
        parameters: {
            query?: {
                /** @description Aggregations to compute, joined with commas. Default all of them. */
                agg?: components["parameters"]["metricsAgg"];
                /**
                 * @description Names of the metrics whose values to return, joined with commas. Without it, only the
                 *     names of the available metrics are listed (no values).
                 */
                get?: components["parameters"]["metricsGet"];
                /** @description Restrict the aggregation to these TaskManager IDs (joined with commas). Default all TaskManagers. */
                taskmanagers?: components["parameters"]["metricsTaskManagers"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aggregated metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatedMetricsResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Error"];
        };
    };
}
