/**
 * Secrets never leak: the values of keys Flink itself hides are replaced by `******` in every
 * message, diagnostic and error the SDK builds. The rule is Flink's
 * `GlobalConfiguration.isSensitive` (flink-core): a key is sensitive when its lower-case form
 * contains one of `SENSITIVE_KEYS`, a list that grew over the releases.
 */
import { isAtLeast } from "../internal/flink-version.js";

/** What Flink shows instead of a sensitive value (`GlobalConfiguration.HIDDEN_CONTENT`). */
export const HIDDEN_CONTENT = "******";

const SENSITIVE_1_17 = [
  "password",
  "secret",
  "fs.azure.account.key",
  "apikey",
  "auth-params",
  "service-key",
  "token",
  "basic-auth",
  "jaas.config",
];
/** Added later: `http-headers` in 1.19, `api-key` in 2.1 (compared in the 1.17.2 … 2.3.0 sources). */
const SENSITIVE_SINCE: ReadonlyArray<readonly [string, string]> = [
  ["1.19", "http-headers"],
  ["2.1", "api-key"],
];
/** Every fragment any supported release hides: the SDK's own messages redact all of them. */
const SENSITIVE_ANY = [...SENSITIVE_1_17, ...SENSITIVE_SINCE.map(([, fragment]) => fragment)];

/** Flink's `SENSITIVE_KEYS` for a release line (1.17 to 2.3 read from flink-core's sources). */
export function sensitiveKeyFragments(version?: string): readonly string[] {
  if (version === undefined) {
    return SENSITIVE_ANY;
  }
  return [...SENSITIVE_1_17, ...SENSITIVE_SINCE.filter(([since]) => isAtLeast(version, since)).map(([, f]) => f)];
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
  const fragments = version === undefined ? SENSITIVE_ANY : sensitiveKeyFragments(version);
  for (const fragment of fragments) {
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
  const out: Record<string, V | typeof HIDDEN_CONTENT> = {};
  for (const key of Object.keys(config)) {
    out[key] = redactValue(key, config[key] as V);
  }
  return out;
}

/** A value quoted for a message (JSON), or `******` for a sensitive key. */
export function quoteValue(key: string, value: unknown): string {
  return isSensitiveKey(key) ? HIDDEN_CONTENT : JSON.stringify(value);
}
