/**
 * The base URL's own checks. An absolute URL that cannot be parsed is refused up front (not at
 * the first request), and credentials in it (`http://user:password@host`) become basic
 * authentication, since fetch refuses such URLs; no message ever shows the password.
 *
 * A path ("/flink", the same-origin proxy a page needs because Flink answers no CORS preflight)
 * is kept as a path and resolved for each request against the page's base URL
 * (`document.baseURI`, else `location.href` in a worker), as fetch itself resolves a relative URL
 * in a browser: a client may be created where there is no page yet (module code shared with a
 * server render), and a `<base href>` or a navigation is followed. Where nothing can resolve it
 * (Node), each request fails with a FlinkInputError.
 */
import { FlinkInputError } from "../errors.js";

export interface BaseUrlParts {
  /** The URL without credentials, or the path as given. */
  readonly url: string;
  readonly credentials: { readonly username: string; readonly password: string } | undefined;
}

/** A path on the page's origin: "/flink", "./flink", "../flink" (not "//host", a network-path reference). */
const PATH = /^(?:\/(?!\/)|\.{1,2}\/)/;
const ABSOLUTE = /^https?:\/\/[^/]/i;

/** Whether createFlinkClient takes it: an http(s) URL, or a path starting with "/", "./" or "../". */
export function isBaseUrl(value: unknown): value is string {
  return typeof value === "string" && (ABSOLUTE.test(value) || PATH.test(value));
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

/**
 * Splits credentials off an absolute http(s) base URL; throws FlinkInputError for a URL that does
 * not parse. A path is returned as it is: it is resolved per request ({@link absoluteBaseUrl}).
 */
export function splitBaseUrl(baseUrl: string): BaseUrlParts {
  if (PATH.test(baseUrl)) {
    return { url: baseUrl, credentials: undefined };
  }
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

/**
 * The base URL of one request: a path resolved against the page (keeping the path's trailing
 * slash or its absence, as openapi-fetch joins paths); a FlinkInputError where there is no page.
 */
export function absoluteBaseUrl(baseUrl: string): string {
  if (!PATH.test(baseUrl)) {
    return baseUrl;
  }
  const page = globalThis.document?.baseURI ?? globalThis.location?.href;
  if (!page) {
    throw new FlinkInputError(
      "invalid-option",
      `baseUrl ${JSON.stringify(baseUrl)} is a path, and there is no page here to resolve it against (it works in a browser, where the page's address completes it): use an absolute URL such as "http://localhost:8081".`,
      { field: "baseUrl" },
    );
  }
  return new URL(baseUrl, page).href;
}
