import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A test CA, a server certificate for 127.0.0.1, a client certificate it signed, and a
 * self-signed "stranger" certificate, made with openssl in `dir` (ca.pem, server.pem,
 * client.pem, client-key.pem, ...); returns their PEM texts.
 */
export function makeTestCertificates(dir: string) {
  const run = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  writeFileSync(join(dir, "server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
  run(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "ca-key.pem",
    "-out",
    "ca.pem",
    "-days",
    "2",
    "-subj",
    "/CN=flink-rest-client test CA",
  );
  for (const name of ["server", "client", "stranger"]) {
    run(
      "req",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      `${name}-key.pem`,
      "-out",
      `${name}.csr`,
      "-subj",
      `/CN=${name}`,
    );
  }
  // Signed by the CA: the server's (with its address as subject alternative name) and the client's.
  const signByCa = (name: string, ...extra: string[]) =>
    run(
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      "ca.pem",
      "-CAkey",
      "ca-key.pem",
      "-CAcreateserial",
      "-out",
      `${name}.pem`,
      "-days",
      "2",
      ...extra,
    );
  signByCa("server", "-extfile", "server.ext");
  signByCa("client");
  // A certificate the server's CA did not sign.
  run("x509", "-req", "-in", "stranger.csr", "-signkey", "stranger-key.pem", "-out", "stranger.pem", "-days", "2");
  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  return {
    ca: read("ca.pem"),
    server: { cert: read("server.pem"), key: read("server-key.pem") },
    client: { cert: read("client.pem"), key: read("client-key.pem") },
    stranger: { cert: read("stranger.pem"), key: read("stranger-key.pem") },
  };
}
