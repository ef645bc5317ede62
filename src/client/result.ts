import { FlinkApiError } from "../errors.js";

/** An openapi-fetch result. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call, or the FlinkApiError (subclass by status) of a failed one. */
export function unwrap<T>(result: FetchResult<T>, request?: string): T {
  if (!result.response.ok) {
    throw FlinkApiError.fromResult(result.error, result.response, request);
  }
  return result.data as T;
}
