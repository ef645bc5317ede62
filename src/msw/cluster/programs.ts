/**
 * Simulated user programs for the fake cluster. A program plays the part of a jar's `main()`:
 * it gets an environment built from the effective configuration (as Flink's
 * StreamExecutionEnvironment is), may override settings in code, and calls `execute()`.
 */
import { parseFlinkBoolean, parseFlinkInt } from "../../options/java-parsers.js";
import type { OptionCatalog } from "../../options/option-catalog.js";
import { lookup, optionInLine } from "../../options/read-option.js";
import { type EnvironmentFailure, FakeProgramError } from "./program-error.js";

export { type EnvironmentFailure, FakeProgramError };

/** What a program's `execute()` submitted. */
export interface SubmittedPipeline {
  /** Name given to `execute(name)`, if any. */
  name: string | undefined;
  /** `BATCH` pipelines are bounded jobs of the batch kind; Flink limits streaming jobs per application to one. */
  runtimeMode: RuntimeMode;
  /** Whether the job ends by itself (FINISHED) once it has read its input: every BATCH job, and streaming jobs of bounded sources. */
  bounded: boolean;
  parallelism: number;
  maxParallelism: number;
  objectReuse: boolean;
  globalJobParameters: Record<string, string>;
  /** Checkpoint interval set in code (ms), overriding the configuration. */
  checkpointInterval: number | undefined;
}

/** Flink's RuntimeExecutionMode, as a program sets it. */
export type RuntimeMode = "STREAMING" | "BATCH";

/**
 * How many jobs one run of a program may submit, and Flink's refusal of one more (its message,
 * with the exception class): /run allows one, an application any number with one streaming.
 */
export interface JobLimits {
  readonly jobs: number;
  readonly streamingJobs: number;
  refusal(exceeded: "jobs" | "streaming"): string;
}

/** The slice of Flink's StreamExecutionEnvironment that simulated programs use. */
export interface FakeExecutionEnvironment {
  /** The effective configuration the job's `main()` receives (read-only copy). */
  readonly configuration: Readonly<Record<string, string>>;
  /**
   * What Flink's own option lookups return (canonical key first, then older spellings) for the
   * renamed options the config-echo job reports, by canonical key.
   */
  readonly resolvedOptions: Readonly<Record<string, string>>;
  getParallelism(): number;
  setParallelism(parallelism: number): void;
  setMaxParallelism(maxParallelism: number): void;
  enableObjectReuse(): void;
  setGlobalJobParameters(parameters: Readonly<Record<string, string>>): void;
  enableCheckpointing(intervalMs: number): void;
  /** Submits the pipeline; without a name, `pipeline.name` (or Flink's default name) is used. */
  execute(jobName?: string): void;
  /** Submits the pipeline without waiting for it (programs that submit several jobs use this). */
  executeAsync(jobName?: string): void;
  /** The runtime mode of the pipelines submitted next (default `STREAMING`; `BATCH` jobs are bounded). */
  setRuntimeMode(mode: RuntimeMode): void;
  /**
   * Whether the pipelines submitted next read bounded input (a streaming job that ends
   * FINISHED); the fake ends a bounded job after its cluster's `timings.boundedJobMs`.
   */
  setBounded(bounded: boolean): void;
}

/** A simulated `main(args)`. Throwing fails the submission the way a failing `main()` does. */
export type FakeProgram = (env: FakeExecutionEnvironment, args: readonly string[]) => void;

const PARALLELISM_DEFAULT = -1;

function checkParallelism(parallelism: number): void {
  if (!Number.isInteger(parallelism) || (parallelism < 1 && parallelism !== PARALLELISM_DEFAULT)) {
    throw new FakeProgramError(
      "java.lang.IllegalArgumentException: Parallelism must be at least one, or ExecutionConfig.PARALLELISM_DEFAULT (use system default).",
      { fromFlink: true, inEnvironment: true },
    );
  }
}

/**
 * Builds the environment a program runs in; `submitted` receives what `execute()` submits.
 * `defaultOf` gives an option's default where the configuration does not set it.
 */
export function createEnvironment(
  configuration: Readonly<Record<string, string>>,
  submitted: SubmittedPipeline[],
  resolvedOptions: Readonly<Record<string, string>> = {},
  defaultOf: (key: string) => string | undefined = () => undefined,
  limits?: JobLimits,
  failure?: EnvironmentFailure,
): FakeExecutionEnvironment {
  // Flink configures the environment from the configuration when main() first asks for it, so a
  // value it cannot read (or an invalid parallelism) fails there, not before main() runs.
  const setting = (key: string) => configuration[key] ?? defaultOf(key);
  let parallelism = parseFlinkInt(setting("parallelism.default") ?? "") ?? PARALLELISM_DEFAULT;
  // /run's environment reads the configuration before it checks the parallelism; /plan sets the
  // parallelism first (real 2.3 reports that one first).
  let envError = failure?.at === "env" ? failure.error : undefined;
  try {
    checkParallelism(parallelism);
  } catch (error) {
    envError = failure?.parallelismFirst || !envError ? (error as FakeProgramError) : envError;
  }
  const built = () => {
    if (envError) {
      throw envError;
    }
  };
  let maxParallelism = parseFlinkInt(setting("pipeline.max-parallelism") ?? "") ?? -1;
  let objectReuse = parseFlinkBoolean(setting("pipeline.object-reuse") ?? "") ?? false;
  let globalJobParameters: Record<string, string> = {};
  let checkpointInterval: number | undefined;
  let runtimeMode: RuntimeMode =
    (setting("execution.runtime-mode") ?? "").toUpperCase() === "BATCH" ? "BATCH" : "STREAMING";
  let bounded = false;
  const frozen = Object.freeze({ ...configuration });
  const frozenResolved = Object.freeze({ ...resolvedOptions });
  const submit = (jobName: string | undefined) => {
    built();
    if (failure?.at === "execute" && failure.error) {
      throw failure.error;
    }
    const streaming = submitted.filter((p) => p.runtimeMode === "STREAMING").length;
    if (limits && runtimeMode === "STREAMING" && streaming >= limits.streamingJobs) {
      throw new FakeProgramError(limits.refusal("streaming"));
    }
    if (limits && submitted.length >= limits.jobs) {
      throw new FakeProgramError(limits.refusal("jobs"));
    }
    submitted.push({
      name: jobName,
      runtimeMode,
      bounded: bounded || runtimeMode === "BATCH",
      parallelism,
      maxParallelism,
      objectReuse,
      globalJobParameters,
      checkpointInterval,
    });
  };
  return {
    get configuration() {
      built();
      return frozen;
    },
    get resolvedOptions() {
      built();
      return frozenResolved;
    },
    getParallelism: () => {
      built();
      return parallelism;
    },
    setParallelism(p) {
      built();
      checkParallelism(p);
      parallelism = p;
    },
    setMaxParallelism(p) {
      built();
      if (!Number.isInteger(p) || p < 1 || p > 32768) {
        throw new FakeProgramError(
          "java.lang.IllegalArgumentException: Maximum parallelism must be between 1 and 32768.",
        );
      }
      maxParallelism = p;
    },
    enableObjectReuse() {
      built();
      objectReuse = true;
    },
    setGlobalJobParameters(parameters) {
      built();
      globalJobParameters = { ...parameters };
    },
    enableCheckpointing(intervalMs) {
      built();
      checkpointInterval = intervalMs;
    },
    execute: submit,
    executeAsync: submit,
    setRuntimeMode(mode) {
      built();
      runtimeMode = mode;
    },
    setBounded(value) {
      built();
      bounded = value;
    },
  };
}

/**
 * The options the config-echo job reads through Flink's own option objects (its RESOLVED_OPTIONS),
 * named as the newest line spells them; each line's spelling comes from the catalog.
 */
const ECHO_RESOLVED_OPTIONS = [
  "restart-strategy.type",
  "execution.state-recovery.path",
  "execution.checkpointing.dir",
  "state.backend.type",
] as const;

/**
 * What Flink's own lookups give the echo job for those options (canonical key first, then the
 * older spellings the line reads), by the key the line calls the option.
 */
export function echoResolvedOptions(
  values: Readonly<Record<string, string>>,
  version: string,
  catalog: OptionCatalog,
): Record<string, string> {
  const config = new Map(Object.entries(values));
  const out: Record<string, string> = {};
  for (const key of ECHO_RESOLVED_OPTIONS) {
    const option = optionInLine(key, version, catalog);
    const found = option ? lookup(config, option.key, [...option.deprecatedKeys, ...option.fallbackKeys]) : undefined;
    if (option && found) {
      out[option.key] = found.value;
    }
  }
  return out;
}

/** Reads `--name value` program arguments the way the config-echo job does. */
function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * The default program: what the config-echo job in `test/flink-job` does. It never sets a name or
 * parallelism unless told to by its arguments, copies its whole effective configuration into the
 * global job parameters (so `GET /jobs/{id}/config` shows it under `execution-config.user-config`),
 * adds `echo.resolved.<key>` for the renamed options Flink resolves, and submits one unbounded
 * streaming job.
 *
 * Arguments simulate user code: `--parallelism N`, `--max-parallelism N`, `--job-name X`,
 * `--object-reuse`, `--fail` (main throws), `--no-execute` (main returns without a job),
 * `--records N` (the job is bounded). Two jobs, named `<job name or echo>-1` and `-2`:
 * `--two-jobs` (streaming), `--two-batch-jobs`, `--batch-then-stream`, and `--fail-after-submit`
 * (one streaming job, then main throws).
 */
export const configEchoProgram: FakeProgram = (env, args) => {
  if (args.includes("--fail")) {
    throw new FakeProgramError("java.lang.IllegalStateException: main() failed on purpose (--fail)");
  }
  const echoed: Record<string, string> = { ...env.configuration };
  for (const [key, value] of Object.entries(env.resolvedOptions)) {
    echoed[`echo.resolved.${key}`] = value;
  }
  env.setGlobalJobParameters(echoed);
  const parallelism = argValue(args, "--parallelism");
  if (parallelism !== undefined) {
    env.setParallelism(Number(parallelism));
  }
  const maxParallelism = argValue(args, "--max-parallelism");
  if (maxParallelism !== undefined) {
    env.setMaxParallelism(Number(maxParallelism));
  }
  if (args.includes("--object-reuse")) {
    env.enableObjectReuse();
  }
  if (args.includes("--no-execute")) {
    return;
  }
  const jobName = argValue(args, "--job-name");
  const twoBatch = args.includes("--two-batch-jobs");
  const batchThenStream = args.includes("--batch-then-stream");
  const failAfterSubmit = args.includes("--fail-after-submit");
  if (args.includes("--two-jobs") || twoBatch || batchThenStream || failAfterSubmit) {
    const base = jobName ?? "echo";
    env.setRuntimeMode(twoBatch || batchThenStream ? "BATCH" : "STREAMING");
    env.executeAsync(`${base}-1`);
    if (failAfterSubmit) {
      throw new FakeProgramError(
        "java.lang.IllegalStateException: main() failed on purpose after submitting a job (--fail-after-submit)",
      );
    }
    env.setRuntimeMode(twoBatch ? "BATCH" : "STREAMING");
    env.executeAsync(`${base}-2`);
    return;
  }
  env.setBounded(argValue(args, "--records") !== undefined);
  env.execute(jobName);
};

/** Entry class of the config-echo job (the default program of every uploaded jar). */
export const CONFIG_ECHO_ENTRY_CLASS = "org.flinkrestclient.echo.ConfigEchoJob";
