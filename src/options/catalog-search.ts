/**
 * The searches of the full option catalog that the core's built-in facts do not need: keys
 * matched by a suffix-option template (`metrics.reporter.<name>.factory.class`) or as an entry of
 * a map option in prefix notation (`pipeline.global-job-parameters.team`), and a key's history
 * over the lines (where it exists, what replaced an old spelling).
 */
import type { FlinkOptionData } from "../../generated/options/format.js";
import type { CatalogExtras, LineIndex } from "./catalog-data.js";
import type { OptionCatalog, OptionInfo, OptionMatch } from "./option-catalog.js";

/** `metrics.reporter.<name>.factory.class` → /^metrics\.reporter\.[^.]+\.factory\.class$/ (a last placeholder takes dots). */
function templatePattern(key: string): RegExp {
  const parts = key.split(/<[^>]+>/);
  const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const body = escaped.map((p, i) => (i === 0 ? p : `${i === escaped.length - 1 && p === "" ? ".+" : "[^.]+"}${p}`));
  return new RegExp(`^${body.join("")}$`);
}

/** Map-entry and template matching for one line. */
export function searchLine(index: LineIndex): (key: string) => OptionMatch | undefined {
  const mapOptions = new Map<string, OptionInfo>();
  const templates: Array<{ pattern: RegExp; option: OptionInfo; literal: number }> = [];
  for (const [key, option] of index.options) {
    if (key.includes("<")) {
      templates.push({ pattern: templatePattern(key), option, literal: key.replace(/<[^>]+>/g, "").length });
    } else if (option.type === "map") {
      mapOptions.set(key, option);
    }
  }
  // The most specific template first (`<name>.interval` before `<name>.<parameter>`).
  templates.sort((a, b) => b.literal - a.literal);
  return (key) => {
    // A map option in prefix notation (ConfigurationUtils.canBePrefixMap).
    for (let dot = key.lastIndexOf("."); dot > 0; dot = key.lastIndexOf(".", dot - 1)) {
      const option = mapOptions.get(key.slice(0, dot));
      if (option) {
        return { option, via: "map-entry" };
      }
    }
    const template = templates.find((t) => t.pattern.test(key));
    return template ? { option: template.option, via: "template" } : undefined;
  };
}

/** Every key (canonical or old spelling) → lines bitmask; old spelling → its newest replacement. */
export function keyHistory(data: FlinkOptionData): NonNullable<CatalogExtras["history"]> {
  let masks: Map<string, number> | undefined;
  let replaced: Map<string, { bit: number; key: string }> | undefined;
  const build = () => {
    masks = new Map();
    replaced = new Map();
    for (const [key, variants] of Object.entries(data.options)) {
      for (const x of variants) {
        masks.set(key, (masks.get(key) ?? 0) | x.v);
        for (const old of x.dk ?? []) {
          masks.set(old, (masks.get(old) ?? 0) | x.v);
          const top = 31 - Math.clz32(x.v);
          if ((replaced.get(old)?.bit ?? -1) < top && x.dep !== 1) {
            replaced.set(old, { bit: top, key });
          }
        }
      }
    }
    return { masks, replaced };
  };
  const history: Pick<OptionCatalog, "versionsOf" | "replacementOf"> = {
    versionsOf(key) {
      const mask = (masks ?? build().masks).get(key) ?? 0;
      return data.versions.filter((_, i) => (mask >> i) & 1);
    },
    replacementOf: (key) => (replaced ?? build().replaced).get(key)?.key,
  };
  return history;
}
