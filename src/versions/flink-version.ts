import { FlinkInputError } from "../errors.js";

/** A Flink release line or release: "1.19", "1.20.1", "2.3.0", "2.4-SNAPSHOT". */
export type FlinkVersion = string;

export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
}

const VERSION_RE = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?$/;
const cache = new Map<string, ParsedVersion>();

/** Parses a Flink version; a malformed one is refused with a typed error naming it. */
export function parseFlinkVersion(version: FlinkVersion): ParsedVersion {
  const hit = cache.get(version);
  if (hit) {
    return hit;
  }
  const m = typeof version === "string" ? VERSION_RE.exec(version.trim()) : null;
  if (!m) {
    throw new FlinkInputError(
      "invalid-flink-version",
      `Invalid Flink version ${JSON.stringify(version)}: expected "major.minor" or "major.minor.patch", e.g. "1.20" or "2.3.0".`,
      { field: "flinkVersion" },
    );
  }
  const parsed = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
  cache.set(version, parsed);
  return parsed;
}

/** Compares release lines only (major.minor): patch releases never change the REST API. */
export function compareLines(a: FlinkVersion, b: FlinkVersion): number {
  const x = parseFlinkVersion(a);
  const y = parseFlinkVersion(b);
  return x.major - y.major || x.minor - y.minor;
}

/** True when `version` is the release line `since` or newer. */
export function isAtLeast(version: FlinkVersion, since: FlinkVersion): boolean {
  return compareLines(version, since) >= 0;
}

/** True when `version` falls in [since, until): `until` is the first line without the feature. */
export function inRange(version: FlinkVersion, since?: FlinkVersion, until?: FlinkVersion): boolean {
  return (since === undefined || isAtLeast(version, since)) && (until === undefined || !isAtLeast(version, until));
}

/** "major.minor" of a version. */
export function releaseLine(version: FlinkVersion): string {
  const { major, minor } = parseFlinkVersion(version);
  return `${major}.${minor}`;
}
