// A loopback upload sink for bench/upload.ts: counts the bytes of each request body and answers
// like Flink's POST /jars/upload. Runs in its own process.
import { createServer } from "node:http";

const server = createServer((req, res) => {
  let bytes = 0;
  req.on("data", (chunk) => {
    bytes += chunk.length;
  });
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ filename: `/tmp/flink-web-upload/bench_${bytes}.jar`, status: "success" }));
  });
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
