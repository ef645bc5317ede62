/**
 * The effective configuration as the /run handler builds it: layers set on top of each other, each
 * entry remembering its source and the values it replaced.
 */
import { STANDARD_YAML_CONFIGURATION_LINES } from "../../generated/contract-facts.js";
import type { OptionCatalog } from "../options/option-catalog.js";
import { lookup } from "../options/read-option.js";
import { catalogFor } from "../options/scope.js";
import { inLines } from "../versions/contract.js";
import type { FlinkVersion } from "../versions/flink-version.js";

/** Where an effective value came from. `handler` = set or forced by Flink's /run handler itself. */
export type ConfigSource = "default" | "cluster" | "flinkConfiguration" | "query" | "body" | "handler";

export interface EffectiveEntry {
  readonly key: string;
  readonly value: string;
  readonly source: ConfigSource;
  /** Values from lower layers that this one replaced, oldest first. */
  readonly replaced?: ReadonlyArray<{ readonly source: ConfigSource; readonly value: string }>;
}

export class Layers {
  readonly entries = new Map<string, EffectiveEntry>();
  readonly values = new Map<string, string>();

  remove(key: string): void {
    this.entries.delete(key);
    this.values.delete(key);
  }

  set(key: string, value: string, source: ConfigSource): void {
    const prev = this.entries.get(key);
    const replaced = prev ? [...(prev.replaced ?? []), { source: prev.source, value: prev.value }] : undefined;
    this.entries.set(key, replaced ? { key, value, source, replaced } : { key, value, source });
    this.values.set(key, value);
  }

  /** The source of a key's value; `handler` when nothing set it. */
  sourceOf(key: string | undefined): ConfigSource {
    return (key && this.entries.get(key)?.source) || "handler";
  }
}

/**
 * A list option as the job's configuration shows it: `a;b` on a 1.x cluster (configured by the
 * legacy flink-conf.yaml); YAML flow style `['a', 'b']` on lines that read only the standard
 * config.yaml, where an empty list is left out (seen on real 2.3).
 */
export function encodeList(items: readonly string[], version: FlinkVersion): string | undefined {
  if (!inLines(version, STANDARD_YAML_CONFIGURATION_LINES)) {
    return items.join(";");
  }
  return items.length === 0 ? undefined : `[${items.map((i) => `'${i.replaceAll("'", "''")}'`).join(", ")}]`;
}

/** Reads a list option written either way. */
export function decodeList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "") {
    return [];
  }
  if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
    return [...trimmed.slice(1, -1).matchAll(/'((?:[^']|'')*)'|([^,\s][^,]*)/g)].map((m) =>
      m[1] !== undefined ? m[1].replaceAll("''", "'") : (m[2] ?? "").trim(),
    );
  }
  return trimmed.split(";").filter((i) => i !== "");
}

/** Adds entries for known options that nothing set, with their defaults (source `default`). */
export function addDefaults(
  entries: Map<string, EffectiveEntry>,
  values: ReadonlyMap<string, string>,
  version: FlinkVersion,
  catalog: OptionCatalog | undefined,
): void {
  const facts = catalogFor(version, catalog);
  for (const key of facts.keys(version)) {
    const option = facts.find(key, version)?.option;
    // A deprecated option that is also an old spelling of another one has no default of its own.
    if (option?.key !== key || option.defaultValue === undefined || entries.has(key)) {
      continue;
    }
    if (lookup(values, key, option.deprecatedKeys)) {
      continue;
    }
    entries.set(key, { key, value: option.defaultValue, source: "default" });
  }
}
