// One SDK upload, for bench/upload.ts (bundled with esbuild and run with plain node, so that the
// measured peak memory is the SDK's, not a TypeScript loader's).
import { createFlinkClient, uploadJar } from "../src/index.js";

const [url, path] = process.argv.slice(2) as [string, string];
const started = performance.now();
const { jarId } = await uploadJar(createFlinkClient({ baseUrl: url }), { path });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ jarId, seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
