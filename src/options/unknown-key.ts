/**
 * The finding for a key no option of the target line matches: removed, not yet there, or
 * misspelled, with the closest keys and the lines that do have it.
 */
import type { FlinkVersion } from "../versions/flink-version.js";
import type { Diagnostic, DiagnosticSeverity } from "./diagnostics.js";
import type { OptionCatalog } from "./option-catalog.js";

export function unknownKeyFinding(key: string, version: FlinkVersion, catalog: OptionCatalog): Diagnostic {
  const line = catalog.line(version) ?? { line: version, exact: false };
  const caveat = line.exact ? "" : ` (the option catalog covers Flink up to ${line.line})`;
  const severity = (s: DiagnosticSeverity): DiagnosticSeverity => (line.exact ? s : "info");
  const existsIn = catalog.versionsOf(key);
  if (existsIn.length > 0) {
    const index = (v: string) => catalog.versions.indexOf(v);
    const current = index(line.line);
    const removed = existsIn.every((v) => index(v) < current);
    const known = (k: string) => catalog.find(k, version) !== undefined;
    let suggestions: string[];
    if (removed) {
      // The key that replaced it, else whatever is spelled alike.
      const replacement = catalog.replacementOf(key);
      suggestions = replacement !== undefined && known(replacement) ? [replacement] : catalog.suggest(key, version);
    } else {
      // A newer key: the older spelling it replaced, when this version has that one.
      const later = existsIn.find((v) => index(v) > current) as string;
      suggestions = (catalog.find(key, later)?.option.deprecatedKeys ?? []).filter(known).slice(0, 1);
    }
    const when = removed
      ? `it was removed after Flink ${existsIn[existsIn.length - 1]} (it exists in ${ranges(existsIn, catalog.versions)})`
      : existsIn.every((v) => index(v) > current)
        ? `it comes with Flink ${existsIn[0]}`
        : `it exists in Flink ${ranges(existsIn, catalog.versions)} only`;
    return {
      code: "unknown-key",
      severity: severity("error"),
      key,
      message: `"${key}" is not an option of Flink ${line.line}: ${when}. Flink ${line.line} ignores it silently${
        suggestions[0] ? `; use "${suggestions[0]}"` : ""
      }.${caveat}`,
      ...(suggestions[0] ? { suggestion: suggestions[0], suggestions } : {}),
      existsIn,
    };
  }
  const suggestions = catalog.suggest(key, version);
  if (suggestions.length > 0) {
    return {
      code: "unknown-key",
      severity: severity("error"),
      key,
      message: `"${key}" is not a Flink ${line.line} option; Flink ignores it silently. Did you mean "${suggestions[0]}"?${caveat}`,
      suggestion: suggestions[0] as string,
      suggestions,
    };
  }
  return {
    code: "unknown-key",
    severity: "info",
    key,
    message: `"${key}" is not a Flink ${line.line} option: Flink passes it to the job's main() unchanged, and nothing else reads it.${caveat}`,
  };
}

/** "1.17–1.19, 2.1": consecutive release lines joined. */
function ranges(lines: readonly string[], all: readonly string[]): string {
  const parts: string[] = [];
  let start: string | undefined;
  let prev = -2;
  let prevLine = "";
  for (const l of lines) {
    const i = all.indexOf(l);
    if (i !== prev + 1 && start !== undefined) {
      parts.push(start === prevLine ? start : `${start}–${prevLine}`);
      start = undefined;
    }
    start ??= l;
    prev = i;
    prevLine = l;
  }
  if (start !== undefined) {
    parts.push(start === prevLine ? start : `${start}–${prevLine}`);
  }
  return parts.join(", ");
}
