/**
 * `untypedFlinkConfiguration`: the explicit way past the compile-time key check, for a
 * configuration built at run time (read from a file, a form, a workflow's parameters) or with keys
 * the option catalog does not know. Its keys and values are then checked at run time only, by the
 * request builder and validation, as they are for every configuration.
 */
import type { UntypedFlinkConfiguration } from "./configuration-type.js";

/**
 * Passes a configuration whose keys are known only at run time. Returns its argument, typed so
 * that any line's `flinkConfiguration` takes it.
 *
 * @example
 * const fromWorkflow: Record<string, string | number | boolean> = JSON.parse(parameters);
 * await runJar(flink, jarId, { flinkVersion: "2.3", flinkConfiguration: untypedFlinkConfiguration(fromWorkflow) });
 */
export function untypedFlinkConfiguration(configuration: UntypedFlinkConfiguration): Readonly<Record<string, string>> {
  // Numbers and booleans are sent as text; the typed side only needs to accept the map.
  return configuration as Readonly<Record<string, string>>;
}
