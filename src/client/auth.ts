/**
 * How the client authenticates to Flink (or the proxy in front of it): its own module, so the
 * transport and the address book (each address may carry its own) both read it without importing
 * each other.
 */

/** Basic credentials, or a bearer token (a function is asked before each request). */
export type FlinkAuth =
  | { type: "basic"; username: string; password: string }
  | { type: "bearer"; token: string | (() => string | Promise<string>) };

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) {
    binary += String.fromCharCode(b);
  }
  return btoa(binary);
}

/** The Authorization header value for `auth` (a bearer token function is asked each time). */
export async function authorization(auth: FlinkAuth): Promise<string> {
  if (auth.type === "basic") {
    return `Basic ${base64(`${auth.username}:${auth.password}`)}`;
  }
  const token = typeof auth.token === "function" ? await auth.token() : auth.token;
  return `Bearer ${token}`;
}
