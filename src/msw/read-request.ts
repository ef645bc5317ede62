/**
 * Reads a fetch Request as the fake's routes need it: the query as Flink joins it, the JSON body
 * bounded by rest.server.max-content-length, and multipart parts. No msw import: plain fetch types.
 */
import type { RouteInput } from "./routes.js";

/** Query parameters as Flink reads them: repeated names are joined with commas. */
export function readQuery(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) {
    query[name] = url.searchParams.getAll(name).join(",");
  }
  return query;
}

/**
 * The JSON body: undefined when empty; not ok with the text when it is not JSON (Flink answers
 * 400), or `tooLarge` once it passes `maxBytes` (Flink answers 413).
 */
export async function readJson(request: Request, maxBytes: number): Promise<RouteInput["json"]> {
  const text = await readBounded(request, maxBytes);
  if (text === undefined) {
    return { ok: false, tooLarge: true };
  }
  if (text.trim() === "") {
    return { ok: true, value: undefined };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, text };
  }
}

/** The body as text, or undefined once it passes `maxBytes` (the rest is not read). */
async function readBounded(request: Request, maxBytes: number): Promise<string | undefined> {
  if (!request.body) {
    return "";
  }
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      return text + decoder.decode();
    }
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** A multipart body's parts: text fields, and files with their bytes. */
export async function readParts(request: Request): Promise<RouteInput["parts"]> {
  try {
    const form = await request.formData();
    const fields: Record<string, string> = {};
    const files: Array<{ field: string; name: string; bytes: Uint8Array }> = [];
    for (const [field, value] of form) {
      if (typeof value === "string") {
        fields[field] = value;
      } else {
        files.push({ field, name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
      }
    }
    return { ok: true, fields, files };
  } catch {
    return { ok: false };
  }
}
