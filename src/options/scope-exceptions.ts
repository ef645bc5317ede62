/**
 * The keys whose scope does not follow their holder class: the one table the scope rule
 * (scripts/option-catalog/option-scope.ts, with the reasons) and the SDK (`./scope.ts`, for keys
 * the catalog does not know) share. No imports, so the build-time rule can load it alone.
 */
import type { OptionScope } from "./option-catalog.js";

/**
 * Key exceptions to the holder rule: an exact key, or (ending in ".") every key with that prefix.
 * Exact keys win over prefixes; the first matching prefix wins. Their reasons are in
 * scripts/option-catalog/option-scope.ts.
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
