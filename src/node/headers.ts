import type { IncomingHttpHeaders } from "node:http";

/** node:http's header object (repeated headers as arrays) as fetch Headers. */
export function headersFromNode(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) {
      for (const v of value) {
        headers.append(name, v);
      }
    } else if (value !== undefined) {
      headers.set(name, value);
    }
  }
  return headers;
}
