/** flink-rest's own options about the request builder: --validation and --cluster-keys. */
import type { RunJarHelperOptions } from "../../jobs/run.js";
import type { OptionValues } from "../option-values.js";

export function targetOptions(values: OptionValues): Pick<RunJarHelperOptions, "validation" | "clusterKeys"> {
  const validation = values.choice(values.own("validation"), "--validation", ["warn", "error", "off"] as const);
  const clusterKeys = values.choice(values.own("cluster-keys"), "--cluster-keys", ["report", "drop", "error"] as const);
  return {
    ...(validation !== undefined ? { validation } : {}),
    ...(clusterKeys !== undefined ? { clusterKeys } : {}),
  };
}
