/**
 * Serialises request bodies: a body holding a Blob/File (the jar upload's `jarfile`) becomes
 * multipart FormData, so fetch streams the file and sets the boundary; anything else is JSON.
 */
export function flinkBodySerializer(body: unknown): BodyInit | undefined {
  if (body instanceof FormData || body === undefined) {
    return body;
  }
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const entries = Object.entries(body as Record<string, unknown>);
    if (entries.some(([, v]) => v instanceof Blob)) {
      const form = new FormData();
      for (const [name, value] of entries) {
        if (value instanceof Blob) {
          form.append(name, value, (value as File).name || `${name}.jar`);
        } else if (value !== undefined) {
          form.append(name, String(value));
        }
      }
      return form;
    }
  }
  return JSON.stringify(body);
}
