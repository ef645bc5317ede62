/**
 * Error bodies in the shapes Flink's REST handlers write them (`ErrorResponseBody`):
 * a RestHandlerException becomes its stack-trace text, anything unhandled becomes
 * "Internal server error." plus the server-side cause.
 */

import type { Reply } from "./typed-route.js";

/** Flink's `ErrorResponseBody`. */
export interface ErrorBody {
  errors: string[];
}

const FRAME =
  "\tat org.apache.flink.runtime.rest.handler.AbstractRestHandler.respondToRequest(AbstractRestHandler.java:83)";

/**
 * A RestHandlerException with its status: `{"errors":["org.apache...RestHandlerException: <message>\n\tat ..."]}`,
 * with a `Caused by:` line for each cause ("class: message"), outermost first.
 */
export function restHandlerError(
  status: number,
  message: string,
  cause?: string | readonly string[],
): Reply<ErrorBody> {
  const causes = cause === undefined ? [] : typeof cause === "string" ? [cause] : cause;
  const causeText = causes.map((c) => `\nCaused by: ${c}\n${FRAME}`).join("");
  return {
    status,
    body: { errors: [`org.apache.flink.runtime.rest.handler.RestHandlerException: ${message}\n${FRAME}${causeText}`] },
  };
}

/** An exception that escaped the handler: 500 with Flink's generic message and the server-side cause. */
export function internalServerError(cause: string): Reply<ErrorBody> {
  return {
    status: 500,
    body: {
      errors: [
        "Internal server error.",
        `<Exception on server side:\n${cause}\n${FRAME}\n\nEnd of exception on server side>`,
      ],
    },
  };
}

/** Flink's answer for a failed path or query parameter (the parameter's own exception below it). */
export function badParameters(message: string): Reply<ErrorBody> {
  return restHandlerError(
    400,
    `Bad request, could not parse parameters: ${message}`,
    `org.apache.flink.runtime.rest.handler.HandlerRequestException: ${message}`,
  );
}

/** Flink's plain 404 for an unknown job, jar or trigger (a NotFoundException via RestHandlerException). */
export function notFound(message: string): Reply<ErrorBody> {
  return {
    status: 404,
    body: { errors: [`org.apache.flink.runtime.rest.NotFoundException: ${message}\n${FRAME}`] },
  };
}

/**
 * Flink's 404 for a path no handler serves: a GET falls through to the web UI's file server, any
 * other method to the router (checked on real 1.19: `GET /nope` and `DELETE /nope`).
 */
export function noSuchRoute(method: string, pathname: string): Reply<ErrorBody> {
  const message =
    method.toUpperCase() === "GET" ? `Unable to load requested file ${pathname}.` : `Not found: ${pathname}`;
  return { status: 404, body: { errors: [message] } };
}
