/**
 * Ties the fake cluster's answers to the generated contract: a reply for `path` + `method` must
 * be one of the JSON bodies `openapi.yaml` declares for that operation (errors included), so a
 * contract change breaks the fake at compile time. (A small local alternative to openapi-msw,
 * which would be a second optional peer dependency for users of `./msw`.)
 */
import type { paths } from "../../generated/schema.js";

export type FlinkPath = keyof paths & string;
export type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

type Operation<P extends FlinkPath, M extends HttpMethod> = NonNullable<paths[P][M]>;
type Responses<O> = O extends { responses: infer R } ? R : never;
type JsonBody<R> = R extends { content: { "application/json": infer B } }
  ? B
  : R extends { content?: never }
    ? Record<string, never>
    : never;

/** Every JSON body the contract allows for the operation, whatever the status. */
export type ResponseBody<P extends FlinkPath, M extends HttpMethod> = {
  [S in keyof Responses<Operation<P, M>>]: JsonBody<Responses<Operation<P, M>>[S]>;
}[keyof Responses<Operation<P, M>>];

export interface Reply<B = unknown> {
  status: number;
  body: B;
}

/** A reply for one operation of the contract. */
export type RouteReply<P extends FlinkPath, M extends HttpMethod> = Reply<ResponseBody<P, M>>;

/** Checks (at compile time) that `reply` fits the contract of `method path`. */
export function typedRoute<P extends FlinkPath, M extends HttpMethod>(
  _path: P,
  _method: M,
  reply: RouteReply<P, M>,
): RouteReply<P, M> {
  return reply;
}
