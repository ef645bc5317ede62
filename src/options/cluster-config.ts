/** The cluster configuration as callers give it: a map, or `GET /jobmanager/config`'s list. */

/** The cluster configuration: a map, or `GET /jobmanager/config`'s list of `{ key, value }`. */
export type ClusterConfigInput = Readonly<Record<string, string>> | ReadonlyArray<{ key: string; value: string }>;

/** The entries of a cluster configuration, in order. */
export function* clusterEntries(config: ClusterConfigInput | undefined): Iterable<[string, string]> {
  if (!config) {
    return;
  }
  if (Array.isArray(config)) {
    for (const { key, value } of config as ReadonlyArray<{ key: string; value: string }>) {
      yield [key, value];
    }
    return;
  }
  yield* Object.entries(config as Readonly<Record<string, string>>);
}
