/**
 * Parse option values exactly as Flink's `ConfigurationUtils` does, so that we fail (or not)
 * where Flink fails. Each returns `undefined` for a value Flink would refuse.
 */

const INT_RE = /^[+-]?\d+$/;

/** `Integer.parseInt`: optional sign, decimal digits, no spaces, 32-bit range. */
export function parseFlinkInt(text: string): number | undefined {
  if (!INT_RE.test(text)) {
    return undefined;
  }
  const n = Number(text);
  return n >= -(2 ** 31) && n <= 2 ** 31 - 1 ? n : undefined;
}

/** `Long.parseLong`: as an int, within 64 bits (kept as a string beyond 2^53 by callers who care). */
export function parseFlinkLong(text: string): number | undefined {
  if (!INT_RE.test(text)) {
    return undefined;
  }
  const n = BigInt(text);
  return n >= -(2n ** 63n) && n <= 2n ** 63n - 1n ? Number(n) : undefined;
}

/** "true"/"false", case-insensitive; anything else is refused. */
export function parseFlinkBoolean(text: string): boolean | undefined {
  const upper = text.toUpperCase();
  return upper === "TRUE" ? true : upper === "FALSE" ? false : undefined;
}

/** Enum constants match case-insensitively; returns the constant's own spelling. */
export function parseFlinkEnum<E extends string>(text: string, values: readonly E[]): E | undefined {
  const upper = text.toUpperCase();
  return values.find((v) => v.toUpperCase() === upper);
}

const DURATION_UNITS_MS: ReadonlyArray<[number, readonly string[]]> = [
  [86_400_000, ["d", "day", "days"]],
  [3_600_000, ["h", "hour", "hours"]],
  [60_000, ["min", "m", "minute", "minutes"]],
  [1000, ["s", "sec", "secs", "second", "seconds"]],
  [1, ["ms", "milli", "millis", "millisecond", "milliseconds"]],
  [0.001, ["µs", "micro", "micros", "microsecond", "microseconds"]],
  [0.000_001, ["ns", "nano", "nanos", "nanosecond", "nanoseconds"]],
];
const UNIT_TO_MS = new Map(DURATION_UNITS_MS.flatMap(([ms, labels]) => labels.map((l) => [l, ms] as const)));

/** Release line from which Flink also reads ISO-8601 durations such as `PT10S` (TimeUtils). */
export const ISO_DURATION_SINCE = "2.1";

const ISO_RE = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d{1,9}))?S)?)?$/i;

/**
 * `TimeUtils.parseDuration`: digits then an optional unit (default ms), spaces allowed around the
 * unit, units case-insensitive; with `iso` also ISO-8601 (`PT10S`, `P1DT2H`). Returns milliseconds.
 */
export function parseFlinkDuration(text: string, options: { iso?: boolean } = {}): number | undefined {
  const trimmed = text.trim();
  const m = /^(\d*)(.*)$/s.exec(trimmed);
  const digits = m?.[1] ?? "";
  if (digits === "") {
    return options.iso ? parseIsoDuration(trimmed) : undefined;
  }
  const unit = (m?.[2] ?? "").trim().toLowerCase();
  const factor = unit === "" ? 1 : UNIT_TO_MS.get(unit);
  return factor === undefined ? undefined : Number(digits) * factor;
}

function parseIsoDuration(text: string): number | undefined {
  const m = ISO_RE.exec(text);
  if (!m || text.toUpperCase() === "P" || text.toUpperCase().endsWith("T")) {
    return undefined;
  }
  const [, d, h, min, s, frac] = m;
  const fraction = frac ? Number(`0.${frac}`) : 0;
  return (Number(d ?? 0) * 86_400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0) + fraction) * 1000;
}
