/**
 * Reads an answer's body inside the call's deadline, before the caller sees the answer: a body
 * that stalls or is cut off then fails as a timeout or a connection error (typed, and retried where
 * that is safe) instead of surfacing later as a raw stream error, and a body that is not JSON
 * where JSON was due fails as a FlinkResponseError naming the request.
 */
import { FlinkApiError, FlinkResponseError } from "../errors.js";

/** Larger answers are refused: Flink's JSON answers are far smaller, a flood is not Flink. */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

const UTF8 = new TextDecoder();

/** Statuses whose Response may not have a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

async function readAll(
  body: ReadableStream<Uint8Array>,
  request: string,
  status: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    length += value.byteLength;
    if (length > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new FlinkResponseError(
        `${request}: the answer is larger than ${MAX_ANSWER_BYTES / 1048576} MiB, which no Flink answer is; is this a Flink REST endpoint?`,
        { request, status },
      );
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** A redirect is answered as an error: not followed (see createFlinkClient), and said where it points. */
export function refuseRedirect(response: Response, request: string): void {
  if (response.type !== "opaqueredirect" && (response.status < 300 || response.status > 399)) {
    return;
  }
  const location = response.headers.get("location");
  throw new FlinkApiError(response.status, [], {
    request,
    response,
    message: `${request}: the server answered ${response.status || "a redirect"}${location ? ` to ${location}` : ""}, which flink-rest-client does not follow; use the address it points to as the base URL.`,
  });
}

/**
 * The answer with its body read into memory (bounded by MAX_ANSWER_BYTES). With `expectJson`, a
 * successful answer's body must parse as JSON; the parsed value is kept, so it is parsed once.
 */
export async function readAnswer(response: Response, request: string, expectJson: boolean): Promise<Response> {
  if (response.body === null) {
    return response;
  }
  // A declared length within the limit is read natively in one go (cheaper than chunk by chunk);
  // otherwise the chunks are counted so that a flood stops at the limit.
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  const bytes =
    declared >= 0 && declared <= MAX_ANSWER_BYTES
      ? new Uint8Array(await response.arrayBuffer())
      : await readAll(response.body, request, response.status);
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  const answer = new Response(bytes.byteLength === 0 || NULL_BODY.has(response.status) ? null : bytes, init);
  Object.defineProperty(answer, "url", { value: response.url });
  if (expectJson && response.ok && bytes.byteLength > 0 && !NULL_BODY.has(response.status)) {
    const text = UTF8.decode(bytes);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const type = response.headers.get("content-type") ?? "no content type";
      throw new FlinkResponseError(
        `${request}: the answer (${response.status}, ${type}) is not JSON, so it is not Flink's: ${JSON.stringify(text.slice(0, 200))}`,
        { request, status: response.status, bodyStart: text.slice(0, 200), cause: error },
      );
    }
    Object.defineProperty(answer, "json", { value: () => Promise.resolve(parsed) });
  }
  return answer;
}
