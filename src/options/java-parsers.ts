/**
 * The parsers the core itself needs (the /run handler reads an int, a boolean and an enum), apart
 * from the rest of `./value-parsers.ts` so the core bundle stays small. Ports of the JDK's
 * `Integer.parseInt`/`Long.parseLong` and of flink-core `ConfigurationUtils#convertToBoolean` and
 * `#convertToEnum`.
 */

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
export const LONG_MIN = -(2n ** 63n);
export const LONG_MAX = 2n ** 63n - 1n;

/** Java's `String.trim()`: strips every char up to U+0020 at both ends (not Unicode spaces). */
export function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) {
    start++;
  }
  while (end > start && text.charCodeAt(end - 1) <= 0x20) {
    end--;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const ND = /\p{Nd}/u;

/**
 * `Character.digit(ch, 10)`: ASCII digits and every other Unicode decimal digit of the BMP
 * (Arabic-Indic, fullwidth, ...). BMP digits come in runs of exactly ten, so the value is the
 * distance to the start of the run.
 */
function javaDigit(code: number): number {
  if (code >= 48 && code <= 57) {
    return code - 48;
  }
  if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff) || !ND.test(String.fromCharCode(code))) {
    return -1;
  }
  let value = 0;
  while (value < 9 && ND.test(String.fromCharCode(code - value - 1))) {
    value++;
  }
  return value;
}

/** `Long.parseLong` / `Integer.parseInt` in radix 10, as a bigint; no spaces, no decimals. */
function parseJavaInteger(text: string, min: bigint, max: bigint): bigint | undefined {
  const len = text.length;
  if (len === 0) {
    return undefined;
  }
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first < 48) {
    if (first === 45) {
      negative = true;
    } else if (first !== 43) {
      return undefined;
    }
    if (len === 1) {
      return undefined;
    }
    i = 1;
  }
  let result = 0n;
  for (; i < len; i++) {
    const digit = javaDigit(text.charCodeAt(i));
    if (digit < 0) {
      return undefined;
    }
    result = result * 10n + BigInt(digit);
    if (result > max + 1n) {
      return undefined;
    }
  }
  const value = negative ? -result : result;
  return value >= min && value <= max ? value : undefined;
}

/** `Integer.parseInt`: optional sign, decimal digits, no spaces, 32-bit range. */
export function parseFlinkInt(text: string): number | undefined {
  const n = parseJavaInteger(text, INT_MIN, INT_MAX);
  return n === undefined ? undefined : Number(n);
}

/** `Long.parseLong`: as an int, within 64 bits (a number, so beyond 2^53 it is rounded). */
export function parseFlinkLong(text: string): number | undefined {
  const n = parseJavaInteger(text, LONG_MIN, LONG_MAX);
  return n === undefined ? undefined : Number(n);
}

/** "true"/"false" in any case (Java's `toUpperCase()`); anything else is refused. */
export function parseFlinkBoolean(text: string): boolean | undefined {
  const upper = text.toUpperCase();
  return upper === "TRUE" ? true : upper === "FALSE" ? false : undefined;
}

/** Enum constants match case-insensitively (`convertToEnum`); returns the constant's own spelling. */
export function parseFlinkEnum<E extends string>(text: string, values: readonly E[]): E | undefined {
  const upper = text.toUpperCase();
  return values.find((v) => v.toUpperCase() === upper);
}
