/**
 * The base URL's own checks: a URL that cannot be parsed is refused up front (not at the first
 * request), and credentials in it (`http://user:password@host`) become basic authentication, since
 * fetch refuses such URLs. No message ever shows the password.
 */
import { FlinkInputError } from "../errors.js";

export interface BaseUrlParts {
  /** The URL without credentials. */
  readonly url: string;
  readonly credentials: { readonly username: string; readonly password: string } | undefined;
}

/**
 * Replaces the password of every `scheme://user:password@` in a text by `******`, and of a bare
 * `user:password@host` (a mistyped `-m`).
 */
export function maskCredentials(text: string): string {
  return text
    .replace(/(\b[a-z][a-z\d+.-]*:\/\/[^\s/:@]*:)[^\s/@]*@/gi, "$1******@")
    .replace(/(^|[\s"'(])([^\s/:@"'(]+:)(?!\/\/)[^\s/@"']*@/g, "$1$2******@");
}

/** Splits credentials off an absolute http(s) base URL; throws FlinkInputError for a URL that does not parse. */
export function splitBaseUrl(baseUrl: string): BaseUrlParts {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new FlinkInputError(
      "invalid-option",
      `createFlinkClient: baseUrl ${JSON.stringify(maskCredentials(baseUrl))} is not a valid URL (check the host and the port, 1 to 65535).`,
      { field: "baseUrl" },
    );
  }
  if (parsed.username === "" && parsed.password === "") {
    return { url: baseUrl, credentials: undefined };
  }
  const credentials = {
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
  parsed.username = "";
  parsed.password = "";
  // Keep the caller's spelling otherwise (URL adds a trailing slash to a bare origin).
  const url = baseUrl.endsWith("/") ? parsed.href : parsed.href.replace(/\/$/, "");
  return { url, credentials };
}
