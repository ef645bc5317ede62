/**
 * Secrets never leak: the values of keys Flink itself hides are replaced by `******` in every
 * message, diagnostic and error the SDK builds. The rule is Flink's
 * `GlobalConfiguration.isSensitive` (flink-core): a key is sensitive when its lower-case form
 * contains one of `SENSITIVE_KEYS`, a list that grew over the releases (read from each line's
 * flink-core when the catalog is generated).
 */
import { ANY_LINE_SENSITIVE_KEYS, lineFacts } from "./line-facts.js";

/** What Flink shows instead of a sensitive value (`GlobalConfiguration.HIDDEN_CONTENT`). */
export const HIDDEN_CONTENT = "******";

/** Flink's `SENSITIVE_KEYS` of `version`'s line; without a version, every fragment any line hides. */
export function sensitiveKeyFragments(version?: string): readonly string[] {
  return version === undefined ? ANY_LINE_SENSITIVE_KEYS : lineFacts(version).sensitiveKeys;
}

/**
 * Whether Flink hides the value of `key`: exactly `GlobalConfiguration.isSensitive` of `version`,
 * or, without a version, of any supported release (the stricter answer, used for messages).
 *
 * @example
 * isSensitiveKey("security.ssl.keystore-password"); // true
 * isSensitiveKey("my.api-key", "2.0"); // false: "api-key" is hidden from 2.1 on
 * isSensitiveKey("my.api-key"); // true
 */
export function isSensitiveKey(key: string, version?: string): boolean {
  const lower = key.toLowerCase();
  for (const fragment of sensitiveKeyFragments(version)) {
    if (lower.includes(fragment)) {
      return true;
    }
  }
  return false;
}

/**
 * The value as it may appear in a message: `******` for a sensitive key, the value otherwise.
 *
 * @example
 * redactValue("s3.secret-key", "abc"); // "******"
 */
export function redactValue<V>(key: string, value: V): V | typeof HIDDEN_CONTENT {
  return isSensitiveKey(key) ? HIDDEN_CONTENT : value;
}

/**
 * A copy of a configuration with the values of sensitive keys replaced by `******`, for logs,
 * `explain`-style output and error reports. Keys and order are kept.
 *
 * @example
 * redactConfiguration({ "pipeline.name": "orders", "s3.secret-key": "abc" });
 * // { "pipeline.name": "orders", "s3.secret-key": "******" }
 */
export function redactConfiguration<V>(config: Readonly<Record<string, V>>): Record<string, V | typeof HIDDEN_CONTENT> {
  // Object.fromEntries keeps a key such as "__proto__" as a key (an assignment would not).
  return Object.fromEntries(Object.keys(config).map((key) => [key, redactValue(key, config[key] as V)]));
}

/** A value quoted for a message (JSON), or `******` for a sensitive key. */
export function quoteValue(key: string, value: unknown): string {
  return isSensitiveKey(key) ? HIDDEN_CONTENT : JSON.stringify(value);
}
