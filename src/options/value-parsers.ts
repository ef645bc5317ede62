/**
 * Parse option values exactly as Flink does when it reads them, so that we fail (or not) where
 * Flink fails. Each returns `undefined` for a value Flink would refuse. Sources (flink-core,
 * 1.17.2 to 2.3.0): `configuration/ConfigurationUtils.java` (`convertToInt`, `convertToBoolean`,
 * `convertToEnum`, ...), `util/TimeUtils.java` (`parseDuration`), `configuration/MemorySize.java`
 * (`parseBytes`; in flink-core-api from 1.20) and `configuration/StructuredOptionsSplitter.java`,
 * plus the JDK's `Integer.parseInt`, `Long.parseLong`, `Double.parseDouble` and `Duration.parse`.
 */

import { javaTrim, LONG_MAX, LONG_MIN } from "./java-parsers.js";

const JAVA_DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?$/;
const JAVA_HEX_FLOAT = /^[+-]?0[xX](?:[0-9a-fA-F]+\.?|[0-9a-fA-F]*\.[0-9a-fA-F]+)[pP][+-]?[0-9]+[fFdD]?$/;
const JAVA_SPECIAL = /^[+-]?(?:NaN|Infinity)$/;

/**
 * `Double.parseDouble` / `Float.parseFloat` (JDK `FloatingDecimal.readJavaFormatString`): Java-trimmed,
 * decimal or hexadecimal notation, `NaN`, `Infinity`, an optional `f`/`d` suffix. Overflow is not
 * an error (it gives Infinity). Returns the value (hexadecimal values approximately).
 */
export function parseFlinkDouble(text: string): number | undefined {
  const t = javaTrim(text);
  if (JAVA_SPECIAL.test(t)) {
    return t.startsWith("-") ? -Infinity : t.endsWith("NaN") ? Number.NaN : Infinity;
  }
  if (JAVA_DECIMAL.test(t)) {
    return Number(t.replace(/[fFdD]$/, ""));
  }
  if (JAVA_HEX_FLOAT.test(t)) {
    const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?[0-9]+)/.exec(t) as RegExpExecArray;
    const mantissa = Number.parseInt(`${m[2] || "0"}${m[3]}`, 16) / 16 ** (m[3] ?? "").length;
    return (m[1] === "-" ? -1 : 1) * mantissa * 2 ** Number(m[4]);
  }
  return undefined;
}

const NANOS_PER_SECOND = 1_000_000_000n;
const DURATION_UNIT_NANOS: ReadonlyArray<[bigint, readonly string[]]> = [
  [86_400n * NANOS_PER_SECOND, ["d", "day", "days"]],
  [3_600n * NANOS_PER_SECOND, ["h", "hour", "hours"]],
  [60n * NANOS_PER_SECOND, ["min", "m", "minute", "minutes"]],
  [NANOS_PER_SECOND, ["s", "sec", "secs", "second", "seconds"]],
  [1_000_000n, ["ms", "milli", "millis", "millisecond", "milliseconds"]],
  [1_000n, ["µs", "micro", "micros", "microsecond", "microseconds"]],
  [1n, ["ns", "nano", "nanos", "nanosecond", "nanoseconds"]],
];
const UNIT_NANOS = new Map(DURATION_UNIT_NANOS.flatMap(([nanos, labels]) => labels.map((l) => [l, nanos] as const)));

/** How a line's `TimeUtils` reads durations (`durationRules(version)` in `./line-facts.ts`). */
export interface DurationRules {
  /** ISO-8601 fallback (`PT10S`; FLINK-37370). */
  iso?: boolean;
  /** The count is read as a BigInteger: it may exceed 2^63-1 as long as the duration fits. */
  bigCount?: boolean;
}

/**
 * `TimeUtils.parseDuration`, in nanoseconds: ASCII digits, then an optional unit (default ms),
 * spaces allowed around the unit, units case-insensitive; with `iso` also ISO-8601 (`PT10S`,
 * `P1DT2H`, not negative). Refused when Java's `Duration` would overflow.
 */
export function parseFlinkDurationNanos(text: string, rules: DurationRules = {}): bigint | undefined {
  const trimmed = javaTrim(text);
  if (trimmed === "") {
    return undefined;
  }
  let pos = 0;
  while (pos < trimmed.length && trimmed.charCodeAt(pos) >= 48 && trimmed.charCodeAt(pos) <= 57) {
    pos++;
  }
  if (pos === 0) {
    return rules.iso ? parseJavaIsoDuration(trimmed) : undefined;
  }
  const count = BigInt(trimmed.slice(0, pos));
  if (!rules.bigCount && count > LONG_MAX) {
    return undefined;
  }
  const label = javaTrim(trimmed.slice(pos)).toLowerCase();
  const unit = label === "" ? 1_000_000n : UNIT_NANOS.get(label);
  if (unit === undefined) {
    return undefined;
  }
  const nanos = count * unit;
  return nanos / NANOS_PER_SECOND > LONG_MAX ? undefined : nanos;
}

/** `parseFlinkDurationNanos` in milliseconds (for display and simulation; may lose sub-ms precision). */
export function parseFlinkDuration(text: string, rules: DurationRules = {}): number | undefined {
  const nanos = parseFlinkDurationNanos(text, rules);
  return nanos === undefined ? undefined : Number(nanos) / 1e6;
}

// java.time.Duration.PATTERN (JDK 11-21), case-insensitive, ASCII digits.
const ISO_RE =
  /^([-+]?)P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$/i;

function exactLong(n: bigint): bigint {
  if (n < LONG_MIN || n > LONG_MAX) {
    throw new RangeError("overflow");
  }
  return n;
}

/** `Duration.parse`, then TimeUtils' "negative duration is not supported". */
function parseJavaIsoDuration(text: string): bigint | undefined {
  const m = ISO_RE.exec(text);
  if (!m || m[3] === "T" || (m[2] ?? m[4] ?? m[5] ?? m[6]) === undefined) {
    return undefined;
  }
  try {
    const part = (digits: string | undefined, factor: bigint) =>
      digits === undefined ? 0n : exactLong(exactLong(BigInt(digits)) * factor);
    const days = part(m[2], 86_400n);
    const hours = part(m[4], 3_600n);
    const minutes = part(m[5], 60n);
    const seconds = part(m[6], 1n);
    const fraction = m[7] ? BigInt(m[7].padEnd(9, "0")) * (m[6]?.startsWith("-") ? -1n : 1n) : 0n;
    const total = exactLong(days + exactLong(hours + exactLong(minutes + seconds)));
    let nanos = total * NANOS_PER_SECOND + fraction;
    if (m[1] === "-") {
      nanos = -nanos;
    }
    // Duration keeps seconds in a long: the normalised seconds must fit too.
    const secs = nanos >= 0n ? nanos / NANOS_PER_SECOND : -((-nanos + NANOS_PER_SECOND - 1n) / NANOS_PER_SECOND);
    exactLong(secs);
    return nanos < 0n ? undefined : nanos;
  } catch {
    return undefined;
  }
}

const MEMORY_UNITS = new Map<string, bigint>([
  ["b", 1n],
  ["bytes", 1n],
  ["k", 1024n],
  ["kb", 1024n],
  ["kibibytes", 1024n],
  ["m", 1024n ** 2n],
  ["mb", 1024n ** 2n],
  ["mebibytes", 1024n ** 2n],
  ["g", 1024n ** 3n],
  ["gb", 1024n ** 3n],
  ["gibibytes", 1024n ** 3n],
  ["t", 1024n ** 4n],
  ["tb", 1024n ** 4n],
  ["tebibytes", 1024n ** 4n],
]);

/**
 * `MemorySize.parseBytes`: ASCII digits, then an optional unit (default bytes), spaces allowed
 * around it, case-insensitive; no decimals ("1.5g" is refused); within 2^63-1 bytes.
 */
export function parseFlinkMemorySize(text: string): bigint | undefined {
  const trimmed = javaTrim(text);
  let pos = 0;
  while (pos < trimmed.length && trimmed.charCodeAt(pos) >= 48 && trimmed.charCodeAt(pos) <= 57) {
    pos++;
  }
  if (pos === 0) {
    return undefined;
  }
  const value = BigInt(trimmed.slice(0, pos));
  const label = javaTrim(trimmed.slice(pos)).toLowerCase();
  const multiplier = label === "" ? 1n : MEMORY_UNITS.get(label);
  if (multiplier === undefined || value > LONG_MAX) {
    return undefined;
  }
  const bytes = value * multiplier;
  return bytes > LONG_MAX ? undefined : bytes;
}

/** `Character.isWhitespace` (Java): space separators except no-break spaces, and the ASCII controls it lists. */
function isJavaWhitespace(code: number): boolean {
  if (code <= 0x20) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  }
  if (code === 0xa0 || code === 0x2007 || code === 0x202f) {
    return false;
  }
  return /[\p{Zs}\p{Zl}\p{Zp}]/u.test(String.fromCharCode(code));
}

/**
 * `StructuredOptionsSplitter.splitEscaped`: splits on `delimiter` outside `'…'`/`"…"` quotes
 * (a doubled quote escapes itself), trims unquoted parts; `undefined` where Flink throws
 * (unclosed quote, or text right after a closing quote).
 */
export function splitFlinkEscaped(text: string, delimiter: string): string[] | undefined {
  type Token = { kind: "quoted" | "plain" | "delimiter"; text: string };
  const tokens: Token[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    const c = text[cursor] as string;
    if (c === "'" || c === '"') {
      let value = "";
      let i = cursor + 1;
      let closed = false;
      for (; i < text.length; i++) {
        if (text[i] === c) {
          if (text[i + 1] === c) {
            value += c;
            i++;
          } else {
            closed = true;
            break;
          }
        } else {
          value += text[i];
        }
      }
      if (!closed) {
        return undefined;
      }
      tokens.push({ kind: "quoted", text: value });
      cursor = i + 1;
    } else if (c === delimiter) {
      tokens.push({ kind: "delimiter", text: c });
      cursor++;
    } else if (!isJavaWhitespace(text.charCodeAt(cursor))) {
      let end = text.indexOf(delimiter, cursor);
      end = end < 0 ? text.length : end;
      tokens.push({ kind: "plain", text: javaTrim(text.slice(cursor, end)) });
      cursor = end;
    } else {
      cursor++;
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (token.kind === "quoted") {
      if (next && next.kind !== "delimiter") {
        return undefined;
      }
      parts.push(token.text);
    } else if (token.kind === "plain") {
      parts.push(token.text);
    } else if (next?.kind === "delimiter") {
      parts.push("");
    }
  }
  return parts;
}

/**
 * The legacy map form `k1:v1,k2:v2` (`convertToPropertiesWithLegacyPattern`): every item must be
 * exactly one key and one value, and keys must not repeat (`Collectors.toMap` throws).
 */
export function parseFlinkLegacyMap(text: string): Map<string, string> | undefined {
  const items = splitFlinkEscaped(text, ",");
  if (!items) {
    return undefined;
  }
  const map = new Map<string, string>();
  for (const item of items) {
    const pair = splitFlinkEscaped(item, ":");
    if (pair?.length !== 2 || map.has(pair[0] as string)) {
      return undefined;
    }
    map.set(pair[0] as string, pair[1] as string);
  }
  return map;
}
