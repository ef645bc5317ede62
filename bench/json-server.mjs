// A loopback HTTP server for the client benchmark: answers every GET with the same ~1 KB JSON
// (a jobs overview). Runs in its own process so that it does not share the client's event loop.
import { createServer } from "node:http";

const jobs = Array.from({ length: 4 }, (_, i) => ({
  jid: `${i}`.padStart(32, "0"),
  name: `job-${i}`,
  state: "RUNNING",
  "start-time": 1700000000000,
  "end-time": -1,
  duration: 1234,
  "last-modification": 1700000000000,
  tasks: { total: 2, running: 2 },
}));
const body = Buffer.from(JSON.stringify({ jobs }));
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port, bytes: body.length })}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
