/**
 * Reading an option from a configuration map the way Flink's `Configuration#get` does: the
 * canonical key first, then each older spelling the line still reads, in order.
 */
import type { FlinkVersion } from "../versions/flink-version.js";
import type { OptionCatalog, OptionInfo } from "./option-catalog.js";
import { findOption } from "./scope.js";

/** The value of the first of `keys` the configuration has, with the key that supplied it. */
export function lookup(
  config: ReadonlyMap<string, string>,
  canonicalKey: string,
  olderKeys: readonly string[],
): { key: string; value: string } | undefined {
  for (const key of [canonicalKey, ...olderKeys]) {
    const value = config.get(key);
    if (value !== undefined) {
      return { key, value };
    }
  }
  return undefined;
}

/**
 * The option that `key` names in `version`: by any spelling that line reads, or, for a key renamed
 * since (named as the newest line spells it), by the old spellings the newest line records.
 */
export function optionInLine(key: string, version: FlinkVersion, catalog?: OptionCatalog): OptionInfo | undefined {
  const direct = findOption(key, version, catalog)?.option;
  if (direct || !catalog) {
    return direct;
  }
  const newest = catalog.versions[catalog.versions.length - 1];
  for (const old of newest ? (catalog.find(key, newest)?.option.deprecatedKeys ?? []) : []) {
    const match = findOption(old, version, catalog);
    if (match) {
      return match.option;
    }
  }
  return undefined;
}

/**
 * The value Flink `version` reads for an option (named by any spelling), with the key that
 * supplied it: canonical key, then deprecated keys, then fallback keys.
 */
export function readOption(
  config: ReadonlyMap<string, string>,
  key: string,
  version: FlinkVersion,
  catalog?: OptionCatalog,
): { key: string; value: string } | undefined {
  const option = optionInLine(key, version, catalog);
  return option
    ? lookup(config, option.key, [...option.deprecatedKeys, ...option.fallbackKeys])
    : lookup(config, key, []);
}

/**
 * What Flink `version` gets for an option named as the newest line spells it (renames followed
 * back): the configured value by any spelling the line reads, else the option's default.
 */
export function settingOf(
  config: ReadonlyMap<string, string>,
  key: string,
  version: FlinkVersion,
  catalog?: OptionCatalog,
): string | undefined {
  const option = optionInLine(key, version, catalog);
  if (!option) {
    return config.get(key);
  }
  return lookup(config, option.key, [...option.deprecatedKeys, ...option.fallbackKeys])?.value ?? option.defaultValue;
}
