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
