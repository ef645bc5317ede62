/**
 * Whether Flink can read a value as an option's type, checked the way `ConfigurationUtils`
 * converts it (see `./value-parsers.ts`). Only what Flink refuses is reported: where a line also
 * reads YAML (lists and maps, `yamlListValues` in its facts), values in YAML form are not judged.
 * Used by the full catalog (`OptionCatalog.checkValue`), so the parsers stay out of the core bundle.
 */
import type { FlinkVersion } from "../versions/flink-version.js";
import { javaTrim, parseFlinkBoolean, parseFlinkEnum, parseFlinkInt, parseFlinkLong } from "./java-parsers.js";
import { durationRules, firstLineWith, lineFacts } from "./line-facts.js";
import type { OptionInfo, OptionValueType, ValueProblem } from "./option-catalog.js";
import {
  parseFlinkDouble,
  parseFlinkDurationNanos,
  parseFlinkLegacyMap,
  parseFlinkMemorySize,
  splitFlinkEscaped,
} from "./value-parsers.js";

type ScalarType = Exclude<OptionValueType, "list">;

const ISO_LIKE = /^[-+]?P/i;

/** Looks like something `YamlParserUtils` could load as a list (flow `[..]` or block `- a`). */
function yamlListCandidate(text: string): boolean {
  const t = javaTrim(text);
  return t.startsWith("[") || /^-(?:\s|$)/.test(t);
}

/** Looks like something YAML could load as a map (flow `{..}`, or `key: value` with a space or line break). */
function yamlMapCandidate(text: string): boolean {
  return javaTrim(text).startsWith("{") || /:[ \t\r\n]/.test(text);
}

/** Describes what Flink expects for a type, for messages. */
function expectation(type: ScalarType, option: OptionInfo, version: FlinkVersion): string {
  switch (type) {
    case "boolean":
      return "true or false (any case)";
    case "int":
      return "a 32-bit integer (digits with an optional sign; no spaces, no decimals)";
    case "long":
      return "a 64-bit integer (digits with an optional sign; no spaces, no decimals)";
    case "float":
    case "double":
      return 'a number such as "0.4" or "1e-3"';
    case "duration":
      return `a duration such as "10 s", "1 min" or "500 ms" (a bare number is milliseconds)${
        durationRules(version).iso ? ', or ISO-8601 such as "PT10S"' : ""
      }`;
    case "memory":
      return 'a memory size in whole units such as "512 mb", "1 gb" or "1536m" (b, k/kb, m/mb, g/gb, t/tb)';
    case "enum":
      return `one of ${(option.enumValues ?? []).join(", ")} (any case)`;
    case "map":
      return 'a map "key1:value1,key2:value2" (quote an item that holds "," or ":" with \'...\')';
    case "string":
      return "a string";
  }
}

function scalarOk(type: ScalarType, option: OptionInfo, text: string, version: string): boolean {
  switch (type) {
    case "string":
      return true;
    case "boolean":
      return parseFlinkBoolean(text) !== undefined;
    case "int":
      return parseFlinkInt(text) !== undefined;
    case "long":
      return parseFlinkLong(text) !== undefined;
    case "float":
    case "double":
      return parseFlinkDouble(text) !== undefined;
    case "duration":
      return parseFlinkDurationNanos(text, durationRules(version)) !== undefined;
    case "memory":
      return parseFlinkMemorySize(text) !== undefined;
    case "enum":
      return option.enumValues === undefined || parseFlinkEnum(text, option.enumValues) !== undefined;
    case "map":
      return (lineFacts(version).yamlListValues && yamlMapCandidate(text)) || parseFlinkLegacyMap(text) !== undefined;
  }
}

/** A likely cause for common near-misses. */
function hint(type: ScalarType, text: string, version: string): string | undefined {
  if (type === "duration" && ISO_LIKE.test(javaTrim(text)) && !durationRules(version).iso) {
    return `ISO-8601 durations are read from Flink ${firstLineWith("isoDurations")} on.`;
  }
  if (type === "memory" && /^\s*\d+[.,]\d/.test(text)) {
    return "Flink takes no decimals here: write the size in a smaller unit.";
  }
  if ((type === "int" || type === "long") && /^\s*[-+]?\d+\s*$/.test(text) && javaTrim(text) !== text) {
    return "Flink does not trim numbers: remove the spaces.";
  }
  return undefined;
}

function problem(type: ScalarType, option: OptionInfo, text: string, version: string, prefix = ""): ValueProblem {
  const why = hint(type, text, version);
  return { expected: `${prefix}${expectation(type, option, version)}`, ...(why ? { hint: why } : {}) };
}

/**
 * Why Flink `version` cannot read `text` as `option`'s type, or undefined when it can (or when the
 * value is in a form this check does not judge).
 *
 * @example
 * checkOptionValue(option, "10 secs", "2.3"); // undefined
 * checkOptionValue(option, "PT10S", "1.20"); // { expected: 'a duration such as ...', hint: "ISO-8601 ... 2.1 on." }
 */
export function checkOptionValue(option: OptionInfo, text: string, version: FlinkVersion): ValueProblem | undefined {
  if (option.type !== "list") {
    return scalarOk(option.type, option, text, version) ? undefined : problem(option.type, option, text, version);
  }
  const elementType = option.elementType ?? "string";
  if (lineFacts(version).yamlListValues && yamlListCandidate(text)) {
    return undefined;
  }
  const elements = splitFlinkEscaped(text, ";");
  if (!elements) {
    return { expected: 'a list separated by ";" (quotes must close, and nothing may follow a closing quote)' };
  }
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as string;
    if (!scalarOk(elementType, option, element, version)) {
      return {
        ...problem(elementType, option, element, version, 'a list separated by ";" of '),
        element: { index: i + 1, text: element },
      };
    }
  }
  return undefined;
}
