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
  input: Request,
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
      const request = describeRequest(input);
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

/** "POST /jars/upload": the request as messages name it (made only for a message: it parses the URL). */
export function describeRequest(request: Request): string {
  return `${request.method} ${new URL(request.url).pathname}`;
}

/** A redirect is answered as an error: not followed (see createFlinkClient), and said where it points. */
export function refuseRedirect(response: Response, input: Request): void {
  if (response.type !== "opaqueredirect" && (response.status < 300 || response.status > 399)) {
    return;
  }
  const request = describeRequest(input);
  const location = response.headers.get("location");
  throw new FlinkApiError(response.status, [], {
    request,
    response,
    message: `${request}: the server answered ${response.status || "a redirect"}${location ? ` to ${location}` : ""}, which flink-rest-client does not follow; use the address it points to as the base URL.`,
  });
}

/**
 * An answer whose body was read into memory. Its body stream is only made when something asks
 * for it (the body, text(), clone(), ...): a caller that takes the parsed JSON, which is every
 * successful call, never pays for a stream nobody reads (a third of our per-request cost, see
 * docs/benchmarks.md). Everything else is a Response's, the body's one-time reading included;
 * the headers are those of the answer as fetched (read-only, as bare fetch's are).
 */
class ReadAnswer extends Response {
  readonly #bytes: Uint8Array<ArrayBuffer> | null;
  /** The answer as fetched (its body used up): its headers, and its URL, read only when asked for. */
  readonly #fetched: Response;
  readonly #json: { readonly value: unknown } | undefined;
  #full: Response | undefined;

  constructor(bytes: Uint8Array<ArrayBuffer> | null, fetched: Response, json?: { value: unknown }) {
    // The headers are the fetched answer's, not a copy: copying them (undici's HeadersInit
    // conversion) was the largest cost left per answer in the profile.
    super(null, { status: fetched.status, statusText: fetched.statusText });
    this.#bytes = bytes;
    this.#fetched = fetched;
    this.#json = json;
  }

  /** The same answer as a plain Response with its body, made once. */
  #response(): Response {
    this.#full ??= new Response(this.#bytes, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    });
    return this.#full;
  }

  override get url(): string {
    return this.#fetched.url;
  }
  override get headers(): Headers {
    return this.#fetched.headers;
  }
  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#bytes === null ? null : (this.#response().body as ReadableStream<Uint8Array<ArrayBuffer>>);
  }
  override get bodyUsed(): boolean {
    return this.#full?.bodyUsed ?? false;
  }
  /** The JSON parsed once while reading (without using the body), else the body parsed. */
  override json(): Promise<unknown> {
    return this.#json ? Promise.resolve(this.#json.value) : this.#response().json();
  }
  override text(): Promise<string> {
    return this.#response().text();
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#response().arrayBuffer();
  }
  override blob(): Promise<Blob> {
    return this.#response().blob();
  }
  override formData(): Promise<FormData> {
    return this.#response().formData();
  }
  override clone(): Response {
    return this.#response().clone();
  }
  // Response.bytes() (where the runtime has it) would read the empty body given to super.
  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
}

/**
 * The answer with its body read into memory (bounded by MAX_ANSWER_BYTES). With `expectJson`, a
 * successful answer's body must parse as JSON; the parsed value is kept, so it is parsed once.
 */
export async function readAnswer(response: Response, input: Request, expectJson: boolean): Promise<Response> {
  if (response.body === null) {
    return response;
  }
  // A declared length within the limit is read natively in one go (cheaper than chunk by chunk);
  // otherwise the chunks are counted so that a flood stops at the limit.
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  const bytes =
    declared >= 0 && declared <= MAX_ANSWER_BYTES
      ? new Uint8Array(await response.arrayBuffer())
      : await readAll(response.body, input, response.status);
  const empty = bytes.byteLength === 0 || NULL_BODY.has(response.status);
  if (!(expectJson && response.ok && !empty)) {
    return new ReadAnswer(empty ? null : bytes, response);
  }
  const text = UTF8.decode(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const request = describeRequest(input);
    const type = response.headers.get("content-type") ?? "no content type";
    throw new FlinkResponseError(
      `${request}: the answer (${response.status}, ${type}) is not JSON, so it is not Flink's: ${JSON.stringify(text.slice(0, 200))}`,
      { request, status: response.status, bodyStart: text.slice(0, 200), cause: error },
    );
  }
  return new ReadAnswer(bytes, response, { value: parsed });
}
