/**
 * Loads the full option catalog on demand. The dynamic `import()` keeps its data (about 300 KB)
 * out of the core bundle: bundlers split it into its own chunk, fetched on first use.
 */
import type { OptionCatalog } from "./option-catalog.js";

let loading: Promise<OptionCatalog> | undefined;

/**
 * The catalog of every Flink option of the supported lines (the one `flink-rest-client/options` exports),
 * loaded once and shared.
 *
 * @example
 * const catalog = await loadFlinkOptionCatalog();
 * const { body, diagnostics } = buildRunRequest(options, { flinkVersion, catalog });
 */
export function loadFlinkOptionCatalog(): Promise<OptionCatalog> {
  loading ??= import("./full-catalog.js").then(
    (m) => m.flinkOptionCatalog,
    (error: unknown) => {
      loading = undefined; // a failed chunk load may succeed on the next call
      throw error;
    },
  );
  return loading;
}
