/**
 * The facts of the scope rule that the core needs without the catalog: the keys whose scope does
 * not follow their holder class, and the keys /run forces. Their reasons, the holder classes and
 * `scopeOf` live in `./option-scope.ts`, the rule's source of truth, which builds on this table.
 */

/**
 * - `job`: read per job (by the user's `main()` through the environment, or by the runtime from the
 *   job configuration);
 * - `cluster`: belongs to the running JobManager/TaskManager processes; accepted, no effect on the job;
 * - `submission`: read or overwritten by the submission machinery (/run forces or ignores it);
 * - `ignored`: not read by /run at all (application-mode settings).
 */
export type OptionScope = "job" | "cluster" | "submission" | "ignored";

/**
 * Key exceptions to the holder rule: an exact key, or (ending in ".") every key with that prefix.
 * Exact keys win over prefixes; the first matching prefix wins.
 */
export const SCOPE_EXCEPTION_KEYS = {
  "parallelism.default": "job",
  "io.tmp.dirs": "cluster",
  "classloader.": "cluster",
  "plugin.": "cluster",
  "fs.": "cluster",
  "env.": "cluster",
  "task.cancellation.interval": "job",
  "task.cancellation.timeout": "job",
  "metrics.latency.interval": "job",
  "pekko.ask.timeout": "job",
  "akka.ask.timeout": "job",
  "jobmanager.scheduler": "cluster",
  "pipeline.jars": "submission",
  "pipeline.classpaths": "submission",
  "execution.target": "submission",
  "execution.attached": "submission",
  "$internal.application.": "ignored",
} as const satisfies Readonly<Record<string, OptionScope>>;

export type ScopeExceptionKey = keyof typeof SCOPE_EXCEPTION_KEYS;

const PREFIXES = (Object.keys(SCOPE_EXCEPTION_KEYS) as ScopeExceptionKey[]).filter((k) => k.endsWith("."));

/** The exact key or prefix that decides a key's scope regardless of its holder, if any. */
export function scopeExceptionKey(key: string): ScopeExceptionKey | undefined {
  if (Object.hasOwn(SCOPE_EXCEPTION_KEYS, key) && !key.endsWith(".")) {
    return key as ScopeExceptionKey;
  }
  return PREFIXES.find((prefix) => key.startsWith(prefix));
}

/** Keys whose value /run overwrites or that have no effect there, whatever the request says. */
export const RUN_FORCED_KEYS: readonly string[] = [
  "pipeline.jars",
  "pipeline.classpaths",
  "execution.target",
  "execution.attached",
];
